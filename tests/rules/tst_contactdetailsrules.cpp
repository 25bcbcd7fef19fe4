#include "rules/ContactDetailsRules.h"

#include <QTest>

// Phone numbers, email addresses and postcodes. All numbers are in Ofcom's
// ranges for drama and fiction.
class TestContactDetailsRules : public QObject
{
    Q_OBJECT

private slots:
    void phone_data();
    void phone();
    void displayPhone_data();
    void displayPhone();
    void email_data();
    void email();
    void postcode_data();
    void postcode();
};

void TestContactDetailsRules::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");     // empty: refused
    QTest::addColumn<QString>("national"); // or what the message must say
    QTest::newRow("London") << "020 7946 0018"
                            << "+442079460018"
                            << "020 7946 0018";
    QTest::newRow("Leeds, no spaces") << "01134960000"
                                      << "+441134960000"
                                      << "0113 496 0000";
    QTest::newRow("Manchester with +44") << "+44 161 496 0123"
                                         << "+441614960123"
                                         << "0161 496 0123";
    QTest::newRow("+44 (0) habit") << "+44 (0)117 496 0123"
                                   << "+441174960123"
                                   << "0117 496 0123";
    QTest::newRow("Belfast with dashes") << "028-9649-6000"
                                         << "+442896496000"
                                         << "028 9649 6000";
    QTest::newRow("freephone drama range") << "0808 157 0000"
                                           << "+448081570000"
                                           << "0808 157 0000";
    QTest::newRow("mobile drama range") << "07700 900123"
                                        << "+447700900123"
                                        << "07700 900123";
    QTest::newRow("mobile drama range +44") << "+447700900456"
                                            << "+447700900456"
                                            << "07700 900456";
    QTest::newRow("Ofcom 01632 drama range") << "01632 960123"
                                             << "+441632960123"
                                             << "01632 960123";
    QTest::newRow("Ireland") << "+353 1 234 5678"
                             << "+35312345678"
                             << "+353 1 234 5678";
    QTest::newRow("too short") << "12345"
                               << ""
                               << "too few digits";
    QTest::newRow("one digit short") << "020 7946 001"
                                     << ""
                                     << "too few digits";
    QTest::newRow("too long") << "020 7946 00188"
                              << ""
                              << "too many digits";
    QTest::newRow("letters") << "0113 496 OOOO"
                             << ""
                             << "only digits";
    QTest::newRow("empty") << ""
                           << ""
                           << "Give a phone number";
    QTest::newRow("no such area code") << "0100 496 0000"
                                       << ""
                                       << "No UK phone number starts like this";
    QTest::newRow("unknown country code") << "+999 1234 5678"
                                          << ""
                                          << "country code";
    QTest::newRow("mobile outside drama range, unallocated") << "07700 910000"
                                                             << ""
                                                             << "No UK phone number starts like this";
}

void TestContactDetailsRules::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    const ContactDetailsRules::PhoneNumber number = ContactDetailsRules::checkPhone(input);
    if (e164.isEmpty()) {
        QVERIFY(!number.isValid());
        QVERIFY(number.e164.isEmpty());
        QVERIFY2(number.problem.contains(national), qPrintable(number.problem));
        return;
    }
    QVERIFY2(number.isValid(), qPrintable(number.problem));
    QCOMPARE(number.e164, e164);
    QCOMPARE(number.national, national);
    // What is stored reads back the same.
    QCOMPARE(ContactDetailsRules::checkPhone(number.e164).e164, e164);
}

void TestContactDetailsRules::displayPhone_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("E.164") << "+441134960000"
                           << "0113 496 0000";
    QTest::newRow("older free text kept") << "ring the office"
                                          << "ring the office";
    QTest::newRow("empty") << ""
                           << "";
}

void TestContactDetailsRules::displayPhone()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(ContactDetailsRules::displayPhone(stored), shown);
}

void TestContactDetailsRules::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem"); // empty: fine
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << "ada@mail.example"
                           << ""
                           << "ada@mail.example";
    QTest::newRow("plus and dots") << "ada.wren+send@mail.example.org"
                                   << ""
                                   << "ada.wren+send@mail.example.org";
    QTest::newRow("domain case folded") << " Ada@Mail.EXAMPLE "
                                        << ""
                                        << "Ada@mail.example";
    QTest::newRow("hyphen domain") << "senco@larkfield-primary.sch.example"
                                   << ""
                                   << "senco@larkfield-primary.sch.example";
    QTest::newRow("no dot in domain") << "ada@mail"
                                      << "domain with a dot"
                                      << "";
    QTest::newRow("no @") << "ada.mail.example"
                          << "exactly one @"
                          << "";
    QTest::newRow("two @") << "ada@@mail.example"
                           << "exactly one @"
                           << "";
    QTest::newRow("space") << "ada wren@mail.example"
                           << "no spaces"
                           << "";
    QTest::newRow("comma") << "ada,wren@mail.example"
                           << "character"
                           << "";
    QTest::newRow("double dot in domain") << "ada@mail..example"
                                          << "character"
                                          << "";
    QTest::newRow("empty") << ""
                           << "Give an email"
                           << "";
}

void TestContactDetailsRules::email()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QFETCH(QString, normalised);
    const QString found = ContactDetailsRules::emailProblem(input);
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QCOMPARE(ContactDetailsRules::normaliseEmail(input), normalised);
    } else {
        QVERIFY2(found.contains(problem), qPrintable(found));
    }
}

void TestContactDetailsRules::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("A9 9AA") << "M1 1AE" << true << "M1 1AE";
    QTest::newRow("A99 9AA") << "B33 8TH" << true << "B33 8TH";
    QTest::newRow("AA9 9AA") << "CR2 6XH" << true << "CR2 6XH";
    QTest::newRow("AA99 9AA") << "DN55 1PT" << true << "DN55 1PT";
    QTest::newRow("A9A 9AA") << "W1A 0AX" << true << "W1A 0AX";
    QTest::newRow("AA9A 9AA") << "EC1A 1BB" << true << "EC1A 1BB";
    QTest::newRow("lower case, no space") << "nm14qt" << true << "NM1 4QT";
    QTest::newRow("extra spaces") << "  sw1a   1aa " << true << "SW1A 1AA";
    QTest::newRow("GIR 0AA") << "GIR 0AA" << true << "GIR 0AA";
    QTest::newRow("inward letters C I K M O V not used") << "NM1 4QC" << false << "";
    QTest::newRow("Q first not used") << "QA1 1AA" << false << "";
    QTest::newRow("too short") << "NM1" << false << "";
    QTest::newRow("digits only") << "12345" << false << "";
    QTest::newRow("zip code") << "90210" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void TestContactDetailsRules::postcode()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const QString problem = ContactDetailsRules::postcodeProblem(input);
    QCOMPARE(problem.isEmpty(), valid);
    if (valid)
        QCOMPARE(ContactDetailsRules::normalisePostcode(input), normalised);
    else
        QVERIFY(problem.contains(input.isEmpty() ? QStringLiteral("Give a postcode")
                                                 : QStringLiteral("UK postcode")));
}

QTEST_GUILESS_MAIN(TestContactDetailsRules)
#include "tst_contactdetailsrules.moc"
