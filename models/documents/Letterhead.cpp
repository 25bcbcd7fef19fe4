#include "documents/Letterhead.h"

#include "documents/HtmlPdf.h"

#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace {
// Qt's rich text reads image sizes as pixels of a 96 dpi screen, whatever the device.
int mm(double millimetres)
{
    return static_cast<int>(millimetres / 25.4 * 96);
}
} // namespace

Letterhead::Letterhead(const ProviderDetails& provider)
    : m_name(provider.name.trimmed()), m_contact(provider.contactText())
{
    if (provider.logoPng.isEmpty())
        return;
    const QImage logo = QImage::fromData(provider.logoPng);
    if (logo.isNull())
        return;
    m_logo = QImage(logo.size(), QImage::Format_RGB32);
    m_logo.fill(Qt::white);
    QPainter(&m_logo).drawImage(0, 0, logo);
}

QString Letterhead::html(const QString& name, const QString& contactText) const
{
    QString h = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>");
    if (!m_logo.isNull())
        h += QStringLiteral("<td width='12%' valign='top'><img src='%1' width='%2' height='%2'></td>")
                 .arg(kLogoResource)
                 .arg(mm(18));
    // Every column's width given, so the contact details keep theirs beside a long
    // name: room for an email address of about 35 characters on one line.
    h += QStringLiteral(
             "<td width='%2' valign='top'><span style='font-size:13pt; font-weight:bold'>%1</span><br>"
             "<span style='font-size:9pt'>Mediation service for special educational needs and "
             "disability (SEND)</span></td>")
             .arg(HtmlPdf::escape(name.trimmed().isEmpty() ? QStringLiteral("Mediation provider")
                                                           : name.trimmed()),
                  m_logo.isNull() ? QStringLiteral("55%") : QStringLiteral("43%"));
    h += QStringLiteral(
             "<td valign='top' align='right' width='45%'><span style='font-size:8.5pt'>%1</span></td>")
             .arg(HtmlPdf::escape(contactText));
    h += QStringLiteral("</tr></table><hr>");
    return h;
}

void Letterhead::addResources(QTextDocument* document) const
{
    if (!m_logo.isNull())
        document->addResource(QTextDocument::ImageResource, QUrl(kLogoResource), m_logo);
}

void Letterhead::addResources(HtmlPdf::Page* page) const
{
    if (!m_logo.isNull())
        page->images.insert(kLogoResource, m_logo);
}
