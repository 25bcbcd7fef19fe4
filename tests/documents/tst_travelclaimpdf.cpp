#include "PdfText.h"
#include "documents/TravelClaimPdf.h"

#include <QTest>

// The travel expenses claim form: it is a PDF addressed to the council (or
// the ICB), it holds each journey and the total, escapes what it is given,
// and has the declaration with a signature and a date line.
namespace {
TravelClaimPdf::Content sample()
{
    TravelClaimPdf::Content c;
    c.provider.name = QStringLiteral("Brightwater Mediation Service");
    c.provider.address = QStringLiteral("2 Mill Lane\nNorthmoor NM1 4AB");
    c.caseReference = QStringLiteral("MED-2026-00031");
    c.councilName = QStringLiteral("Northmoor Borough Council");
    c.claimantName = QStringLiteral("Jo Wren");
    c.preparedOn = QDate(2026, 11, 23);
    TravelExpense bus;
    bus.journeyDate = QDate(2026, 11, 20);
    bus.description = QStringLiteral("Bus: Fenwick Road <-> Larkfield Library");
    bus.mode = TravelMode::PublicTransport;
    bus.amountPence = 640;
    bus.receiptHeld = true;
    TravelExpense car;
    car.journeyDate = QDate(2026, 11, 9);
    car.description = QStringLiteral("Home to the pre-meeting at Larkfield Primary");
    car.mode = TravelMode::CarMileage;
    car.milesTenths = 125;
    car.amountPence = 563;
    c.expenses = {car, bus};
    return c;
}
} // namespace

class TestTravelClaimPdf : public QObject
{
    Q_OBJECT

private slots:
    void htmlHoldsTheClaim();
    void pdfTextHoldsTheTotal();
};

void TestTravelClaimPdf::htmlHoldsTheClaim()
{
    const QString html = TravelClaimPdf::html(sample());
    QVERIFY(html.contains(QStringLiteral("Claim for travel expenses of attending mediation")));
    QVERIFY(html.contains(QStringLiteral("Northmoor Borough Council")));
    QVERIFY(html.contains(QStringLiteral("&lt;-&gt;"))); // escaped, never markup
    QVERIFY(html.contains(QStringLiteral("12.5")));
    // 563 + 640 = 1203.
    QVERIFY(html.contains(QStringLiteral("£12.03")));
    QVERIFY(html.contains(QStringLiteral("45p a mile")));
    QVERIFY(html.contains(QStringLiteral("Declaration")));
    QCOMPARE(html.count(QStringLiteral("Signature of claimant")), 1);
    // Health-only mediation the ICB arranged: the ICB pays.
    TravelClaimPdf::Content icb = sample();
    icb.healthOnlyIcb = true;
    QVERIFY(TravelClaimPdf::html(icb).contains(QStringLiteral("integrated care board")));
    // No car journey: no rate to explain.
    TravelClaimPdf::Content busOnly = sample();
    busOnly.expenses.removeFirst();
    QVERIFY(!TravelClaimPdf::html(busOnly).contains(QStringLiteral("a mile")));
    QVERIFY(TravelClaimPdf::html(busOnly).contains(QStringLiteral("£6.40")));
}

void TestTravelClaimPdf::pdfTextHoldsTheTotal()
{
    const QByteArray pdf = TravelClaimPdf::render(sample());
    QVERIFY(pdf.startsWith("%PDF-"));
    QString problem;
    const QString text = PdfText::folded(pdf, &problem, "CG_KEEP_TRAVEL_CLAIM");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(text.contains(QStringLiteral("MED-2026-00031")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Total claimed")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("£12.03")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Northmoor Borough Council")));
    QVERIFY(text.contains(QStringLiteral("Jo Wren")));
    QVERIFY(text.contains(QStringLiteral("Signature of claimant")));
}

QTEST_MAIN(TestTravelClaimPdf)
#include "tst_travelclaimpdf.moc"
