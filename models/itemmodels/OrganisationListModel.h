#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <optional>

// The organisations of the directory, by name, of one kind or all; the first
// row is "Everyone" (no organisation chosen). A directory holds hundreds of
// organisations, not hundreds of thousands, so they are read at once.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        ColumnCount
    };
    enum Role
    {
        OrganisationIdRole = Qt::UserRole + 1, // 0 on the "Everyone" row
    };

    explicit OrganisationListModel(QObject* parent = nullptr);

    // Clears the model when the database is not open.
    void setDatabase(QSqlDatabase db);
    void setKind(std::optional<OrganisationKind> kind);
    std::optional<OrganisationKind> kind() const { return m_kind; }
    void refresh();
    // The organisation on a row; id 0 on the "Everyone" row.
    Organisation organisationAt(int row) const;
    int rowOf(qint64 organisationId) const; // -1 when not listed
    int organisationCount() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    QSqlDatabase m_db;
    std::optional<OrganisationKind> m_kind;
    QList<Organisation> m_rows;
};
