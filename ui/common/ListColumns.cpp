#include "common/ListColumns.h"

#include "common/UserSettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <algorithm>

ListColumns::ListColumns(QTableView* view, const QString& key, QObject* parent)
    : QObject(parent), m_view(view), m_header(view->horizontalHeader()), m_key(key)
{
    m_header->setStretchLastSection(false);
    // A heading narrowed to fit the screen is cut at its end, never at both
    // (its tooltip holds it whole).
    m_header->setTextElideMode(Qt::ElideRight);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ListColumns::showMenu);
    for (auto signal : {&QHeaderView::sectionResized, &QHeaderView::sectionMoved})
        connect(m_header, signal, this, &ListColumns::save);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ListColumns::save);
    // The list's own layout, for a user who has not arranged it yet.
    m_defaults = m_header->saveState();
}

QString ListColumns::settingsKey() const
{
    return UserSettings::key(m_username, m_key);
}

bool ListColumns::restore(const QString& username)
{
    m_username = username;
    m_restored = true;
    const QByteArray state = QSettings().value(settingsKey()).toByteArray();
    m_restoring = true;
    // Another user's order, hidden columns and widths do not stay for this one.
    m_header->restoreState(m_defaults);
    const bool restored = !state.isEmpty() && m_header->restoreState(state);
    m_header->setStretchLastSection(false);
    m_restoring = false;
    return restored;
}

void ListColumns::save() const
{
    if (m_restored && !m_restoring)
        QSettings().setValue(settingsKey(), m_header->saveState());
}

void ListColumns::fitToContents(int minimum, int maximum)
{
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_header->count(); ++column) {
        // Never narrower than its own heading, so every heading stays readable.
        const int least = std::max(minimum, m_header->sectionSizeHint(column));
        m_header->resizeSection(column,
                                std::clamp(m_header->sectionSize(column), least, std::max(least, maximum)));
    }
}

void ListColumns::showMenu(const QPoint& at)
{
    QMenu menu(m_header);
    menu.setAccessibleName(tr("Columns"));
    QAbstractItemModel* model = m_header->model();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : QString();
        QAction* action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        // The first column names the row: a list without it cannot be read.
        action->setEnabled(column != 0);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_header->setSectionHidden(column, !shown);
            if (shown && m_header->sectionSize(column) < 30)
                m_view->resizeColumnToContents(column);
            save();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Fit columns to their contents")), &QAction::triggered, this, [this] {
        emit fitRequested();
        save();
    });
    menu.exec(m_header->mapToGlobal(at));
}
