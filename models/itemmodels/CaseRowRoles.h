#pragma once

#include <Qt>

// The roles the tables of cases share, with the same numbers in each: the
// case a row opens, and the urgency of its deadline, which the screens'
// UrgencyDelegate colours (CaseListModel, CaseRowsModel, CertificateDueModel,
// which inherit them; CaseDeadlinesModel gives its urgency the same number).
class CaseRowRoles
{
public:
    enum CaseRowRole
    {
        CaseIdRole = Qt::UserRole + 1,
        UrgencyRole, // DeadlineUrgency::Level as int
    };
};
