#pragma once

#include <QByteArray>
#include <QDialog>
#include <functional>

class PdfPagesView;
class QLabel;

// Shows a stored certificate PDF in the program, sized to fit the screen
// (1366x768 and up) with its buttons in sight: Qt Pdf renders each page, and
// Save PDF..., Print preview... and Print... act on the same stored file.
// Saving writes the stored bytes as they are (so the copy keeps its text and
// its hash); printing renders the stored pages, and printing to a PDF file
// writes the stored bytes too (CertificatePrinter).
class CertificateViewer : public QDialog
{
    Q_OBJECT

public:
    CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent = nullptr);

    int pageCount() const;
    PdfPagesView* pages() const { return m_pages; }
    // A line above the pages, e.g. "Certificate CG-2026-000001 is issued."; empty hides it.
    void setMessage(const QString& message);
    QString message() const;
    // The name offered when saving ("CG-2026-000001.pdf").
    void setSuggestedFileName(const QString& name) { m_suggestedName = name; }
    // Called when the certificate is printed from the viewer.
    void setPrintedHandler(std::function<void()> printed) { m_printed = std::move(printed); }
    // Called when the stored file was saved to a file (an export, for the audit trail).
    void setSavedHandler(std::function<void()> saved) { m_saved = std::move(saved); }

    // Writes the stored PDF, byte for byte, to `path`; false (and a message) when not written.
    bool savePdf(const QString& path);
    // Asks where (FileChooser), then savePdf().
    void savePdfAs();

private:
    QByteArray m_pdf;
    QString m_suggestedName;
    PdfPagesView* m_pages;
    QLabel* m_message;
    std::function<void()> m_printed;
    std::function<void()> m_saved;
};
