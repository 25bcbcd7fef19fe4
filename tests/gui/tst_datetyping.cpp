// A date typed into a date box as digits, the way people type dates, lands
// as typed, also in boxes that limit the dates they take.
#include "common/DateTyping.h"
#include "domain/DateText.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWidget>
#include <QtTest>

class TestDateTyping : public QObject
{
    Q_OBJECT

private slots:
    void typedDateLandsAsTyped_data();
    void typedDateLandsAsTyped();
    void typedDateAndTime();
};

void TestDateTyping::typedDateLandsAsTyped_data()
{
    QTest::addColumn<QDate>("minimum");
    QTest::addColumn<QDate>("maximum");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("told"); // what the person is told, when the date was brought back

    const QDate none;
    const QDate today(2026, 12, 5);
    QTest::newRow("no limits") << none << none << "03122026" << QDate(2026, 12, 3) << "";
    QTest::newRow("with separators") << none << none << "03/12/2026" << QDate(2026, 12, 3) << "";
    // Day 25 of the box's month (December) is after its maximum: typed day by
    // day it was refused and the digits slid into the wrong sections (2 May 2026).
    QTest::newRow("up to today, a day of last month")
        << none << today << "25112026" << QDate(2026, 11, 25) << "";
    QTest::newRow("up to today, today") << none << today << "05122026" << today << "";
    QTest::newRow("up to today, last year") << none << today << "31122025" << QDate(2025, 12, 31) << "";
    QTest::newRow("from the enquiry, a later day")
        << QDate(2026, 11, 16) << none << "03012027" << QDate(2027, 1, 3) << "";
    QTest::newRow("from the enquiry, the day itself")
        << QDate(2026, 11, 16) << none << "16112026" << QDate(2026, 11, 16) << "";
    // Outside the box's limits: put back inside them when the box is left,
    // where the person sees it, and they are told why.
    QTest::newRow("after the maximum is brought back")
        << none << today << "24122026" << today
        << "Thu 24 Dec 2026 is after the latest date this box takes, so it shows Sat 5 Dec 2026.";
    QTest::newRow("before the minimum is brought back")
        << QDate(2026, 11, 16) << none << "01112026" << QDate(2026, 11, 16)
        << "Sun 1 Nov 2026 is before the earliest date this box takes, so it shows Mon 16 Nov 2026.";
}

void TestDateTyping::typedDateLandsAsTyped()
{
    QFETCH(QDate, minimum);
    QFETCH(QDate, maximum);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QFETCH(QString, told);

    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* edit = new QDateEdit(&window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(edit);
    layout->addWidget(other);
    edit->setDisplayFormat(DateText::shortFormat());
    if (minimum.isValid())
        edit->setMinimumDate(minimum);
    if (maximum.isValid())
        edit->setMaximumDate(maximum);
    edit->setDate(QDate(2026, 12, 5));
    DateTyping::install(edit);
    QSignalSpy adjusted(edit->findChild<DateTyping*>(), &DateTyping::adjusted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());

    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, typed);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());

    QCOMPARE(edit->date(), expected);
    if (told.isEmpty()) {
        QCOMPARE(adjusted.size(), 0);
    } else {
        QCOMPARE(adjusted.size(), 1);
        QCOMPARE(adjusted.first().first().toString(), told);
    }
    // The limits hold again once the box is left.
    if (minimum.isValid())
        QCOMPARE(edit->minimumDate(), minimum);
    if (maximum.isValid())
        QCOMPARE(edit->maximumDate(), maximum);
    QCOMPARE(edit->displayFormat(), DateText::shortFormat());
}

void TestDateTyping::typedDateAndTime()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* edit = new QDateTimeEdit(&window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(edit);
    layout->addWidget(other);
    edit->setDisplayFormat(DateText::shortFormat() + QStringLiteral("  HH:mm"));
    edit->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(10, 0)));
    DateTyping::install(edit);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("031220261430"));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QCOMPARE(edit->dateTime(), QDateTime(QDate(2026, 12, 3), QTime(14, 30)));
}

QTEST_MAIN(TestDateTyping)
#include "tst_datetyping.moc"
