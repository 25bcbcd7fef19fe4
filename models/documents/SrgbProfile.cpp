#include "documents/SrgbProfile.h"

#include <QtEndian>
#include <array>
#include <cmath>

namespace {
constexpr int kCurvePoints = 64;

void putU32(QByteArray* out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out->append(bytes, 4);
}

void putU16(QByteArray* out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out->append(bytes, 2);
}

void putS15Fixed16(QByteArray* out, double value)
{
    putU32(out, static_cast<quint32>(static_cast<qint32>(std::lround(value * 65536.0))));
}

void pad(QByteArray* out)
{
    while (out->size() % 4 != 0)
        out->append('\0');
}

QByteArray xyz(double x, double y, double z)
{
    QByteArray tag("XYZ \0\0\0\0", 8);
    putS15Fixed16(&tag, x);
    putS15Fixed16(&tag, y);
    putS15Fixed16(&tag, z);
    return tag;
}

QByteArray description(const char* text)
{
    // textDescriptionType: ASCII, an empty Unicode part and an empty
    // 67-byte ScriptCode part.
    QByteArray tag("desc\0\0\0\0", 8);
    const QByteArray ascii(text);
    putU32(&tag, static_cast<quint32>(ascii.size() + 1));
    tag += ascii;
    tag += '\0';
    putU32(&tag, 0); // Unicode language
    putU32(&tag, 0); // Unicode count
    putU16(&tag, 0); // ScriptCode code
    tag += '\0';     // ScriptCode count
    tag += QByteArray(67, '\0');
    return tag;
}

QByteArray text(const char* value)
{
    QByteArray tag("text\0\0\0\0", 8);
    tag += QByteArray(value);
    tag += '\0';
    return tag;
}

QByteArray transferCurve()
{
    // The sRGB transfer function (IEC 61966-2-1), sampled evenly.
    QByteArray tag("curv\0\0\0\0", 8);
    putU32(&tag, kCurvePoints);
    for (int i = 0; i < kCurvePoints; ++i) {
        const double v = static_cast<double>(i) / (kCurvePoints - 1);
        const double linear = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        putU16(&tag, static_cast<quint16>(std::lround(linear * 65535.0)));
    }
    return tag;
}
} // namespace

QByteArray SrgbProfile::bytes()
{
    struct Tag
    {
        const char* signature;
        QByteArray data;
    };
    const QByteArray curve = transferCurve();
    // sRGB's primaries adapted to the D50 of the profile connection space
    // (Bradford), as the ICC's own sRGB profiles give them.
    const std::array<Tag, 9> tags{{{"desc", description("sRGB")},
                                   {"cprt", text("No copyright, use freely")},
                                   {"wtpt", xyz(0.9642, 1.0, 0.8249)},
                                   {"rXYZ", xyz(0.4360747, 0.2225045, 0.0139322)},
                                   {"gXYZ", xyz(0.3850649, 0.7168786, 0.0971045)},
                                   {"bXYZ", xyz(0.1430804, 0.0606169, 0.7141733)},
                                   {"rTRC", curve},
                                   {"gTRC", curve},
                                   {"bTRC", curve}}};

    // The tag data, each 4-byte aligned; the three curves share one copy.
    const int tableSize = 4 + 12 * static_cast<int>(tags.size());
    QByteArray data;
    QByteArray table;
    putU32(&table, static_cast<quint32>(tags.size()));
    qsizetype curveOffset = -1;
    for (const Tag& tag : tags) {
        const bool shared = tag.data == curve && curveOffset >= 0;
        const qsizetype offset = shared ? curveOffset : 128 + tableSize + data.size();
        if (!shared) {
            if (tag.data == curve)
                curveOffset = offset;
            data += tag.data;
            pad(&data);
        }
        table.append(tag.signature, 4);
        putU32(&table, static_cast<quint32>(offset));
        putU32(&table, static_cast<quint32>(tag.data.size()));
    }

    QByteArray header;
    putU32(&header, static_cast<quint32>(128 + table.size() + data.size()));
    putU32(&header, 0);          // preferred CMM
    putU32(&header, 0x02100000); // version 2.1
    header += "mntrRGB XYZ ";
    for (quint16 part : {2026, 12, 7, 0, 0, 0}) // when this profile was written
        putU16(&header, part);
    header += "acsp";
    putU32(&header, 0);             // platform
    putU32(&header, 0);             // flags
    putU32(&header, 0);             // manufacturer
    putU32(&header, 0);             // model
    header += QByteArray(8, '\0');  // attributes
    putU32(&header, 0);             // perceptual intent
    putS15Fixed16(&header, 0.9642); // the PCS illuminant, D50
    putS15Fixed16(&header, 1.0);
    putS15Fixed16(&header, 0.8249);
    putU32(&header, 0);                  // creator
    header += QByteArray(16 + 28, '\0'); // ID (version 4 only) and reserved
    return header + table + data;
}
