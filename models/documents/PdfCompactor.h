#pragma once

#include <QByteArray>

// Rewrites a PDF that QPdfWriter made so that it is smaller and the same on
// paper: each run of text as one TJ array rather than a position for every
// glyph, the ToUnicode maps compressed, and the PDF/A output intent's sRGB
// profile in its compact form (SrgbProfile). A stored certificate was 25 KB,
// two thirds of it Qt's own overhead (issue 18: under 20 KB).
//
// It reads only what QPdfWriter writes (PDF 1.4, a cross-reference table,
// one text item to a BT block); anything else, or any doubt, and the PDF is
// returned as it came.
class PdfCompactor
{
public:
    static QByteArray compact(const QByteArray& pdf);
};
