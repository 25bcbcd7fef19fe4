#include "rules/LetterPlaceholders.h"

#include <QTest>

Q_DECLARE_METATYPE(LetterKind)

// Letter templates (issue 17 point 2): the placeholders each kind of letter
// knows, an unknown or malformed one refused on saving, and the filling,
// where a missing value leaves out its line (optional) or is said to be
// confirmed (every other).
class TestLetterPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void fill_data();
    void fill();
    void everyKindHasItsStandardWordingAccepted();
    void everyPlaceholderIsDescribed();
};

void TestLetterPlaceholders::problems_data()
{
    QTest::addColumn<LetterKind>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<bool>("bracesMatch");

    const auto invitation = LetterKind::Invitation;
    QTest::newRow("known, single braces") << invitation << "Dear {invitee_name}," << QStringList() << true;
    QTest::newRow("known, double braces") << invitation << "Dear {{invitee_name}}," << QStringList() << true;
    QTest::newRow("known, spaces inside")
        << invitation << "Dear {{ invitee_name }}," << QStringList() << true;
    QTest::newRow("no placeholders") << invitation << "Dear colleague," << QStringList() << true;
    QTest::newRow("unknown") << invitation << "Dear {invitee_nmae}," << QStringList{"invitee_nmae"} << true;
    QTest::newRow("two unknown, each once")
        << invitation << "{shoe_size} {colour} {shoe_size}" << QStringList{"shoe_size", "colour"} << true;
    QTest::newRow("known elsewhere, not in this kind")
        << invitation << "Who comes: {attendees}" << QStringList{"attendees"} << true;
    QTest::newRow("confirmation knows attendees")
        << LetterKind::Confirmation << "Who comes: {attendees}" << QStringList() << true;
    QTest::newRow("action plan knows the family")
        << LetterKind::ActionPlan << "Dear {family_name}, {plan_title}" << QStringList() << true;
    QTest::newRow("action plan has no invitee")
        << LetterKind::ActionPlan << "Dear {invitee_name}," << QStringList{"invitee_name"} << true;
    QTest::newRow("empty braces") << invitation << "Dear {}," << QStringList{""} << true;
    QTest::newRow("opening brace alone") << invitation << "Dear {invitee_name," << QStringList() << false;
    QTest::newRow("closing brace alone") << invitation << "Dear invitee_name}," << QStringList() << false;
    QTest::newRow("three braces") << invitation << "Dear {{{invitee_name}}}," << QStringList() << false;
    QTest::newRow("double open, single close")
        << invitation << "Dear {{invitee_name}," << QStringList() << false;
    QTest::newRow("a space in the name") << invitation << "Dear {invitee name}," << QStringList() << false;
}

void TestLetterPlaceholders::problems()
{
    QFETCH(LetterKind, kind);
    QFETCH(QString, body);
    QFETCH(QStringList, unknown);
    QFETCH(bool, bracesMatch);
    QCOMPARE(LetterPlaceholders::unknownPlaceholders(body, kind), unknown);
    QCOMPARE(LetterPlaceholders::bracesMatch(body), bracesMatch);
    LetterTemplate letter{kind, "Subject", body, 0};
    const QStringList problems = LetterPlaceholders::problems(letter);
    QCOMPARE(problems.isEmpty(), unknown.isEmpty() && bracesMatch);
    // Each unknown placeholder is named, so the person can find it.
    for (const QString& name : unknown) {
        if (!name.isEmpty())
            QVERIFY2(problems.join(' ').contains("{" + name + "}"), qPrintable(problems.join(' ')));
    }
    // The subject is checked too.
    letter.body = "Plain text";
    letter.subject = body;
    QCOMPARE(LetterPlaceholders::problems(letter).isEmpty(), problems.isEmpty());
}

void TestLetterPlaceholders::fill_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both spellings") << "{child_name} and {{ child_name }}"
                                    << "Zoë and Zoë";
    QTest::newRow("missing value: to be confirmed") << "On {meeting_date}."
                                                    << "On [to be confirmed].";
    QTest::newRow("optional missing: its line goes") << "Dear Sam,\n{invitee_organisation}\nThanks"
                                                     << "Dear Sam,\nThanks";
    QTest::newRow("optional present: kept") << "Led by {mediator_name}."
                                            << "Led by Ollie Farrant.";
    QTest::newRow("a paragraph emptied leaves no blank run") << "One\n\n{invitee_organisation}\n\nTwo"
                                                             << "One\n\nTwo";
    QTest::newRow("final line break kept") << "Hello {child_name}\n"
                                           << "Hello Zoë\n";
    QTest::newRow("a value is not read again as a placeholder") << "{council_name}"
                                                                << "{child_name} Council";
}

void TestLetterPlaceholders::fill()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> values{{"child_name", "Zoë"},
                                         {"mediator_name", "Ollie Farrant"},
                                         {"council_name", "{child_name} Council"},
                                         {"invitee_organisation", ""}};
    QCOMPARE(LetterPlaceholders::fill(text, LetterKind::Invitation, values), expected);
}

void TestLetterPlaceholders::everyKindHasItsStandardWordingAccepted()
{
    for (LetterKind kind : allLetterKinds()) {
        const LetterTemplate standard = LetterTemplate::standard(kind);
        QCOMPARE(standard.kind, kind);
        QVERIFY2(LetterPlaceholders::problems(standard).isEmpty(),
                 qPrintable(LetterPlaceholders::problems(standard).join(' ')));
        QVERIFY(!letterKindTitle(kind).isEmpty());
        QCOMPARE(letterKindFromString(letterKindToString(kind)), kind);
    }
}

void TestLetterPlaceholders::everyPlaceholderIsDescribed()
{
    for (LetterKind kind : allLetterKinds()) {
        QStringList names;
        for (const LetterPlaceholders::Placeholder& placeholder : LetterPlaceholders::known(kind)) {
            QVERIFY2(!placeholder.description.isEmpty(), qPrintable(placeholder.name));
            QVERIFY2(!names.contains(placeholder.name), qPrintable(placeholder.name));
            names << placeholder.name;
        }
        // What the standard wording uses is all known, and names the sender.
        const LetterTemplate standard = LetterTemplate::standard(kind);
        QVERIFY(LetterPlaceholders::used(standard.body).contains("sender_name"));
    }
}

QTEST_GUILESS_MAIN(TestLetterPlaceholders)
#include "tst_letterplaceholders.moc"
