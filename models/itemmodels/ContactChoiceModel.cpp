#include "itemmodels/ContactChoiceModel.h"

#include "domain/InviteeRole.h"
#include "itemmodels/InviteeListModel.h"

ContactChoiceModel::ContactChoiceModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContactChoiceModel::setContacts(const QList<Contact>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactChoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return contact.fullName();
    case OrganisationColumn:
        return contact.organisationName;
    case JobTitleColumn:
        return contact.jobTitle;
    case RoleColumn: {
        QString text = contact.role ? inviteeRoleTitle(*contact.role) : QString();
        if (contact.isDecisionMaker)
            text = text.isEmpty() ? tr("Decision-maker") : tr("%1 (decision-maker)").arg(text);
        return text;
    }
    default:
        return {};
    }
}

QVariant ContactChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
