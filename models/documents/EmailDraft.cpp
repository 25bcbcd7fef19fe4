#include "documents/EmailDraft.h"

#include <QLocale>
#include <QUuid>

namespace {
const QByteArray kCrlf("\r\n");

bool isPlainAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Base64 in lines of 76 characters (RFC 2045).
QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + kCrlf;
    return out;
}

// A parameter value (a file name) in quotes, or as an encoded word when not ASCII.
QByteArray parameter(const QString& value)
{
    if (isPlainAscii(value) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\\')))
        return '"' + value.toLatin1() + '"';
    return '"' + EmailDraft::encodeHeaderText(value) + '"';
}

// RFC 5322 date: "Sun, 06 Dec 2026 14:05:00 +0000".
QByteArray rfc5322Date(const QDateTime& when)
{
    const QDateTime utc = (when.isValid() ? when : QDateTime::currentDateTimeUtc()).toUTC();
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}
} // namespace

QByteArray EmailDraft::encodeHeaderText(const QString& text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words of at most 75 characters: about 45 bytes of UTF-8 each,
    // never splitting a character (RFC 2047 section 5).
    QByteArray out;
    QString chunk;
    auto flush = [&out, &chunk] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += kCrlf + ' ';
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString next = text.mid(i, width);
        if ((chunk + next).toUtf8().size() > 45)
            flush();
        chunk += next;
        i += width - 1;
    }
    flush();
    return out;
}

QByteArray EmailDraft::mailbox(const QString& name, const QString& rawAddress)
{
    // An address is one line of text: a line break or other control
    // character in stored data must never start a header of its own ("Bcc:").
    QString address;
    for (QChar c : rawAddress) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            address += c;
    }
    address = address.trimmed();
    if (name.trimmed().isEmpty())
        return address.toUtf8();
    QByteArray shown;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('"'), QStringLiteral("\\\""));
        shown = '"' + quoted.toLatin1() + '"';
    } else {
        shown = encodeHeaderText(name);
    }
    return address.isEmpty() ? shown : shown + " <" + address.toUtf8() + '>';
}

QByteArray EmailDraft::toBytes(const QString& boundary) const
{
    const QByteArray mark = boundary.isEmpty() ? "cg-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1()
                                               : boundary.toLatin1();
    QByteArray out;
    auto header = [&out](const QByteArray& name, const QByteArray& value) {
        out += name + ": " + value + kCrlf;
    };
    if (!fromAddress.isEmpty())
        header("From", mailbox(fromName, fromAddress));
    QByteArrayList recipients;
    for (const auto& [name, address] : to)
        recipients << mailbox(name, address);
    if (!recipients.isEmpty())
        header("To", recipients.join("," + kCrlf + ' '));
    header("Subject", encodeHeaderText(subject));
    header("Date", rfc5322Date(date));
    header("MIME-Version", "1.0");
    header("X-Unsent", "1"); // a draft: the mail program opens it to edit and send
    QByteArray text = body.toUtf8();
    text.replace("\r\n", "\n").replace('\n', kCrlf);
    if (attachments.isEmpty()) {
        header("Content-Type", "text/plain; charset=UTF-8");
        header("Content-Transfer-Encoding", "base64");
        out += kCrlf + base64Lines(text);
        return out;
    }
    header("Content-Type", "multipart/mixed; boundary=\"" + mark + '"');
    out += kCrlf + "This is a message in MIME format." + kCrlf;
    out += kCrlf + "--" + mark + kCrlf;
    out += "Content-Type: text/plain; charset=UTF-8" + kCrlf;
    out += "Content-Transfer-Encoding: base64" + kCrlf + kCrlf;
    out += base64Lines(text);
    for (const Attachment& attachment : attachments) {
        out += kCrlf + "--" + mark + kCrlf;
        out += "Content-Type: " + attachment.mimeType.toLatin1() +
               "; name=" + parameter(attachment.fileName) + kCrlf;
        out += "Content-Disposition: attachment; filename=" + parameter(attachment.fileName) + kCrlf;
        out += "Content-Transfer-Encoding: base64" + kCrlf + kCrlf;
        out += base64Lines(attachment.data);
    }
    out += kCrlf + "--" + mark + "--" + kCrlf;
    return out;
}
