#include "rules/ReportDefinitions.h"

#include <algorithm>
#include <cmath>

namespace ReportDefinitions {

namespace {
// rules/README.md section 7, "Figures": the words are policy (what the
// councils' contracts ask), written once here.
const QString kNotMerged =
    QStringLiteral(" A case merged into another (entered twice) is left out; anonymised "
                   "cases count.");
const QString kNotVoided =
    QStringLiteral(" A voided certificate never counts; its replacement does, by its own "
                   "issue date. Anonymised cases count.");
const QString kHeldDay = QStringLiteral("the day the meeting was held (its held date, or the day it started, "
                                        "in UTC, where none is recorded)");
const QString kBounded =
    QStringLiteral(" Working days are counted by the program's bank holiday calendar from "
                   "the rows of the period that SQL selects (never every case).");

QList<Figure> build()
{
    using K = Kind;
    return {
        {QStringLiteral("enquiries"),
         QStringLiteral("Enquiries received"),
         QStringLiteral("Cases taken, mediation and disagreement resolution.") + kNotMerged,
         QStringLiteral("the date of enquiry"),
         K::Count,
         {}},
        {QStringLiteral("enquiries_by_route"), QStringLiteral("Enquiries by route"),
         QStringLiteral("Enquiries received, by route.") + kNotMerged, QStringLiteral("the date of enquiry"),
         K::Count, QStringLiteral("route: mediation or disagreement_resolution")},
        {QStringLiteral("enquiries_by_referrer"), QStringLiteral("Enquiries by who referred"),
         QStringLiteral("Enquiries received, by who made the referral.") + kNotMerged,
         QStringLiteral("the date of enquiry"), K::Count,
         QStringLiteral("referrer: parent, young_person or professional")},
        {QStringLiteral("enquiries_by_decision"), QStringLiteral("Mediation enquiries by decision"),
         QStringLiteral("Mediation enquiries received, by the council's decision the family may appeal.") +
             kNotMerged,
         QStringLiteral("the date of enquiry"), K::Count,
         QStringLiteral("decision type: refusal_to_assess, refusal_to_reassess, refusal_to_issue, "
                        "refusal_to_amend, refusal_to_replace, cease_to_maintain or plan_content")},
        {QStringLiteral("enquiries_by_plan_section"), QStringLiteral("Mediation enquiries by plan section"),
         QStringLiteral("Mediation enquiries received about the content of a plan, by section in dispute; a "
                        "case about several sections counts once under each.") +
             kNotMerged,
         QStringLiteral("the date of enquiry"), K::Count,
         QStringLiteral("plan section: B, C, D, F, G, H1, H2 or I")},
        {QStringLiteral("information_given"),
         QStringLiteral("Mediation information given"),
         QStringLiteral("Mediation cases where the family was given the mediation information.") + kNotMerged,
         QStringLiteral("the date information was given"),
         K::Count,
         {}},
        {QStringLiteral("part1_issued"),
         QStringLiteral("Part 1 certificates issued"),
         QStringLiteral("Part 1 certificates (the family did not want mediation) issued.") + kNotVoided,
         QStringLiteral("the issue date"),
         K::Count,
         {}},
        {QStringLiteral("part1_within_3_working_days"),
         QStringLiteral("Part 1 certificates issued on time"),
         QStringLiteral(
             "Of the Part 1 certificates issued, the share issued within 3 working days of being told "
             "(the certificate's trigger date).") +
             kNotVoided + kBounded,
         QStringLiteral("the issue date"),
         K::Share,
         {}},
        {QStringLiteral("mediations_requested"),
         QStringLiteral("Mediations requested"),
         QStringLiteral("Mediation cases where the family said they want mediation.") + kNotMerged,
         QStringLiteral("the date mediation was requested"),
         K::Count,
         {}},
        {QStringLiteral("mediation_meetings_held"),
         QStringLiteral("Mediation meetings held"),
         QStringLiteral("Mediation meetings marked held (not information or pre-meeting calls, not "
                        "disagreement resolution meetings)."),
         kHeldDay,
         K::Count,
         {}},
        {QStringLiteral("mediation_cases_held"),
         QStringLiteral("Mediation cases held"),
         QStringLiteral(
             "Cases with at least one mediation meeting held; a case with two meetings in the period "
             "counts once."),
         kHeldDay,
         K::Count,
         {}},
        {QStringLiteral("meetings_within_30_days"),
         QStringLiteral("Mediation meetings held within 30 days"),
         QStringLiteral(
             "Of the mediation meetings held, the share held on or before the case's statutory meeting "
             "deadline: 30 calendar days from the date the council was told the family wishes to mediate "
             "(the date mediation was requested unless another was recorded), or, for health-only "
             "mediation arranged by the integrated care board, from the date the council told the board "
             "the issues. A meeting whose case has no start date is counted as late.") +
             kBounded,
         kHeldDay,
         K::Share,
         {}},
        {QStringLiteral("meetings_within_contract_target"),
         QStringLiteral("Mediation meetings held within the contract target"),
         QStringLiteral(
             "Of the mediation meetings held, the share held within the council's contract target: 30 "
             "calendar days from what the council's contract counts from (the date of enquiry, or the "
             "date mediation was requested). A service level, not the statutory 30 days. A meeting whose "
             "case has no start date is counted as late.") +
             kBounded,
         kHeldDay,
         K::Share,
         {}},
        {QStringLiteral("part2_issued"),
         QStringLiteral("Part 2 certificates issued"),
         QStringLiteral("Part 2 certificates (mediation took place) issued.") + kNotVoided,
         QStringLiteral("the issue date"),
         K::Count,
         {}},
        {QStringLiteral("part2_within_3_working_days"),
         QStringLiteral("Part 2 certificates issued on time"),
         QStringLiteral(
             "Of the Part 2 certificates issued, the share issued within 3 working days of the end of "
             "the mediation (the certificate's trigger date).") +
             kNotVoided + kBounded,
         QStringLiteral("the issue date"),
         K::Share,
         {}},
        {QStringLiteral("part3_issued"),
         QStringLiteral("Part 3 certificates issued"),
         QStringLiteral("Part 3 certificates (no meeting could be held within 30 days) issued.") + kNotVoided,
         QStringLiteral("the issue date"),
         K::Count,
         {}},
        {QStringLiteral("mediation_outcomes"), QStringLiteral("Mediation outcomes"),
         QStringLiteral(
             "Mediation meetings held, by outcome: agreed (agreement on all issues), partly_agreed "
             "(on some), not_agreed (on none), adjourned, withdrawn, or not_recorded."),
         kHeldDay, K::Count, QStringLiteral("outcome")},
        {QStringLiteral("meetings_cancelled"),
         QStringLiteral("Meetings cancelled"),
         QStringLiteral("Mediation and disagreement resolution meetings cancelled (calls are left out)."),
         QStringLiteral("the day it was cancelled (UTC)"),
         K::Count,
         {}},
        {QStringLiteral("meetings_cancelled_by_reason"), QStringLiteral("Meetings cancelled, by reason"),
         QStringLiteral(
             "Meetings cancelled, by the reason given, as typed (an anonymised case's reason reads "
             "[anonymised])."),
         QStringLiteral("the day it was cancelled (UTC)"), K::Count, QStringLiteral("reason as written")},
        {QStringLiteral("mediation_cases_followed_by_appeal"),
         QStringLiteral("Mediation cases held followed by an appeal (SEN2)"),
         QStringLiteral(
             "Of the mediation cases held, those whose family registered an appeal with the tribunal "
             "on or after the day of the case's first mediation meeting held in the period (the appeal "
             "recorded on the case, whenever it was recorded)."),
         kHeldDay,
         K::Count,
         {}},
        {QStringLiteral("dr_referrals"),
         QStringLiteral("Disagreement resolution referrals"),
         QStringLiteral("Disagreement resolution cases taken.") + kNotMerged,
         QStringLiteral("the date of enquiry"),
         K::Count,
         {}},
        {QStringLiteral("dr_all_willing"),
         QStringLiteral("Disagreement resolution: all parties willing"),
         QStringLiteral(
             "Of the disagreement resolution referrals, those where every party was willing: the case "
             "is at all parties willing, meeting booked or outcome recorded, or has a disagreement "
             "resolution meeting.") +
             kNotMerged,
         QStringLiteral("the date of enquiry"),
         K::Count,
         {}},
        {QStringLiteral("dr_meetings_held"),
         QStringLiteral("Disagreement resolution meetings held"),
         QStringLiteral("Disagreement resolution meetings marked held."),
         kHeldDay,
         K::Count,
         {}},
        {QStringLiteral("dr_outcomes"), QStringLiteral("Disagreement resolution outcomes"),
         QStringLiteral("Disagreement resolution meetings held, by outcome (as for mediation outcomes)."),
         kHeldDay, K::Count, QStringLiteral("outcome")},
        {QStringLiteral("days_enquiry_to_first_contact_median"),
         QStringLiteral("Working days from enquiry to first contact (median)"),
         QStringLiteral(
             "Over the enquiries received that had a first contact: the median of the working days "
             "from the enquiry to the first contact, the earlier of the date information was given "
             "and the first call, email or letter on the timeline on or after the enquiry date.") +
             kBounded,
         QStringLiteral("the date of enquiry"),
         K::Days,
         {}},
        {QStringLiteral("days_enquiry_to_first_contact_p90"),
         QStringLiteral("Working days from enquiry to first contact (90th percentile)"),
         QStringLiteral(
             "As the median, the 90th percentile by nearest rank (the smallest number of days that 9 "
             "in 10 of the cases did not exceed).") +
             kBounded,
         QStringLiteral("the date of enquiry"),
         K::Days,
         {}},
        {QStringLiteral("days_request_to_meeting_median"),
         QStringLiteral("Working days from request to meeting (median)"),
         QStringLiteral("Over the mediation meetings held whose case has a date mediation was requested: the "
                        "median of the working days from that date to the day the meeting was held.") +
             kBounded,
         kHeldDay,
         K::Days,
         {}},
        {QStringLiteral("days_request_to_meeting_p90"),
         QStringLiteral("Working days from request to meeting (90th percentile)"),
         QStringLiteral("As the median, the 90th percentile by nearest rank.") + kBounded,
         kHeldDay,
         K::Days,
         {}},
        {QStringLiteral("days_meeting_to_certificate_median"),
         QStringLiteral("Working days from meeting to certificate (median)"),
         QStringLiteral(
             "Over the Part 2 certificates issued: the median of the working days from the end of the "
             "mediation (the trigger date) to the issue date.") +
             kNotVoided + kBounded,
         QStringLiteral("the issue date"),
         K::Days,
         {}},
        {QStringLiteral("days_meeting_to_certificate_p90"),
         QStringLiteral("Working days from meeting to certificate (90th percentile)"),
         QStringLiteral("As the median, the 90th percentile by nearest rank.") + kNotVoided + kBounded,
         QStringLiteral("the issue date"),
         K::Days,
         {}},
        {QStringLiteral("open_cases_at_end"),
         QStringLiteral("Open cases at the end of the period"),
         QStringLiteral(
             "Cases taken on or before the last day of the period and not closed on or before it.") +
             kNotMerged,
         QStringLiteral("the last day of the period"),
         K::Count,
         {}},
        {QStringLiteral("overdue_at_end"),
         QStringLiteral("Overdue deadlines at the end of the period"),
         QStringLiteral(
             "Of the open cases at the end of the period, those still open today whose next deadline, "
             "as the program holds it today, is before the last day of the period (the program keeps "
             "each case's next deadline, not its history: for a past period read it as the overdue "
             "work still outstanding)."),
         QStringLiteral("the last day of the period"),
         K::Count,
         {}},
    };
}
} // namespace

QString refusal()
{
    return QStringLiteral("Only supervisors and administrators can see the reports.");
}

QString Figure::definition() const
{
    return QStringLiteral("%1 In the period by %2.").arg(counts, periodDate);
}

const QList<Figure>& all()
{
    static const QList<Figure> figures = build();
    return figures;
}

const Figure* find(const QString& key)
{
    for (const Figure& figure : all()) {
        if (figure.key == key)
            return &figure;
    }
    return nullptr;
}

QString valueText(const ReportValue& value)
{
    if (!value.hasValue)
        return {};
    const Figure* figure = find(value.figure);
    if (figure && figure->kind == Kind::Count)
        return QString::number(static_cast<qint64>(value.value));
    // One decimal, without a trailing ".0" for a time that is whole.
    QString text = QString::number(value.value, 'f', 1);
    if (figure && figure->kind == Kind::Days && text.endsWith(QLatin1String(".0")))
        text.chop(2);
    return text;
}

QString markdown()
{
    QString text;
    for (const Figure& figure : all()) {
        text += QStringLiteral("- `%1`: **%2**. %3").arg(figure.key, figure.title, figure.definition());
        if (!figure.breakdown.isEmpty())
            text += QStringLiteral(" Broken down by %1 (the `detail` column).").arg(figure.breakdown);
        text += QLatin1Char('\n');
    }
    return text;
}

QStringList sen2Figures()
{
    return {QStringLiteral("enquiries_by_route"),
            QStringLiteral("information_given"),
            QStringLiteral("part1_issued"),
            QStringLiteral("mediations_requested"),
            QStringLiteral("mediation_meetings_held"),
            QStringLiteral("mediation_cases_held"),
            QStringLiteral("mediation_cases_followed_by_appeal"),
            QStringLiteral("part2_issued"),
            QStringLiteral("part3_issued")};
}

int workingDaysBetween(const WorkingDays& days, const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    int count = 0;
    for (QDate day = start.addDays(1); day <= end; day = day.addDays(1)) {
        if (days.isWorkingDay(day))
            ++count;
    }
    return count;
}

bool withinWorkingDays(const WorkingDays& days, const QDate& trigger, const QDate& issued, int n)
{
    if (!trigger.isValid() || !issued.isValid())
        return false;
    return issued <= days.addWorkingDays(trigger, n);
}

std::optional<double> median(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<double> percentile90(QList<int> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(values.size())));
    return values.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace ReportDefinitions
