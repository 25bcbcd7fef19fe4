#pragma once

#include <QByteArray>
#include <QList>
#include <functional>

class QPrinter;
class QWidget;

// Prints stored certificate PDFs as they are: Qt Pdf renders each page to an
// image at the printer's resolution (at most 300 dpi) and it is drawn to fill
// the page. The PDF is never made again for printing.
namespace CertificatePrinter {

// Prints every page of every PDF, in order; false when one cannot be read.
// One PDF printed to a PDF file is written as it is stored, byte for byte.
bool print(QPrinter* printer, const QList<QByteArray>& pdfs);
// Called once the pages went to a printer (the audit trail records it).
using PrintedHandler = std::function<void()>;
// A print preview (QPrintPreviewDialog), window-modal; printing from it prints the same pages.
void preview(QWidget* parent, const QList<QByteArray>& pdfs, const QString& title,
             PrintedHandler printed = {});
// The print dialog, then print().
void printWithDialog(QWidget* parent, const QList<QByteArray>& pdfs, const QString& title,
                     PrintedHandler printed = {});

} // namespace CertificatePrinter
