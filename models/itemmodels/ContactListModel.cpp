#include "itemmodels/ContactListModel.h"

#include "rules/ContactDetailsRules.h"

#include <QBrush>
#include <QColor>

ContactListModel::ContactListModel(QObject* parent) : PagedRowModel(ColumnCount, NameColumn, parent) {}

void ContactListModel::setDatabase(QSqlDatabase db)
{
    useDatabase(std::move(db));
    refresh();
}

qint64 ContactListModel::contactIdAt(int row) const
{
    const Contact* found = rowAt(row);
    return found ? found->id : 0;
}

Contact ContactListModel::contactAt(int row) const
{
    const Contact* found = rowAt(row);
    return found ? *found : Contact();
}

std::optional<ContactListQuery::Column> ContactListModel::queryColumn(int column) const
{
    switch (column) {
    case NameColumn:
        return ContactListQuery::Column::Name;
    case OrganisationColumn:
        return ContactListQuery::Column::Organisation;
    case JobTitleColumn:
        return ContactListQuery::Column::JobTitle;
    case PhoneColumn:
        return ContactListQuery::Column::Phone;
    case EmailColumn:
        return ContactListQuery::Column::Email;
    default:
        return std::nullopt;
    }
}

ContactListQuery ContactListModel::query() const
{
    ContactListQuery query(database());
    query.setFilter(filter());
    query.setSort(queryColumn(sortColumn()).value_or(ContactListQuery::Column::Name), sortOrder());
    return query;
}

void ContactListModel::clearRows()
{
    PagedRowModel::clearRows();
    m_duplicates.clear();
}

StoreError ContactListModel::refreshExtras()
{
    QList<LikelyDuplicate> pairs;
    if (StoreError error = ContactRepository(database()).likelyDuplicates(&pairs))
        return error;
    for (const LikelyDuplicate& pair : std::as_const(pairs)) {
        m_duplicates.insert(pair.first.id);
        m_duplicates.insert(pair.second.id);
    }
    return {};
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size() || index.column() >= ColumnCount)
        return {};
    const Contact& contact = rows().at(index.row());
    const bool duplicate = m_duplicates.contains(contact.id);
    switch (role) {
    case ContactIdRole:
        return contact.id;
    case LikelyDuplicateRole:
        return duplicate;
    case DecisionMakerRole:
        return contact.isDecisionMaker;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            // Family name first, as the list is sorted.
            if (contact.familyName.isEmpty() || contact.givenName.isEmpty())
                return contact.fullName();
            return tr("%1, %2").arg(contact.familyName, contact.givenName);
        case OrganisationColumn:
        case JobTitleColumn:
        case RoleColumn:
            return ContactColumns::text(contact, index.column());
        case PhoneColumn:
            return ContactDetailsRules::displayPhone(contact.phone);
        case EmailColumn:
            return contact.email;
        case NoteColumn: {
            QStringList notes;
            if (duplicate)
                notes << tr("Likely duplicate");
            if (contact.isDecisionMaker)
                notes << tr("Decision-maker");
            return notes.join(QStringLiteral("; "));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && duplicate)
            return tr("Another entry has the same name and the same email or phone: merge them with "
                      "Duplicates (Ctrl+D).");
        break;
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn && duplicate)
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        break;
    case Qt::BackgroundRole:
        if (index.column() == NoteColumn && duplicate)
            return QBrush(QColor(0xff, 0xf1, 0xd6));
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return PagedQueryModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("Email");
    case NoteColumn:
        return tr("Check");
    default:
        return heading(section);
    }
}
