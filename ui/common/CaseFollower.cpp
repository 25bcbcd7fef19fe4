#include "common/CaseFollower.h"

#include "common/WorkContext.h"

namespace CaseFollower {

void follow(WorkContext* context, QObject* page, qint64 caseId, const std::function<void()>& reload)
{
    QObject::connect(context, &WorkContext::caseChanged, page, [caseId, reload](qint64 changed) {
        if (changed == caseId)
            reload();
    });
    QObject::connect(context, &WorkContext::changedElsewhere, page, reload);
}

} // namespace CaseFollower
