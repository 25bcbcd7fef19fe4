// The domain's enumerations against the CHECK constraints of the schema, so
// that a value the program writes is always one the database accepts.
#include "domain/CertificatePart.h"
#include "domain/DecisionType.h"
#include "domain/InviteeRole.h"
#include "domain/MeetingClockStart.h"
#include "domain/PlanSections.h"
#include "domain/Route.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestDomainEnums : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routes();
    void decisionTypes();
    void planSections();
    void inviteeRoles();
    void meetingClockStarts();
    void certificateParts();
    void planSectionSets();

private:
    // The quoted values of "CHECK (<column> IN (...))" within a table.
    QStringList checkValues(const QString& table, const QString& column) const;
    QString m_schema;
};

void TestDomainEnums::initTestCase()
{
    QFile file(QStringLiteral(":/migrations/0001_initial.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_schema = QString::fromUtf8(file.readAll());
}

QStringList TestDomainEnums::checkValues(const QString& table, const QString& column) const
{
    const qsizetype start = m_schema.indexOf(QStringLiteral("CREATE TABLE %1 (").arg(table));
    const qsizetype end = m_schema.indexOf(QStringLiteral(");"), start);
    const QString body = m_schema.mid(start, end - start);
    const QRegularExpression check(QStringLiteral("CHECK \\(%1 IN \\(([^)]*)\\)").arg(column));
    const QRegularExpressionMatch match = check.match(body);
    if (!match.hasMatch())
        return {};
    QStringList values;
    for (QString value : match.captured(1).split(QLatin1Char(',')))
        values << value.trimmed().remove(QLatin1Char('\''));
    return values;
}

void TestDomainEnums::routes()
{
    QStringList ours;
    for (Route route : {Route::Mediation, Route::DisagreementResolution}) {
        ours << routeToString(route);
        QCOMPARE(routeFromString(routeToString(route)), route);
    }
    QCOMPARE(ours, checkValues(QStringLiteral("cases"), QStringLiteral("route")));
    QVERIFY(!routeFromString(QStringLiteral("Mediation")));
}

void TestDomainEnums::decisionTypes()
{
    QStringList ours;
    for (DecisionType type : allDecisionTypes()) {
        ours << decisionTypeToString(type);
        QCOMPARE(decisionTypeFromString(decisionTypeToString(type)), type);
    }
    // Schema 24 added refusal to replace; its PostgreSQL step states the
    // whole list again (the SQLite step edits the same CHECK in place).
    QFile step(QStringLiteral(":/migrations/0024_refusal_to_replace.postgres.sql"));
    QVERIFY(step.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("CHECK \\(decision_type IN \\(([^)]*)\\)"))
            .match(QString::fromUtf8(step.readAll()));
    QVERIFY(match.hasMatch());
    QStringList schema;
    for (const QString& value : match.captured(1).split(QLatin1Char(',')))
        schema << value.trimmed().remove(QLatin1Char('\''));
    QVERIFY(schema.size() > checkValues(QStringLiteral("cases"), QStringLiteral("decision_type")).size());
    ours.sort();
    schema.sort();
    QCOMPARE(ours, schema);
    QVERIFY(!decisionTypeFromString(QStringLiteral("refusal")));
}

void TestDomainEnums::planSections()
{
    QStringList ours;
    for (PlanSection section : allPlanSections()) {
        ours << planSectionToString(section);
        QCOMPARE(planSectionFromString(planSectionToString(section)), section);
    }
    QCOMPARE(ours, checkValues(QStringLiteral("case_plan_sections"), QStringLiteral("section")));
    QVERIFY(!planSectionFromString(QStringLiteral("E")));
    QVERIFY(!planSectionFromString(QStringLiteral("i")));
}

void TestDomainEnums::inviteeRoles()
{
    QStringList ours;
    for (InviteeRole role : allInviteeRoles()) {
        ours << inviteeRoleToString(role);
        QCOMPARE(inviteeRoleFromString(inviteeRoleToString(role)), role);
    }
    QCOMPARE(ours, checkValues(QStringLiteral("invitees"), QStringLiteral("role")));
    QVERIFY(!inviteeRoleFromString(QStringLiteral("mediator")));
}

void TestDomainEnums::meetingClockStarts()
{
    QStringList ours;
    for (MeetingClockStart start : {MeetingClockStart::Enquiry, MeetingClockStart::MediationRequested}) {
        ours << meetingClockStartToString(start);
        QCOMPARE(meetingClockStartFromString(meetingClockStartToString(start)), start);
    }
    QCOMPARE(ours, checkValues(QStringLiteral("councils"), QStringLiteral("meeting_clock_start")));
}

void TestDomainEnums::certificateParts()
{
    QStringList ours;
    for (int number = 1; number <= 3; ++number) {
        const std::optional<CertificatePart> part = certificatePartFromInt(number);
        QVERIFY(part);
        QCOMPARE(certificatePartToInt(*part), number);
        QCOMPARE(certificatePartName(*part), QStringLiteral("Part %1").arg(number));
        ours << QString::number(number);
    }
    QCOMPARE(ours, checkValues(QStringLiteral("certificates"), QStringLiteral("part")));
    QVERIFY(!certificatePartFromInt(0));
    QVERIFY(!certificatePartFromInt(4));
}

void TestDomainEnums::planSectionSets()
{
    PlanSections sections;
    QVERIFY(sections.isEmpty());
    QVERIFY(!sections.isSectionIOnly());
    sections.insert(PlanSection::I);
    QVERIFY(sections.isSectionIOnly());
    QVERIFY(!sections.includesHealth());
    sections.insert(PlanSection::G);
    QVERIFY(!sections.isSectionIOnly());
    QVERIFY(sections.includesHealth());
    QCOMPARE(sections.toStrings(), (QStringList{"G", "I"}));
    sections.remove(PlanSection::G);
    QVERIFY(sections.isSectionIOnly());
    PlanSections parsed;
    QString error;
    QVERIFY(PlanSections::fromStrings({"H2", "B", "C"}, &parsed, &error));
    QCOMPARE(parsed.toStrings(), (QStringList{"B", "C", "H2"}));
    QCOMPARE(parsed.count(), 3);
    QVERIFY(!PlanSections::fromStrings({"B", "E"}, &parsed, &error));
    QVERIFY(error.contains(QStringLiteral("'E'")));
    QCOMPARE(parsed.toStrings(), (QStringList{"B", "C", "H2"})); // unchanged on refusal
}

QTEST_GUILESS_MAIN(TestDomainEnums)
#include "tst_domainenums.moc"
