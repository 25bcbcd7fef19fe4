#include "documents/InvitationLetter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
InvitationLetterInput input()
{
    InvitationLetterInput in;
    in.providerName = "Common Ground Mediation";
    in.inviteeName = "Nguyễn Thị Hương";
    in.inviteeRoleTitle = "Council decision-maker";
    in.inviteeOrganisation = "Westvale City Council";
    in.caseReference = "MED-2026-00031";
    in.childName = "Zoë Nguyễn";
    in.councilName = "Westvale City Council";
    in.mediatorName = "Ollie Farrant";
    in.letterDate = QDate(2026, 11, 23);
    return in;
}

Meeting inPerson()
{
    Meeting meeting;
    // 10:00 to 12:00 in London in winter (GMT).
    meeting.start = QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC);
    meeting.end = QDateTime(QDate(2026, 12, 8), QTime(12, 0), Qt::UTC);
    meeting.mode = MeetingMode::InPerson;
    meeting.venue.name = "Brookside Community Centre";
    meeting.venue.address = "1 High Street";
    meeting.venue.postcode = "NM2 7HD";
    return meeting;
}

// The PDF's text as pdftotext reads it; empty (and a failure) when it cannot.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start("pdftotext", {"-enc", "UTF-8", path, "-"});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    // pdftotext breaks lines where the page does, gives Arabic as presentation
    // forms between direction marks, and "fi" as a ligature: compare words in
    // compatibility form, not layout.
    QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]")));
    return text.simplified();
}
} // namespace

class TestInvitationLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainTextHasTheMeeting();
    void meetingToBeConfirmed();
    void onlineMeetingHasItsLink();
    void pdfHasTheSameWords_data();
    void pdfHasTheSameWords();
    void unwritablePathIsReported();
    void fileNameIsSafe();
};

void TestInvitationLetter::initTestCase()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: see packaging/debian-packages.txt");
}

void TestInvitationLetter::plainTextHasTheMeeting()
{
    InvitationLetterInput in = input();
    in.meeting = inPerson();
    const QString text = InvitationLetter(in).plainText();
    QVERIFY2(text.contains("Dear Nguyễn Thị Hương,"), qPrintable(text));
    QVERIFY(text.contains("Our reference: MED-2026-00031"));
    QVERIFY(text.contains("You are invited to a mediation meeting about"));
    QVERIFY(text.contains("Zoë Nguyễn"));
    QVERIFY(text.contains("You are invited as: Council decision-maker."));
    QVERIFY2(text.contains("Date: Tuesday 8 December 2026, from 10:00 to 12:00 (UK time)."),
             qPrintable(text));
    QVERIFY(text.contains("Where: in person, at Brookside Community Centre, 1 High Street, NM2 7HD."));
    QVERIFY(text.contains("led by Ollie Farrant"));
    QVERIFY(text.startsWith("Monday 23 November 2026"));
    QVERIFY(!text.contains("to be confirmed"));
    // Summer: London is an hour ahead of UTC.
    in.meeting->start = QDateTime(QDate(2027, 6, 8), QTime(9, 30), Qt::UTC);
    in.meeting->end = QDateTime(QDate(2027, 6, 8), QTime(11, 0), Qt::UTC);
    QVERIFY(InvitationLetter(in).plainText().contains("Tuesday 8 June 2027, from 10:30 to 12:00"));
    QCOMPARE(InvitationLetter(in).subject(), QString("Invitation to a mediation meeting (MED-2026-00031)"));
}

void TestInvitationLetter::meetingToBeConfirmed()
{
    InvitationLetterInput in = input();
    in.disagreementResolution = true;
    in.mediatorName.clear();
    const QString text = InvitationLetter(in).plainText();
    QVERIFY2(text.contains("The date and time are to be confirmed"), qPrintable(text));
    QVERIFY(text.contains("disagreement resolution meeting"));
    QVERIFY(!text.contains("Where:"));
    QVERIFY(!text.contains("led by"));
}

void TestInvitationLetter::onlineMeetingHasItsLink()
{
    InvitationLetterInput in = input();
    Meeting meeting = inPerson();
    meeting.mode = MeetingMode::Online;
    meeting.platform = "Microsoft Teams";
    meeting.link = "https://meet.example/abc";
    in.meeting = meeting;
    const QString text = InvitationLetter(in).plainText();
    QVERIFY2(
        text.contains("Where: online, on Microsoft Teams. Join with this link: https://meet.example/abc"),
        qPrintable(text));
    QVERIFY(!text.contains("Brookside"));
}

void TestInvitationLetter::pdfHasTheSameWords_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("vietnamese") << "Nguyễn Thị Hương";
    QTest::newRow("arabic") << "مريم الحسن";
    QTest::newRow("greek") << "Ελένη Παπαδοπούλου";
    QTest::newRow("cyrillic") << "Олена Коваленко";
    // Devanagari renders (looked at as a PNG of the page) but
    // pdftotext cannot map its conjunct glyphs back to letters, so it is not here.
}

void TestInvitationLetter::pdfHasTheSameWords()
{
    QFETCH(QString, name);
    InvitationLetterInput in = input();
    in.inviteeName = name;
    in.meeting = inPerson();
    const InvitationLetter letter(in);
    QTemporaryDir dir;
    const QString path = dir.filePath(letter.suggestedFileName());
    QString error;
    QVERIFY2(letter.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    QVERIFY2(text.contains("Our reference: MED-2026-00031"), qPrintable(text));
    QVERIFY2(text.contains("Tuesday 8 December 2026, from 10:00 to 12:00"), qPrintable(text));
    QVERIFY(text.contains("Brookside Community Centre"));
    QVERIFY(text.contains("Zoë Nguyễn"));
    // The name came out in its own script, not as boxes or question marks.
    QVERIFY2(text.contains("Dear " + name + ","), qPrintable(text));
}

void TestInvitationLetter::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!InvitationLetter(input()).writePdf("/nonexistent-folder/letter.pdf", &error));
    QVERIFY2(error.contains("Could not write"), qPrintable(error));
}

void TestInvitationLetter::fileNameIsSafe()
{
    InvitationLetterInput in = input();
    in.inviteeName = "Pat O'Brien / Council";
    QCOMPARE(InvitationLetter(in).suggestedFileName(),
             QString("Pat_O_Brien_Council-invitation-MED-2026-00031.pdf"));
}

QTEST_MAIN(TestInvitationLetter)
#include "tst_invitationletter.moc"
