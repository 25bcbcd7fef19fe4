#pragma once

#include <QObject>
#include <QTextObjectInterface>

// Draws a text document's images as QImages, where Qt's own handler draws
// screen pixmaps on the GUI thread. A pixmap reaches the PDF as a colour JPEG;
// an image keeps its format, so the certificate's one-bit QR code is written
// as a one-bit mask (about 2 KB less a certificate) and prints sharp.
class PrintedImageHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    // Takes over the images of `document` (laid out on its paint device).
    void install(QTextDocument* document);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;
};
