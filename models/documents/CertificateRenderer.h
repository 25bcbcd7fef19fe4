#pragma once

#include "domain/CertificateContent.h"
#include "domain/ProviderDetails.h"

#include <QByteArray>

// Makes the PDF of one mediation certificate: A4, PDF/A-1b, fonts embedded
// (Qt embeds a subset of every font it draws with). Needs a QGuiApplication
// for the fonts; the CLI makes one on the offscreen platform.
class CertificateRenderer
{
public:
    explicit CertificateRenderer(ProviderDetails provider);

    // The PDF of `content`, whose verification code is the start of the
    // SHA-256 of its canonical text (see CertificateContent).
    QByteArray render(const CertificateContent& content) const;
    // The HTML laid out on the page; public so tests can check escaping.
    QString html(const CertificateContent& content) const;

private:
    ProviderDetails m_provider;
};
