#include "store/infrastructure/CsvCell.h"

#include <QStringList>

namespace CsvCell {

namespace {
bool startsAFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// The offset of the first byte that does not start a valid UTF-8 character
// (overlong forms, surrogates and values past U+10FFFF included), or -1.
qsizetype firstInvalidUtf8(const QByteArray& data)
{
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size;) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

const QString kSaveAsUtf8 = QStringLiteral(
    "the file must be UTF-8 text: in Excel choose File > Save As and the type \"CSV UTF-8 (Comma "
    "delimited) (*.csv)\", in LibreOffice tick \"Edit filter settings\" and choose Unicode (UTF-8), then "
    "import the new file");
} // namespace

QString neutralise(const QString& value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (startsAFormula(first) || first == QLatin1Char('\''))
        return QLatin1Char('\'') + value;
    return value;
}

QString restore(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

QString format(const QString& value)
{
    const QString cell = neutralise(value);
    const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                             cell != cell.trimmed();
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QStringList encodingProblems(const QByteArray& data)
{
    QStringList problems;
    // A line end is a single byte in UTF-8 and never part of another
    // character, so each line can be checked on its own.
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray bytes = data.mid(start, end - start);
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
            problems << QStringLiteral(
                            "line %1: holds a NUL byte (at byte %2 of the line), which is not text; %3")
                            .arg(line)
                            .arg(nul + 1)
                            .arg(kSaveAsUtf8);
        } else if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
            problems << QStringLiteral("line %1: is not UTF-8 text (byte 0x%2 at byte %3 of the line: a "
                                       "Windows or Mac character set, or a damaged file); %4")
                            .arg(line)
                            .arg(static_cast<uint>(static_cast<uchar>(bytes.at(bad))), 2, 16,
                                 QLatin1Char('0'))
                            .arg(bad + 1)
                            .arg(kSaveAsUtf8);
        }
        start = end + 1;
        ++line;
    }
    return problems;
}

} // namespace CsvCell
