#include "documents/QrCode.h"

#include <qrencode.h>

namespace QrCode {

QImage image(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage result(size, size, QImage::Format_Mono);
    result.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    result.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark).
            if (code->data[y * code->width + x] & 1)
                result.setPixel(x + quiet, y + quiet, 1);
        }
    }
    QRcode_free(code);
    return result;
}

} // namespace QrCode
