#pragma once

#include "documents/Letterhead.h"
#include "domain/CertificateContent.h"
#include "domain/ProviderDetails.h"

#include <QByteArray>
#include <QList>

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
    // The same PDF as QPdfWriter writes it, before PdfCompactor: for the tests
    // that compare the two on paper.
    QByteArray renderAsQtWrites(const CertificateContent& content) const;
    // The PDFs of several certificates, in the same order, made side by side on the
    // machine's cores (text layout and PDF writing are nearly all of the time).
    // An empty entry is one that could not be made.
    QList<QByteArray> renderAll(const QList<CertificateContent>& contents) const;
    // The HTML laid out on the page; public so tests can check escaping.
    QString html(const CertificateContent& content) const;

private:
    Letterhead m_letterhead; // its logo flattened once: PDF/A-1 allows no transparency
};
