#include "store/reports/ReportCaseCondition.h"

#include "store/reports/ReportQuery.h"

StoreError ReportCaseCondition::build(const QSqlDatabase& db, const ReportPeriod& period,
                                      const QString& figure, const QString& detail, QString* condition,
                                      QVariantList* values)
{
    QVariantList binds{period.from(), period.to()};
    const QString heldDay = QStringLiteral("COALESCE(m.held_date, %1)")
                                .arg(ReportQuery::dayOf(db, QStringLiteral("m.starts_at")));
    const QString enquired = QStringLiteral("c.enquiry_date BETWEEN ? AND ? AND c.merged_into_id IS NULL");
    auto heldMeeting = [&](const QString& kind, const QString& more) {
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM meetings m WHERE m.case_id = c.id AND m.status = 'held' AND "
                   "m.kind = '%1' AND ")
                   .arg(kind) +
               heldDay + QStringLiteral(" BETWEEN ? AND ?") + more + QLatin1Char(')');
    };
    auto outcome = [&binds, &detail]() {
        if (detail == QLatin1String("not_recorded"))
            return QStringLiteral(" AND m.outcome IS NULL");
        binds << detail;
        return QStringLiteral(" AND m.outcome = ?");
    };
    auto certificate = [](int part) {
        return QStringLiteral("EXISTS (SELECT 1 FROM certificates ce WHERE ce.case_id = c.id AND ce.status = "
                              "'issued' AND ce.part = %1 AND ce.issue_date BETWEEN ? AND ?)")
            .arg(part);
    };
    QString where;
    const QString f = figure;
    if (f == QLatin1String("enquiries") || f.startsWith(QLatin1String("days_enquiry_to_first_contact"))) {
        where = enquired;
    } else if (f == QLatin1String("enquiries_by_route")) {
        where = enquired + QStringLiteral(" AND c.route = ?");
        binds << detail;
    } else if (f == QLatin1String("enquiries_by_referrer")) {
        where = enquired + QStringLiteral(" AND c.referrer_kind = ?");
        binds << detail;
    } else if (f == QLatin1String("enquiries_by_decision")) {
        where = enquired + QStringLiteral(" AND c.route = 'mediation' AND c.decision_type = ?");
        binds << detail;
    } else if (f == QLatin1String("enquiries_by_plan_section")) {
        where = enquired +
                QStringLiteral(" AND c.route = 'mediation' AND EXISTS (SELECT 1 FROM case_plan_sections s "
                               "WHERE s.case_id = c.id AND s.section = ?)");
        binds << detail;
    } else if (f == QLatin1String("dr_referrals")) {
        where = enquired + QStringLiteral(" AND c.route = 'disagreement_resolution'");
    } else if (f == QLatin1String("dr_all_willing")) {
        where = enquired +
                QStringLiteral(" AND c.route = 'disagreement_resolution' AND (c.stage IN ('all_willing', "
                               "'meeting_booked', 'outcome_recorded') OR EXISTS (SELECT 1 FROM meetings m "
                               "WHERE m.case_id = c.id AND m.kind = 'disagreement_resolution'))");
    } else if (f == QLatin1String("information_given")) {
        where = QStringLiteral("c.information_given_date BETWEEN ? AND ? AND c.merged_into_id IS NULL");
    } else if (f == QLatin1String("mediations_requested")) {
        where = QStringLiteral("c.mediation_requested_date BETWEEN ? AND ? AND c.merged_into_id IS NULL");
    } else if (f.startsWith(QLatin1String("part1_"))) {
        where = certificate(1);
    } else if (f.startsWith(QLatin1String("part2_")) ||
               f.startsWith(QLatin1String("days_meeting_to_certificate"))) {
        where = certificate(2);
    } else if (f.startsWith(QLatin1String("part3_"))) {
        where = certificate(3);
    } else if (f == QLatin1String("mediation_meetings_held") || f == QLatin1String("mediation_cases_held") ||
               f == QLatin1String("meetings_within_30_days") ||
               f == QLatin1String("meetings_within_contract_target") ||
               f.startsWith(QLatin1String("days_request_to_meeting"))) {
        where = heldMeeting(QStringLiteral("mediation"), {});
    } else if (f == QLatin1String("mediation_outcomes")) {
        where = heldMeeting(QStringLiteral("mediation"), outcome());
    } else if (f == QLatin1String("dr_meetings_held")) {
        where = heldMeeting(QStringLiteral("disagreement_resolution"), {});
    } else if (f == QLatin1String("dr_outcomes")) {
        where = heldMeeting(QStringLiteral("disagreement_resolution"), outcome());
    } else if (f == QLatin1String("mediation_cases_followed_by_appeal")) {
        where = QStringLiteral("c.appeal_date IS NOT NULL AND c.appeal_date >= (SELECT MIN(") + heldDay +
                QStringLiteral(") FROM meetings m WHERE m.case_id = c.id AND m.status = 'held' AND m.kind = "
                               "'mediation' AND ") +
                heldDay + QStringLiteral(" BETWEEN ? AND ?)");
    } else if (f == QLatin1String("meetings_cancelled") ||
               f == QLatin1String("meetings_cancelled_by_reason")) {
        where =
            QStringLiteral("EXISTS (SELECT 1 FROM meeting_changes mc JOIN meetings m ON m.id = mc.meeting_id "
                           "WHERE m.case_id = c.id AND mc.kind = 'cancelled' AND m.kind IN ('mediation', "
                           "'disagreement_resolution') AND ") +
            ReportQuery::dayOf(db, QStringLiteral("mc.changed_at")) + QStringLiteral(" BETWEEN ? AND ?");
        if (f == QLatin1String("meetings_cancelled_by_reason")) {
            where += QStringLiteral(" AND mc.reason = ?");
            binds << detail;
        }
        where += QLatin1Char(')');
    } else if (f == QLatin1String("open_cases_at_end") || f == QLatin1String("overdue_at_end")) {
        binds = {period.to(), period.to()};
        where = QStringLiteral("c.enquiry_date <= ? AND (c.closed_date IS NULL OR c.closed_date > ?) AND "
                               "c.merged_into_id IS NULL");
        if (f == QLatin1String("overdue_at_end")) {
            where += QStringLiteral(
                " AND c.stage <> 'closed' AND c.next_deadline IS NOT NULL AND c.next_deadline < ?");
            binds << period.to();
        }
    } else {
        return StoreError::invalid(QStringLiteral("There is no figure %1.").arg(figure));
    }
    *condition = where;
    *values = binds;
    return {};
}
