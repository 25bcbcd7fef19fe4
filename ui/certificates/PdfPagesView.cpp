#include "certificates/PdfPagesView.h"

#include <QBuffer>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QVBoxLayout>

PdfPagesView::PdfPagesView(int pageWidth, QWidget* parent) : QScrollArea(parent), m_pageWidth(pageWidth)
{
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter);
    setBackgroundRole(QPalette::Dark);
    setWidget(new QWidget);
}

bool PdfPagesView::setPdf(const QByteArray& pdf)
{
    m_pdf = pdf;
    m_pageCount = 0;
    m_images.clear();
    auto* pages = new QWidget;
    auto* layout = new QVBoxLayout(pages);
    layout->setSpacing(12);
    bool ok = true;
    if (!m_pdf.isEmpty()) {
        QBuffer buffer(&m_pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        if (document.status() != QPdfDocument::Status::Ready) {
            layout->addWidget(new QLabel(tr("This PDF cannot be read.")));
            ok = false;
        } else {
            m_pageCount = document.pageCount();
            const qreal ratio = devicePixelRatioF();
            for (int page = 0; page < m_pageCount; ++page) {
                const QSizeF points = document.pagePointSize(page);
                const QSize logical(m_pageWidth, qRound(m_pageWidth * points.height() / points.width()));
                // Pages come back transparent where nothing is printed: lay them on white paper.
                const QImage rendered = document.render(page, logical * ratio);
                QImage image(rendered.size(), QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter(&image).drawImage(0, 0, rendered);
                image.setDevicePixelRatio(ratio);
                m_images << image;
                auto* label = new QLabel;
                label->setPixmap(QPixmap::fromImage(image));
                label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
                layout->addWidget(label, 0, Qt::AlignHCenter);
            }
        }
    }
    layout->addStretch(1);
    setWidget(pages); // deletes the pages shown before
    return ok;
}

QImage PdfPagesView::pageImage(int page) const
{
    return m_images.value(page);
}
