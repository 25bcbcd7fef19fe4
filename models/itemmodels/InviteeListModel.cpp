#include "itemmodels/InviteeListModel.h"

#include "rules/IsoDate.h"

namespace {
const QList<std::optional<bool>> kWilling{std::nullopt, true, false};
}

InviteeListModel::InviteeListModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void InviteeListModel::setInvitees(const QList<Invitee>& invitees)
{
    resetRows(invitees);
}

int InviteeListModel::rowOf(qint64 inviteeId) const
{
    return rowWithId(inviteeId);
}

QString InviteeListModel::consentText(const Invitee& invitee)
{
    QStringList parts;
    if (invitee.parentConsentDate.isValid())
        parts << tr("parent %1").arg(IsoDate::describe(invitee.parentConsentDate));
    if (invitee.mediatorConsentDate.isValid())
        parts << tr("mediator %1").arg(IsoDate::describe(invitee.mediatorConsentDate));
    if (invitee.allPartiesConsentDate.isValid())
        parts << tr("all parties %1").arg(IsoDate::describe(invitee.allPartiesConsentDate));
    return parts.join(QStringLiteral("; "));
}

QVariant InviteeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitee& invitee = rows().at(index.row());
    if (role == InviteeIdRole)
        return invitee.id;
    const int column = index.column();
    if (role == ChoicesRole) {
        QStringList choices;
        if (column == RoleColumn) {
            for (InviteeRole value : allInviteeRoles())
                choices << inviteeRoleTitle(value);
        } else if (column == StatusColumn) {
            for (InviteeStatus value : allInviteeStatuses())
                choices << inviteeStatusTitle(value);
        } else if (column == WillingColumn) {
            for (const auto& value : kWilling)
                choices << inviteeWillingTitle(value);
        } else {
            return {};
        }
        return choices;
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case NameColumn:
            return invitee.displayName;
        case RoleColumn:
            return static_cast<int>(allInviteeRoles().indexOf(invitee.role));
        case StatusColumn:
            return static_cast<int>(allInviteeStatuses().indexOf(invitee.status));
        case WillingColumn:
            return static_cast<int>(kWilling.indexOf(invitee.willing));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn && !invitee.notes.isEmpty())
            return invitee.notes;
        if (column == NameColumn)
            return invitee.contactId ? tr("From the directory") : tr("Added for this case");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return invitee.displayName;
    case RoleColumn:
        return inviteeRoleTitle(invitee.role);
    case StatusColumn:
        return inviteeStatusTitle(invitee.status);
    case OrganisationColumn:
        return invitee.organisation;
    case WillingColumn:
        return inviteeWillingTitle(invitee.willing);
    case ConsentColumn:
        return consentText(invitee);
    default:
        return {};
    }
}

bool InviteeListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Invitee& invitee = editableRow(index.row());
    const Invitee before = invitee;
    bool ok = false;
    const int choice = value.toInt(&ok);
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == invitee.displayName)
            return false;
        invitee.displayName = name;
        break;
    }
    case RoleColumn: {
        const QList<InviteeRole> roles = allInviteeRoles();
        if (!ok || choice < 0 || choice >= roles.size() || roles.at(choice) == invitee.role)
            return false;
        invitee.role = roles.at(choice);
        break;
    }
    case StatusColumn: {
        const QList<InviteeStatus> statuses = allInviteeStatuses();
        if (!ok || choice < 0 || choice >= statuses.size() || statuses.at(choice) == invitee.status)
            return false;
        invitee.status = statuses.at(choice);
        break;
    }
    case WillingColumn:
        if (!ok || choice < 0 || choice >= kWilling.size() || kWilling.at(choice) == invitee.willing)
            return false;
        invitee.willing = kWilling.at(choice);
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit inviteeEdited(invitee, before);
    return true;
}

Qt::ItemFlags InviteeListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    switch (index.column()) {
    case NameColumn:
    case RoleColumn:
    case StatusColumn:
    case WillingColumn:
        return result | Qt::ItemIsEditable;
    default:
        return result;
    }
}

QVariant InviteeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case OrganisationColumn:
        return tr("Organisation");
    case WillingColumn:
        return tr("Willing");
    case ConsentColumn:
        return tr("Consents");
    default:
        return {};
    }
}
