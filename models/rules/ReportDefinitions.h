#pragma once

#include "domain/ReportFigures.h"
#include "rules/Permissions.h"
#include "rules/WorkingDays.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The figures the commissioning councils ask for (rules/README.md section 7,
// "Figures"): each figure's stable key, its title, what it counts and which
// date puts a case in the period. This is the ONE place the definitions are
// written: the Reports screen's tooltips, every export and the README's
// "Figures" section all print these words.
namespace ReportDefinitions {

// Who may see the reports: supervisors and administrators, the roles that
// read the audit trail (Permissions' ViewAudit; README "Roles"), so the
// role table and the server's grants need no change. A refusal says so in
// the reports' own words.
inline constexpr Action kAction = Action::ViewAudit;
QString refusal();

enum class Kind
{
    Count, // how many
    Share, // a percentage, with its numerator and denominator
    Days,  // working days (median or 90th percentile) over the cases measured
};

struct Figure
{
    QString key;        // stable: a CSV value and a test name ("part2_issued")
    QString title;      // "Part 2 certificates issued"
    QString counts;     // what it counts, and what it leaves out
    QString periodDate; // which date puts it in the period
    Kind kind = Kind::Count;
    QString breakdown; // for a figure broken down: what the detail column holds; else empty

    // "Counts: ... In the period by: ..." in one paragraph.
    QString definition() const;
};

// Every figure, in the order a report prints them.
const QList<Figure>& all();
// The figure of a key, or nullptr.
const Figure* find(const QString& key);
// A value as the exports print it: a count as an integer, a share as a
// percentage with one decimal (without the % sign), a time in working days
// with at most one decimal, and nothing when there was nothing to measure.
QString valueText(const ReportValue& value);
// Every figure as a Markdown list, one item a figure: the README's
// "Figures" section is this text (a test compares them).
QString markdown();
// The figures a council needs from its provider for its SEN2 return to the
// DfE (a calendar year): mediation enquiries, information given,
// certificates, mediations requested and held, and those followed by an appeal.
QStringList sen2Figures();

// Working days from `start` to `end`: the working days after `start` up to
// and including `end` (section 4's counting; 0 when `end` is not after `start`).
int workingDaysBetween(const WorkingDays& days, const QDate& start, const QDate& end);
// Whether `issued` is within `n` working days of `trigger` (on or before the
// n-th working day after it), as the certificate deadlines are counted.
bool withinWorkingDays(const WorkingDays& days, const QDate& trigger, const QDate& issued, int n);
// The median: the middle value, or the mean of the two middle values; empty for none.
std::optional<double> median(QList<int> values);
// The 90th percentile by nearest rank: the smallest value with at least 90%
// of the values at or below it (the ceil(0.9 n)-th smallest); empty for none.
std::optional<double> percentile90(QList<int> values);

} // namespace ReportDefinitions
