#include "PdfText.h"
#include "documents/ActionPlanPdf.h"

#include <QTest>
#include <QTimeZone>

// The action plan PDF: it is a PDF, it holds every action with who and by
// when, a signature line per signatory, and never the meeting's notes.
namespace {
ActionPlanPdf::Content sample()
{
    ActionPlanPdf::Content c;
    c.provider.name = QStringLiteral("Brightwater Mediation Service");
    c.meeting.caseReference = QStringLiteral("MED-2026-00031");
    c.meeting.kind = MeetingKind::Mediation;
    c.meeting.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
    c.meeting.end = Meeting::defaultEnd(c.meeting.start);
    c.record.outcome = MeetingOutcome::PartlyAgreed;
    c.record.heldDate = QDate(2026, 11, 20);
    c.record.issuesCovered = QStringLiteral("Section F: speech and language therapy <weekly>");
    c.record.notesAgreed = false;
    c.record.notes = QStringLiteral("PRIVATE NOTE");
    c.record.actions = {
        {QStringLiteral("Amend section F to weekly therapy"), QStringLiteral("Northmoor SEND Team"),
         ActionParty::Council, QDate(2026, 12, 4)},
        {QStringLiteral("Share the therapy report"), QStringLiteral("Larkfield Primary School"),
         ActionParty::School, QDate(2026, 12, 11)},
    };
    c.signatories = {QStringLiteral("Jo Wren (parent)"),
                     QStringLiteral("Marta Quayle (Northmoor Borough Council)"),
                     QStringLiteral("Ollie Farrant (mediator)")};
    c.childViews.how = ChildViewsMethod::SpokeToThem;
    c.childViews.note = QStringLiteral("Met Jo at school the week before");
    c.preparedBy = QStringLiteral("Ollie Farrant");
    c.preparedByRole = QStringLiteral("Mediator");
    return c;
}
} // namespace

class TestActionPlanPdf : public QObject
{
    Q_OBJECT

private slots:
    void htmlHoldsThePlan();
    void pdfTextHoldsThePlan();
    void childViewsArePrinted();
};

void TestActionPlanPdf::htmlHoldsThePlan()
{
    const QString html = ActionPlanPdf::html(sample());
    QVERIFY(html.contains(QStringLiteral("Mediation agreement and action plan")));
    QVERIFY(html.contains(QStringLiteral("&lt;weekly&gt;"))); // escaped, never markup
    QVERIFY(html.contains(QStringLiteral("4 December 2026")));
    QCOMPARE(html.count(QStringLiteral("Signature")), 3);
    QVERIFY(!html.contains(QStringLiteral("PRIVATE NOTE")));
    QVERIFY(html.contains(QStringLiteral("reg 42")));
    QVERIFY(html.contains(QStringLiteral("Kind of action not recorded")));

    // Each action prints the council's deadlines in law with the regulation
    // (rules/README.md section 3, "After an agreement"), from the day held,
    // Fri 20 Nov 2026. An assessment: + 14 days = 4 Dec; + 70: 10 to 30 Nov,
    // 41 to 31 Dec, + 29 = 29 Jan 2027; + 98: 72 to 31 Jan, + 26 = 26 Feb 2027.
    // A school action without a right of appeal: + 14 days = 4 Dec 2026.
    ActionPlanPdf::Content kinds = sample();
    kinds.record.actions[0].kind = AgreedActionKind::Assess;
    kinds.record.actions[1].kind = AgreedActionKind::NotAppealable;
    const QString withKinds = ActionPlanPdf::html(kinds);
    QVERIFY(!withKinds.contains(QStringLiteral("Kind of action not recorded")));
    QVERIFY2(
        withKinds.contains(QStringLiteral("4 December 2026: the council tells the family it will assess or "
                                          "re-assess (reg 44(2)")),
        qPrintable(withKinds));
    QVERIFY(withKinds.contains(QStringLiteral("29 January 2027: the council tells the family no EHC plan")));
    QVERIFY(withKinds.contains(QStringLiteral("26 February 2027: the council sends the final EHC plan")));
    QVERIFY(withKinds.contains(QStringLiteral("(reg 42, no right of appeal)")));
    kinds.record.actions[1].kind = AgreedActionKind::Appealable;
    QVERIFY(
        ActionPlanPdf::html(kinds).contains(QStringLiteral("check reg 44: the council acts on the agreed")));
    // The agreement's terms (reg 42): 30 days agreed in writing, 20 Nov + 30 =
    // 20 Dec 2026 for every action; the council not a party, + 7 = 27 Nov.
    kinds.record.agreedPeriodDays = 30;
    kinds.record.councilNotParty = true;
    const QString withTerms = ActionPlanPdf::html(kinds);
    QVERIFY(withTerms.contains(QStringLiteral("A period of 30 days was agreed in writing")));
    QVERIFY(withTerms.contains(QStringLiteral("The council was not a party")));
    QVERIFY(
        withTerms.contains(QStringLiteral("20 December 2026: the council carries out the agreed action")));
    QVERIFY(withTerms.contains(QStringLiteral("27 November 2026: the commissioning body tells the council")));
    QVERIFY(!withTerms.contains(QStringLiteral("check reg 44")));
    ActionPlanPdf::Content notAgreed = sample();
    notAgreed.record.outcome = MeetingOutcome::NotAgreed;
    notAgreed.record.actions.clear();
    const QString record = ActionPlanPdf::html(notAgreed);
    QVERIFY(record.contains(QStringLiteral("Record of meeting")));
    QVERIFY(record.contains(QStringLiteral("No actions were agreed.")));
}

void TestActionPlanPdf::pdfTextHoldsThePlan()
{
    const QByteArray pdf = ActionPlanPdf::render(sample());
    QVERIFY(pdf.startsWith("%PDF-"));
    QString problem;
    const QString text = PdfText::folded(pdf, &problem, "CG_KEEP_ACTION_PLAN");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(text.contains(QStringLiteral("MED-2026-00031")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Amend section F to weekly therapy")));
    QVERIFY(text.contains(QStringLiteral("Larkfield Primary School")));
    QVERIFY(text.contains(QStringLiteral("11 December 2026")));
    QVERIFY(text.contains(QStringLiteral("Ollie Farrant (mediator)")));
    QCOMPARE(text.count(QStringLiteral("Signature")), 3);
    // The named sender, as on every letter: the person signed in, with their role.
    QVERIFY2(text.contains(QStringLiteral("Prepared by Ollie Farrant, Mediator")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("PRIVATE NOTE")));
    // CFA s.56(1)(e): how the child's views were sought is printed.
    QVERIFY2(text.contains(QStringLiteral("The child's or young person's views")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Spoke to them: Met Jo at school the week before")));
}

// How the child's views were sought, in the plan's own words; "not sought"
// gives the reason; nothing recorded says so rather than leaving a gap.
void TestActionPlanPdf::childViewsArePrinted()
{
    ActionPlanPdf::Content c = sample();
    QVERIFY(
        ActionPlanPdf::html(c).contains(QStringLiteral("Spoke to them: Met Jo at school the week before")));
    c.childViews.how = ChildViewsMethod::NotSought;
    c.childViews.note = QStringLiteral("Jo is 2 & in hospital");
    QVERIFY(ActionPlanPdf::html(c).contains(QStringLiteral("Not sought: Jo is 2 &amp; in hospital")));
    c.childViews = {};
    QVERIFY(ActionPlanPdf::html(c).contains(QStringLiteral("Not recorded")));
}

QTEST_MAIN(TestActionPlanPdf)
#include "tst_actionplanpdf.moc"
