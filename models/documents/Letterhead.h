#pragma once

#include "documents/HtmlPdf.h"
#include "domain/ProviderDetails.h"

#include <QImage>
#include <QString>

class QTextDocument;

// The provider's letterhead at the top of every letter, action plan and
// certificate: the logo and name on the left, the address and contact
// details on the right, a rule beneath. One letterhead, so all the office's
// papers look alike.
class Letterhead
{
public:
    // The provider's details as they are now; the logo is flattened once.
    explicit Letterhead(const ProviderDetails& provider);

    // The HTML block, its logo named by kLogoResource.
    QString html() const { return html(m_name, m_contact); }
    // The same with a name and contact text kept elsewhere: a certificate
    // prints those it was issued with.
    QString html(const QString& name, const QString& contactText) const;
    // Gives `document` the logo the HTML names (nothing when there is none).
    void addResources(QTextDocument* document) const;
    // Gives a page printed from HTML the logo the HTML names.
    void addResources(HtmlPdf::Page* page) const;
    // The logo as laid on white (PDF/A-1 allows no transparency); null when none.
    const QImage& logo() const { return m_logo; }

    static inline const QString kLogoResource = QStringLiteral("cg://logo.png");

private:
    QString m_name;
    QString m_contact;
    QImage m_logo;
};
