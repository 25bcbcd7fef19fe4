#pragma once

#include "domain/Contact.h"

#include <QCoreApplication>
#include <QVariant>

// The columns the directory's two tables of contacts open with, in this
// order, under these headings and showing the same: the directory's list
// (ContactListModel) and the invitee picker (ContactChoiceModel), which
// inherit them. A model's own columns follow SharedColumnCount, its own roles
// ContactIdRole.
class ContactColumns
{
    Q_DECLARE_TR_FUNCTIONS(ContactColumns)

public:
    enum SharedColumn
    {
        NameColumn, // each model writes the name its own way
        OrganisationColumn,
        JobTitleColumn,
        RoleColumn, // the usual role
        SharedColumnCount
    };
    enum SharedRole
    {
        ContactIdRole = Qt::UserRole + 1,
    };

    // The heading of a shared column; nothing for any other.
    static QVariant heading(int column);
    // What the organisation, job title and role columns show of `contact`;
    // nothing for any other column.
    static QVariant text(const Contact& contact, int column);
};
