#include "rules/TribunalAppealRules.h"

#include "rules/IsoDate.h"

namespace TribunalAppealRules {

// rules/README.md section 7: an appeal answers the council's decision, so it
// is registered after the decision notice was sent; it is recorded from what
// the provider was told, so never in the future. It may come before the
// enquiry (a family can appeal and then ask about mediation), so the enquiry
// date does not bound it.
QString problem(const TribunalAppeal& appeal, const QDate& decisionNoticeDate, const QDate& today)
{
    if (!appeal.registeredDate.isValid())
        return QStringLiteral("Give the date the appeal was registered.");
    if (today.isValid() && appeal.registeredDate > today)
        return QStringLiteral("The appeal's date %1 is after today: record an appeal once it is registered.")
            .arg(IsoDate::format(appeal.registeredDate));
    if (decisionNoticeDate.isValid() && appeal.registeredDate < decisionNoticeDate)
        return QStringLiteral("The appeal's date %1 is before the decision notice was sent (%2): an appeal "
                              "answers that decision.")
            .arg(IsoDate::format(appeal.registeredDate), IsoDate::format(decisionNoticeDate));
    return {};
}

} // namespace TribunalAppealRules
