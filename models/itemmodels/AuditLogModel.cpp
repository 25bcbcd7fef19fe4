#include "itemmodels/AuditLogModel.h"

#include "domain/DateText.h"

AuditLogModel::AuditLogModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void AuditLogModel::setEntries(const QList<AuditEntry>& entries)
{
    resetRows(entries);
}

const AuditEntry* AuditLogModel::entryAt(int row) const
{
    return rowAt(row);
}

QString AuditLogModel::actionText(const QString& action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("open"))
        return tr("Opened");
    if (action == QLatin1String("print"))
        return tr("Printed");
    if (action == QLatin1String("export"))
        return tr("Exported");
    if (action == QLatin1String("import"))
        return tr("Imported");
    if (action == QLatin1String("anonymise"))
        return tr("Anonymised");
    // A batch of demo data's rows (BulkInsertAudit).
    if (action == QLatin1String("bulk_insert"))
        return tr("Added in bulk");
    return action;
}

QString AuditLogModel::valueText(const AuditEntry& entry, const std::optional<QString>& value) const
{
    if (entry.redacted)
        return tr("(withheld)");
    return value.value_or(QString());
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = rows().at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return e.id; // ids follow time, and break ties
        case RecordColumn:
            return e.recordId.toLongLong() > 0 ? QVariant(e.recordId.toLongLong()) : QVariant(e.recordId);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return DateText::shortDate(e.at.toLocalTime().date()) + QLatin1Char(' ') +
               e.at.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
    case UserColumn:
        return e.actorName.isEmpty() ? tr("(nobody signed in)") : e.actorName;
    case ActionColumn:
        return actionText(e.action);
    case TableColumn:
        return e.table;
    case RecordColumn:
        return e.recordId;
    case FieldColumn:
        return e.field;
    case OldValueColumn:
        return valueText(e, e.oldValue);
    case NewValueColumn:
        return valueText(e, e.newValue);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case TableColumn:
        return tr("Table");
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}
