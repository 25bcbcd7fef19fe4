#include "certificates/CertificateViewer.h"

#include "certificates/CertificatePrinter.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
constexpr int kPageWidth = 680; // logical pixels: an A4 page readable on a 768-pixel-high screen
}

CertificateViewer::CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent)
    : QDialog(parent), m_pdf(pdf)
{
    setWindowTitle(title);
    auto* pages = new QWidget;
    auto* pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setSpacing(12);
    renderPages(pagesLayout);
    auto* scroll = new QScrollArea;
    scroll->setWidget(pages);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    scroll->setAccessibleName(tr("Certificate"));
    scroll->setBackgroundRole(QPalette::Dark);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* preview = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    connect(preview, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::preview(this, {m_pdf}, title, m_printed); });
    connect(print, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::printWithDialog(this, {m_pdf}, title, m_printed); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(kPageWidth + 60, 900);
}

void CertificateViewer::renderPages(QVBoxLayout* into)
{
    QBuffer buffer(&m_pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        into->addWidget(new QLabel(tr("This certificate's PDF cannot be read.")));
        return;
    }
    m_pageCount = document.pageCount();
    const qreal ratio = devicePixelRatioF();
    for (int page = 0; page < m_pageCount; ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QSize logical(kPageWidth, qRound(kPageWidth * points.height() / points.width()));
        // Pages come back transparent where nothing is printed: lay them on white paper.
        const QImage rendered = document.render(page, logical * ratio);
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, rendered);
        image.setDevicePixelRatio(ratio);
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(image));
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
        into->addWidget(label, 0, Qt::AlignHCenter);
    }
    into->addStretch(1);
}
