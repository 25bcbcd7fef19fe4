#include "documents/InvitationLetter.h"
#include "rules/LetterPlaceholders.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
InvitationLetterInput input()
{
    InvitationLetterInput in;
    in.provider.name = "Common Ground Mediation";
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
    void standardWordingIsToday();
    void senderSignsAtTheFoot();
    void letterheadWithLogoIsInThePdf();
    void longEmailAddressKeepsItsLine_data();
    void longEmailAddressKeepsItsLine();
    void addressWiderThanThePageWraps();
    void confirmationNamesWhoComes();
    void editedTemplateIsFilled();
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

void TestInvitationLetter::standardWordingIsToday()
{
    // A fresh office's letter reads as before the templates: the same
    // paragraphs, the meeting's two lines together, the voluntary note in
    // the invitation's paragraph.
    InvitationLetterInput in = input();
    in.meeting = inPerson();
    in.disagreementResolution = true;
    in.inviteeOrganisation.clear();
    const QString text = InvitationLetter(in).plainText();
    QVERIFY2(
        text.startsWith("Monday 23 November 2026\n\nNguyễn Thị Hương\n\nOur reference: MED-2026-00031\n\n"
                        "Dear Nguyễn Thị Hương,\n\nYou are invited to a disagreement resolution meeting "
                        "about the special educational needs and disabilities (SEND) of Zoë Nguyễn, with "
                        "Westvale City Council.\nDisagreement resolution is voluntary: it goes ahead "
                        "only when everyone is willing to take part.\n\nYou are invited as: Council "
                        "decision-maker.\n\nDate: Tuesday 8 December 2026, from 10:00 to 12:00 (UK "
                        "time).\nWhere: in person, at Brookside Community Centre, 1 High Street, NM2 "
                        "7HD.\n\nThe meeting will be led by Ollie Farrant"),
        qPrintable(text));
    QVERIFY(!text.contains("\n\n\n"));
    QVERIFY(!text.contains(LetterPlaceholders::toBeConfirmed()));
}

void TestInvitationLetter::senderSignsAtTheFoot()
{
    InvitationLetterInput in = input();
    in.senderName = "Lucy Fairbairn";
    in.senderRole = "Mediator";
    QVERIFY2(InvitationLetter(in).plainText().endsWith(
                 "Yours sincerely,\n\nLucy Fairbairn\nMediator\nCommon Ground Mediation\n"),
             qPrintable(InvitationLetter(in).plainText()));
    // No sender (a letter made without anyone signed in): the service signs alone.
    in.senderName.clear();
    in.senderRole.clear();
    QVERIFY(InvitationLetter(in).plainText().endsWith("Yours sincerely,\n\nCommon Ground Mediation\n"));
}

void TestInvitationLetter::letterheadWithLogoIsInThePdf()
{
    InvitationLetterInput in = input();
    in.provider.address = "4 Mill Lane\nWestvale\nWV1 2AB";
    in.provider.phone = "0161 496 0000";
    in.provider.email = "office@westvale.example";
    QImage logo(64, 64, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter(&logo).fillRect(8, 8, 48, 48, QColor(0, 90, 140, 160));
    QBuffer png(&in.provider.logoPng);
    QVERIFY(png.open(QIODevice::WriteOnly) && logo.save(&png, "PNG"));
    in.senderName = "Lucy Fairbairn";
    in.senderRole = "Mediator";
    const InvitationLetter letter(in);
    QVERIFY(letter.html().contains("cg://logo.png"));
    QTemporaryDir dir;
    const QString path = dir.filePath(letter.suggestedFileName());
    QString error;
    QVERIFY2(letter.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    for (const char* expected :
         {"Common Ground Mediation", "4 Mill Lane", "WV1 2AB", "Telephone: 0161 496 0000",
          "Email: office@westvale.example", "Lucy Fairbairn Mediator"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(expected + (": " + text)));
    QProcess images;
    images.start("pdfimages", {"-list", path});
    QVERIFY(images.waitForFinished(30000));
    // The heading and one image: the logo.
    QCOMPARE(QString::fromUtf8(images.readAllStandardOutput()).trimmed().split('\n').size(), 3);
}

// The letterhead's contact column is as wide as its longest line needs, so an
// email address is never broken from "Email:" or across lines, logo or not.
void TestInvitationLetter::longEmailAddressKeepsItsLine_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("logo");
    QTest::newRow("35 characters") << "office.mediation@westvale.example" << false;
    QTest::newRow("48 characters") << "disagreement.resolution@northmoor-mediation.example" << false;
    QTest::newRow("48 characters, logo") << "disagreement.resolution@northmoor-mediation.example" << true;
}

void TestInvitationLetter::longEmailAddressKeepsItsLine()
{
    QFETCH(QString, email);
    QFETCH(bool, logo);
    InvitationLetterInput in = input();
    in.provider.name = "Northmoor and Westvale Special Educational Needs Mediation Service";
    in.provider.address = "4 Mill Lane\nWestvale\nWV1 2AB";
    in.provider.email = email;
    if (logo) {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer png(&in.provider.logoPng);
        QVERIFY(png.open(QIODevice::WriteOnly) && image.save(&png, "PNG"));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath("letter.pdf");
    QString error;
    QVERIFY2(InvitationLetter(in).writePdf(path, &error), qPrintable(error));
    QProcess process;
    process.start("pdftotext", {"-layout", "-enc", "UTF-8", path, "-"});
    QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);
    // NFKC: the "ffi" of "office" is one glyph.
    const QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(QRegularExpression("Email: " + QRegularExpression::escape(email) + "\\s*\n")),
             qPrintable(text.left(1200)));
}

// A contact line wider than the whole page (a very long address line) wraps
// rather than running off the paper: every word of it is printed.
void TestInvitationLetter::addressWiderThanThePageWraps()
{
    InvitationLetterInput in = input();
    const QString line = "Unit 14 The Old Cotton Exchange Building Upper Wellington Street West Riding "
                         "Industrial Estate Northmoor Wheelwright";
    in.provider.address = line + "\nWV1 2AB";
    QTemporaryDir dir;
    const QString path = dir.filePath("letter.pdf");
    QString error;
    QVERIFY2(InvitationLetter(in).writePdf(path, &error), qPrintable(error));
    // Only what lies inside the text's right edge: A4 is 595 points wide, less
    // the letter's 20 mm margin and the 2 cm QTextDocument::print adds, 482.
    QProcess process;
    process.start("pdftotext",
                  {"-r", "72", "-x", "0", "-y", "0", "-W", "482", "-H", "842", "-enc", "UTF-8", path, "-"});
    QVERIFY(process.waitForFinished(30000) && process.exitCode() == 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    for (const QString& word : (line + " WV1 2AB").split(' '))
        QVERIFY2(text.contains(word), qPrintable(word + ": " + text.left(600)));
}

void TestInvitationLetter::confirmationNamesWhoComes()
{
    InvitationLetterInput in = input();
    in.wording = LetterTemplate::standard(LetterKind::Confirmation);
    Meeting meeting = inPerson();
    meeting.mediators = {{7, "Ollie Farrant"}};
    meeting.invitees = {{1, "Nguyễn Thị Hương", "", Attendance::Expected},
                        {2, "Priya Shah", "", Attendance::Expected}};
    in.meeting = meeting;
    const InvitationLetter letter(in);
    QCOMPARE(letter.subject(),
             QString("Confirmation of the mediation meeting on Tuesday 8 December 2026 (MED-2026-00031)"));
    const QString text = letter.plainText();
    QVERIFY2(text.contains("Who will be there: Ollie Farrant (mediator), Nguyễn Thị Hương, Priya Shah."),
             qPrintable(text));
    QVERIFY(text.contains("Where: in person, at Brookside Community Centre"));
    QCOMPARE(letter.suggestedFileName(), QString("Nguyễn_Thị_Hương-confirmation-MED-2026-00031.pdf"));
    // Not booked yet: a value the case lacks is said to be confirmed, never left blank.
    in.meeting.reset();
    QVERIFY2(InvitationLetter(in).subject().contains("on [to be confirmed]"),
             qPrintable(InvitationLetter(in).subject()));
}

void TestInvitationLetter::editedTemplateIsFilled()
{
    InvitationLetterInput in = input();
    in.meeting = inPerson();
    in.wording.subject = "{{case_reference}}: see you on {meeting_date}";
    in.wording.body = "Dear {{ invitee_name }},\n\nWe meet at {meeting_place} at {meeting_time}.\n"
                      "Your organisation: {invitee_organisation}\n\n{mediator_name}\n";
    QCOMPARE(InvitationLetter(in).subject(), QString("MED-2026-00031: see you on Tuesday 8 December 2026"));
    QCOMPARE(
        InvitationLetter(in).plainText(),
        QString("Dear Nguyễn Thị Hương,\n\nWe meet at Brookside Community Centre, 1 High Street, NM2 7HD "
                "at 10:00 to 12:00 (UK time).\nYour organisation: Westvale City Council\n\nOllie "
                "Farrant\n"));
    // Optional values missing: their lines go, and the empty paragraph with them.
    in.inviteeOrganisation.clear();
    in.mediatorName.clear();
    QCOMPARE(
        InvitationLetter(in).plainText(),
        QString("Dear Nguyễn Thị Hương,\n\nWe meet at Brookside Community Centre, 1 High Street, NM2 7HD "
                "at 10:00 to 12:00 (UK time).\n"));
}

QTEST_MAIN(TestInvitationLetter)
#include "tst_invitationletter.moc"
