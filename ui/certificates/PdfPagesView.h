#pragma once

#include <QByteArray>
#include <QScrollArea>

class QVBoxLayout;

// The pages of a PDF held in memory, one under the other in a scrolling
// column, each rendered by Qt Pdf to an image on white paper at a given
// width. (Not QPdfView: in Qt 6.4 it leaks its render thread.)
class PdfPagesView : public QScrollArea
{
    Q_OBJECT

public:
    explicit PdfPagesView(int pageWidth, QWidget* parent = nullptr);

    // Shows `pdf` (an empty one clears the view); false when it cannot be read.
    bool setPdf(const QByteArray& pdf);
    const QByteArray& pdf() const { return m_pdf; }
    int pageCount() const { return m_pageCount; }
    // A page as shown, for tests and screenshots; null when there is none.
    QImage pageImage(int page) const;

private:
    int m_pageWidth;
    QByteArray m_pdf;
    int m_pageCount = 0;
    QList<QImage> m_images;
};
