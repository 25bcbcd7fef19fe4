#pragma once

#include "domain/AuditEntry.h"
#include "itemmodels/RowTableModel.h"

// Rows of the audit trail for the viewer: when (local time), who, what,
// which record, which field, old and new value. Sorting by a column sorts
// on a sort key (the time's UTC value, the id for ties) through a proxy.
class AuditLogModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        UserColumn,
        ActionColumn,
        TableColumn,
        RecordColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        EntryIdRole,
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry* entryAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A readable name for an action key ("insert" reads "Added").
    static QString actionText(const QString& action);

private:
    QString valueText(const AuditEntry& entry, const std::optional<QString>& value) const;
};
