#include "documents/PdfGlyphWidths.h"

#include <QList>
#include <QRegularExpression>

std::optional<GlyphWidths> GlyphWidths::fromCidFont(const QByteArray& cidFont)
{
    GlyphWidths result;
    static const QRegularExpression dw(QStringLiteral(R"(/DW\s+([\d.]+))"));
    if (const QRegularExpressionMatch m = dw.match(QString::fromLatin1(cidFont)); m.hasMatch())
        result.fallback = m.captured(1).toDouble();
    const qsizetype start = cidFont.indexOf("/W");
    if (start < 0)
        return result;
    const qsizetype open = cidFont.indexOf('[', start);
    if (open < 0)
        return std::nullopt;
    // Tokens up to the array's closing bracket: numbers, "[" and "]".
    QList<QByteArray> tokens;
    int depth = 0;
    QByteArray current;
    for (qsizetype i = open; i < cidFont.size(); ++i) {
        const char c = cidFont.at(i);
        if (c == '[' || c == ']' || c == ' ' || c == '\n' || c == '\r') {
            if (!current.isEmpty())
                tokens << current;
            current.clear();
            if (c == '[')
                depth++;
            if (c == ']')
                depth--;
            if (c == '[' || c == ']')
                tokens << QByteArray(1, c);
            if (depth == 0)
                break;
        } else {
            current += c;
        }
    }
    if (depth != 0 || tokens.size() < 2)
        return std::nullopt;
    // c [w1 w2 ...]  or  c_first c_last w
    for (qsizetype i = 1; i + 1 < tokens.size();) {
        bool ok = false;
        const int first = tokens.at(i).toInt(&ok);
        if (!ok)
            return std::nullopt;
        if (tokens.at(i + 1) == "[") {
            qsizetype j = i + 2;
            for (int glyph = first; j < tokens.size() && tokens.at(j) != "]"; ++j, ++glyph) {
                const double width = tokens.at(j).toDouble(&ok);
                if (!ok)
                    return std::nullopt;
                result.widths.insert(glyph, width);
            }
            i = j + 1;
        } else if (i + 2 < tokens.size()) {
            bool lastOk = false;
            bool widthOk = false;
            const int last = tokens.at(i + 1).toInt(&lastOk);
            const double width = tokens.at(i + 2).toDouble(&widthOk);
            if (!lastOk || !widthOk || last < first)
                return std::nullopt;
            for (int glyph = first; glyph <= last; ++glyph)
                result.widths.insert(glyph, width);
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    return result;
}
