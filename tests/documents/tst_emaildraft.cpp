#include "documents/EmailDraft.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Email drafts are read back by python3's own email package, as a mail
// program would read them: headers decoded, each part's type and bytes.
// Names and addresses are synthetic.
namespace {
// Prints {"headers": {name: decoded value}, "parts": [{"type", "filename", "size", "text"}]}.
const char* kReader =
    "import email, email.policy, json, sys\n"
    "msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
    "out = {'headers': {k: str(v) for k, v in msg.items()}, 'parts': [], 'defects': len(msg.defects)}\n"
    "for part in msg.walk():\n"
    "    if part.is_multipart():\n"
    "        continue\n"
    "    data = part.get_payload(decode=True)\n"
    "    out['parts'].append({'type': part.get_content_type(), 'filename': part.get_filename() or '',\n"
    "        'size': len(data), 'text': data.decode('utf-8') if part.get_content_maintype() == 'text' "
    "and not part.get_filename() else '', 'hex': data[:8].hex()})\n"
    "print(json.dumps(out))\n";

QString python()
{
    for (const QString& candidate :
         {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable("python3")}) {
        if (!candidate.isEmpty() && QFile::exists(candidate))
            return candidate;
    }
    return {};
}

bool readBack(const QByteArray& message, QJsonObject* parsed, QString* why)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("draft.eml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size()) {
        *why = "could not write the draft";
        return false;
    }
    file.close();
    QProcess process;
    process.start(python(), {"-c", kReader, path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    *parsed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return true;
}
} // namespace

class TestEmailDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headersAndAttachmentsReadBack();
    void plainTextWithoutAttachments();
    void longNonAsciiSubjectIsEncodedInWords();
};

void TestEmailDraft::initTestCase()
{
    if (python().isEmpty())
        QSKIP("python3 is needed to read the drafts back");
}

void TestEmailDraft::headersAndAttachmentsReadBack()
{
    EmailDraft draft;
    draft.fromName = "Westvale Mediation Service";
    draft.fromAddress = "office@westvale-mediation.example";
    draft.to = {{"Siobhán Ó Ceallaigh", "siobhan@example.org"},
                {"Sam \"SENCO\" Okafor", "sam@school.example"}};
    draft.subject = "Mediation certificate for Zoë";
    draft.body = "Dear Siobhán,\n\nPlease find the certificate attached.\n";
    draft.date = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    QByteArray pdf("%PDF-1.4\n");
    pdf += QByteArray(5000, '\x01');
    draft.attachments = {{"CG-2026-000093.pdf", "application/pdf", pdf},
                         {"meeting-12.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}};
    const QByteArray bytes = draft.toBytes();
    for (const QByteArray& line : bytes.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData()); // 76 and the CR, at most
    QVERIFY(bytes.contains("\r\nX-Unsent: 1\r\n"));

    QJsonObject parsed;
    QString why;
    QVERIFY2(readBack(bytes, &parsed, &why), qPrintable(why));
    QCOMPARE(parsed.value("defects").toInt(), 0);
    const QJsonObject headers = parsed.value("headers").toObject();
    QCOMPARE(headers.value("Subject").toString(), QStringLiteral("Mediation certificate for Zoë"));
    QCOMPARE(headers.value("From").toString(),
             QStringLiteral("Westvale Mediation Service <office@westvale-mediation.example>"));
    QCOMPARE(headers.value("To").toString(),
             QStringLiteral("Siobhán Ó Ceallaigh <siobhan@example.org>, \"Sam "
                            "\\\"SENCO\\\" Okafor\" <sam@school.example>"));
    QCOMPARE(headers.value("X-Unsent").toString(), QStringLiteral("1"));
    QCOMPARE(headers.value("Date").toString(), QStringLiteral("Mon, 07 Dec 2026 09:30:00 +0000"));
    const QJsonArray parts = parsed.value("parts").toArray();
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).toObject().value("type").toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts.at(0).toObject().value("text").toString(),
             QStringLiteral("Dear Siobhán,\r\n\r\nPlease find the certificate attached.\r\n"));
    QCOMPARE(parts.at(1).toObject().value("type").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(parts.at(1).toObject().value("filename").toString(), QStringLiteral("CG-2026-000093.pdf"));
    QCOMPARE(parts.at(1).toObject().value("size").toInt(), int(pdf.size()));
    QCOMPARE(parts.at(1).toObject().value("hex").toString(), QString::fromLatin1(pdf.left(8).toHex()));
    QCOMPARE(parts.at(2).toObject().value("type").toString(), QStringLiteral("text/calendar"));
    QCOMPARE(parts.at(2).toObject().value("filename").toString(), QStringLiteral("meeting-12.ics"));
}

void TestEmailDraft::plainTextWithoutAttachments()
{
    EmailDraft draft;
    draft.to = {{"", "family@example.org\r\nBcc: someone@elsewhere.example"}};
    draft.subject = "Your meeting";
    draft.body = "See you on Monday.";
    QJsonObject parsed;
    QString why;
    QVERIFY2(readBack(draft.toBytes(), &parsed, &why), qPrintable(why));
    const QJsonObject headers = parsed.value("headers").toObject();
    QVERIFY(!headers.contains("From")); // the mail program fills in the sender
    // A line break in a stored address never starts a header of its own.
    QVERIFY(!headers.contains("Bcc"));
    QVERIFY2(headers.value("To").toString().startsWith("family@example.org"),
             qPrintable(headers.value("To").toString()));
    const QJsonArray parts = parsed.value("parts").toArray();
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.at(0).toObject().value("text").toString(), QStringLiteral("See you on Monday."));
}

void TestEmailDraft::longNonAsciiSubjectIsEncodedInWords()
{
    const QString subject =
        QString("Réunion de médiation pour Zoë Ó Ceallaigh et sa famille, ").repeated(3) + "😀";
    const QByteArray encoded = EmailDraft::encodeHeaderText(subject);
    for (const QByteArray& word : encoded.split('\n'))
        QVERIFY2(word.trimmed().size() <= 75, word.constData());
    EmailDraft draft;
    draft.subject = subject;
    QJsonObject parsed;
    QString why;
    QVERIFY2(readBack(draft.toBytes(), &parsed, &why), qPrintable(why));
    QCOMPARE(parsed.value("headers").toObject().value("Subject").toString(), subject);
}

QTEST_GUILESS_MAIN(TestEmailDraft)
#include "tst_emaildraft.moc"
