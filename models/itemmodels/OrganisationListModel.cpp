#include "itemmodels/OrganisationListModel.h"

#include "store/directory/OrganisationRepository.h"

#include <QFont>

OrganisationListModel::OrganisationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void OrganisationListModel::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    refresh();
}

void OrganisationListModel::setKind(std::optional<OrganisationKind> kind)
{
    m_kind = kind;
    refresh();
}

void OrganisationListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_db.isOpen()) {
        if (StoreError error = OrganisationRepository(m_db).list(&m_rows, m_kind)) {
            m_rows.clear();
            endResetModel();
            emit loadFailed(error.message());
            return;
        }
    }
    endResetModel();
}

Organisation OrganisationListModel::organisationAt(int row) const
{
    return row >= 1 && row <= m_rows.size() ? m_rows.at(row - 1) : Organisation();
}

int OrganisationListModel::rowOf(qint64 organisationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == organisationId)
            return static_cast<int>(i) + 1;
    }
    return -1;
}

int OrganisationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size()) + 1;
}

int OrganisationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() > m_rows.size() || index.column() >= ColumnCount)
        return {};
    if (index.row() == 0) {
        switch (role) {
        case OrganisationIdRole:
            return qint64(0);
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == NameColumn)
                return m_kind ? tr("Everyone at these organisations") : tr("Everyone");
            if (index.column() == KindColumn)
                return m_kind ? organisationKindTitle(*m_kind) : tr("All kinds");
            break;
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        default:
            break;
        }
        return {};
    }
    const Organisation& organisation = m_rows.at(index.row() - 1);
    switch (role) {
    case OrganisationIdRole:
        return organisation.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? organisation.name : organisationKindTitle(organisation.kind);
    default:
        break;
    }
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Organisation") : tr("Kind");
}
