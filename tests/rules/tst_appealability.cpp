#include "rules/Appealability.h"

#include <QTest>

Q_DECLARE_METATYPE(DecisionType)
Q_DECLARE_METATYPE(PlanSection)

// Which disputed items the family could appeal (CFA s.51(2)) and which can
// only be mediated (rules reference section 2). One row for every decision
// type and every plan section: a new one without a row fails `everyKindHasARow`.
class TestAppealability : public QObject
{
    Q_OBJECT

private slots:
    void decision_data();
    void decision();
    void section_data();
    void section();
    void everyKindHasARow();
    void summary_data();
    void summary();
};

void TestAppealability::decision_data()
{
    QTest::addColumn<DecisionType>("type");
    QTest::addColumn<bool>("appealable");
    QTest::addColumn<QString>("name");
    QTest::newRow("refusal to assess: s.51(2)(a)")
        << DecisionType::RefusalToAssess << true << QStringLiteral("refusal to assess");
    QTest::newRow("refusal to re-assess: s.51(2)(d)")
        << DecisionType::RefusalToReassess << true << QStringLiteral("refusal to re-assess");
    QTest::newRow("refusal to issue: s.51(2)(b)")
        << DecisionType::RefusalToIssue << true << QStringLiteral("refusal to issue a plan");
    QTest::newRow("refusal to amend: s.51(2)(e)")
        << DecisionType::RefusalToAmend << true << QStringLiteral("refusal to amend the plan");
    QTest::newRow("refusal to replace: s.51(2)(e), schema 24")
        << DecisionType::RefusalToReplace << true << QStringLiteral("refusal to replace the plan");
    QTest::newRow("cease to maintain: s.51(2)(f)")
        << DecisionType::CeaseToMaintain << true << QStringLiteral("ceasing to maintain the plan");
    QTest::newRow("plan content: through sections B, F, I") << DecisionType::PlanContent << true << QString();
}

void TestAppealability::decision()
{
    QFETCH(DecisionType, type);
    QFETCH(bool, appealable);
    QFETCH(QString, name);
    QCOMPARE(Appealability::isAppealable(type), appealable);
    CaseFacts facts;
    facts.decisionType = type;
    const QList<Appealability::DisputedItem> items = Appealability::disputedItems(facts);
    if (type == DecisionType::PlanContent) {
        QVERIFY(items.isEmpty()); // no section chosen yet: nothing named
        return;
    }
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().name, name);
    QCOMPARE(items.first().appealable, appealable);
    QCOMPARE(Appealability::summary(facts), QStringLiteral("Could appeal to the tribunal: %1.").arg(name));
}

void TestAppealability::section_data()
{
    QTest::addColumn<PlanSection>("section");
    QTest::addColumn<bool>("appealable");
    QTest::newRow("B special educational needs: s.51(2)(c)(i)") << PlanSection::B << true;
    QTest::newRow("C health needs: mediation only") << PlanSection::C << false;
    QTest::newRow("D social care needs: mediation only") << PlanSection::D << false;
    QTest::newRow("F special educational provision: s.51(2)(c)(ii)") << PlanSection::F << true;
    QTest::newRow("G health provision: mediation only") << PlanSection::G << false;
    QTest::newRow("H1 social care provision: mediation only") << PlanSection::H1 << false;
    QTest::newRow("H2 other social care provision: mediation only") << PlanSection::H2 << false;
    QTest::newRow("I placement: s.51(2)(c)(iii) and (iv)") << PlanSection::I << true;
}

void TestAppealability::section()
{
    QFETCH(PlanSection, section);
    QFETCH(bool, appealable);
    QCOMPARE(Appealability::isAppealable(section), appealable);
    CaseFacts facts;
    facts.decisionType = DecisionType::PlanContent;
    facts.sections = PlanSections{section};
    const QList<Appealability::DisputedItem> items = Appealability::disputedItems(facts);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().appealable, appealable);
    QVERIFY2(items.first().name.startsWith(QStringLiteral("section %1 (").arg(planSectionToString(section))),
             qPrintable(items.first().name));
}

void TestAppealability::everyKindHasARow()
{
    QCOMPARE(allDecisionTypes().size(), 7);
    QCOMPARE(allPlanSections().size(), 8);
}

void TestAppealability::summary_data()
{
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("expected");
    QTest::newRow("B and G: one of each")
        << QStringList{QStringLiteral("G"), QStringLiteral("B")}
        << QStringLiteral("Could appeal to the tribunal: section B (special educational needs). Mediation "
                          "only, not appealable on its own: section G (health provision).");
    QTest::newRow("health and social care only")
        << QStringList{QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("H1"), QStringLiteral("H2")}
        << QStringLiteral("Mediation only, not appealable on its own: section C (health needs), section D "
                          "(social care needs), section H1 (social care provision), section H2 (other "
                          "social care provision).");
    QTest::newRow("F and I")
        << QStringList{QStringLiteral("I"), QStringLiteral("F")}
        << QStringLiteral("Could appeal to the tribunal: section F (special educational provision), "
                          "section I (placement).");
    QTest::newRow("no section chosen: nothing") << QStringList{} << QString();
}

void TestAppealability::summary()
{
    QFETCH(QStringList, sections);
    QFETCH(QString, expected);
    CaseFacts facts;
    facts.decisionType = DecisionType::PlanContent;
    QString error;
    QVERIFY2(PlanSections::fromStrings(sections, &facts.sections, &error), qPrintable(error));
    QCOMPARE(Appealability::summary(facts), expected);
}

QTEST_GUILESS_MAIN(TestAppealability)
#include "tst_appealability.moc"
