#include "documents/TrueTypeTables.h"

#include <QtEndian>

std::optional<QByteArray> TrueTypeTables::without(const QByteArray& font, const QList<QByteArray>& tags)
{
    if (font.size() < 12)
        return std::nullopt;
    const auto u32 = [&](qsizetype at) {
        return qFromBigEndian<quint32>(font.constData() + at);
    };
    const int count = qFromBigEndian<quint16>(font.constData() + 4);
    if (font.size() < 12 + 16 * count)
        return std::nullopt;
    struct Table
    {
        QByteArray record;
        QByteArray data;
    };
    QList<Table> kept;
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 12 + 16 * i;
        const quint32 offset = u32(record + 8);
        const quint32 length = u32(record + 12);
        if (offset + length > quint32(font.size()))
            return std::nullopt;
        if (!tags.contains(font.mid(record, 4)))
            kept.append({font.mid(record, 16), font.mid(offset, length)});
    }
    if (kept.size() == count)
        return font;
    const int n = static_cast<int>(kept.size());
    int power = 1;
    int log = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log;
    }
    QByteArray out = font.left(4);
    char word[4];
    for (int value : {n, power * 16, log, n * 16 - power * 16}) {
        qToBigEndian(static_cast<quint16>(value), word);
        out.append(word, 2);
    }
    quint32 offset = 12 + 16 * n;
    qsizetype head = -1;
    for (Table& table : kept) {
        qToBigEndian(offset, word);
        table.record.replace(8, 4, word, 4);
        out += table.record;
        if (table.record.startsWith("head"))
            head = offset;
        offset += (table.data.size() + 3) & ~3;
    }
    for (const Table& table : kept) {
        out += table.data;
        out += QByteArray((4 - table.data.size() % 4) % 4, '\0');
    }
    if (head >= 0 && head + 12 <= out.size()) {
        // checkSumAdjustment: the whole font then sums to 0xB1B0AFBA.
        out.replace(head + 8, 4, QByteArray(4, '\0'));
        quint32 sum = 0;
        for (qsizetype at = 0; at + 4 <= out.size(); at += 4)
            sum += qFromBigEndian<quint32>(out.constData() + at);
        qToBigEndian(static_cast<quint32>(0xB1B0AFBAu - sum), word);
        out.replace(head + 8, 4, word, 4);
    }
    return out;
}
