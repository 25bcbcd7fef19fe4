#include "documents/ActionPlanEmail.h"
#include "documents/EmailDraft.h"
#include "documents/InvitationLetter.h"
#include "documents/MeetingCalendar.h"
#include "domain/CaseDetails.h"

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
    "and not part.get_filename() else '', 'hex': data[:8].hex(),\n"
    "        'method': part.get_param('method') or '',\n"
    "        'calendar': data.decode('utf-8') if part.get_content_type() == 'text/calendar' else ''})\n"
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
    void invitationLetterDraftReadsBack();
    void actionPlanDraftReadsBack();
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

void TestEmailDraft::invitationLetterDraftReadsBack()
{
    // A confirmation to one invitee: the letter as the text, its PDF and the
    // meeting's calendar invitation attached.
    InvitationLetterInput in;
    in.provider.name = "Westvale Mediation Service";
    in.provider.email = "office@westvale.example";
    in.senderName = "Lucy Fairbairn";
    in.senderRole = "Mediator";
    in.inviteeName = "Siobhán Ó Ceallaigh";
    in.inviteeRoleTitle = "Parent";
    in.caseReference = "MED-2026-00031";
    in.childName = "Zoë Ó Ceallaigh";
    in.councilName = "Westvale City Council";
    in.letterDate = QDate(2026, 12, 7);
    in.wording = LetterTemplate::standard(LetterKind::Confirmation);
    Meeting meeting;
    meeting.id = 12;
    meeting.uid = "meeting-12@commonground.example";
    meeting.caseReference = in.caseReference;
    meeting.kind = MeetingKind::Mediation;
    meeting.mode = MeetingMode::Online;
    meeting.platform = "Microsoft Teams";
    meeting.link = "https://meet.example/abc";
    meeting.start = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::UTC);
    meeting.end = QDateTime(QDate(2026, 12, 15), QTime(12, 0), Qt::UTC);
    meeting.invitees = {{5, in.inviteeName, "siobhan@example.org", Attendance::Expected}};
    in.meeting = meeting;
    const InvitationLetter letter(in);
    const QByteArray pdf("%PDF-1.4\nletter");
    const QByteArray ics = MeetingCalendar::invitation(meeting, meeting.invitees.first(),
                                                       QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
    QJsonObject parsed;
    QString why;
    QVERIFY2(readBack(letter.email("siobhan@example.org", pdf, ics).toBytes(), &parsed, &why),
             qPrintable(why));
    QCOMPARE(parsed.value("defects").toInt(), 0);
    const QJsonObject headers = parsed.value("headers").toObject();
    QCOMPARE(headers.value("To").toString(), QStringLiteral("Siobhán Ó Ceallaigh <siobhan@example.org>"));
    QCOMPARE(headers.value("From").toString(),
             QStringLiteral("Westvale Mediation Service <office@westvale.example>"));
    QCOMPARE(
        headers.value("Subject").toString(),
        QStringLiteral("Confirmation of the mediation meeting on Tuesday 15 December 2026 (MED-2026-00031)"));
    QCOMPARE(headers.value("X-Unsent").toString(), QStringLiteral("1"));
    const QJsonArray parts = parsed.value("parts").toArray();
    QCOMPARE(parts.size(), 3);
    const QString text = parts.at(0).toObject().value("text").toString();
    QVERIFY2(text.contains("Dear Siobhán Ó Ceallaigh,"), qPrintable(text));
    QVERIFY2(text.contains("Join with this link: https://meet.example/abc"), qPrintable(text));
    QVERIFY2(
        text.contains("Yours sincerely,\r\n\r\nLucy Fairbairn\r\nMediator\r\nWestvale Mediation Service"),
        qPrintable(text));
    const QJsonObject pdfPart = parts.at(1).toObject();
    QCOMPARE(pdfPart.value("type").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(pdfPart.value("filename").toString(), letter.suggestedFileName());
    QCOMPARE(pdfPart.value("size").toInt(), int(pdf.size()));
    const QJsonObject calendar = parts.at(2).toObject();
    QCOMPARE(calendar.value("type").toString(), QStringLiteral("text/calendar"));
    QCOMPARE(calendar.value("method").toString(), QStringLiteral("REQUEST"));
    QCOMPARE(calendar.value("filename").toString(), QStringLiteral("meeting-MED-2026-00031.ics"));
    const QString ical = calendar.value("calendar").toString();
    QVERIFY2(ical.contains("METHOD:REQUEST"), qPrintable(ical));
    QVERIFY(ical.contains("BEGIN:VEVENT"));
    QVERIFY(ical.contains("UID:meeting-12@commonground.example"));
    QCOMPARE(calendar.value("size").toInt(), int(ics.size()));
}

void TestEmailDraft::actionPlanDraftReadsBack()
{
    // The plan goes to the young person who referred themselves; in the office's wording.
    CaseDetails details;
    details.reference = "MED-2026-00044";
    details.referral.referrerKind = ReferrerKind::YoungPerson;
    details.referral.child.givenName = "Amara";
    details.referral.child.familyName = "Okoye";
    details.referral.child.email = "amara@example.org";
    details.referral.parent.email = "not-this-one@example.org";
    ActionPlanPdf::Content content;
    content.provider.name = "Westvale Mediation Service";
    content.meeting.kind = MeetingKind::Mediation;
    content.meeting.start = QDateTime(QDate(2026, 12, 15), QTime(10, 0), Qt::UTC);
    content.record.outcome = MeetingOutcome::Agreed;
    const QByteArray pdf("%PDF-1.4\nplan");
    const EmailDraft draft =
        ActionPlanEmail::draft(details, content, pdf, LetterTemplate::standard(LetterKind::ActionPlan),
                               {"Lucy Fairbairn", "Mediator", QDate(2026, 12, 16)});
    QJsonObject parsed;
    QString why;
    QVERIFY2(readBack(draft.toBytes(), &parsed, &why), qPrintable(why));
    const QJsonObject headers = parsed.value("headers").toObject();
    QCOMPARE(headers.value("To").toString(), QStringLiteral("Amara Okoye <amara@example.org>"));
    QCOMPARE(headers.value("Subject").toString(),
             QStringLiteral("Mediation agreement and action plan (MED-2026-00044)"));
    QCOMPARE(headers.value("X-Unsent").toString(), QStringLiteral("1"));
    QVERIFY(!headers.contains("From")); // the provider has no address: the mail program fills it in
    const QJsonArray parts = parsed.value("parts").toArray();
    QCOMPARE(parts.size(), 2);
    const QString text = parts.at(0).toObject().value("text").toString();
    QVERIFY2(
        text.startsWith("Dear Amara Okoye,\r\n\r\nPlease find attached the mediation agreement and action "
                        "plan of the mediation meeting about Amara Okoye on Tuesday 15 December 2026."),
        qPrintable(text));
    QCOMPARE(parts.at(1).toObject().value("type").toString(), QStringLiteral("application/pdf"));
    QCOMPARE(parts.at(1).toObject().value("filename").toString(),
             QStringLiteral("action-plan-MED-2026-00044.pdf"));
}

QTEST_GUILESS_MAIN(TestEmailDraft)
#include "tst_emaildraft.moc"
