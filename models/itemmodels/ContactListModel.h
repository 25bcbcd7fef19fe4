#pragma once

#include "itemmodels/PagedQueryModel.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"

#include <QSet>

// The people of the directory: a page of rows at a time, sorted, filtered and
// searched in SQL (PagedQueryModel) as CaseListModel is. Rows that are likely
// duplicates of another (same name, and the same email or phone) are flagged.
class ContactListModel : public PagedQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrganisationColumn,
        JobTitleColumn,
        RoleColumn,
        PhoneColumn,
        EmailColumn,
        NoteColumn, // decision-maker, likely duplicate
        ColumnCount
    };
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        LikelyDuplicateRole, // bool
        DecisionMakerRole,   // bool
    };

    explicit ContactListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db);
    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const { return m_filter; }
    // How many contacts of the whole directory are in a likely-duplicate pair.
    int duplicateCount() const { return static_cast<int>(m_duplicates.size()); }
    qint64 contactIdAt(int row) const;
    Contact contactAt(int row) const;
    // refresh() reloads the duplicates too.

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isSortable(int column) const override { return queryColumn(column).has_value(); }
    StoreError countRows(int* total) const override { return query().count(total); }
    StoreError fetchRows(int offset, int limit) override
    {
        return fetchInto(query(), offset, limit, &m_rows);
    }
    void clearRows() override;
    // The likely duplicates of the whole directory.
    StoreError refreshExtras() override;

private:
    static std::optional<ContactListQuery::Column> queryColumn(int column);
    ContactListQuery query() const;

    ContactFilter m_filter;
    QList<Contact> m_rows;
    QSet<qint64> m_duplicates;
};
