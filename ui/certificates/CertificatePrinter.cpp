#include "certificates/CertificatePrinter.h"

#include <QBuffer>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace CertificatePrinter {

bool print(QPrinter* printer, const QList<QByteArray>& pdfs)
{
    // "Print to file" as PDF: the stored file itself, with its text and its
    // hash, rather than a picture of its pages. (Not while a preview paints.)
    if (pdfs.size() == 1 && printer->outputFormat() == QPrinter::PdfFormat &&
        !printer->outputFileName().isEmpty() && printer->paintEngine() &&
        printer->paintEngine()->type() == QPaintEngine::Pdf) {
        QSaveFile file(printer->outputFileName());
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file.write(pdfs.first()) == pdfs.first().size() && file.commit();
    }
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRect paper = printer->pageLayout().fullRectPixels(printer->resolution());
    const int dpi = std::min(printer->resolution(), 300);
    bool first = true;
    bool ok = true;
    for (QByteArray pdf : pdfs) {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        if (document.status() != QPdfDocument::Status::Ready) {
            ok = false;
            continue;
        }
        for (int page = 0; page < document.pageCount(); ++page) {
            if (!first)
                printer->newPage();
            first = false;
            const QSizeF points = document.pagePointSize(page);
            const QSize pixels = (points * dpi / 72.0).toSize();
            const QImage image = document.render(page, pixels);
            painter.drawImage(QRectF(paper), image);
        }
    }
    painter.end();
    return ok;
}

void preview(QWidget* parent, const QList<QByteArray>& pdfs, const QString& title, PrintedHandler printed)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(title);
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [pdfs](QPrinter* target) { print(target, pdfs); });
    // The preview dialog is accepted only by its Print button, after printing.
    if (printed)
        QObject::connect(dialog, &QDialog::accepted, dialog, printed);
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    dialog->open();
}

void printWithDialog(QWidget* parent, const QList<QByteArray>& pdfs, const QString& title,
                     PrintedHandler printed)
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(title);
    auto* dialog = new QPrintDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, pdfs, printed] {
        if (print(printer, pdfs) && printed)
            printed();
    });
    QObject::connect(dialog, &QObject::destroyed, dialog, [printer] { delete printer; });
    dialog->open();
}

} // namespace CertificatePrinter
