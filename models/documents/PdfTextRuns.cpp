#include "documents/PdfTextRuns.h"

#include <cctype>
#include <cmath>

namespace {
// How far (in thousandths of the size) the TJ array may leave a glyph from
// where Qt put it before it is moved back (see the header).
constexpr double kLeeway = 2;

QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 4);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text == "-0" ? QByteArray("0") : text;
}
} // namespace

PdfTextRuns::PdfTextRuns(const QHash<QByteArray, GlyphWidths>& fonts) : m_fonts(fonts) {}

std::optional<QByteArray> PdfTextRuns::rewrite(const QByteArray& content)
{
    // Read word by word (a content stream has thousands of lines).
    for (const QByteArray& line : content.split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (const std::optional<bool> shown = glyph(words)) {
            if (!*shown)
                return std::nullopt;
            continue;
        }
        endRun();
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QByteArray& word = words.at(i);
            // Text state Qt never writes, which the widths alone would
            // not account for.
            if (word == "Tc" || word == "Tw" || word == "Tz" || word == "Ts" || word == "TL" ||
                word == "T*" || word == "'" || word == "\"")
                return std::nullopt;
            // A new text object or text matrix: the next Td is from there.
            if (word == "BT" || word == "Tm")
                m_origin = 0;
            if (word == "Tf") {
                if (i < 2 || !words.at(i - 2).startsWith('/'))
                    return std::nullopt;
                const auto found = m_fonts.constFind(words.at(i - 2).mid(1));
                bool ok = false;
                m_size = words.at(i - 1).toDouble(&ok);
                if (found == m_fonts.constEnd() || !ok)
                    return std::nullopt;
                m_widths = &found.value();
            }
        }
        m_out += line;
        m_out += '\n';
    }
    endRun();
    m_out.chop(1); // the split added no final newline
    return m_out;
}

// "dx dy Td <hex> Tj": a glyph Qt placed at (dx, dy) from the glyph
// before it (or from the line matrix, for the first). Nothing when the
// line is not one; false when it cannot be shown in a run.
std::optional<bool> PdfTextRuns::glyph(const QList<QByteArray>& words)
{
    if (words.size() != 5 || words.at(2) != "Td" || words.at(4) != "Tj" || !words.at(3).startsWith('<') ||
        !words.at(3).endsWith('>'))
        return std::nullopt;
    bool dxOk = false;
    bool dyOk = false;
    const double dx = words.at(0).toDouble(&dxOk);
    const double dy = words.at(1).toDouble(&dyOk);
    const QByteArray hex = words.at(3).mid(1, words.at(3).size() - 2);
    if (!dxOk || !dyOk)
        return std::nullopt;
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return show(dx, dy, words.at(0), words.at(1), hex);
}

bool PdfTextRuns::show(double dx, double dy, const QByteArray& dxText, const QByteArray& dyText,
                       const QByteArray& hex)
{
    if (!m_widths || m_size <= 0 || hex.size() % 4 != 0 || hex.isEmpty())
        return false;
    if (!m_inRun || dy != 0) {
        // A run starts where Qt put its first glyph, as Qt wrote it
        // when that is from the line matrix itself.
        endRun();
        if (m_origin == 0)
            m_out += dxText + ' ' + dyText + " Td\n[(";
        else
            m_out += number(m_origin + dx) + ' ' + number(dy) + " Td\n[(";
        m_inRun = true;
        m_origin = 0;
        m_pen = 0;
    } else {
        m_origin += dx;
        // Thousandths of the size that the pen is ahead of Qt's position.
        const double ahead = (m_pen - m_origin) * 1000 / m_size;
        if (std::abs(ahead) >= kLeeway) {
            const long adjust = std::lround(ahead);
            m_out += ") " + QByteArray::number(adjust) + " (";
            m_pen -= static_cast<double>(adjust) * m_size / 1000;
        }
    }
    // The glyph numbers as bytes in a literal string, half the length of
    // Qt's hex; a line end inside it is escaped, as PDF reads one as "\n".
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        const int glyph = hex.mid(i, 4).toInt(nullptr, 16);
        for (const char byte : {static_cast<char>(glyph >> 8), static_cast<char>(glyph & 0xff)}) {
            switch (byte) {
            case '\\':
            case '(':
            case ')':
                m_out += '\\';
                m_out += byte;
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\n':
                m_out += "\\n";
                break;
            default:
                m_out += byte;
            }
        }
        m_pen += m_widths->of(glyph) * m_size / 1000;
    }
    return true;
}

void PdfTextRuns::endRun()
{
    if (m_inRun)
        m_out += ")] TJ\n";
    m_inRun = false;
}
