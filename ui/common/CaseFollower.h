#pragma once

#include <QtGlobal>
#include <functional>

class QObject;
class WorkContext;

// What every page of a case does to stay current: read again when its case
// is changed on this desk (WorkContext::caseChanged), and on any change at
// another desk (changedElsewhere: this case's too, perhaps). The connections
// end with `page`.
namespace CaseFollower {
void follow(WorkContext* context, QObject* page, qint64 caseId, const std::function<void()>& reload);
}
