#include "documents/PrintedImageHandler.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QUrl>

namespace {
// Qt's rich text reads sizes as pixels of a 96 dpi screen, whatever the device.
constexpr qreal kTextDpi = 96;

QImage imageOf(QTextDocument* doc, const QTextImageFormat& format)
{
    return doc->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
}

// A one-bit image with the table Qt's PDF writer takes for a mask: black, then white.
QImage asMask(const QImage& image)
{
    const QList<QRgb> blackWhite{qRgb(0, 0, 0), qRgb(255, 255, 255)};
    if (image.depth() != 1 || image.colorTable() == blackWhite)
        return image;
    QImage mask = image.convertToFormat(QImage::Format_Mono);
    if (mask.colorTable() == QList<QRgb>{qRgb(255, 255, 255), qRgb(0, 0, 0)}) {
        mask.invertPixels();
        mask.setColorTable(blackWhite);
    }
    return mask;
}
} // namespace

void PrintedImageHandler::install(QTextDocument* document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSizeF PrintedImageHandler::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format)
{
    // As Qt's own handler sizes an image: the width and height the HTML gives,
    // the other from the image's proportions, in the device's pixels.
    const QTextImageFormat imageFormat = format.toImageFormat();
    const QImage image = imageOf(doc, imageFormat);
    if (image.isNull())
        return {};
    const bool hasWidth = imageFormat.hasProperty(QTextFormat::ImageWidth);
    const bool hasHeight = imageFormat.hasProperty(QTextFormat::ImageHeight);
    const qreal aspect = qreal(image.width()) / image.height();
    qreal width = hasWidth ? imageFormat.width() : image.width();
    qreal height = hasHeight ? imageFormat.height() : image.height();
    if (hasWidth && !hasHeight)
        height = width / aspect;
    else if (hasHeight && !hasWidth)
        width = height * aspect;
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiY() / kTextDpi : 1.0;
    return QSizeF(width, height) * scale;
}

void PrintedImageHandler::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int,
                                     const QTextFormat& format)
{
    const QImage image = asMask(imageOf(doc, format.toImageFormat()));
    painter->save();
    // A mask is filled with the pen's colour: the modules in black, whatever the text's.
    painter->setPen(Qt::black);
    painter->drawImage(rect, image);
    painter->restore();
}
