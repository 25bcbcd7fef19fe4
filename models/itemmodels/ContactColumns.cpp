#include "itemmodels/ContactColumns.h"

#include "domain/InviteeRole.h"

QVariant ContactColumns::heading(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case JobTitleColumn:
        return tr("Job title");
    case RoleColumn:
        return tr("Usual role");
    default:
        return {};
    }
}

QVariant ContactColumns::text(const Contact& contact, int column)
{
    switch (column) {
    case OrganisationColumn:
        return contact.organisationName;
    case JobTitleColumn:
        return contact.jobTitle;
    case RoleColumn:
        return contact.role ? inviteeRoleTitle(*contact.role) : QString();
    default:
        return {};
    }
}
