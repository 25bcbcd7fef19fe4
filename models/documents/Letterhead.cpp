#include "documents/Letterhead.h"

#include "documents/DocumentFont.h"
#include "documents/HtmlPdf.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>
#include <QtMath>
#include <algorithm>

namespace {
// Qt's rich text reads image sizes as pixels of a 96 dpi screen, whatever the device.
int mm(double millimetres)
{
    return static_cast<int>(millimetres / 25.4 * 96);
}

constexpr qreal kContactPoints = 8.5;

// The contact column's share of the width, as much as its longest line needs
// (an email address must not break), from 30% up; the name wraps instead.
int contactPercent(const QString& contactText)
{
    // Measured at 100 px and scaled, so the answer is in points whatever the
    // screen's resolution; the faces are unhinted, so advances scale exactly.
    QFont font = DocumentFont::font(kContactPoints);
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString& line : contactText.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line) * kContactPoints / 100);
    // The narrowest text: a letter, A4 less its 20 mm margins and the 2 cm
    // that QTextDocument::print adds inside them, 130 mm or 368 points.
    constexpr qreal kTextWidthPoints = 130 / 25.4 * 72;
    return std::max(30, qCeil(widest / kTextWidthPoints * 100) + 3);
}

// Beyond this share the contact details go under the name, not beside it: an
// address of about 35 characters still goes beside a name of two lines.
constexpr int kMostBeside = 56;
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
    // Every column's width given, so the contact details keep theirs beside a long name.
    const int contact = contactPercent(contactText);
    const bool beside = contact <= kMostBeside;
    const int logo = m_logo.isNull() ? 0 : 12;
    h += QStringLiteral(
             "<td width='%2' valign='top'><span style='font-size:13pt; font-weight:bold'>%1</span><br>"
             "<span style='font-size:9pt'>Mediation service for special educational needs and "
             "disability (SEND)</span></td>")
             .arg(HtmlPdf::escape(name.trimmed().isEmpty() ? QStringLiteral("Mediation provider")
                                                           : name.trimmed()),
                  QStringLiteral("%1%").arg(100 - (beside ? contact : 0) - logo));
    // A line of the contact details never wraps: a long one (an email address)
    // puts them on a row of their own under the name instead. Only a line
    // wider than the whole page wraps, rather than running off the paper.
    if (!beside)
        h += QStringLiteral("</tr><tr>") + (logo ? QStringLiteral("<td></td>") : QString());
    h += QStringLiteral("<td valign='top' align='right' width='%2%'>"
                        "<p style='white-space:%4; font-size:%3pt; margin:0'>%1</p></td>")
             .arg(HtmlPdf::escape(contactText), QString::number(beside ? contact : 100 - logo),
                  QString::number(kContactPoints),
                  contact <= 100 - logo ? QStringLiteral("nowrap") : QStringLiteral("normal"));
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
