#pragma once

#include "documents/PdfGlyphWidths.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <optional>

// QPdfWriter places each glyph of a text item by itself ("dx 0 Td <gid> Tj",
// relative to the glyph before). The same glyphs are written as one TJ
// array, moved by whole thousandths of the font size wherever Qt's position
// and the font's widths (rounded in the PDF) have drifted apart by kLeeway:
// a glyph moves by less than that from where Qt put it (at 10 points, two
// thousandths are 0.007 mm).
//
// It reads content streams as QPdfWriter writes them; anything else (text
// state Qt never sets, a font it does not know) and rewrite() gives nothing.
class PdfTextRuns
{
public:
    // The fonts by their resource name ("F11"), with their glyphs' widths.
    explicit PdfTextRuns(const QHash<QByteArray, GlyphWidths>& fonts);
    std::optional<QByteArray> rewrite(const QByteArray& content);

private:
    std::optional<bool> glyph(const QList<QByteArray>& words);
    bool show(double dx, double dy, const QByteArray& dxText, const QByteArray& dyText,
              const QByteArray& hex);
    void endRun();

    const QHash<QByteArray, GlyphWidths>& m_fonts;
    const GlyphWidths* m_widths = nullptr;
    double m_size = 0;
    bool m_inRun = false;
    double m_origin = 0; // where Qt put the last glyph, from the line matrix
    double m_pen = 0;    // where the TJ array has put the next glyph
    QByteArray m_out;
};
