#pragma once

#include <QImage>
#include <QString>

// A QR code made with libqrencode: one pixel a module, black on white, with
// the 4-module quiet zone readers need. Empty when the text cannot be encoded.
namespace QrCode {

QImage image(const QString& text);

} // namespace QrCode
