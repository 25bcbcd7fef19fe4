#pragma once

#include "itemmodels/ContactColumns.h"
#include "itemmodels/PagedRowModel.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"

#include <QSet>

// The people of the directory: a page of rows at a time, sorted, filtered and
// searched in SQL (PagedQueryModel) as CaseListModel is, in the shared contact
// columns (ContactColumns) and their phone and email. Rows that are likely
// duplicates of another (same name, and the same email or phone) are flagged.
class ContactListModel : public PagedRowModel<ContactListQuery, Contact, ContactFilter>, public ContactColumns
{
    Q_OBJECT

public:
    // After the shared contact columns.
    enum Column
    {
        PhoneColumn = SharedColumnCount,
        EmailColumn,
        NoteColumn, // decision-maker, likely duplicate
        ColumnCount
    };
    enum Role
    {
        LikelyDuplicateRole = ContactIdRole + 1, // bool
        DecisionMakerRole,                       // bool
    };

    explicit ContactListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db);
    // How many contacts of the whole directory are in a likely-duplicate pair.
    int duplicateCount() const { return static_cast<int>(m_duplicates.size()); }
    qint64 contactIdAt(int row) const;
    Contact contactAt(int row) const;
    // refresh() reloads the duplicates too.

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ContactListQuery query() const override;
    std::optional<ContactListQuery::Column> queryColumn(int column) const override;
    // The rows and the duplicates read with them.
    void clearRows() override;
    // The likely duplicates of the whole directory.
    StoreError refreshExtras() override;

private:
    QSet<qint64> m_duplicates;
};
