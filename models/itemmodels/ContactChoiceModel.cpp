#include "itemmodels/ContactChoiceModel.h"

ContactChoiceModel::ContactChoiceModel(QObject* parent) : RowTableModel(SharedColumnCount, parent) {}

void ContactChoiceModel::setContacts(const QList<Contact>& contacts)
{
    resetRows(contacts);
}

QVariant ContactChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = rows().at(index.row());
    if (role == ContactIdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return contact.fullName();
    case RoleColumn: {
        // The picker has no column of notes: a decision-maker is marked beside the role.
        QString text = ContactColumns::text(contact, RoleColumn).toString();
        if (contact.isDecisionMaker)
            text = text.isEmpty() ? tr("Decision-maker") : tr("%1 (decision-maker)").arg(text);
        return text;
    }
    default:
        return ContactColumns::text(contact, index.column());
    }
}

QVariant ContactChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return heading(section);
}
