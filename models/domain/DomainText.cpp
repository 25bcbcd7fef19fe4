#include "domain/DomainText.h"

#include "domain/DecisionType.h"
#include "domain/MeetingRecord.h"
#include "domain/Referral.h"
#include "domain/Route.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DomainText", text);
}
} // namespace

namespace DomainText {

QString reportDetail(const QString& figure, const QString& detail)
{
    if (figure == QLatin1String("enquiries_by_route")) {
        if (const auto kind = routeFromString(detail))
            return routeTitle(*kind);
    } else if (figure == QLatin1String("enquiries_by_referrer")) {
        if (const auto kind = referrerKindFromString(detail))
            return referrerKindTitle(*kind);
    } else if (figure == QLatin1String("enquiries_by_decision")) {
        if (const auto type = decisionTypeFromString(detail))
            return decisionTypeTitle(*type);
    } else if (figure == QLatin1String("enquiries_by_plan_section")) {
        return tr("Section %1").arg(detail);
    } else if (figure.endsWith(QLatin1String("_outcomes"))) {
        if (const auto outcome = meetingOutcomeFromString(detail))
            return meetingOutcomeTitle(*outcome);
        if (detail == QLatin1String("not_recorded"))
            return tr("Not recorded");
    }
    return detail;
}

} // namespace DomainText
