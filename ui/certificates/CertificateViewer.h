#pragma once

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QPdfDocument;
class QPdfView;

// Shows a stored certificate PDF in the program (Qt Pdf's QPdfView), with
// Print preview and Print buttons for the same file.
class CertificateViewer : public QDialog
{
    Q_OBJECT

public:
    CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent = nullptr);
    ~CertificateViewer() override;

    int pageCount() const;

private:
    QByteArray m_pdf;
    QBuffer* m_buffer;
    QPdfDocument* m_document;
    QPdfView* m_view;
};
