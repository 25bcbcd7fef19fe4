#include "documents/PdfCompactor.h"

#include "documents/PdfFlate.h"
#include "documents/PdfGlyphWidths.h"
#include "documents/PdfTextRuns.h"
#include "documents/SrgbProfile.h"
#include "documents/TrueTypeTables.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace {
struct PdfObject
{
    int number = 0;
    QByteArray generation;
    QByteArray text; // "N G obj ... endobj", as in the file
    // A stream's parts; `dict` empty for an object that is not a stream.
    QByteArray dict;
    QByteArray data;
    bool changed = false;
};

QString latin1(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes);
}

class Compaction
{
public:
    explicit Compaction(const QByteArray& pdf) : m_pdf(pdf) {}

    std::optional<QByteArray> run()
    {
        if (!m_pdf.startsWith("%PDF-1.4") || !readObjects())
            return std::nullopt;
        for (PdfObject& object : m_objects) {
            if (!object.dict.isEmpty() && !readStream(&object))
                return std::nullopt;
        }
        if (!compactPages() || !compactToUnicode() || !replaceProfile() || !compactFonts() ||
            !compactMetadata())
            return std::nullopt;
        return write();
    }

private:
    bool readObjects()
    {
        const qsizetype startxref = m_pdf.lastIndexOf("startxref");
        if (startxref < 0)
            return false;
        bool ok = false;
        const qsizetype xref =
            m_pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || xref <= 0 || xref >= startxref || !m_pdf.mid(xref).startsWith("xref"))
            return false;
        const qsizetype trailer = m_pdf.indexOf("trailer", xref);
        if (trailer < 0)
            return false;
        m_trailer = m_pdf.mid(trailer, startxref - trailer);
        const QList<QByteArray> lines = m_pdf.mid(xref, trailer - xref).split('\n');
        // One subsection, "0 N", then N entries.
        const QList<QByteArray> subsection = lines.value(1).trimmed().split(' ');
        if (subsection.size() != 2 || subsection.at(0) != "0")
            return false;
        m_size = subsection.at(1).toInt(&ok);
        if (!ok || m_size <= 1 || lines.size() < m_size + 2)
            return false;
        QList<std::pair<qsizetype, int>> offsets;
        for (int i = 0; i < m_size; ++i) {
            const QList<QByteArray> entry = lines.at(i + 2).trimmed().split(' ');
            if (entry.size() != 3)
                return false;
            if (entry.at(2) == "n")
                offsets.append({entry.at(0).toLongLong(), i});
        }
        std::sort(offsets.begin(), offsets.end());
        for (qsizetype i = 0; i < offsets.size(); ++i) {
            const qsizetype from = offsets.at(i).first;
            const qsizetype to = i + 1 < offsets.size() ? offsets.at(i + 1).first : xref;
            PdfObject object;
            object.number = offsets.at(i).second;
            object.text = m_pdf.mid(from, to - from);
            static const QRegularExpression header(QStringLiteral(R"(^(\d+) (\d+) obj\b)"));
            const QRegularExpressionMatch m = header.match(latin1(object.text.left(32)));
            if (!m.hasMatch() || m.captured(1).toInt() != object.number || !object.text.contains("endobj"))
                return false;
            object.generation = m.captured(2).toLatin1();
            const qsizetype stream = object.text.indexOf("stream\n");
            if (stream >= 0 && object.text.left(stream).trimmed().endsWith(">>")) {
                const qsizetype dictStart = object.text.indexOf("<<");
                object.dict =
                    object.text.mid(dictStart, object.text.left(stream).lastIndexOf(">>") + 2 - dictStart);
            }
            m_byNumber.insert(object.number, m_objects.size());
            m_objects.append(object);
        }
        m_head = m_pdf.left(offsets.value(0).first);
        return !m_objects.isEmpty() && !m_head.isEmpty();
    }

    const PdfObject* object(int number) const
    {
        const auto found = m_byNumber.constFind(number);
        return found == m_byNumber.constEnd() ? nullptr : &m_objects.at(found.value());
    }

    // The number of the object that `key` refers to in `text` ("/Key N 0 R").
    static std::optional<int> reference(const QByteArray& text, const QByteArray& key)
    {
        // Qt writes "/Key N 0 R" with single spaces.
        const QByteArray name = '/' + key + ' ';
        const qsizetype at = text.indexOf(name);
        if (at < 0)
            return std::nullopt;
        const QList<QByteArray> words = text.mid(at + name.size(), 24).split(' ');
        bool ok = false;
        const int number = words.value(0).toInt(&ok);
        if (!ok || words.size() < 3 || words.at(2).left(1) != "R")
            return std::nullopt;
        return number;
    }

    bool readStream(PdfObject* stream) const
    {
        static const QRegularExpression lengthPattern(QStringLiteral(R"(/Length\s+(\d+)(\s+\d+\s+R)?)"));
        const QRegularExpressionMatch m = lengthPattern.match(latin1(stream->dict));
        if (!m.hasMatch())
            return false;
        qsizetype length = m.captured(1).toLongLong();
        if (!m.captured(2).isEmpty()) {
            const PdfObject* held = object(m.captured(1).toInt());
            if (!held)
                return false;
            const QByteArray body = held->text.mid(held->text.indexOf("obj") + 3);
            bool ok = false;
            length = body.left(body.indexOf("endobj")).trimmed().toLongLong(&ok);
            if (!ok)
                return false;
        }
        const qsizetype start = stream->text.indexOf("stream\n") + 7;
        if (start + length > stream->text.size() ||
            !stream->text.mid(start + length, 16).trimmed().startsWith("endstream"))
            return false;
        stream->data = stream->text.mid(start, length);
        return true;
    }

    // The stream's data replaced; its length written in its dictionary.
    void replaceData(PdfObject* stream, const QByteArray& data, bool flate)
    {
        static const QRegularExpression lengthPattern(QStringLiteral(R"(/Length\s+(\d+)(\s+\d+\s+R)?)"));
        QString dict = latin1(stream->dict);
        // Qt keeps each stream's length in an object of its own, which the
        // length written in place leaves unused.
        if (const QRegularExpressionMatch m = lengthPattern.match(dict);
            m.hasMatch() && !m.captured(2).isEmpty())
            m_unused.insert(m.captured(1).toInt());
        dict.replace(lengthPattern, QStringLiteral("/Length %1").arg(data.size()));
        if (flate && !dict.contains(QLatin1String("/Filter")))
            dict.insert(dict.lastIndexOf(QLatin1String(">>")), QLatin1String(" /Filter /FlateDecode "));
        stream->dict = dict.toLatin1();
        stream->data = data;
        stream->changed = true;
    }

    bool compactPages()
    {
        static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page\b(?!s))"));
        for (const PdfObject& candidate : std::as_const(m_objects)) {
            if (!candidate.dict.isEmpty() || !page.match(latin1(candidate.text)).hasMatch())
                continue;
            const std::optional<int> contents = reference(candidate.text, "Contents");
            const std::optional<int> resources = reference(candidate.text, "Resources");
            if (!contents || !resources || !object(*contents) || !object(*resources))
                return false;
            QHash<QByteArray, GlyphWidths> fonts;
            if (!readFonts(object(*resources)->text, &fonts))
                return false;
            PdfObject& content = m_objects[m_byNumber.value(*contents)];
            if (!content.dict.contains("/FlateDecode"))
                return false;
            const std::optional<QByteArray> drawing = PdfFlate::inflate(content.data);
            if (!drawing)
                return false;
            const std::optional<QByteArray> rewritten = PdfTextRuns(fonts).rewrite(*drawing);
            if (!rewritten)
                return false;
            const QByteArray packed = PdfFlate::deflate(*rewritten);
            if (packed.isEmpty())
                return false;
            replaceData(&content, packed, true);
        }
        return true;
    }

    bool readFonts(const QByteArray& resources, QHash<QByteArray, GlyphWidths>* fonts) const
    {
        const qsizetype start = resources.indexOf("/Font");
        if (start < 0)
            return true; // a page without text
        const qsizetype end = resources.indexOf(">>", start);
        static const QRegularExpression entry(QStringLiteral(R"(/(\S+)\s+(\d+)\s+\d+\s+R)"));
        auto matches = entry.globalMatch(latin1(resources.mid(start + 5, end - start - 5)));
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const PdfObject* type0 = object(m.captured(2).toInt());
            if (!type0 || !type0->text.contains("/Identity-H"))
                return false;
            static const QRegularExpression descendant(QStringLiteral(R"(/DescendantFonts\s*\[\s*(\d+))"));
            const QRegularExpressionMatch d = descendant.match(latin1(type0->text));
            const PdfObject* cidFont = d.hasMatch() ? object(d.captured(1).toInt()) : nullptr;
            if (!cidFont || !cidFont->text.contains("/CIDToGIDMap /Identity"))
                return false;
            const std::optional<GlyphWidths> widths = GlyphWidths::fromCidFont(cidFont->text);
            if (!widths)
                return false;
            fonts->insert(m.captured(1).toLatin1(), *widths);
        }
        return true;
    }

    bool compactToUnicode()
    {
        static const QRegularExpression toUnicode(QStringLiteral(R"(/ToUnicode\s+(\d+)\s+\d+\s+R)"));
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            auto matches = toUnicode.globalMatch(latin1(m_objects.at(i).text));
            while (matches.hasNext()) {
                const int number = matches.next().captured(1).toInt();
                if (!m_byNumber.contains(number))
                    return false;
                PdfObject& map = m_objects[m_byNumber.value(number)];
                if (map.dict.isEmpty())
                    return false;
                if (map.dict.contains("/Filter") || map.changed)
                    continue;
                const QByteArray packed = PdfFlate::deflate(map.data);
                if (packed.isEmpty())
                    return false;
                replaceData(&map, packed, true);
            }
        }
        return true;
    }

    bool replaceProfile()
    {
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            const std::optional<int> profile = reference(m_objects.at(i).text, "DestOutputProfile");
            if (!profile)
                continue;
            if (!m_byNumber.contains(*profile))
                return false;
            PdfObject& stream = m_objects[m_byNumber.value(*profile)];
            if (stream.dict.isEmpty() || !stream.dict.contains("/N 3") || stream.changed)
                return false;
            static const QByteArray packed = PdfFlate::deflate(SrgbProfile::bytes()); // the same in every PDF
            if (packed.isEmpty())
                return false;
            replaceData(&stream, packed, true);
            stream.dict = "<< /N 3 /Alternate /DeviceRGB /Length " + QByteArray::number(packed.size()) +
                          " /Filter /FlateDecode >>";
            // The intent names the condition by the profile: sRGB itself,
            // where Qt's was the ICC's variant with black scaled.
            static const QRegularExpression names(
                QStringLiteral(R"(/(OutputConditionIdentifier|Info)\s*\([^)]*\))"));
            m_objects[i].text = latin1(m_objects.at(i).text)
                                    .replace(names, QStringLiteral("/\\1 (sRGB IEC61966-2.1)"))
                                    .toLatin1();
        }
        return true;
    }

    // The XMP metadata without its indentation. PDF/A-1 keeps it
    // uncompressed, for programs that look for it without reading the PDF.
    bool compactMetadata()
    {
        for (PdfObject& metadata : m_objects) {
            if (metadata.dict.isEmpty() || !metadata.dict.contains("/Type /Metadata") ||
                metadata.dict.contains("/Filter"))
                continue;
            QByteArray xmp;
            for (const QByteArray& line : metadata.data.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                if (!trimmed.isEmpty())
                    xmp += trimmed + '\n';
            }
            if (!xmp.startsWith("<?xpacket begin=") || !xmp.trimmed().endsWith("<?xpacket end='w'?>"))
                return false;
            replaceData(&metadata, xmp, false);
        }
        return true;
    }

    // The embedded fonts without their naming table, which Qt copies into
    // each subset whole, and their OS/2 metrics: a PDF reader takes a
    // font's names and metrics from the PDF's font dictionaries.
    bool compactFonts()
    {
        static const QRegularExpression fontFile(QStringLiteral(R"(/FontFile2\s+(\d+)\s+\d+\s+R)"));
        for (qsizetype i = 0; i < m_objects.size(); ++i) {
            const QRegularExpressionMatch m = fontFile.match(latin1(m_objects.at(i).text));
            if (!m.hasMatch())
                continue;
            const int number = m.captured(1).toInt();
            if (!m_byNumber.contains(number))
                return false;
            PdfObject& font = m_objects[m_byNumber.value(number)];
            if (font.dict.isEmpty() || !font.dict.contains("/FlateDecode") || font.changed)
                return false;
            const std::optional<QByteArray> program = PdfFlate::inflate(font.data);
            if (!program)
                return false;
            const std::optional<QByteArray> unnamed = TrueTypeTables::without(*program, {"name", "OS/2"});
            if (!unnamed)
                return false;
            const QByteArray packed = PdfFlate::deflate(*unnamed);
            if (packed.isEmpty())
                return false;
            static const QRegularExpression length1(QStringLiteral(R"(/Length1\s+\d+)"));
            font.dict = latin1(font.dict)
                            .replace(length1, QStringLiteral("/Length1 %1").arg(unnamed->size()))
                            .toLatin1();
            replaceData(&font, packed, true);
        }
        return true;
    }

    QByteArray write() const
    {
        QByteArray out = m_head;
        QHash<int, qsizetype> offsets;
        for (const PdfObject& object : m_objects) {
            if (m_unused.contains(object.number))
                continue;
            offsets.insert(object.number, out.size());
            if (!object.changed) {
                out += object.text;
                continue;
            }
            out += QByteArray::number(object.number) + ' ' + object.generation + " obj\n";
            out += object.dict + "\nstream\n" + object.data + "\nendstream\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(m_size) + '\n';
        // The objects left out are free: each free entry names the next, the
        // last names object 0, whose own entry names the first.
        const auto nextFree = [&](int after) {
            for (int i = after + 1; i < m_size; ++i) {
                if (!offsets.contains(i))
                    return i;
            }
            return 0;
        };
        for (int i = 0; i < m_size; ++i) {
            if (offsets.contains(i))
                out += QByteArray::number(offsets.value(i)).rightJustified(10, '0') + " 00000 n \n";
            else
                out += QByteArray::number(nextFree(i)).rightJustified(10, '0') +
                       (i == 0 ? " 65535 f \n" : " 00001 f \n");
        }
        out += m_trailer;
        out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

    const QByteArray& m_pdf;
    QByteArray m_head;
    QByteArray m_trailer;
    int m_size = 0;
    QList<PdfObject> m_objects;
    QHash<int, qsizetype> m_byNumber;
    QSet<int> m_unused;
};
} // namespace

QByteArray PdfCompactor::compact(const QByteArray& pdf)
{
    const std::optional<QByteArray> smaller = Compaction(pdf).run();
    return smaller && smaller->size() < pdf.size() ? *smaller : pdf;
}
