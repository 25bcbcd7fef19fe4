#include "store/reports/ReportQuery.h"

#include "domain/DecisionType.h"
#include "domain/MeetingClockStart.h"
#include "domain/MeetingRecord.h"
#include "domain/PlanSection.h"
#include "domain/Referral.h"
#include "domain/ReportChartData.h"
#include "domain/Route.h"
#include "rules/CaseDeadlines.h"
#include "rules/DateArithmetic.h"
#include "rules/DeadlineCalculator.h"
#include "rules/ReportDefinitions.h"
#include "store/access/AccessGuard.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/reports/ReportCaseCondition.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {
// A statement with its binds, run and read row by row.
struct Statement
{
    QString sql;
    QVariantList binds;
};

StoreError run(const Statement& statement, StoreQuery* query)
{
    const QString context = QStringLiteral("Could not work out the report");
    query->setForwardOnly(true);
    if (!query->prepare(statement.sql))
        return query->error(context);
    query->bindList(statement.binds);
    return query->exec(context);
}

StoreError scalar(QSqlDatabase db, const Statement& statement, qint64* value)
{
    StoreQuery query(db);
    if (StoreError error = run(statement, &query))
        return error;
    *value = query.next() ? query.value(0).toLongLong() : 0;
    return {};
}

// Rows of (key, count).
StoreError grouped(QSqlDatabase db, const Statement& statement, QHash<QString, qint64>* counts)
{
    StoreQuery query(db);
    if (StoreError error = run(statement, &query))
        return error;
    while (query.next())
        (*counts)[query.value(0).toString()] += query.value(1).toLongLong();
    return {};
}

ReportValue count(const QString& figure, qint64 n, const QString& detail = {})
{
    ReportValue v;
    v.figure = figure;
    v.detail = detail;
    v.value = static_cast<double>(n);
    return v;
}

ReportValue share(const QString& figure, qint64 numerator, qint64 denominator)
{
    ReportValue v;
    v.figure = figure;
    v.numerator = numerator;
    v.denominator = denominator;
    v.hasValue = denominator > 0;
    v.value = denominator > 0 ? 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator) : 0;
    return v;
}

ReportValue days(const QString& figure, const std::optional<double>& value, qsizetype measured)
{
    ReportValue v;
    v.figure = figure;
    v.numerator = measured;
    v.hasValue = value.has_value();
    v.value = value.value_or(0);
    return v;
}
} // namespace

ReportQuery::ReportQuery(QSqlDatabase db, BankHolidayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{}

StoreError ReportQuery::requireAllowed(QSqlDatabase db)
{
    StoreError error = AccessGuard(std::move(db)).require(ReportDefinitions::kAction);
    if (error.kind() == StoreError::Kind::Forbidden)
        return StoreError(StoreError::Kind::Forbidden, ReportDefinitions::refusal());
    return error;
}

QString ReportQuery::dayOf(const QSqlDatabase& db, const QString& instant)
{
    // PostgreSQL sessions run in UTC (SqlDialect); SQLite keeps ISO text in UTC.
    if (db.driverName() == QLatin1String("QPSQL"))
        return QStringLiteral("CAST(%1 AS DATE)").arg(instant);
    return QStringLiteral("substr(%1, 1, 10)").arg(instant);
}

StoreError ReportQuery::computeEach(const ReportPeriod& period, std::optional<qint64> councilId,
                                    const QList<Council>& councils, QList<ReportFigures>* reports) const
{
    QList<std::optional<qint64>> scopes;
    if (councilId) {
        scopes << councilId;
    } else {
        scopes << std::nullopt;
        for (const Council& council : councils)
            scopes << std::optional<qint64>(council.id);
    }
    for (const std::optional<qint64>& scope : scopes) {
        ReportFigures figures;
        if (StoreError error = compute(period, scope, &figures))
            return error;
        reports->append(figures);
    }
    return {};
}

StoreError ReportQuery::compute(const ReportPeriod& period, std::optional<qint64> councilId,
                                ReportFigures* figures) const
{
    if (StoreError error = ReportQuery::requireAllowed(m_db))
        return error;
    if (!period.isValid())
        return StoreError::invalid(period.problem());
    ReportFigures out;
    out.from = period.from();
    out.to = period.to();
    out.councilId = councilId;
    out.councilCode = QStringLiteral("ALL");
    out.councilName = QStringLiteral("All councils");
    if (councilId) {
        StoreQuery council(m_db);
        if (StoreError error =
                run({QStringLiteral("SELECT code, name FROM councils WHERE id = ?"), {*councilId}}, &council))
            return error;
        if (!council.next())
            return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no such council."));
        out.councilCode = council.value(0).toString();
        out.councilName = council.value(1).toString();
    }

    const QVariant from = period.from();
    const QVariant to = period.to();
    // The council's condition on the case `c`, and its bind.
    const QString council = councilId ? QStringLiteral(" AND c.council_id = ?") : QString();
    auto binds = [&](QVariantList values) {
        if (councilId)
            values.append(*councilId);
        return values;
    };
    const QString notMerged = QStringLiteral(" AND c.merged_into_id IS NULL");
    const QString heldDay =
        QStringLiteral("COALESCE(m.held_date, %1)").arg(dayOf(m_db, QStringLiteral("m.starts_at")));

    // Every figure counted over the cases themselves, in one pass over the
    // table: the enquiries by route, referrer and decision type, the
    // information given and mediations requested in the period, the
    // disagreement resolution referrals where all were willing, and the
    // cases open and overdue at the end. Cases open at the end reach back
    // before the period, so this pass reads (nearly) every case whatever the
    // period. One pass instead of seven, and a sum for each kind rather than
    // a GROUP BY (which sorted every case), is what keeps a year's report
    // over 200,000 cases under a second (tests/benchmarks/README.md).
    QHash<QString, qint64> byRoute;
    QHash<QString, qint64> byReferrer;
    QHash<QString, qint64> byDecision;
    qint64 informationGiven = 0;
    qint64 requested = 0;
    qint64 allWilling = 0;
    qint64 openAtEnd = 0;
    qint64 overdueAtEnd = 0;
    {
        const QString inPeriod = QStringLiteral("c.enquiry_date BETWEEN ? AND ?");
        const QString openAtTheEnd =
            QStringLiteral("c.enquiry_date <= ? AND (c.closed_date IS NULL OR c.closed_date > ?)");
        QStringList sums;
        QVariantList values;
        auto addSum = [&](const QString& condition, const QVariantList& conditionValues) {
            sums << QStringLiteral("SUM(CASE WHEN ") + condition + QStringLiteral(" THEN 1 ELSE 0 END)");
            values << conditionValues;
        };
        const QList<Route> routes{Route::Mediation, Route::DisagreementResolution};
        const QList<ReferrerKind> referrers{ReferrerKind::Parent, ReferrerKind::YoungPerson,
                                            ReferrerKind::Professional};
        const QList<DecisionType> decisions = allDecisionTypes();
        for (Route route : routes)
            addSum(inPeriod + QStringLiteral(" AND c.route = ?"), {from, to, routeToString(route)});
        for (ReferrerKind kind : referrers)
            addSum(inPeriod + QStringLiteral(" AND c.referrer_kind = ?"),
                   {from, to, referrerKindToString(kind)});
        for (DecisionType type : decisions)
            addSum(inPeriod + QStringLiteral(" AND c.route = 'mediation' AND c.decision_type = ?"),
                   {from, to, decisionTypeToString(type)});
        addSum(QStringLiteral("c.information_given_date BETWEEN ? AND ?"), {from, to});
        addSum(QStringLiteral("c.mediation_requested_date BETWEEN ? AND ?"), {from, to});
        addSum(openAtTheEnd, {to, to});
        addSum(openAtTheEnd + QStringLiteral(" AND c.stage <> 'closed' AND c.next_deadline IS NOT NULL AND "
                                             "c.next_deadline < ?"),
               {to, to, to});
        addSum(QStringLiteral("c.route = 'disagreement_resolution' AND ") + inPeriod +
                   QStringLiteral(" AND (c.stage IN ('all_willing', 'meeting_booked', 'outcome_recorded') OR "
                                  "EXISTS (SELECT 1 FROM meetings m WHERE m.case_id = c.id AND m.kind = "
                                  "'disagreement_resolution'))"),
               {from, to});
        if (councilId)
            values << *councilId;
        StoreQuery query(m_db);
        if (StoreError error =
                run({QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM cases c WHERE c.merged_into_id IS NULL") + council,
                     values},
                    &query))
            return error;
        if (query.next()) {
            int column = 0;
            auto next = [&] {
                return query.value(column++).toLongLong();
            };
            for (Route route : routes)
                byRoute[routeToString(route)] = next();
            for (ReferrerKind kind : referrers)
                byReferrer[referrerKindToString(kind)] = next();
            for (DecisionType type : decisions)
                byDecision[decisionTypeToString(type)] = next();
            informationGiven = next();
            requested = next();
            openAtEnd = next();
            overdueAtEnd = next();
            allWilling = next();
        }
    }
    // The rows of the period's enquiries alone: through the index on the
    // enquiry date when they are a small part of the cases (a month of
    // several years), by reading the table in order when they are most of it
    // (SQLite, without statistics, would otherwise look up 200,000 rows one
    // by one through the index, 20 times slower than reading them all).
    QString enquiredIn = QStringLiteral("c.enquiry_date BETWEEN ? AND ?");
    if (m_db.driverName() != QLatin1String("QPSQL")) {
        qint64 inThePeriod = 0;
        qint64 highestId = 0;
        if (StoreError error = scalar(
                m_db,
                {QStringLiteral("SELECT COUNT(*) FROM cases WHERE enquiry_date BETWEEN ? AND ?"), {from, to}},
                &inThePeriod))
            return error;
        if (StoreError error = scalar(m_db, {QStringLiteral("SELECT MAX(id) FROM cases"), {}}, &highestId))
            return error;
        if (inThePeriod * 10 > highestId)
            enquiredIn =
                QStringLiteral("+c.enquiry_date BETWEEN ? AND ?"); // a unary + keeps SQLite off the index
    }
    // By plan section: a sum for each section, as above, rather than sorting
    // every section row of the period by a GROUP BY.
    QHash<QString, qint64> bySection;
    {
        QStringList sums;
        QVariantList values;
        const QList<PlanSection> sections = allPlanSections();
        for (PlanSection section : sections) {
            sums << QStringLiteral("SUM(CASE WHEN s.section = ? THEN 1 ELSE 0 END)");
            values << planSectionToString(section);
        }
        StoreQuery query(m_db);
        if (StoreError error =
                run({QStringLiteral("SELECT ") + sums.join(QStringLiteral(", ")) +
                         QStringLiteral(" FROM case_plan_sections s JOIN cases c ON c.id = s.case_id "
                                        "WHERE c.route = 'mediation' AND ") +
                         enquiredIn + notMerged + council,
                     values + binds({from, to})},
                    &query))
            return error;
        if (query.next()) {
            for (qsizetype i = 0; i < sections.size(); ++i)
                bySection[planSectionToString(sections.at(i))] =
                    query.value(static_cast<int>(i)).toLongLong();
        }
    }
    // Certificates issued in the period: counts in SQL, then the rows of Parts
    // 1 and 2 for their working days.
    const QString issuedIn =
        QStringLiteral(" FROM certificates ce JOIN cases c ON c.id = ce.case_id WHERE ce.status "
                       "= 'issued' AND ce.issue_date BETWEEN ? AND ?") +
        council;
    QHash<QString, qint64> byPart;
    if (StoreError error = grouped(
            m_db,
            {QStringLiteral("SELECT ce.part, COUNT(*)") + issuedIn + QStringLiteral(" GROUP BY ce.part"),
             binds({from, to})},
            &byPart))
        return error;
    const WorkingDays workingDays(m_calendar);
    qint64 part1OnTime = 0;
    qint64 part2OnTime = 0;
    QList<int> meetingToCertificate;
    {
        StoreQuery query(m_db);
        if (StoreError error = run({QStringLiteral("SELECT ce.part, ce.trigger_date, ce.issue_date") +
                                        issuedIn + QStringLiteral(" AND ce.part IN (1, 2)"),
                                    binds({from, to})},
                                   &query))
            return error;
        while (query.next()) {
            const int part = query.value(0).toInt();
            const QDate trigger = query.value(1).toDate();
            const QDate issued = query.value(2).toDate();
            const bool onTime = ReportDefinitions::withinWorkingDays(
                workingDays, trigger, issued, DeadlineCalculator::kCertificateWorkingDays);
            if (part == 1 && onTime)
                ++part1OnTime;
            if (part == 2) {
                if (onTime)
                    ++part2OnTime;
                meetingToCertificate.append(
                    ReportDefinitions::workingDaysBetween(workingDays, trigger, issued));
            }
        }
    }

    // Meetings held in the period, by kind and outcome.
    const QString heldFrom = QStringLiteral(" FROM meetings m JOIN cases c ON c.id = m.case_id");
    const QString heldWhere = QStringLiteral(" WHERE m.status = 'held' AND ") + heldDay +
                              QStringLiteral(" BETWEEN ? AND ?") + council;
    const QString heldIn = heldFrom + heldWhere;
    QHash<QString, qint64> mediationOutcomes;
    QHash<QString, qint64> drOutcomes;
    {
        StoreQuery query(m_db);
        if (StoreError error =
                run({QStringLiteral("SELECT m.kind, m.outcome, COUNT(*)") + heldIn +
                         QStringLiteral(" AND m.kind IN ('mediation', 'disagreement_resolution') "
                                        "GROUP BY m.kind, m.outcome"),
                     binds({from, to})},
                    &query))
            return error;
        while (query.next()) {
            const QString outcome =
                query.value(1).isNull() ? QStringLiteral("not_recorded") : query.value(1).toString();
            QHash<QString, qint64>& into =
                query.value(0).toString() == QLatin1String("mediation") ? mediationOutcomes : drOutcomes;
            into[outcome] += query.value(2).toLongLong();
        }
    }
    qint64 casesHeld = 0;
    if (StoreError error = scalar(m_db,
                                  {QStringLiteral("SELECT COUNT(DISTINCT m.case_id)") + heldIn +
                                       QStringLiteral(" AND m.kind = 'mediation'"),
                                   binds({from, to})},
                                  &casesHeld))
        return error;
    qint64 followedByAppeal = 0;
    if (StoreError error = scalar(
            m_db,
            {QStringLiteral("SELECT COUNT(*) FROM (SELECT m.case_id AS case_id, MIN(") + heldDay +
                 QStringLiteral(") AS first_held") + heldIn +
                 QStringLiteral(
                     " AND m.kind = 'mediation' GROUP BY m.case_id) h JOIN cases a ON a.id = h.case_id "
                     "WHERE a.appeal_date IS NOT NULL AND a.appeal_date >= h.first_held"),
             binds({from, to})},
            &followedByAppeal))
        return error;
    // Within 30 days, and request to meeting: the rows of the mediation meetings held.
    qint64 withinThirtyDays = 0;
    qint64 withinContractTarget = 0;
    QList<int> requestToMeeting;
    {
        StoreQuery query(m_db);
        if (StoreError error = run(
                {QStringLiteral("SELECT ") + heldDay +
                     QStringLiteral(", c.enquiry_date, c.mediation_requested_date, co.meeting_clock_start, "
                                    "c.council_told_date, c.health_only_icb, c.icb_told_date") +
                     heldFrom + QStringLiteral(" JOIN councils co ON co.id = c.council_id") + heldWhere +
                     QStringLiteral(" AND m.kind = 'mediation'"),
                 binds({from, to})},
                &query))
            return error;
        while (query.next()) {
            const QDate held = query.value(0).toDate();
            const QDate enquiry = query.value(1).toDate();
            const QDate requestedOn = query.value(2).toDate();
            const MeetingClockStart contract = meetingClockStartFromString(query.value(3).toString())
                                                   .value_or(MeetingClockStart::MediationRequested);
            // The statutory 30 days (rules/README.md section 3, "The 30 days by
            // route"), and beside them the council's contract target.
            CaseTimeline timeline;
            timeline.mediationRequestedDate = requestedOn;
            timeline.thirtyDayStart.councilTold = query.value(4).toDate();
            timeline.thirtyDayStart.healthOnlyIcb = query.value(5).toInt() != 0;
            timeline.thirtyDayStart.icbTold = query.value(6).toDate();
            const QDate statutory = CaseDeadlines::statutoryStart(timeline);
            if (statutory.isValid() &&
                held <= DateArithmetic::addCalendarDays(statutory, DeadlineCalculator::kMeetingCalendarDays))
                ++withinThirtyDays;
            const QDate contractStart = contract == MeetingClockStart::Enquiry ? enquiry : requestedOn;
            if (contractStart.isValid() &&
                held <=
                    DateArithmetic::addCalendarDays(contractStart, DeadlineCalculator::kMeetingCalendarDays))
                ++withinContractTarget;
            if (requestedOn.isValid())
                requestToMeeting.append(
                    ReportDefinitions::workingDaysBetween(workingDays, requestedOn, held));
        }
    }

    // Cancellations in the period, by reason.
    QHash<QString, qint64> cancelledBy;
    if (StoreError error = grouped(
            m_db,
            {QStringLiteral(
                 "SELECT mc.reason, COUNT(*) FROM meeting_changes mc JOIN meetings m ON m.id = "
                 "mc.meeting_id JOIN cases c ON c.id = m.case_id WHERE mc.kind = 'cancelled' AND m.kind "
                 "IN ('mediation', 'disagreement_resolution') AND ") +
                 dayOf(m_db, QStringLiteral("mc.changed_at")) + QStringLiteral(" BETWEEN ? AND ?") + council +
                 QStringLiteral(" GROUP BY mc.reason"),
             binds({from, to})},
            &cancelledBy))
        return error;

    // Enquiry to first contact: the earlier of the information given and the
    // first call, email or letter on or after the enquiry, for the period's
    // enquiries. Counted by (enquiry, contact) pair, so that a year of
    // 200,000 enquiries comes back as a few thousand rows; each pair's
    // working days are worked out once.
    QList<int> enquiryToContact;
    {
        StoreQuery query(m_db);
        const QString activityDay = dayOf(m_db, QStringLiteral("a.occurred_at"));
        // MATERIALIZED: flattened into the outer query, the first-call
        // subquery ran once for each of the four places `k` is used there.
        const QString rows =
            QStringLiteral("SELECT c.enquiry_date AS e, c.information_given_date AS i, (SELECT MIN(") +
            activityDay +
            QStringLiteral(") FROM activities a WHERE a.case_id = c.id AND a.kind IN ('call', 'email', "
                           "'letter') AND ") +
            activityDay + QStringLiteral(" >= c.enquiry_date) AS k FROM cases c WHERE ") + enquiredIn +
            notMerged + council;
        if (StoreError error =
                run({QStringLiteral("WITH t AS MATERIALIZED (") + rows +
                         QStringLiteral(") SELECT e, CASE WHEN k IS NOT NULL AND (i IS NULL OR k < i) THEN k "
                                        "ELSE i END AS contact, COUNT(*) FROM t GROUP BY e, contact"),
                     binds({from, to})},
                    &query))
            return error;
        while (query.next()) {
            const QDate contact = query.value(1).toDate();
            if (!contact.isValid())
                continue;
            const int days =
                ReportDefinitions::workingDaysBetween(workingDays, query.value(0).toDate(), contact);
            for (qint64 n = query.value(2).toLongLong(); n > 0; --n)
                enquiryToContact.append(days);
        }
    }

    // In the order of the definitions, every breakdown value listed even when 0.
    QList<ReportValue>& v = out.values;
    auto sum = [](const QHash<QString, qint64>& counts) {
        qint64 total = 0;
        for (qint64 n : counts)
            total += n;
        return total;
    };
    const QStringList outcomes = [] {
        QStringList keys;
        for (MeetingOutcome outcome : allMeetingOutcomes())
            keys << meetingOutcomeToString(outcome);
        keys << QStringLiteral("not_recorded");
        return keys;
    }();
    v << count(QStringLiteral("enquiries"), sum(byRoute));
    for (Route route : {Route::Mediation, Route::DisagreementResolution})
        v << count(QStringLiteral("enquiries_by_route"), byRoute.value(routeToString(route)),
                   routeToString(route));
    for (ReferrerKind kind : {ReferrerKind::Parent, ReferrerKind::YoungPerson, ReferrerKind::Professional})
        v << count(QStringLiteral("enquiries_by_referrer"), byReferrer.value(referrerKindToString(kind)),
                   referrerKindToString(kind));
    for (DecisionType type : allDecisionTypes())
        v << count(QStringLiteral("enquiries_by_decision"), byDecision.value(decisionTypeToString(type)),
                   decisionTypeToString(type));
    for (PlanSection section : allPlanSections())
        v << count(QStringLiteral("enquiries_by_plan_section"), bySection.value(planSectionToString(section)),
                   planSectionToString(section));
    v << count(QStringLiteral("information_given"), informationGiven);
    v << count(QStringLiteral("part1_issued"), byPart.value(QStringLiteral("1")));
    v << share(QStringLiteral("part1_within_3_working_days"), part1OnTime, byPart.value(QStringLiteral("1")));
    v << count(QStringLiteral("mediations_requested"), requested);
    v << count(QStringLiteral("mediation_meetings_held"), sum(mediationOutcomes));
    v << count(QStringLiteral("mediation_cases_held"), casesHeld);
    v << share(QStringLiteral("meetings_within_30_days"), withinThirtyDays, sum(mediationOutcomes));
    v << share(QStringLiteral("meetings_within_contract_target"), withinContractTarget,
               sum(mediationOutcomes));
    v << count(QStringLiteral("part2_issued"), byPart.value(QStringLiteral("2")));
    v << share(QStringLiteral("part2_within_3_working_days"), part2OnTime, byPart.value(QStringLiteral("2")));
    v << count(QStringLiteral("part3_issued"), byPart.value(QStringLiteral("3")));
    for (const QString& outcome : outcomes)
        v << count(QStringLiteral("mediation_outcomes"), mediationOutcomes.value(outcome), outcome);
    v << count(QStringLiteral("meetings_cancelled"), sum(cancelledBy));
    QStringList reasons = cancelledBy.keys();
    // Most frequent first, then by the reason's text: the same order every time.
    std::sort(reasons.begin(), reasons.end(), [&cancelledBy](const QString& a, const QString& b) {
        const qint64 na = cancelledBy.value(a);
        const qint64 nb = cancelledBy.value(b);
        return na != nb ? na > nb : a < b;
    });
    for (const QString& reason : reasons)
        v << count(QStringLiteral("meetings_cancelled_by_reason"), cancelledBy.value(reason), reason);
    v << count(QStringLiteral("mediation_cases_followed_by_appeal"), followedByAppeal);
    v << count(QStringLiteral("dr_referrals"), byRoute.value(routeToString(Route::DisagreementResolution)));
    v << count(QStringLiteral("dr_all_willing"), allWilling);
    v << count(QStringLiteral("dr_meetings_held"), sum(drOutcomes));
    for (const QString& outcome : outcomes)
        v << count(QStringLiteral("dr_outcomes"), drOutcomes.value(outcome), outcome);
    v << days(QStringLiteral("days_enquiry_to_first_contact_median"),
              ReportDefinitions::median(enquiryToContact), enquiryToContact.size());
    v << days(QStringLiteral("days_enquiry_to_first_contact_p90"),
              ReportDefinitions::percentile90(enquiryToContact), enquiryToContact.size());
    v << days(QStringLiteral("days_request_to_meeting_median"), ReportDefinitions::median(requestToMeeting),
              requestToMeeting.size());
    v << days(QStringLiteral("days_request_to_meeting_p90"),
              ReportDefinitions::percentile90(requestToMeeting), requestToMeeting.size());
    v << days(QStringLiteral("days_meeting_to_certificate_median"),
              ReportDefinitions::median(meetingToCertificate), meetingToCertificate.size());
    v << days(QStringLiteral("days_meeting_to_certificate_p90"),
              ReportDefinitions::percentile90(meetingToCertificate), meetingToCertificate.size());
    v << count(QStringLiteral("open_cases_at_end"), openAtEnd);
    v << count(QStringLiteral("overdue_at_end"), overdueAtEnd);
    *figures = out;
    return {};
}

StoreError ReportQuery::casesBehind(const ReportPeriod& period, std::optional<qint64> councilId,
                                    const QString& figure, const QString& detail,
                                    QList<ReportCase>* cases) const
{
    if (StoreError error = ReportQuery::requireAllowed(m_db))
        return error;
    if (!period.isValid())
        return StoreError::invalid(period.problem());
    QString where;
    QVariantList binds;
    if (StoreError error = ReportCaseCondition::build(m_db, period, figure, detail, &where, &binds))
        return error;
    if (councilId) {
        where += QStringLiteral(" AND c.council_id = ?");
        binds << *councilId;
    }
    StoreQuery query(m_db);
    if (StoreError error = run({QStringLiteral("SELECT c.id, c.reference FROM cases c WHERE ") + where +
                                    QStringLiteral(" ORDER BY c.reference"),
                                binds},
                               &query))
        return error;
    QList<ReportCase> out;
    while (query.next())
        out.append({query.value(0).toLongLong(), query.value(1).toString()});
    *cases = out;
    return {};
}

StoreError ReportQuery::computeMonths(const ReportPeriod& period, std::optional<qint64> councilId,
                                      QList<ReportFigures>* months) const
{
    months->clear();
    const QList<ReportPeriod> each = period.months();
    if (each.size() > ReportChartData::kMostMonths)
        return {};
    for (const ReportPeriod& month : each) {
        ReportFigures figures;
        if (StoreError error = compute(month, councilId, &figures))
            return error;
        *months << figures;
    }
    return {};
}
