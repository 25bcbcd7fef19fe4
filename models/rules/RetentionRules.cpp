#include "rules/RetentionRules.h"

#include "rules/DateArithmetic.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RetentionRules", text);
}
} // namespace

namespace RetentionRules {

QDate keptUntil(const QDate& closedOn, int years)
{
    if (!closedOn.isValid() || years < 0)
        return {};
    return DateArithmetic::addCalendarMonths(closedOn, years * 12);
}

QDate anonymiseFrom(const QDate& closedOn, int years)
{
    const QDate until = keptUntil(closedOn, years);
    return until.isValid() ? until.addDays(1) : QDate();
}

bool isPastRetention(CaseStage stage, const QDate& closedOn, int years, const QDate& today)
{
    if (stage != CaseStage::Closed || !today.isValid())
        return false;
    const QDate from = anonymiseFrom(closedOn, years);
    return from.isValid() && today >= from;
}

QString anonymiseRefusal(CaseStage stage, const QDate& closedOn, int years, const QDate& today,
                         bool alreadyAnonymised)
{
    if (alreadyAnonymised)
        return tr("The case is anonymised already.");
    if (stage != CaseStage::Closed || !closedOn.isValid())
        return tr("The case is open: only a closed case past its retention period can be anonymised.");
    if (!isPastRetention(stage, closedOn, years, today))
        return tr("The case is kept until %1 (%2 years after it closed on %3); it can be anonymised from %4.")
            .arg(keptUntil(closedOn, years).toString(Qt::ISODate))
            .arg(years)
            .arg(closedOn.toString(Qt::ISODate), anonymiseFrom(closedOn, years).toString(Qt::ISODate));
    return {};
}

} // namespace RetentionRules
