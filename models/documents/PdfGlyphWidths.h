#pragma once

#include <QByteArray>
#include <QHash>
#include <optional>

// The widths (in thousandths of the font size) of a CIDFontType2's glyphs,
// from its /W array and /DW: what a PDF reader advances by after each glyph.
struct GlyphWidths
{
    QHash<int, double> widths;
    double fallback = 1000;
    double of(int glyph) const { return widths.value(glyph, fallback); }
    // Nothing when the array is not as the PDF specification writes it.
    static std::optional<GlyphWidths> fromCidFont(const QByteArray& cidFont);
};
