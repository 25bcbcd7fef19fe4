#pragma once

#include <QByteArray>
#include <optional>

// A PDF's FlateDecode streams (zlib), read and written.
namespace PdfFlate {
std::optional<QByteArray> inflate(const QByteArray& data);
// Empty when zlib fails.
QByteArray deflate(const QByteArray& data);
} // namespace PdfFlate
