#include "documents/HtmlPdf.h"

#include "documents/DocumentFont.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

QString HtmlPdf::escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString HtmlPdf::labelRow(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escape(label), escape(value));
}

QByteArray HtmlPdf::render(const QString& title, const QString& html, const Page& page)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Common Ground"));
        const qreal margin = page.marginMillimetres;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument document;
        document.setDefaultFont(page.font ? *page.font : DocumentFont::font(10));
        if (page.wrapAnywhere) {
            QTextOption option = document.defaultTextOption();
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            document.setDefaultTextOption(option);
        }
        for (auto image = page.images.cbegin(); image != page.images.cend(); ++image)
            document.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
        document.setHtml(html);
        // Unpaginated, print() lays the text out for the writer's resolution,
        // inside its margins, and numbers the pages.
        document.print(&writer);
    }
    buffer.close();
    return bytes.startsWith("%PDF") ? bytes : QByteArray();
}
