#pragma once

#include <QByteArray>
#include <QDialog>
#include <functional>

class QVBoxLayout;

// Shows a stored certificate PDF in the program: Qt Pdf renders each page to
// an image, shown in a scrolling column, with Print preview and Print buttons
// for the same file. (Not QPdfView: in Qt 6.4 it leaks its render thread.)
class CertificateViewer : public QDialog
{
    Q_OBJECT

public:
    CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent = nullptr);

    int pageCount() const { return m_pageCount; }
    // Called when the certificate is printed from the viewer.
    void setPrintedHandler(std::function<void()> printed) { m_printed = std::move(printed); }

private:
    void renderPages(QVBoxLayout* into);

    QByteArray m_pdf;
    int m_pageCount = 0;
    std::function<void()> m_printed;
};
