#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "demo/DemoDataGenerator.h"
#include "rules/DateArithmetic.h"
#include "rules/ReportDefinitions.h"
#include "store/infrastructure/Database.h"
#include "store/reports/ReportQuery.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>

// The figures for the commissioning councils (issue 14), on both engines:
// a hand-worked office of 21 cases whose expected figures are written out
// below, and a seeded demo database whose every figure is worked out a
// second way, by brute force over the plain rows, and compared.
namespace {
using namespace CaseOffice;

// Inserts a row and returns its id (0 on failure, with *why set).
qint64 insert(QSqlDatabase db, const QString& table, const QVariantMap& values, QString* why,
              bool hasId = true)
{
    const SqlDialect& dialect = SqlDialect::forDriver(db.driverName());
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, values.keys().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))) +
        (hasId ? dialect.returningIdClause() : QString()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    qint64 id = 0;
    const bool ok = hasId ? dialect.execInsert(query, &id) : query.exec();
    if (!ok) {
        *why = table + QStringLiteral(": ") + query.lastError().text();
        return 0;
    }
    return hasId ? id : 1;
}

QDateTime at(int y, int m, int d, int hour = 10)
{
    return QDateTime(QDate(y, m, d), QTime(hour, 0), Qt::UTC);
}

// One case of the hand-worked office; every date optional but the enquiry.
struct FixtureCase
{
    QString route = QStringLiteral("mediation");
    QString referrer = QStringLiteral("parent");
    QString decision = QStringLiteral("refusal_to_assess");
    QStringList sections = {};
    QDate enquiry = {};
    QString stage = QStringLiteral("enquiry");
    QDate info = {};
    QDate requested = {};
    QDate notPursuing = {};
    QDate noMeeting = {};
    QDate closed = {};
    QDate nextDeadline = {};
    QDate appeal = {};
    qint64 mergedInto = 0;
    bool anonymised = false;
    bool otherCouncil = false;
};

struct Fixture
{
    QSqlDatabase db;
    Office office;
    qint64 person = 0;
    int references = 0;
    int numbers = 0;
    QString why;

    bool build(QSqlDatabase database)
    {
        if (!office.build(database))
            return false;
        db = office.db;
        // The other council's contract starts the 30 days at the enquiry.
        QSqlQuery clock(db);
        if (!clock.exec(
                QStringLiteral("UPDATE councils SET meeting_clock_start = 'enquiry' WHERE code = 'SFC'")))
            return false;
        person = insert(db, QStringLiteral("people"),
                        {{QStringLiteral("given_name"), QStringLiteral("Ada")},
                         {QStringLiteral("family_name"), QStringLiteral("Pemberton")},
                         {QStringLiteral("created_at"), at(2026, 6, 1)}},
                        &why);
        return person != 0;
    }

    qint64 addCase(const FixtureCase& c)
    {
        QVariantMap v{{QStringLiteral("reference"), QStringLiteral("T-%1").arg(++references)},
                      {QStringLiteral("council_id"), c.otherCouncil ? office.otherCouncil : office.council},
                      {QStringLiteral("route"), c.route},
                      {QStringLiteral("stage"), c.stage},
                      {QStringLiteral("child_id"), person},
                      {QStringLiteral("referrer_kind"), c.referrer},
                      {QStringLiteral("enquiry_date"), c.enquiry},
                      {QStringLiteral("enquiry_channel"), QStringLiteral("phone")},
                      {QStringLiteral("created_at"), at(2026, 6, 1)},
                      {QStringLiteral("updated_at"), at(2026, 6, 1)}};
        if (c.route == QLatin1String("mediation")) {
            v.insert(QStringLiteral("decision_type"), c.decision);
            v.insert(QStringLiteral("decision_notice_date"), c.enquiry.addDays(-7));
        } else {
            v.insert(QStringLiteral("disagreement_subject"), QStringLiteral("Transport"));
        }
        const QList<std::pair<const char*, QDate>> dates{{"information_given_date", c.info},
                                                         {"mediation_requested_date", c.requested},
                                                         {"not_pursuing_date", c.notPursuing},
                                                         {"no_meeting_date", c.noMeeting},
                                                         {"closed_date", c.closed},
                                                         {"next_deadline", c.nextDeadline},
                                                         {"appeal_date", c.appeal}};
        for (const auto& [column, date] : dates) {
            if (date.isValid())
                v.insert(QLatin1String(column), date);
        }
        if (c.appeal.isValid())
            v.insert(QStringLiteral("appeal_source"), QStringLiteral("family"));
        if (c.mergedInto)
            v.insert(QStringLiteral("merged_into_id"), c.mergedInto);
        if (c.anonymised)
            v.insert(QStringLiteral("anonymised_at"), at(2026, 11, 20));
        const qint64 id = insert(db, QStringLiteral("cases"), v, &why);
        for (const QString& section : c.sections) {
            if (!insert(db, QStringLiteral("case_plan_sections"),
                        {{QStringLiteral("case_id"), id}, {QStringLiteral("section"), section}}, &why, false))
                return 0;
        }
        return id;
    }

    qint64 addMeeting(qint64 caseId, const QString& kind, const QString& status, const QString& outcome,
                      const QDateTime& start, const QDate& held = {})
    {
        QVariantMap v{{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("starts_at"), start},
                      {QStringLiteral("ends_at"), start.addSecs(7200)},
                      {QStringLiteral("mode"), QStringLiteral("online")},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("uid"), QStringLiteral("m%1@test").arg(++numbers)},
                      {QStringLiteral("created_at"), at(2026, 6, 1)}};
        if (!outcome.isEmpty())
            v.insert(QStringLiteral("outcome"), outcome);
        if (held.isValid())
            v.insert(QStringLiteral("held_date"), held);
        return insert(db, QStringLiteral("meetings"), v, &why);
    }

    bool cancel(qint64 meetingId, const QString& reason, const QDateTime& when)
    {
        return insert(db, QStringLiteral("meeting_changes"),
                      {{QStringLiteral("meeting_id"), meetingId},
                       {QStringLiteral("kind"), QStringLiteral("cancelled")},
                       {QStringLiteral("old_starts_at"), when.addDays(7)},
                       {QStringLiteral("old_ends_at"), when.addDays(7).addSecs(3600)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("changed_at"), when}},
                      &why) != 0;
    }

    qint64 addActivity(qint64 caseId, const QString& kind, const QDateTime& when)
    {
        return insert(db, QStringLiteral("activities"),
                      {{QStringLiteral("case_id"), caseId},
                       {QStringLiteral("occurred_at"), when},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("summary"), QStringLiteral("Spoke to the family")},
                       {QStringLiteral("created_at"), when}},
                      &why);
    }

    // An issued (or voided) certificate, written as the register keeps one.
    qint64 addCertificate(qint64 caseId, int part, const QDate& trigger, const QDate& issued,
                          bool voided = false, qint64 replaces = 0)
    {
        QVariantMap v{
            {QStringLiteral("number"), QStringLiteral("T-2026-%1").arg(++numbers, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("part"), part},
            {QStringLiteral("case_id"), caseId},
            {QStringLiteral("status"), voided ? QStringLiteral("voided") : QStringLiteral("issued")},
            {QStringLiteral("trigger_date"), trigger},
            {QStringLiteral("issue_date"), issued},
            {QStringLiteral("issuer_name"), QStringLiteral("Grace Ibekwe")},
            {QStringLiteral("content"), QStringLiteral("{}")},
            {QStringLiteral("content_sha256"), QStringLiteral("00")},
            {QStringLiteral("pdf"), QByteArray("%PDF")},
            {QStringLiteral("pdf_sha256"), QStringLiteral("00")},
            {QStringLiteral("created_at"), at(2026, 6, 1)}};
        if (voided) {
            v.insert(QStringLiteral("void_reason"), QStringLiteral("Wrong name"));
            v.insert(QStringLiteral("voided_on"), issued);
        }
        if (replaces)
            v.insert(QStringLiteral("replaces_id"), replaces);
        return insert(db, QStringLiteral("certificates"), v, &why);
    }
};

QDate d(int m, int day)
{
    return QDate(2026, m, day);
}

// The office of the hand-worked figures: October 2026 (no bank holidays; the
// 1st is a Thursday). The comments say what each case adds to the figures.
bool seedOffice(Fixture& f)
{
    const QString mediation = QStringLiteral("mediation");
    const QString dr = QStringLiteral("disagreement_resolution");
    const QString held = QStringLiteral("held");
    // C1: enquiry 1 Oct, a letter the same day (first contact 0), information 2 Oct, requested 5 Oct, meeting
    // held 20 Oct (11 working days; within 30 days of 5 Oct), agreed; Part 2 issued 22 Oct (2 working days);
    // appeal 10 Nov (after the meeting: followed by an appeal); closed 28 Oct.
    FixtureCase c1{.enquiry = d(10, 1),
                   .stage = QStringLiteral("closed"),
                   .info = d(10, 2),
                   .requested = d(10, 5),
                   .closed = d(10, 28),
                   .appeal = d(11, 10)};
    const qint64 id1 = f.addCase(c1);
    if (!id1 || !f.addActivity(id1, QStringLiteral("letter"), at(2026, 10, 1, 12)) ||
        !f.addMeeting(id1, mediation, held, QStringLiteral("agreed"), at(2026, 10, 20), d(10, 20)) ||
        !f.addCertificate(id1, 2, d(10, 20), d(10, 22)))
        return false;
    // C2: a young person's, plan content B and F; enquiry 5 Oct, information 7 Oct (2 working days),
    // requested 8 Oct; meeting started 29 Oct with no held date (15 working days), partly agreed; Part 2
    // issued in November (not in the period). Open.
    const qint64 id2 = f.addCase({.referrer = QStringLiteral("young_person"),
                                  .decision = QStringLiteral("plan_content"),
                                  .sections = {QStringLiteral("B"), QStringLiteral("F")},
                                  .enquiry = d(10, 5),
                                  .stage = QStringLiteral("meeting_held"),
                                  .info = d(10, 7),
                                  .requested = d(10, 8)});
    if (!id2 || !f.addMeeting(id2, mediation, held, QStringLiteral("partly_agreed"), at(2026, 10, 29)) ||
        !f.addCertificate(id2, 2, d(10, 29), d(11, 4)))
        return false;
    // C3: a professional's, enquiry 20 Sep (before the period), requested 25 Sep; meeting held 30 Oct (25
    // working days; late: the 30 days ended 25 Oct), not agreed; Part 2 the same day (0); appeal 15 Oct,
    // before the meeting (not "followed by"). Open.
    const qint64 id3 = f.addCase({.referrer = QStringLiteral("professional"),
                                  .decision = QStringLiteral("refusal_to_issue"),
                                  .enquiry = d(9, 20),
                                  .stage = QStringLiteral("meeting_held"),
                                  .info = d(9, 22),
                                  .requested = d(9, 25),
                                  .appeal = d(10, 15)});
    if (!id3 ||
        !f.addMeeting(id3, mediation, held, QStringLiteral("not_agreed"), at(2026, 10, 30), d(10, 30)) ||
        !f.addCertificate(id3, 2, d(10, 30), d(10, 30)))
        return false;
    // C4: cease to maintain, enquiry and information 12 Oct (0), not pursuing 14 Oct; Part 1 issued 19 Oct
    // (3 working days: on time). Open.
    const qint64 id4 = f.addCase({.decision = QStringLiteral("cease_to_maintain"),
                                  .enquiry = d(10, 12),
                                  .stage = QStringLiteral("not_pursuing"),
                                  .info = d(10, 12),
                                  .notPursuing = d(10, 14)});
    if (!id4 || !f.addCertificate(id4, 1, d(10, 14), d(10, 19)))
        return false;
    // C5: enquiry 13 Oct, information 16 Oct (3), not pursuing 16 Oct; Part 1 issued 22 Oct (4 working days:
    // late); closed 23 Oct.
    const qint64 id5 = f.addCase({.enquiry = d(10, 13),
                                  .stage = QStringLiteral("closed"),
                                  .info = d(10, 16),
                                  .notPursuing = d(10, 16),
                                  .closed = d(10, 23)});
    if (!id5 || !f.addCertificate(id5, 1, d(10, 16), d(10, 22)))
        return false;
    // C6: enquiry 20 Oct, information 21 Oct (1); Part 1 issued 21 Oct and voided (never counts), its
    // replacement issued 26 Oct (3 working days after 21 Oct: on time). Open.
    const qint64 id6 = f.addCase({.enquiry = d(10, 20),
                                  .stage = QStringLiteral("not_pursuing"),
                                  .info = d(10, 21),
                                  .notPursuing = d(10, 21)});
    const qint64 voided = id6 ? f.addCertificate(id6, 1, d(10, 21), d(10, 21), true) : 0;
    if (!voided || !f.addCertificate(id6, 1, d(10, 21), d(10, 26), false, voided))
        return false;
    // C7: plan content F, enquiry 21 Oct, a call on 20 Oct (before the enquiry: not a first contact), no
    // information yet; next deadline 28 Oct (overdue at the end).
    const qint64 id7 = f.addCase({.decision = QStringLiteral("plan_content"),
                                  .sections = {QStringLiteral("F")},
                                  .enquiry = d(10, 21),
                                  .nextDeadline = d(10, 28)});
    if (!id7 || !f.addActivity(id7, QStringLiteral("call"), at(2026, 10, 20)))
        return false;
    // C8: refusal to reassess, enquiry 22 Oct, information 26 Oct (2), requested 27 Oct; next deadline 26
    // Nov.
    if (!f.addCase({.decision = QStringLiteral("refusal_to_reassess"),
                    .enquiry = d(10, 22),
                    .stage = QStringLiteral("mediation_requested"),
                    .info = d(10, 26),
                    .requested = d(10, 27),
                    .nextDeadline = d(11, 26)}))
        return false;
    // C9 (the other council, whose 30 days start at the enquiry): enquiry 25 Sep, requested 1 Oct; meeting
    // held 23 Oct (16 working days; within 30 days of 25 Sep), agreed; Part 2 issued 28 Oct (3: on time);
    // appeal 23 Oct, the day of the meeting (followed by an appeal). Open.
    const qint64 id9 = f.addCase({.decision = QStringLiteral("refusal_to_amend"),
                                  .enquiry = d(9, 25),
                                  .stage = QStringLiteral("meeting_held"),
                                  .info = d(9, 28),
                                  .requested = d(10, 1),
                                  .appeal = d(10, 23),
                                  .otherCouncil = true});
    if (!id9 || !f.addMeeting(id9, mediation, held, QStringLiteral("agreed"), at(2026, 10, 23), d(10, 23)) ||
        !f.addCertificate(id9, 2, d(10, 23), d(10, 28)))
        return false;
    // C10: entered twice and merged into C1: counts nowhere.
    if (!f.addCase({.enquiry = d(10, 2),
                    .stage = QStringLiteral("closed"),
                    .info = d(10, 2),
                    .closed = d(10, 3),
                    .mergedInto = id1}))
        return false;
    // C11: anonymised, still counts: enquiry and information 6 Oct (0), requested 7 Oct, no meeting in time
    // 30 Oct, Part 3 issued 30 Oct; closed 31 Oct (not open at the end).
    const qint64 id11 = f.addCase({.enquiry = d(10, 6),
                                   .stage = QStringLiteral("closed"),
                                   .info = d(10, 6),
                                   .requested = d(10, 7),
                                   .noMeeting = d(10, 30),
                                   .closed = d(10, 31),
                                   .anonymised = true});
    if (!id11 || !f.addCertificate(id11, 3, d(10, 30), d(10, 30)))
        return false;
    // C12: disagreement resolution, enquiry 8 Oct, a call 12 Oct (2 working days), all willing.
    const qint64 id12 = f.addCase({.route = dr, .enquiry = d(10, 8), .stage = QStringLiteral("all_willing")});
    if (!id12 || !f.addActivity(id12, QStringLiteral("call"), at(2026, 10, 12, 9)))
        return false;
    // C13: a professional's disagreement resolution, enquiry 9 Oct, an email that day (0), a party declined,
    // closed 20 Oct.
    const qint64 id13 = f.addCase({.route = dr,
                                   .referrer = QStringLiteral("professional"),
                                   .enquiry = d(10, 9),
                                   .stage = QStringLiteral("closed"),
                                   .closed = d(10, 20)});
    if (!id13 || !f.addActivity(id13, QStringLiteral("email"), at(2026, 10, 9, 15)))
        return false;
    // C14: disagreement resolution from September; its meeting held 14 Oct, agreed. Open.
    const qint64 id14 =
        f.addCase({.route = dr, .enquiry = d(9, 15), .stage = QStringLiteral("outcome_recorded")});
    if (!id14 || !f.addMeeting(id14, dr, held, QStringLiteral("agreed"), at(2026, 10, 14), d(10, 14)))
        return false;
    // C15: a young person's disagreement resolution, enquiry 15 Oct; meeting held 27 Oct, no outcome recorded
    // (all willing by its meeting). Open.
    const qint64 id15 = f.addCase({.route = dr,
                                   .referrer = QStringLiteral("young_person"),
                                   .enquiry = d(10, 15),
                                   .stage = QStringLiteral("meeting_booked")});
    if (!id15 || !f.addMeeting(id15, dr, held, QString(), at(2026, 10, 27), d(10, 27)))
        return false;
    // C16 (the other council): enquiry 19 Oct, information 20 Oct (1), requested 21 Oct; a meeting cancelled
    // on 26 Oct ("Family unwell") and another booked for 5 Nov. Open.
    const qint64 id16 = f.addCase({.enquiry = d(10, 19),
                                   .stage = QStringLiteral("meeting_arranged"),
                                   .info = d(10, 20),
                                   .requested = d(10, 21),
                                   .otherCouncil = true});
    const qint64 m16 =
        id16 ? f.addMeeting(id16, mediation, QStringLiteral("cancelled"), {}, at(2026, 11, 2)) : 0;
    if (!m16 || !f.cancel(m16, QStringLiteral("Family unwell"), at(2026, 10, 26)) ||
        !f.addMeeting(id16, mediation, QStringLiteral("scheduled"), {}, at(2026, 11, 5)))
        return false;
    // C17: enquiry and information 23 Oct (0), requested 26 Oct; its meeting cancelled 28 Oct ("Family
    // unwell"), and a pre-meeting call cancelled too (calls are not counted); next deadline 30 Oct (overdue).
    const qint64 id17 = f.addCase({.enquiry = d(10, 23),
                                   .stage = QStringLiteral("mediation_requested"),
                                   .info = d(10, 23),
                                   .requested = d(10, 26),
                                   .nextDeadline = d(10, 30)});
    const qint64 m17 =
        id17 ? f.addMeeting(id17, mediation, QStringLiteral("cancelled"), {}, at(2026, 11, 4)) : 0;
    const qint64 call17 = id17 ? f.addMeeting(id17, QStringLiteral("pre_meeting_call"),
                                              QStringLiteral("cancelled"), {}, at(2026, 11, 3))
                               : 0;
    if (!m17 || !call17 || !f.cancel(m17, QStringLiteral("Family unwell"), at(2026, 10, 28)) ||
        !f.cancel(call17, QStringLiteral("Clash"), at(2026, 10, 28)))
        return false;
    // C18: disagreement resolution, enquiry 26 Oct, meeting booked; a meeting cancelled 2 Nov (after the
    // period).
    const qint64 id18 =
        f.addCase({.route = dr, .enquiry = d(10, 26), .stage = QStringLiteral("meeting_booked")});
    const qint64 m18 = id18 ? f.addMeeting(id18, dr, QStringLiteral("cancelled"), {}, at(2026, 11, 9)) : 0;
    if (!m18 || !f.cancel(m18, QStringLiteral("Venue closed"), at(2026, 11, 2)))
        return false;
    // C19: enquiry 2 Nov, after the period.
    if (!f.addCase({.enquiry = d(11, 2)}))
        return false;
    // C20: from June, closed 5 Nov: open at the end of October (and not overdue: closed now).
    if (!f.addCase({.enquiry = d(6, 1),
                    .stage = QStringLiteral("closed"),
                    .info = d(6, 2),
                    .closed = d(11, 5),
                    .nextDeadline = d(10, 1)}))
        return false;
    // C21: enquiry 1 Sep, requested 3 Sep; two mediation meetings held: 2 Oct adjourned (21 working days;
    // within the 30 days that end 3 Oct) and 9 Oct agreed (26; late). A case held once. Open.
    const qint64 id21 = f.addCase(
        {.enquiry = d(9, 1), .stage = QStringLiteral("meeting_held"), .info = d(9, 2), .requested = d(9, 3)});
    return id21 &&
           f.addMeeting(id21, mediation, held, QStringLiteral("adjourned"), at(2026, 10, 2), d(10, 2)) &&
           f.addMeeting(id21, mediation, held, QStringLiteral("agreed"), at(2026, 10, 9), d(10, 9));
}

struct Expected
{
    const char* figure;
    const char* detail;
    double value;
    qint64 numerator;
    qint64 denominator;
};

// An engine label and a figure's name, for failure messages.
QString where(const ReportValue& v)
{
    return v.detail.isEmpty() ? v.figure : v.figure + QLatin1Char('/') + v.detail;
}
} // namespace

class TestReportQuery : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedOffice_data() { TestDatabase::addEngineRows(); }
    void handWorkedOffice();
    void oneCouncil_data() { TestDatabase::addEngineRows(); }
    void oneCouncil();
    void refusals_data() { TestDatabase::addEngineRows(); }
    void refusals();
    void demoDatabaseBruteForce_data() { TestDatabase::addEngineRows(); }
    void demoDatabaseBruteForce();
};

void TestReportQuery::handWorkedOffice()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Fixture f;
    QVERIFY2(f.build(database.connection()), qPrintable(f.why + f.office.why));
    QVERIFY2(seedOffice(f), qPrintable(f.why));
    ReportFigures figures;
    const StoreError error = ReportQuery(f.db, BankHolidayCalendar::shipped())
                                 .compute(ReportPeriod::month(2026, 10), std::nullopt, &figures);
    QVERIFY2(error.ok(), qPrintable(error.message() + error.detail()));
    QCOMPARE(figures.councilCode, QStringLiteral("ALL"));

    // Worked out by hand from the comments of seedOffice.
    const Expected expected[] = {
        {"enquiries", "", 14, 0, 0},
        {"enquiries_by_route", "mediation", 10, 0, 0},
        {"enquiries_by_route", "disagreement_resolution", 4, 0, 0},
        {"enquiries_by_referrer", "parent", 11, 0, 0},
        {"enquiries_by_referrer", "young_person", 2, 0, 0},
        {"enquiries_by_referrer", "professional", 1, 0, 0},
        {"enquiries_by_decision", "refusal_to_assess", 6, 0, 0},
        {"enquiries_by_decision", "refusal_to_reassess", 1, 0, 0},
        {"enquiries_by_decision", "refusal_to_issue", 0, 0, 0},
        {"enquiries_by_decision", "refusal_to_amend", 0, 0, 0},
        {"enquiries_by_decision", "refusal_to_replace", 0, 0, 0},
        {"enquiries_by_decision", "cease_to_maintain", 1, 0, 0},
        {"enquiries_by_decision", "plan_content", 2, 0, 0},
        {"enquiries_by_plan_section", "B", 1, 0, 0},
        {"enquiries_by_plan_section", "C", 0, 0, 0},
        {"enquiries_by_plan_section", "F", 2, 0, 0},
        {"enquiries_by_plan_section", "I", 0, 0, 0},
        {"information_given", "", 9, 0, 0},
        {"part1_issued", "", 3, 0, 0},
        {"part1_within_3_working_days", "", 200.0 / 3, 2, 3},
        {"mediations_requested", "", 7, 0, 0},
        {"mediation_meetings_held", "", 6, 0, 0},
        {"mediation_cases_held", "", 5, 0, 0},
        {"meetings_within_30_days", "", 200.0 / 3, 4, 6},
        // The contract targets give the same 4 of 6: C9, the only case on a
        // council counting from the enquiry, is within both (22 and 28 days).
        {"meetings_within_contract_target", "", 200.0 / 3, 4, 6},
        {"part2_issued", "", 3, 0, 0},
        {"part2_within_3_working_days", "", 100, 3, 3},
        {"part3_issued", "", 1, 0, 0},
        {"mediation_outcomes", "agreed", 3, 0, 0},
        {"mediation_outcomes", "partly_agreed", 1, 0, 0},
        {"mediation_outcomes", "not_agreed", 1, 0, 0},
        {"mediation_outcomes", "adjourned", 1, 0, 0},
        {"mediation_outcomes", "withdrawn", 0, 0, 0},
        {"mediation_outcomes", "not_recorded", 0, 0, 0},
        {"meetings_cancelled", "", 2, 0, 0},
        {"meetings_cancelled_by_reason", "Family unwell", 2, 0, 0},
        {"mediation_cases_followed_by_appeal", "", 2, 0, 0},
        {"dr_referrals", "", 4, 0, 0},
        {"dr_all_willing", "", 3, 0, 0},
        {"dr_meetings_held", "", 2, 0, 0},
        {"dr_outcomes", "agreed", 1, 0, 0},
        {"dr_outcomes", "not_recorded", 1, 0, 0},
        {"dr_outcomes", "not_agreed", 0, 0, 0},
        // 0 0 0 0 0 1 1 2 2 2 3: the 6th is 1; 90% of 11 is 9.9, the 10th is 2.
        {"days_enquiry_to_first_contact_median", "", 1, 11, 0},
        {"days_enquiry_to_first_contact_p90", "", 2, 11, 0},
        // 11 15 16 21 25 26: (16 + 21) / 2; the 6th of 6.
        {"days_request_to_meeting_median", "", 18.5, 6, 0},
        {"days_request_to_meeting_p90", "", 26, 6, 0},
        // 0 2 3: the middle; 90% of 3 is 2.7, the 3rd.
        {"days_meeting_to_certificate_median", "", 2, 3, 0},
        {"days_meeting_to_certificate_p90", "", 3, 3, 0},
        {"open_cases_at_end", "", 15, 0, 0},
        {"overdue_at_end", "", 2, 0, 0},
    };
    for (const Expected& e : expected) {
        const ReportValue* v = figures.find(QLatin1String(e.figure), QLatin1String(e.detail));
        QVERIFY2(v, e.figure);
        QVERIFY2(qFuzzyCompare(v->value + 1, e.value + 1),
                 qPrintable(QStringLiteral("%1: %2, expected %3").arg(where(*v)).arg(v->value).arg(e.value)));
        QVERIFY2(v->numerator == e.numerator, qPrintable(where(*v)));
        QVERIFY2(v->denominator == e.denominator, qPrintable(where(*v)));
    }
    // The cancellation by reason lists only reasons given in the period ("Venue closed" was in November,
    // "Clash" a call).
    int reasons = 0;
    for (const ReportValue& v : figures.values)
        reasons += v.figure == QLatin1String("meetings_cancelled_by_reason") ? 1 : 0;
    QCOMPARE(reasons, 1);
    // Every figure defined is reported, and nothing undefined.
    QSet<QString> reported;
    for (const ReportValue& v : figures.values) {
        QVERIFY2(ReportDefinitions::find(v.figure), qPrintable(v.figure));
        reported.insert(v.figure);
    }
    for (const ReportDefinitions::Figure& figure : ReportDefinitions::all())
        QVERIFY2(reported.contains(figure.key), qPrintable(figure.key));

    // The cases behind a figure, as the Reports screen lists them.
    ReportQuery query(f.db, BankHolidayCalendar::shipped());
    auto behind = [&](const char* figure, const char* detail) {
        QList<ReportCase> cases;
        const StoreError failure = query.casesBehind(ReportPeriod::month(2026, 10), std::nullopt,
                                                     QLatin1String(figure), QLatin1String(detail), &cases);
        QStringList references;
        for (const ReportCase& c : cases)
            references << c.reference;
        return failure ? QStringList{failure.message()} : references;
    };
    QCOMPARE(behind("enquiries_by_route", "disagreement_resolution"),
             (QStringList{"T-12", "T-13", "T-15", "T-18"}));
    QCOMPARE(behind("mediation_cases_followed_by_appeal", ""), (QStringList{"T-1", "T-9"}));
    QCOMPARE(behind("overdue_at_end", ""), (QStringList{"T-17", "T-7"}));
    QCOMPARE(behind("meetings_cancelled_by_reason", "Family unwell"), (QStringList{"T-16", "T-17"}));
    QCOMPARE(behind("mediation_outcomes", "agreed"), (QStringList{"T-1", "T-21", "T-9"}));
    QCOMPARE(behind("dr_outcomes", "not_recorded"), QStringList{"T-15"});
    QCOMPARE(behind("part1_within_3_working_days", ""), (QStringList{"T-4", "T-5", "T-6"}));
    QCOMPARE(behind("enquiries_by_plan_section", "F"), (QStringList{"T-2", "T-7"}));
    QCOMPARE(behind("no_such_figure", ""), QStringList{"There is no figure no_such_figure."});
    // A figure that counts cases lists as many as it counts.
    for (const char* figure :
         {"enquiries", "information_given", "mediations_requested", "mediation_cases_held", "dr_referrals",
          "dr_all_willing", "open_cases_at_end", "overdue_at_end", "mediation_cases_followed_by_appeal"})
        QVERIFY2(behind(figure, "").size() == qRound(figures.valueOf(QLatin1String(figure))), figure);
    for (const char* referrer : {"parent", "young_person", "professional"})
        QCOMPARE(behind("enquiries_by_referrer", referrer).size(),
                 qRound(figures.valueOf(QStringLiteral("enquiries_by_referrer"), QLatin1String(referrer))));
}

void TestReportQuery::oneCouncil()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Fixture f;
    QVERIFY2(f.build(database.connection()), qPrintable(f.why + f.office.why));
    QVERIFY2(seedOffice(f), qPrintable(f.why));
    ReportFigures figures;
    CG_VERIFY_OK(ReportQuery(f.db, BankHolidayCalendar::shipped())
                     .compute(ReportPeriod::month(2026, 10), f.office.otherCouncil, &figures));
    QCOMPARE(figures.councilCode, QStringLiteral("SFC"));
    // Southfell holds C9 and C16 only.
    QCOMPARE(figures.valueOf(QStringLiteral("enquiries")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("information_given")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("mediations_requested")), 2.0);
    QCOMPARE(figures.valueOf(QStringLiteral("part2_issued")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("part2_within_3_working_days")), 100.0);
    QCOMPARE(figures.valueOf(QStringLiteral("mediation_meetings_held")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("meetings_within_30_days")), 100.0);
    QCOMPARE(figures.valueOf(QStringLiteral("meetings_within_contract_target")), 100.0);
    QCOMPARE(figures.valueOf(QStringLiteral("mediation_cases_followed_by_appeal")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("meetings_cancelled")), 1.0);
    QCOMPARE(figures.valueOf(QStringLiteral("open_cases_at_end")), 2.0);
    QCOMPARE(figures.valueOf(QStringLiteral("overdue_at_end")), 0.0);
    QCOMPARE(figures.valueOf(QStringLiteral("part1_issued")), 0.0);
    // No Part 1 in the period: no share to give.
    QVERIFY(!figures.find(QStringLiteral("part1_within_3_working_days"))->hasValue);
}

void TestReportQuery::refusals()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Fixture f;
    QVERIFY2(f.build(database.connection()), qPrintable(f.why + f.office.why));
    ReportFigures figures;
    ReportQuery query(f.db, BankHolidayCalendar::shipped());
    QCOMPARE(query.compute(ReportPeriod(d(10, 31), d(10, 1)), std::nullopt, &figures).kind(),
             StoreError::Kind::Invalid);
    QCOMPARE(query.compute(ReportPeriod::month(2026, 10), 999999, &figures).kind(),
             StoreError::Kind::NotFound);
    // Caseworkers and mediators do not see the reports; administrators do.
    for (qint64 refused : {f.office.caseworker, f.office.mediator}) {
        QVERIFY(actAs(f.db, refused));
        QCOMPARE(query.compute(ReportPeriod::month(2026, 10), std::nullopt, &figures).kind(),
                 StoreError::Kind::Forbidden);
    }
    QVERIFY(actAs(f.db, f.office.administrator));
    CG_VERIFY_OK(query.compute(ReportPeriod::month(2026, 10), std::nullopt, &figures));
}

namespace {
// The plain rows of the demo database, read whole: the brute force's input.
struct Rows
{
    struct Case
    {
        qint64 id = 0, council = 0, mergedInto = 0;
        QString route, referrer, decision, stage;
        QDate enquiry, info, requested, closed, nextDeadline, appeal;
        QDate councilTold, icbTold; // the statutory 30 days' starts
        bool healthOnly = false;
    };
    struct Meeting
    {
        qint64 id = 0, caseId = 0;
        QString kind, status, outcome;
        QDate day; // held date, else the day it started (UTC)
    };
    struct Change
    {
        qint64 meetingId = 0;
        QString kind, reason;
        QDate day;
    };
    struct Certificate
    {
        qint64 caseId = 0;
        int part = 0;
        QString status;
        QDate trigger, issued;
    };
    QHash<qint64, Case> cases;
    QHash<qint64, QString> clockOf; // council -> meeting_clock_start
    QList<std::pair<qint64, QString>> sections;
    QHash<qint64, Meeting> meetings;
    QList<Change> changes;
    QList<Certificate> certificates;
    QHash<qint64, QList<std::pair<QString, QDate>>> activities;
};

QDate dayOfInstant(const QVariant& value)
{
    return value.toDateTime().toUTC().date();
}

bool readRows(QSqlDatabase db, Rows* rows, QString* why)
{
    QSqlQuery q(db);
    auto exec = [&](const char* sql) {
        if (q.exec(QLatin1String(sql)))
            return true;
        *why = q.lastError().text();
        return false;
    };
    if (!exec("SELECT id, council_id, merged_into_id, route, referrer_kind, decision_type, stage, "
              "enquiry_date, "
              "information_given_date, mediation_requested_date, closed_date, next_deadline, appeal_date, "
              "council_told_date, health_only_icb, icb_told_date FROM cases"))
        return false;
    while (q.next()) {
        Rows::Case c;
        c.id = q.value(0).toLongLong();
        c.council = q.value(1).toLongLong();
        c.mergedInto = q.value(2).toLongLong();
        c.route = q.value(3).toString();
        c.referrer = q.value(4).toString();
        c.decision = q.value(5).toString();
        c.stage = q.value(6).toString();
        c.enquiry = q.value(7).toDate();
        c.info = q.value(8).toDate();
        c.requested = q.value(9).toDate();
        c.closed = q.value(10).toDate();
        c.nextDeadline = q.value(11).toDate();
        c.appeal = q.value(12).toDate();
        c.councilTold = q.value(13).toDate();
        c.healthOnly = q.value(14).toInt() != 0;
        c.icbTold = q.value(15).toDate();
        rows->cases.insert(c.id, c);
    }
    if (!exec("SELECT id, meeting_clock_start FROM councils"))
        return false;
    while (q.next())
        rows->clockOf.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!exec("SELECT case_id, section FROM case_plan_sections"))
        return false;
    while (q.next())
        rows->sections.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!exec("SELECT id, case_id, kind, status, outcome, held_date, starts_at FROM meetings"))
        return false;
    while (q.next()) {
        Rows::Meeting m;
        m.id = q.value(0).toLongLong();
        m.caseId = q.value(1).toLongLong();
        m.kind = q.value(2).toString();
        m.status = q.value(3).toString();
        m.outcome = q.value(4).toString();
        m.day = q.value(5).isNull() ? dayOfInstant(q.value(6)) : q.value(5).toDate();
        rows->meetings.insert(m.id, m);
    }
    if (!exec("SELECT meeting_id, kind, reason, changed_at FROM meeting_changes"))
        return false;
    while (q.next())
        rows->changes.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              dayOfInstant(q.value(3))});
    if (!exec("SELECT case_id, part, status, trigger_date, issue_date FROM certificates"))
        return false;
    while (q.next())
        rows->certificates.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                   q.value(3).toDate(), q.value(4).toDate()});
    if (!exec("SELECT case_id, kind, occurred_at FROM activities"))
        return false;
    while (q.next())
        rows->activities[q.value(0).toLongLong()].append({q.value(1).toString(), dayOfInstant(q.value(2))});
    return true;
}

// Working days after `a` up to and including `b`, counted one day at a time.
int countWorkingDays(const WorkingDays& calendar, const QDate& a, const QDate& b)
{
    int n = 0;
    for (QDate day = a.addDays(1); day <= b; day = day.addDays(1))
        n += calendar.isWorkingDay(day) ? 1 : 0;
    return n;
}

double plainMedian(QList<int> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double plainP90(QList<int> v)
{
    std::sort(v.begin(), v.end());
    // The smallest value with at least 90% of the values at or below it.
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (10 * (i + 1) >= 9 * v.size())
            return v[i];
    }
    return 0;
}

// figure/detail -> {value, numerator, denominator, hasValue}
struct Plain
{
    double value = 0;
    qint64 numerator = 0;
    qint64 denominator = 0;
    bool hasValue = true;
};

QHash<QString, Plain> bruteForce(const Rows& rows, const ReportPeriod& period, std::optional<qint64> council)
{
    const WorkingDays calendar(BankHolidayCalendar::shipped());
    QHash<QString, Plain> out;
    auto add = [&out](const QString& figure, const QString& detail = {}) {
        out[detail.isEmpty() ? figure : figure + QLatin1Char('/') + detail].value += 1;
    };
    auto inPeriod = [&period](const QDate& day) {
        return day.isValid() && day >= period.from() && day <= period.to();
    };
    auto ofCouncil = [&council](const Rows::Case& c) {
        return !council || c.council == *council;
    };
    QList<int> firstContact;
    for (const Rows::Case& c : rows.cases) {
        if (!ofCouncil(c) || c.mergedInto)
            continue;
        if (inPeriod(c.enquiry)) {
            add(QStringLiteral("enquiries"));
            add(QStringLiteral("enquiries_by_route"), c.route);
            add(QStringLiteral("enquiries_by_referrer"), c.referrer);
            if (c.route == QLatin1String("mediation"))
                add(QStringLiteral("enquiries_by_decision"), c.decision);
            if (c.route == QLatin1String("disagreement_resolution")) {
                add(QStringLiteral("dr_referrals"));
                bool hasMeeting = false;
                for (const Rows::Meeting& m : rows.meetings)
                    hasMeeting = hasMeeting ||
                                 (m.caseId == c.id && m.kind == QLatin1String("disagreement_resolution"));
                if (hasMeeting || c.stage == QLatin1String("all_willing") ||
                    c.stage == QLatin1String("meeting_booked") ||
                    c.stage == QLatin1String("outcome_recorded"))
                    add(QStringLiteral("dr_all_willing"));
            }
            QDate contact = c.info;
            for (const auto& [kind, day] : rows.activities.value(c.id)) {
                const bool contactKind = kind == QLatin1String("call") || kind == QLatin1String("email") ||
                                         kind == QLatin1String("letter");
                if (contactKind && day >= c.enquiry && (!contact.isValid() || day < contact))
                    contact = day;
            }
            if (contact.isValid())
                firstContact.append(countWorkingDays(calendar, c.enquiry, contact));
        }
        if (inPeriod(c.info))
            add(QStringLiteral("information_given"));
        if (inPeriod(c.requested))
            add(QStringLiteral("mediations_requested"));
        if (c.enquiry <= period.to() && (!c.closed.isValid() || c.closed > period.to())) {
            add(QStringLiteral("open_cases_at_end"));
            if (c.stage != QLatin1String("closed") && c.nextDeadline.isValid() &&
                c.nextDeadline < period.to())
                add(QStringLiteral("overdue_at_end"));
        }
    }
    for (const auto& [caseId, section] : rows.sections) {
        const Rows::Case c = rows.cases.value(caseId);
        if (ofCouncil(c) && !c.mergedInto && c.route == QLatin1String("mediation") && inPeriod(c.enquiry))
            add(QStringLiteral("enquiries_by_plan_section"), section);
    }
    qint64 onTime[4] = {0, 0, 0, 0};
    qint64 issued[4] = {0, 0, 0, 0};
    QList<int> meetingToCertificate;
    for (const Rows::Certificate& ce : rows.certificates) {
        if (ce.status != QLatin1String("issued") || !inPeriod(ce.issued) ||
            !ofCouncil(rows.cases.value(ce.caseId)))
            continue;
        ++issued[ce.part];
        const int days = countWorkingDays(calendar, ce.trigger, ce.issued);
        // On time: on or before the third working day after the trigger (a certificate
        // issued on the Saturday after it is late, though only 3 working days passed).
        QDate due = ce.trigger;
        for (int n = 0; n < 3;) {
            due = due.addDays(1);
            n += calendar.isWorkingDay(due) ? 1 : 0;
        }
        if (ce.issued <= due)
            ++onTime[ce.part];
        if (ce.part == 2)
            meetingToCertificate.append(days);
    }
    QHash<qint64, QDate> firstHeld; // mediation case -> first meeting held in the period
    qint64 heldMediations = 0;
    qint64 within = 0;
    qint64 withinContract = 0;
    QList<int> requestToMeeting;
    for (const Rows::Meeting& m : rows.meetings) {
        const Rows::Case c = rows.cases.value(m.caseId);
        if (!ofCouncil(c) || m.status != QLatin1String("held") || !inPeriod(m.day))
            continue;
        const QString outcome = m.outcome.isEmpty() ? QStringLiteral("not_recorded") : m.outcome;
        if (m.kind == QLatin1String("mediation")) {
            ++heldMediations;
            add(QStringLiteral("mediation_outcomes"), outcome);
            if (!firstHeld.contains(c.id) || m.day < firstHeld.value(c.id))
                firstHeld.insert(c.id, m.day);
            // Statutory: from the ICB being told (health-only), else from the
            // council being told, which defaults to the request.
            const QDate statutory = !c.requested.isValid()    ? QDate()
                                    : c.healthOnly            ? c.icbTold
                                    : c.councilTold.isValid() ? c.councilTold
                                                              : c.requested;
            if (statutory.isValid() && statutory.daysTo(m.day) <= 30)
                ++within;
            const QDate contract =
                rows.clockOf.value(c.council) == QLatin1String("enquiry") ? c.enquiry : c.requested;
            if (contract.isValid() && contract.daysTo(m.day) <= 30)
                ++withinContract;
            if (c.requested.isValid())
                requestToMeeting.append(countWorkingDays(calendar, c.requested, m.day));
        } else if (m.kind == QLatin1String("disagreement_resolution")) {
            add(QStringLiteral("dr_meetings_held"));
            add(QStringLiteral("dr_outcomes"), outcome);
        }
    }
    for (auto it = firstHeld.cbegin(); it != firstHeld.cend(); ++it) {
        add(QStringLiteral("mediation_cases_held"));
        const QDate appeal = rows.cases.value(it.key()).appeal;
        if (appeal.isValid() && appeal >= it.value())
            add(QStringLiteral("mediation_cases_followed_by_appeal"));
    }
    for (const Rows::Change& change : rows.changes) {
        const Rows::Meeting m = rows.meetings.value(change.meetingId);
        if (change.kind != QLatin1String("cancelled") || !inPeriod(change.day) ||
            !ofCouncil(rows.cases.value(m.caseId)) ||
            (m.kind != QLatin1String("mediation") && m.kind != QLatin1String("disagreement_resolution")))
            continue;
        add(QStringLiteral("meetings_cancelled"));
        add(QStringLiteral("meetings_cancelled_by_reason"), change.reason);
    }
    out[QStringLiteral("mediation_meetings_held")].value = static_cast<double>(heldMediations);
    auto share = [&out](const QString& figure, qint64 n, qint64 of) {
        out[figure] = {of ? 100.0 * static_cast<double>(n) / static_cast<double>(of) : 0, n, of, of > 0};
    };
    share(QStringLiteral("part1_within_3_working_days"), onTime[1], issued[1]);
    share(QStringLiteral("part2_within_3_working_days"), onTime[2], issued[2]);
    share(QStringLiteral("meetings_within_30_days"), within, heldMediations);
    share(QStringLiteral("meetings_within_contract_target"), withinContract, heldMediations);
    for (int part = 1; part <= 3; ++part)
        out[QStringLiteral("part%1_issued").arg(part)].value = static_cast<double>(issued[part]);
    auto times = [&out](const QString& figure, const QList<int>& values) {
        out[figure + QStringLiteral("_median")] = {values.isEmpty() ? 0 : plainMedian(values), values.size(),
                                                   0, !values.isEmpty()};
        out[figure + QStringLiteral("_p90")] = {values.isEmpty() ? 0 : plainP90(values), values.size(), 0,
                                                !values.isEmpty()};
    };
    times(QStringLiteral("days_enquiry_to_first_contact"), firstContact);
    times(QStringLiteral("days_request_to_meeting"), requestToMeeting);
    times(QStringLiteral("days_meeting_to_certificate"), meetingToCertificate);
    return out;
}

// Makes the demo database show what the generator leaves out: appeals after
// (and before) meetings, voided certificates, cancelled meetings with reasons,
// calls, and a case merged into another.
bool enrichDemo(QSqlDatabase db, QString* why)
{
    auto fail = [why](const QSqlQuery& q) {
        *why = q.lastError().text();
        return false;
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT id, meeting_held_date FROM cases WHERE meeting_held_date IS NOT NULL ORDER BY id")))
        return fail(q);
    QList<std::pair<qint64, QDate>> held;
    while (q.next())
        held.append({q.value(0).toLongLong(), q.value(1).toDate()});
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE cases SET appeal_date = ?, appeal_source = 'council' WHERE id = ?"));
    for (qsizetype i = 0; i < held.size(); i += 3) {
        // Two in three after the meeting (some the same day), one before it.
        const int offset = (i / 3) % 3 == 2 ? -3 : static_cast<int>((i / 3) % 3) * 12;
        update.addBindValue(held[i].second.addDays(offset));
        update.addBindValue(held[i].first);
        if (!update.exec())
            return fail(update);
    }
    // The certificates the cases were due, issued 0 to 5 days after their event (written as the register
    // keeps them; making their PDFs would only slow the test).
    if (!q.exec(QStringLiteral(
            "SELECT id, not_pursuing_date, meeting_held_date, no_meeting_date FROM cases ORDER BY id")))
        return fail(q);
    QList<std::tuple<qint64, int, QDate>> due;
    while (q.next()) {
        for (int part = 1; part <= 3; ++part) {
            if (!q.value(part).isNull())
                due.append({q.value(0).toLongLong(), part, q.value(part).toDate()});
        }
    }
    QSqlQuery certificate(db);
    certificate.prepare(QStringLiteral("INSERT INTO certificates (number, part, case_id, status, "
                                       "trigger_date, issue_date, issuer_name, content, "
                                       "content_sha256, pdf, pdf_sha256, created_at) VALUES (?, ?, ?, "
                                       "'issued', ?, ?, 'Grace Ibekwe', '{}', '00', ?, "
                                       "'00', ?)"));
    int number = 0;
    for (const auto& [caseId, part, trigger] : due) {
        certificate.addBindValue(QStringLiteral("D-%1").arg(++number));
        certificate.addBindValue(part);
        certificate.addBindValue(caseId);
        certificate.addBindValue(trigger);
        certificate.addBindValue(trigger.addDays(number % 6));
        certificate.addBindValue(QByteArray("%PDF"));
        certificate.addBindValue(QDateTime::currentDateTimeUtc());
        if (!certificate.exec())
            return fail(certificate);
    }
    if (!q.exec(QStringLiteral("UPDATE certificates SET status = 'voided', void_reason = 'Misspelt name', "
                               "voided_on = issue_date WHERE status = 'issued' AND MOD(id, 5) = 0")))
        return fail(q);
    if (!q.exec(QStringLiteral(
            "SELECT m.id, m.starts_at FROM meetings m WHERE m.status = 'scheduled' ORDER BY m.id")))
        return fail(q);
    QList<std::pair<qint64, QDateTime>> scheduled;
    while (q.next())
        scheduled.append({q.value(0).toLongLong(), q.value(1).toDateTime()});
    const QStringList reasons{QStringLiteral("Family unwell"), QStringLiteral("Decision-maker unavailable"),
                              QStringLiteral("Family unwell")};
    QSqlQuery cancel(db);
    cancel.prepare(QStringLiteral("UPDATE meetings SET status = 'cancelled' WHERE id = ?"));
    QSqlQuery change(db);
    change.prepare(
        QStringLiteral("INSERT INTO meeting_changes (meeting_id, kind, old_starts_at, old_ends_at, reason, "
                       "changed_at) VALUES (?, 'cancelled', ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < scheduled.size(); i += 2) {
        cancel.addBindValue(scheduled[i].first);
        if (!cancel.exec())
            return fail(cancel);
        change.addBindValue(scheduled[i].first);
        change.addBindValue(scheduled[i].second);
        change.addBindValue(scheduled[i].second.addSecs(3600));
        change.addBindValue(reasons.at(i % reasons.size()));
        change.addBindValue(scheduled[i].second.addDays(-static_cast<int>(i % 20)));
        if (!change.exec())
            return fail(change);
    }
    // Calls on and after the enquiry, and one the day before it, for every fourth case.
    if (!q.exec(QStringLiteral("SELECT id, enquiry_date FROM cases ORDER BY id")))
        return fail(q);
    QList<std::pair<qint64, QDate>> enquiries;
    while (q.next())
        enquiries.append({q.value(0).toLongLong(), q.value(1).toDate()});
    QSqlQuery call(db);
    call.prepare(QStringLiteral(
        "INSERT INTO activities (case_id, occurred_at, kind, summary, confidential, created_at) "
        "VALUES (?, ?, 'call', 'Rang the family', 0, ?)"));
    for (qsizetype i = 0; i < enquiries.size(); i += 4) {
        const QDateTime when(enquiries[i].second.addDays(static_cast<int>(i % 7) - 1), QTime(11, 0), Qt::UTC);
        call.addBindValue(enquiries[i].first);
        call.addBindValue(when);
        call.addBindValue(when);
        if (!call.exec())
            return fail(call);
    }
    // The second case was entered twice: merged into the first.
    if (enquiries.size() > 2 && !q.exec(QStringLiteral("UPDATE cases SET merged_into_id = %1 WHERE id = %2")
                                            .arg(enquiries[0].first)
                                            .arg(enquiries[1].first)))
        return fail(q);
    return true;
}
} // namespace

void TestReportQuery::demoDatabaseBruteForce()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    DemoDataGenerator generator(db, BankHolidayCalendar::shipped(), 14);
    const QDate today(2026, 11, 23);
    StoreError error = generator.generate(400, today);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    const qint64 supervisor =
        scalar(db, QStringLiteral("SELECT id FROM users WHERE username = 'grace.ibekwe'")).toLongLong();
    QVERIFY(supervisor);
    QVERIFY(actAs(db, supervisor));
    QString why;
    QVERIFY2(enrichDemo(db, &why), qPrintable(why));
    Rows rows;
    QVERIFY2(readRows(db, &rows, &why), qPrintable(why));

    QList<std::optional<qint64>> councils{std::nullopt};
    for (auto it = rows.clockOf.cbegin(); it != rows.clockOf.cend(); ++it)
        councils.append(it.key());
    const QList<ReportPeriod> periods{ReportPeriod(QDate(2026, 8, 24), today), ReportPeriod::month(2026, 10),
                                      ReportPeriod::financialYear(2026)};
    ReportQuery query(db, BankHolidayCalendar::shipped());
    int compared = 0;
    int nonZero = 0;
    for (const ReportPeriod& period : periods) {
        for (const std::optional<qint64>& council : councils) {
            ReportFigures figures;
            error = query.compute(period, council, &figures);
            QVERIFY2(error.ok(), qPrintable(error.message() + error.detail()));
            QHash<QString, Plain> plain = bruteForce(rows, period, council);
            for (const ReportValue& v : figures.values) {
                const QString key = v.detail.isEmpty() ? v.figure : v.figure + QLatin1Char('/') + v.detail;
                const Plain p = plain.take(key);
                const QString label = QStringLiteral("%1 %2 council %3: %4 = %5, brute force %6")
                                          .arg(period.label(), engine)
                                          .arg(council.value_or(0))
                                          .arg(key)
                                          .arg(v.value)
                                          .arg(p.value);
                QVERIFY2(qFuzzyCompare(v.value + 1, p.value + 1), qPrintable(label));
                QVERIFY2(v.numerator == p.numerator && v.denominator == p.denominator, qPrintable(label));
                QVERIFY2(v.hasValue == p.hasValue, qPrintable(label));
                ++compared;
                nonZero += v.value != 0 ? 1 : 0;
            }
            // Nothing the brute force found is missing from the report.
            for (auto it = plain.cbegin(); it != plain.cend(); ++it)
                QVERIFY2(it.value().value == 0, qPrintable(period.label() + QLatin1Char(' ') + it.key()));
        }
    }
    // The comparison is about real numbers: most figures are not zero.
    QVERIFY2(nonZero > compared / 2, qPrintable(QStringLiteral("%1 of %2").arg(nonZero).arg(compared)));
    for (const char* figure : {"mediation_cases_followed_by_appeal", "meetings_cancelled", "part1_issued",
                               "part2_issued", "days_enquiry_to_first_contact_median", "dr_all_willing"}) {
        ReportFigures all;
        CG_VERIFY_OK(query.compute(periods.first(), std::nullopt, &all));
        QVERIFY2(all.valueOf(QLatin1String(figure)) > 0, figure);
    }
}

QTEST_GUILESS_MAIN(TestReportQuery)

#include "tst_reportquery.moc"
