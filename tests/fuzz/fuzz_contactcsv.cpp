// libFuzzer: the contacts CSV parser (ContactCsv::parse) on any bytes, and
// formatRecord on what it parsed. Beyond not crashing: every record found
// survives a round trip through formatRecord and parse unchanged.
#include "store/directory/ContactCsv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    if (!ContactCsv::parse(bytes, &records, &lines, &error))
        return 0;
    if (records.size() != lines.size())
        std::abort();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i) <= lines.at(i - 1))
            std::abort(); // records start on rising lines
    }
    QString text;
    QList<QStringList> expected;
    for (const QStringList& record : std::as_const(records)) {
        // A record of one empty field is a blank line, which parse skips; a
        // byte order mark is taken off the start of a file.
        if (record.size() == 1 && record.constFirst().isEmpty())
            continue;
        if (expected.isEmpty() && record.constFirst().startsWith(QChar(0xFEFF)))
            continue;
        expected << record;
        text += ContactCsv::formatRecord(record) + QStringLiteral("\r\n");
    }
    QList<QStringList> again;
    if (!ContactCsv::parse(text.toUtf8(), &again, &lines, &error) || again != expected)
        std::abort();
    return 0;
}
