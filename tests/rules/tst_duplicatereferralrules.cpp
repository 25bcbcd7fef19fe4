#include "rules/DuplicateReferralRules.h"

#include <QTest>

// When a new referral looks like a case already held. Every name, number and
// address is synthetic (Ofcom's drama ranges, example domains).
using Existing = DuplicateReferralRules::ExistingCase;
Q_DECLARE_METATYPE(Existing)

namespace {
Referral incoming()
{
    Referral r;
    r.child = {"Zoë", "Nguyễn", QDate(2015, 6, 1), {}, {}, {}, {}};
    r.parent = {"Siobhán", "Nguyễn", {}, {}, {}, "07700 900456", "Siobhan.Nguyen@Mail.Example"};
    r.councilId = 1;
    return r;
}

Existing existing(const QString& given, const QString& family, const QDate& born, qint64 councilId,
                  const QString& phone = {}, const QString& email = {})
{
    Existing e;
    e.child = {given, family, born, {}, {}, {}, {}};
    e.parent = {"Someone", "Else", {}, {}, {}, phone, email};
    e.councilId = councilId;
    return e;
}
} // namespace

class TestDuplicateReferralRules : public QObject
{
    Q_OBJECT

private slots:
    void nameKey_data();
    void nameKey();
    void phoneKey_data();
    void phoneKey();
    void matches_data();
    void matches();
};

void TestDuplicateReferralRules::nameKey_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents and case") << "ZOË"
                                      << "Nguyễn"
                                      << "zoe nguyen";
    QTest::newRow("spaces") << "  Zoe "
                            << " nguyen  "
                            << "zoe nguyen";
    QTest::newRow("apostrophe") << "Aoife"
                                << "O'Brien"
                                << "aoife obrien";
    QTest::newRow("hyphen is a space") << "Mary-Jane"
                                       << "Smith"
                                       << "mary jane smith";
    QTest::newRow("cedilla") << "François"
                             << "Çelik"
                             << "francois celik";
    QTest::newRow("letters without marks") << "Łukasz"
                                           << "Sørensen-Æbelø"
                                           << "lukasz sorensen aebelo";
}

void TestDuplicateReferralRules::nameKey()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, key);
    QCOMPARE(DuplicateReferralRules::nameKey(given, family), key);
}

void TestDuplicateReferralRules::phoneKey_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("key");
    QTest::newRow("national") << "07700 900456"
                              << "+447700900456";
    QTest::newRow("international") << "+44 7700 900456"
                                   << "+447700900456";
    QTest::newRow("no spaces, brackets") << "(07700)900-456"
                                         << "+447700900456";
    QTest::newRow("none") << "  "
                          << "";
}

void TestDuplicateReferralRules::phoneKey()
{
    QFETCH(QString, phone);
    QFETCH(QString, key);
    QCOMPARE(DuplicateReferralRules::phoneKey(phone), key);
}

void TestDuplicateReferralRules::matches_data()
{
    QTest::addColumn<Existing>("existing");
    QTest::addColumn<QString>("reason"); // empty: not the same referral

    const QDate born(2015, 6, 1);
    QTest::newRow("same child, accents and case ignored")
        << existing("zoe", "NGUYEN", born, 2) << "Same child: zoe NGUYEN";
    QTest::newRow("same name, another birthday") << existing("Zoë", "Nguyễn", born.addDays(1), 1) << "";
    QTest::newRow("another child, same birthday") << existing("Zoë", "Nguyen-Hall", born, 1) << "";
    QTest::newRow("same phone in another format, same council")
        << existing("Kit", "Hale", QDate(2012, 1, 1), 1, "+44 7700 900456")
        << "Same parent's phone with the same council";
    QTest::newRow("same phone, another council")
        << existing("Kit", "Hale", QDate(2012, 1, 1), 2, "07700900456") << "";
    QTest::newRow("same email in another case, same council")
        << existing("Kit", "Hale", QDate(2012, 1, 1), 1, {}, "siobhan.nguyen@mail.example")
        << "Same parent's email with the same council";
    QTest::newRow("same email, another council")
        << existing("Kit", "Hale", QDate(2012, 1, 1), 3, {}, "siobhan.nguyen@mail.example") << "";
}

void TestDuplicateReferralRules::matches()
{
    QFETCH(Existing, existing);
    QFETCH(QString, reason);
    const QStringList reasons = DuplicateReferralRules::matchReasons(incoming(), existing);
    if (reason.isEmpty()) {
        QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(reasons.join(QLatin1Char('\n')).contains(reason), qPrintable(reasons.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDuplicateReferralRules)
#include "tst_duplicatereferralrules.moc"
