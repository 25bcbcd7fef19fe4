// The two date styles people read: short on screen, long in letters and
// certificates, the same whatever the desk's locale.
#include "domain/DateText.h"
#include "rules/IsoDate.h"

#include <QLocale>
#include <QTest>

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void styles_data();
    void styles();
    void dateTimeAndTime();
    void screensAndRulesAgree();
};

void TestDateText::styles_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("shortText");
    QTest::addColumn<QString>("longText");
    QTest::addColumn<QString>("birthText");
    QTest::newRow("single-digit day") << QDate(2026, 12, 9) << "Wed 9 Dec 2026"
                                      << "Wednesday 9 December 2026"
                                      << "9 December 2026";
    QTest::newRow("two-digit day") << QDate(2026, 4, 30) << "Thu 30 Apr 2026"
                                   << "Thursday 30 April 2026"
                                   << "30 April 2026";
    QTest::newRow("leap day") << QDate(2028, 2, 29) << "Tue 29 Feb 2028"
                              << "Tuesday 29 February 2028"
                              << "29 February 2028";
    QTest::newRow("new year") << QDate(2027, 1, 1) << "Fri 1 Jan 2027"
                              << "Friday 1 January 2027"
                              << "1 January 2027";
    QTest::newRow("long month name") << QDate(2026, 9, 13) << "Sun 13 Sep 2026"
                                     << "Sunday 13 September 2026"
                                     << "13 September 2026";
    QTest::newRow("no date") << QDate() << ""
                             << ""
                             << "";
}

void TestDateText::styles()
{
    QFETCH(QDate, date);
    QFETCH(QString, shortText);
    QFETCH(QString, longText);
    QFETCH(QString, birthText);
    // A desk set to another language still prints the English statutory styles.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString shortShown = DateText::shortDate(date);
    const QString longShown = DateText::longDate(date);
    const QString birthShown = DateText::longDateOfBirth(date);
    QLocale::setDefault(before);
    QCOMPARE(shortShown, shortText);
    QCOMPARE(longShown, longText);
    QCOMPARE(birthShown, birthText);
}

void TestDateText::dateTimeAndTime()
{
    QCOMPARE(DateText::time(QTime(9, 5)), QStringLiteral("09:05"));
    QCOMPARE(DateText::shortDateTime(QDateTime(QDate(2026, 12, 9), QTime(14, 30))),
             QStringLiteral("Wed 9 Dec 2026 14:30"));
    QCOMPARE(DateText::shortDateTime(QDateTime()), QString());
    QCOMPARE(QDate(2026, 12, 9).toString(DateText::shortFormat()), QStringLiteral("Wed 9 Dec 2026"));
}

void TestDateText::screensAndRulesAgree()
{
    // The rules' explanations describe dates in the same short style.
    QCOMPARE(IsoDate::describe(QDate(2026, 12, 9)), DateText::shortDate(QDate(2026, 12, 9)));
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
