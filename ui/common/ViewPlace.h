#pragma once

#include <QVariant>

class QAbstractItemView;

// Where the person was in a list before it is read again: the current row's
// record (by the id `idRole` gives), its column, how many rows a paged model
// had fetched, and how far the list was scrolled. restore() puts them back
// after the model was reset, so a refresh (another desk's change) never
// moves the selection or the scroll position.
class ViewPlace
{
public:
    ViewPlace(QAbstractItemView* view, int idRole);
    void restore() const;

private:
    QAbstractItemView* m_view;
    int m_idRole;
    QVariant m_id;
    int m_column = 0;
    int m_rows = 0;
    int m_vertical = 0;
    int m_horizontal = 0;
};
