#pragma once

#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>

// The people of the directory: a page of rows at a time, sorted, filtered and
// searched in SQL as CaseListModel is. Rows that are likely duplicates of
// another (same name, and the same email or phone) are flagged. rowCount() is
// what has been fetched; totalCount() is the whole.
class ContactListModel : public QAbstractTableModel
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
    static constexpr int kPageSize = 200;

    explicit ContactListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db);
    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    // How many contacts of the whole directory are in a likely-duplicate pair.
    int duplicateCount() const { return static_cast<int>(m_duplicates.size()); }
    qint64 contactIdAt(int row) const;
    Contact contactAt(int row) const;
    // Reloads from the first page (and the duplicates), keeping filter and sort.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed; the message says what (never personal data).
    void loadFailed(const QString& message);

private:
    static std::optional<ContactListQuery::Column> queryColumn(int column);
    ContactListQuery query() const;

    QSqlDatabase m_db;
    ContactFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Contact> m_rows;
    QSet<qint64> m_duplicates;
    int m_total = 0;
};
