#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

// The tables of a TrueType font program (an sfnt), as a PDF embeds one.
class TrueTypeTables
{
public:
    // The font without the tables named (those it has), its directory and
    // whole-font checksum made again; nothing when it is not a font.
    static std::optional<QByteArray> without(const QByteArray& font, const QList<QByteArray>& tags);
};
