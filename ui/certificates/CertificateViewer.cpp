#include "certificates/CertificateViewer.h"

#include "certificates/CertificatePrinter.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QVBoxLayout>

CertificateViewer::CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent)
    : QDialog(parent), m_pdf(pdf), m_buffer(new QBuffer(&m_pdf, this)), m_document(new QPdfDocument(this)),
      m_view(new QPdfView(this))
{
    setWindowTitle(title);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setAccessibleName(tr("Certificate"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* preview = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::preview(this, {m_pdf}, title); });
    connect(print, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::printWithDialog(this, {m_pdf}, title); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(720, 900);
}

CertificateViewer::~CertificateViewer()
{
    // Children go in the order they were made, the buffer first: let the
    // document drop it while it still exists.
    m_view->setDocument(nullptr);
    m_document->close();
}

int CertificateViewer::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}
