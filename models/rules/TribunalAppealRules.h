#pragma once

#include "domain/TribunalAppeal.h"

#include <QDate>
#include <QString>

// Recording that a family registered an appeal with the tribunal
// (rules/README.md section 7, "Appeals after mediation"). Pure: "today" is a
// parameter.
namespace TribunalAppealRules {
// Empty when the appeal may be recorded on a case whose decision notice
// (mediation) was sent on `decisionNoticeDate` (invalid when there is none);
// otherwise what to fix.
QString problem(const TribunalAppeal& appeal, const QDate& decisionNoticeDate, const QDate& today);
} // namespace TribunalAppealRules
