#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// An email for the person at the desk to check and send from their own mail
// program: an RFC 5322 message with MIME parts (RFC 2045 to 2049), marked
// unsent ("X-Unsent: 1", which Outlook opens as a draft to edit and send).
// The program never sends mail and keeps no mail password: the draft is a
// file the desktop's mail program opens.
//
// Headers that are not plain ASCII are RFC 2047 encoded words (UTF-8,
// base64); the text and every attachment are base64, so no line is longer
// than 76 characters and any byte survives. Lines end in CRLF.
class EmailDraft
{
public:
    struct Attachment
    {
        QString fileName; // as the recipient sees it: "CG-2026-000093.pdf"
        QString mimeType; // "application/pdf", "text/calendar"
        QByteArray data;
    };

    QString fromName;
    QString fromAddress;               // empty: the mail program fills in the sender
    QList<QPair<QString, QString>> to; // display name, address
    QString subject;
    QString body; // plain text, lines separated by \n
    QList<Attachment> attachments;
    QDateTime date;

    // The message as a .eml file holds it. `boundary` is the MIME boundary
    // (random when empty; tests give one to compare whole messages).
    QByteArray toBytes(const QString& boundary = QString()) const;

    // A header value as RFC 2047 needs it: as is when printable ASCII, else
    // one or more encoded words.
    static QByteArray encodeHeaderText(const QString& text);
    // "Name <address>", the name quoted or encoded as needed.
    static QByteArray mailbox(const QString& name, const QString& address);
};
