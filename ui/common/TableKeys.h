#pragma once

#include <QObject>
#include <functional>

class QAbstractItemView;

// The keys of a list of records, alike on every page that has them: Delete
// does the page's removal (or marking done), Enter and Return open the
// selected record. Installed on the view, owned by it.
class TableKeys : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView* view, std::function<void()> onDelete,
                        std::function<void()> onEnter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableKeys(QAbstractItemView* view, std::function<void()> onDelete, std::function<void()> onEnter);

    std::function<void()> m_onDelete;
    std::function<void()> m_onEnter;
};
