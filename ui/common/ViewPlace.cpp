#include "common/ViewPlace.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>

ViewPlace::ViewPlace(QAbstractItemView* view, int idRole) : m_view(view), m_idRole(idRole)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        m_id = current.siblingAtColumn(0).data(idRole);
        m_column = current.column();
    }
    m_rows = view->model() ? view->model()->rowCount() : 0;
    m_vertical = view->verticalScrollBar()->value();
    m_horizontal = view->horizontalScrollBar()->value();
}

void ViewPlace::restore() const
{
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    // A paged model starts again at its first page: as many rows as were
    // there, so the scroll position means what it meant.
    while (model->rowCount() < m_rows && model->canFetchMore({}))
        model->fetchMore({});
    if (m_id.isValid()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, m_column);
            if (index.siblingAtColumn(0).data(m_idRole) == m_id) {
                m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
                break;
            }
        }
    }
    m_view->verticalScrollBar()->setValue(m_vertical);
    m_view->horizontalScrollBar()->setValue(m_horizontal);
}
