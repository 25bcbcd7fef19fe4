#include "domain/ReportChartData.h"

#include "domain/MeetingRecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportChartData", text);
}
} // namespace

QStringList ReportChartData::onTimeFigures()
{
    return {QStringLiteral("part1_within_3_working_days"), QStringLiteral("part2_within_3_working_days"),
            QStringLiteral("meetings_within_30_days")};
}

QStringList ReportChartData::onTimeTitles()
{
    return {tr("Part 1"), tr("Part 2"), tr("30 days")};
}

ReportChartData ReportChartData::from(const QList<ReportFigures>& months, const ReportFigures& period)
{
    ReportChartData data;
    // English month names whatever the desk's locale, as every date people read (DateText).
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QStringList shares = onTimeFigures();
    for (const ReportFigures& figures : months) {
        Month month;
        month.label = english.toString(figures.from, QStringLiteral("MMM yyyy"));
        month.shortLabel = english.toString(figures.from, months.size() > 12 ? QStringLiteral("MM/yy")
                                                                             : QStringLiteral("MMM"));
        month.mediation = figures.valueOf(QStringLiteral("enquiries_by_route"), QStringLiteral("mediation"));
        month.resolution =
            figures.valueOf(QStringLiteral("enquiries_by_route"), QStringLiteral("disagreement_resolution"));
        for (const QString& key : shares) {
            const ReportValue* value = figures.find(key);
            month.onTime << (value && value->hasValue ? std::optional<ReportValue>(*value) : std::nullopt);
        }
        data.months << month;
    }
    for (MeetingOutcome outcome : allMeetingOutcomes())
        data.outcomes << Outcome{
            meetingOutcomeTitle(outcome),
            period.valueOf(QStringLiteral("mediation_outcomes"), meetingOutcomeToString(outcome))};
    data.outcomes << Outcome{tr("Not recorded"), period.valueOf(QStringLiteral("mediation_outcomes"),
                                                                QStringLiteral("not_recorded"))};
    return data;
}

QString ReportChartData::shareText(const std::optional<ReportValue>& value)
{
    if (!value || !value->hasValue)
        return QStringLiteral("-");
    return QStringLiteral("%1% (%2 of %3)")
        .arg(QString::number(value->value, 'f', 1))
        .arg(value->numerator)
        .arg(value->denominator);
}

double ReportChartData::mostEnquiries() const
{
    double most = 1;
    for (const Month& month : months)
        most = std::max(most, month.total());
    return most;
}

double ReportChartData::mostMeetings() const
{
    double most = 1;
    for (const Outcome& outcome : outcomes)
        most = std::max(most, outcome.meetings);
    return most;
}
