#include "documents/CertificateRenderer.h"

#include "documents/DocumentFont.h"
#include "documents/HtmlPdf.h"
#include "documents/PdfCompactor.h"
#include "documents/PrintedImageHandler.h"
#include "documents/QrCode.h"
#include "domain/DateText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>
#include <vector>

namespace {
constexpr int kDpi = 300;
const QString kQrResource = QStringLiteral("cg://qr.png");

// Qt's rich text reads image sizes as pixels of a 96 dpi screen, whatever the device.
int mm(double millimetres)
{
    return static_cast<int>(millimetres / 25.4 * 96);
}

QString longDate(const QDate& date)
{
    return date.isValid() ? DateText::longDate(date) : QStringLiteral("not recorded");
}

QString partStatement(CertificatePart part, const QDate& trigger)
{
    switch (part) {
    case CertificatePart::Part1:
        // Reg 34 covers both: the family said it does not wish to pursue
        // mediation, or did not pursue it (rules reference section 3).
        return QStringLiteral("The parent or young person named below has been given information about "
                              "mediation and does not wish to pursue mediation, or has not pursued it, "
                              "as the mediation adviser recorded on %1.")
            .arg(longDate(trigger));
    case CertificatePart::Part2:
        return QStringLiteral("Mediation took place between the parent or young person named below and the "
                              "council. The mediation ended on %1.")
            .arg(longDate(trigger));
    case CertificatePart::Part3:
        return QStringLiteral("The parent or young person named below wished to pursue mediation, but "
                              "mediation could not take place within 30 days. The mediation adviser learned "
                              "this on %1.")
            .arg(longDate(trigger));
    }
    return {};
}

// "Supervisor, for the mediator": the issuer's own role, and the statutory
// office they issue in unless the role says it already ("Mediator").
QString issuerLine(const CertificateContent& c)
{
    if (c.issuedAs.isEmpty() ||
        c.issuedAs.compare(QStringLiteral("the ") + c.issuerRole, Qt::CaseInsensitive) == 0)
        return c.issuerRole;
    return QStringLiteral("%1, for %2").arg(c.issuerRole, c.issuedAs);
}

QString partTitle(CertificatePart part)
{
    switch (part) {
    case CertificatePart::Part1:
        return QStringLiteral("Information about mediation given; mediation not pursued");
    case CertificatePart::Part2:
        return QStringLiteral("Mediation has taken place");
    case CertificatePart::Part3:
        return QStringLiteral("Mediation could not take place within 30 days");
    }
    return {};
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td class='label' width='32%'>%1</td><td class='value'>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}
} // namespace

CertificateRenderer::CertificateRenderer(ProviderDetails provider) : m_letterhead(provider) {}

QString CertificateRenderer::html(const CertificateContent& c) const
{
    const QString sha = c.sha256();
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 10pt; color: #000000; }"
                        "h1 { font-size: 17pt; margin: 0; }"
                        "h2 { font-size: 12pt; margin-top: 2pt; margin-bottom: 4pt; font-weight: normal; }"
                        "td.label { color: #333333; padding: 3pt 6pt 3pt 0; }"
                        "td.value { font-weight: bold; padding: 3pt 0 3pt 0; }"
                        "p.small { font-size: 8pt; color: #333333; }"
                        "</style></head><body>");
    h += m_letterhead.html(c.providerName, c.providerContact);

    h += QStringLiteral("<h1>Mediation certificate &#8212; %1</h1>").arg(certificatePartName(c.part));
    h += QStringLiteral("<h2>%1</h2>").arg(partTitle(c.part).toHtmlEscaped());
    h += QStringLiteral("<p>Issued under section 55 of the Children and Families Act 2014 and the Special "
                        "Educational Needs and Disability Regulations 2014. %1</p>")
             .arg(partStatement(c.part, c.triggerDate).toHtmlEscaped());
    if (!c.replacesNumber.isEmpty()) {
        h +=
            QStringLiteral("<p><b>This certificate replaces certificate %1, which has been voided%2.</b></p>")
                .arg(HtmlPdf::escape(c.replacesNumber),
                     c.replacesReason.isEmpty()
                         ? QString()
                         : QStringLiteral(" (reason: %1)").arg(HtmlPdf::escape(c.replacesReason)));
    }

    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'>");
    h += row(QStringLiteral("Certificate number"), HtmlPdf::escape(c.number));
    h += row(QStringLiteral("Part"), HtmlPdf::escape(certificatePartName(c.part)));
    h += row(QStringLiteral("Date of issue"), HtmlPdf::escape(longDate(c.issueDate)));
    h += row(QStringLiteral("Parent or young person"), HtmlPdf::escape(c.parentName));
    h += row(QStringLiteral("Address"),
             c.parentAddress.isEmpty() ? QStringLiteral("not recorded") : HtmlPdf::escape(c.parentAddress));
    h += row(QStringLiteral("Child or young person"), HtmlPdf::escape(c.childName));
    // Without the weekday: the day of the week someone was born on is noise here.
    h += row(QStringLiteral("Date of birth"),
             HtmlPdf::escape(c.childDateOfBirth.isValid() ? DateText::longDateOfBirth(c.childDateOfBirth)
                                                          : QStringLiteral("not recorded")));
    h += row(QStringLiteral("Local authority"), HtmlPdf::escape(c.councilName));
    h += row(QStringLiteral("Date of the decision notice"), HtmlPdf::escape(longDate(c.decisionNoticeDate)));
    h += row(QStringLiteral("Decision or plan sections in dispute"), HtmlPdf::escape(c.decision));
    h += row(QStringLiteral("Issued by"), HtmlPdf::escape(c.issuerName) +
                                              QStringLiteral("<br><span style='font-weight:normal'>") +
                                              HtmlPdf::escape(issuerLine(c)) + QStringLiteral("</span>"));
    h += row(QStringLiteral("Case reference"), HtmlPdf::escape(c.caseReference));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<hr><p><b>Appeal to the First-tier Tribunal (Special Educational Needs and "
                        "Disability): the appeal must be made by %1.</b></p>")
             .arg(HtmlPdf::escape(longDate(c.appealDeadline)));
    h += QStringLiteral("<p class='small'>%1. ").arg(HtmlPdf::escape(c.appealRule));
    h += HtmlPdf::escape(c.appealWorking.join(QLatin1Char(' '))) + QStringLiteral("</p>");
    h += QStringLiteral("<p class='small'>Keep this certificate: the tribunal needs it with the appeal. "
                        "A certificate is never altered once issued; a corrected one replaces it and names "
                        "the number it replaces.</p>");

    // Verification: the QR code holds the same text as the line beside it.
    h += QStringLiteral("<hr><table width='100%' cellspacing='0' cellpadding='0'><tr>"
                        "<td width='%4' valign='middle'><img src='%1' width='%5' height='%5'></td>"
                        "<td valign='middle'><span style='font-size:9pt'>Verification: <b>%2</b></span><br>"
                        "<span style='font-size:8pt'>To check this certificate, give its number and "
                        "verification code to %3. The code is the start of the SHA-256 of the "
                        "certificate's content as kept in the provider's register.</span></td>"
                        "</tr></table>")
             .arg(kQrResource, HtmlPdf::escape(CertificateContent::verificationText(c.number, sha)),
                  HtmlPdf::escape(c.providerName.isEmpty() ? QStringLiteral("the provider") : c.providerName),
                  QStringLiteral("20%"), QString::number(mm(26)));
    h += QStringLiteral("</body></html>");
    return h;
}

QByteArray CertificateRenderer::render(const CertificateContent& c) const
{
    // Qt's PDF, a fifth smaller and the same on paper (stored for every
    // certificate issued).
    return PdfCompactor::compact(renderAsQtWrites(c));
}

QByteArray CertificateRenderer::renderAsQtWrites(const CertificateContent& c) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(
            QStringLiteral("Mediation certificate %1 (%2)").arg(c.number, certificatePartName(c.part)));
        writer.setCreator(QStringLiteral("Common Ground"));

        QTextDocument document;
        document.setDocumentMargin(0);
        document.setUseDesignMetrics(true); // lay out as printed, not as on a screen
        document.setDefaultFont(DocumentFont::font(10));
        PrintedImageHandler images;
        images.install(&document);
        const QImage qr = QrCode::image(CertificateContent::verificationText(c.number, c.sha256()));
        // Scaled up without smoothing so the modules stay sharp.
        document.addResource(
            QTextDocument::ImageResource, QUrl(kQrResource),
            qr.scaled(qr.width() * 8, qr.height() * 8, Qt::KeepAspectRatio, Qt::FastTransformation));
        m_letterhead.addResources(&document);

        // Laid out on the writer itself, so point sizes are real points on paper and
        // the layout breaks pages where the printed page ends.
        // The page size is set before the text so the document is laid out once, not
        // first at an unbounded width and again when the page size arrives.
        document.documentLayout()->setPaintDevice(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
        document.setPageSize(page.size());
        document.setHtml(html(c));

        QPainter painter(&writer);
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
        painter.end();
    }
    return pdf;
}

QList<QByteArray> CertificateRenderer::renderAll(const QList<CertificateContent>& contents) const
{
    QList<QByteArray> pdfs(contents.size());
    // Each worker takes the next certificate not yet taken; the calling thread works too.
    // Qt lays out text and writes PDFs in any thread.
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < contents.size(); i = next++)
            pdfs[i] = render(contents.at(i));
    };
    // A thread pays for its own font caches, so a small batch stays on this one.
    constexpr qsizetype kPerThread = 4;
    const qsizetype helpers =
        std::min<qsizetype>(std::max(1, QThread::idealThreadCount()) - 1, contents.size() / kPerThread);
    std::vector<std::unique_ptr<QThread>> threads;
    for (qsizetype i = 0; i < helpers; ++i) {
        threads.emplace_back(QThread::create(work));
        threads.back()->start();
    }
    work();
    for (const std::unique_ptr<QThread>& thread : threads)
        thread->wait();
    return pdfs;
}
