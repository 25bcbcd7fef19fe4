#include "rules/TravelExpenseRules.h"

#include <QTest>

// The family's travel expenses (rules/README.md section 3, "The family's
// travel expenses"): what may be saved and what to fix, the mileage amount
// at a rate per mile (policy), the total, and the money and miles as text.
// Every row is worked by hand. The case's enquiry was on Mon 2 Nov 2026 and
// today is Mon 23 Nov 2026.
namespace {
const QDate kEnquiry(2026, 11, 2);
const QDate kToday(2026, 11, 23);

TravelExpense journey()
{
    TravelExpense e;
    e.caseId = 1;
    e.journeyDate = QDate(2026, 11, 20);
    e.description = QStringLiteral("Home to Larkfield Library and back");
    e.mode = TravelMode::PublicTransport;
    e.amountPence = 1240;
    return e;
}
} // namespace

class TestTravelExpenseRules : public QObject
{
    Q_OBJECT

private slots:
    void problem_data();
    void problem();
    void mileageAmount_data();
    void mileageAmount();
    void total();
    void money_data();
    void money();
    void miles_data();
    void miles();
    void modes();
};

void TestTravelExpenseRules::problem_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("milesTenths"); // -1: none given
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected"); // words of the problem, or empty when it may be saved

    const QString d = QStringLiteral("Home to Larkfield Library and back");
    QTest::newRow("bus fare on the meeting day")
        << QDate(2026, 11, 20) << "public_transport" << -1 << qint64(1240) << d << "";
    QTest::newRow("today is allowed") << kToday << "taxi" << -1 << qint64(1800) << d << "";
    QTest::newRow("tomorrow is not") << QDate(2026, 11, 24) << "taxi" << -1 << qint64(1800) << d
                                     << "2026-11-24 is after today";
    QTest::newRow("the enquiry day is allowed") << kEnquiry << "other" << -1 << qint64(300) << d << "";
    QTest::newRow("the day before the enquiry is not") << QDate(2026, 11, 1) << "other" << -1 << qint64(300)
                                                       << d << "before the case's enquiry (2026-11-02)";
    QTest::newRow("no date") << QDate() << "taxi" << -1 << qint64(1800) << d << "date of the journey";
    QTest::newRow("no description") << QDate(2026, 11, 20) << "taxi" << -1 << qint64(1800) << "   "
                                    << "from and to";
    QTest::newRow("200 characters") << QDate(2026, 11, 20) << "taxi" << -1 << qint64(1800)
                                    << QString(200, QLatin1Char('x')) << "";
    QTest::newRow("201 characters") << QDate(2026, 11, 20) << "taxi" << -1 << qint64(1800)
                                    << QString(201, QLatin1Char('x')) << "200 characters (it has 201)";
    QTest::newRow("car with miles") << QDate(2026, 11, 20) << "car" << 125 << qint64(563) << d << "";
    QTest::newRow("car without miles")
        << QDate(2026, 11, 20) << "car" << -1 << qint64(563) << d << "Give the miles driven";
    QTest::newRow("car with 0 miles") << QDate(2026, 11, 20) << "car" << 0 << qint64(0) << d << "more than 0";
    QTest::newRow("1000 miles is the most")
        << QDate(2026, 11, 20) << "car" << 10000 << qint64(45000) << d << "";
    QTest::newRow("1000.1 miles is a slip")
        << QDate(2026, 11, 20) << "car" << 10001 << qint64(45000) << d << "1000.1 miles is more than 1000";
    QTest::newRow("miles on a bus are kept")
        << QDate(2026, 11, 20) << "public_transport" << 80 << qint64(450) << d << "";
    QTest::newRow("nothing to pay is allowed")
        << QDate(2026, 11, 20) << "other" << -1 << qint64(0) << d << "";
    QTest::newRow("a negative amount")
        << QDate(2026, 11, 20) << "other" << -1 << qint64(-1) << d << "cannot be negative";
    QTest::newRow("£500.00 is the most") << QDate(2026, 11, 20) << "taxi" << -1 << qint64(50000) << d << "";
    QTest::newRow("£500.01 is checked")
        << QDate(2026, 11, 20) << "taxi" << -1 << qint64(50001) << d << "£500.01 is more than £500.00";
    QTest::newRow("12400 typed for 12.40") << QDate(2026, 11, 20) << "public_transport" << -1
                                           << qint64(1240000) << d << "£12400.00 is more than £500.00";
}

void TestTravelExpenseRules::problem()
{
    QFETCH(QDate, date);
    QFETCH(QString, mode);
    QFETCH(int, milesTenths);
    QFETCH(qint64, amount);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    TravelExpense e = journey();
    e.journeyDate = date;
    const std::optional<TravelMode> parsed = travelModeFromString(mode);
    QVERIFY(parsed);
    e.mode = *parsed;
    e.milesTenths = milesTenths < 0 ? std::nullopt : std::optional<int>(milesTenths);
    e.amountPence = amount;
    e.description = description;
    const QString problem = TravelExpenseRules::problem(e, kEnquiry, kToday);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestTravelExpenseRules::mileageAmount_data()
{
    QTest::addColumn<int>("milesTenths");
    QTest::addColumn<int>("pencePerMile");
    QTest::addColumn<qint64>("expected");
    // 10 miles at 45p = 450p.
    QTest::newRow("10 miles at 45p") << 100 << 45 << qint64(450);
    // 12.5 miles at 45p = 562.5p, half a penny up: 563p.
    QTest::newRow("12.5 miles at 45p, half up") << 125 << 45 << qint64(563);
    // 0.1 mile at 45p = 4.5p -> 5p.
    QTest::newRow("a tenth of a mile") << 1 << 45 << qint64(5);
    // 23.3 miles at 45p = 1048.5p -> 1049p.
    QTest::newRow("23.3 miles at 45p") << 233 << 45 << qint64(1049);
    // 23.3 miles at 25p = 582.5p -> 583p (another office's rate).
    QTest::newRow("23.3 miles at 25p") << 233 << 25 << qint64(583);
    // 7.1 miles at 40p = 284p exactly.
    QTest::newRow("7.1 miles at 40p") << 71 << 40 << qint64(284);
    QTest::newRow("no miles") << 0 << 45 << qint64(0);
    QTest::newRow("no rate") << 100 << 0 << qint64(0);
}

void TestTravelExpenseRules::mileageAmount()
{
    QFETCH(int, milesTenths);
    QFETCH(int, pencePerMile);
    QFETCH(qint64, expected);
    QCOMPARE(TravelExpenseRules::mileageAmount(milesTenths, pencePerMile), expected);
}

void TestTravelExpenseRules::total()
{
    QCOMPARE(TravelExpenseRules::total({}), qint64(0));
    TravelExpense bus = journey();     // 12.40
    TravelExpense car = journey();     // 5.63
    TravelExpense parking = journey(); // 3.00
    car.amountPence = 563;
    parking.amountPence = 300;
    // 1240 + 563 + 300 = 2103.
    QCOMPARE(TravelExpenseRules::total({bus, car, parking}), qint64(2103));
    QCOMPARE(penceToPounds(TravelExpenseRules::total({bus, car, parking})), QStringLiteral("£21.03"));
}

void TestTravelExpenseRules::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pence"); // -1: refused
    QTest::newRow("pounds and pence") << "12.40" << qint64(1240);
    QTest::newRow("one decimal") << "12.4" << qint64(1240);
    QTest::newRow("whole pounds") << "12" << qint64(1200);
    QTest::newRow("with a pound sign") << "£0.05" << qint64(5);
    QTest::newRow("spaces round") << " 7.00 " << qint64(700);
    QTest::newRow("three decimals") << "12.405" << qint64(-1);
    QTest::newRow("negative") << "-3.00" << qint64(-1);
    QTest::newRow("comma") << "12,40" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestTravelExpenseRules::money()
{
    QFETCH(QString, text);
    QFETCH(qint64, pence);
    const std::optional<qint64> parsed = penceFromDecimal(text);
    if (pence < 0) {
        QVERIFY(!parsed);
        return;
    }
    QCOMPARE(parsed, std::optional<qint64>(pence));
    QCOMPARE(penceFromDecimal(penceToDecimal(pence)), std::optional<qint64>(pence));
}

void TestTravelExpenseRules::miles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenths"); // -1: refused
    QTest::addColumn<QString>("shown");
    QTest::newRow("whole") << "12" << 120 << "12";
    QTest::newRow("a tenth") << "12.5" << 125 << "12.5";
    QTest::newRow("two decimals") << "12.55" << -1 << "";
    QTest::newRow("negative") << "-4" << -1 << "";
}

void TestTravelExpenseRules::miles()
{
    QFETCH(QString, text);
    QFETCH(int, tenths);
    QFETCH(QString, shown);
    const std::optional<int> parsed = milesFromText(text);
    if (tenths < 0) {
        QVERIFY(!parsed);
        return;
    }
    QCOMPARE(parsed, std::optional<int>(tenths));
    QCOMPARE(milesToText(tenths), shown);
}

void TestTravelExpenseRules::modes()
{
    for (TravelMode mode : allTravelModes()) {
        QCOMPARE(travelModeFromString(travelModeToString(mode)), std::optional<TravelMode>(mode));
        QVERIFY(!travelModeTitle(mode).isEmpty());
    }
    QVERIFY(!travelModeFromString(QStringLiteral("bicycle")));
    QCOMPARE(penceToDecimal(5), QStringLiteral("0.05"));
    QCOMPARE(penceToPounds(123456), QStringLiteral("£1234.56"));
}

QTEST_GUILESS_MAIN(TestTravelExpenseRules)
#include "tst_travelexpenserules.moc"
