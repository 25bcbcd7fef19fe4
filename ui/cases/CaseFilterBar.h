#pragma once

#include "domain/Council.h"
#include "domain/User.h"
#include "store/cases/CaseListQuery.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

// The case list's filters: council, route, stage, caseworker, "Overdue",
// "Due this week", "Include closed" and a search box (typing settles for
// 250 ms before the list is asked again). Remembered between runs for each
// user (UserSettings), so one person's search is never shown to the next.
class CaseFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilterBar(QWidget* parent = nullptr);

    // The councils and caseworkers to choose from; keeps the current choice when it is still there.
    void setChoices(const QList<Council>& councils, const QList<User>& caseworkers);
    CaseListFilter filter() const;
    void setFilter(const CaseListFilter& filter);
    void focusSearch();

    // Back to every open case, no search; announced with filterChanged().
    void clear();

    void saveSettings(const QString& username) const;
    // The filter `username` left last time (applied once the choices are loaded).
    static CaseListFilter savedFilter(const QString& username);

signals:
    void filterChanged(const CaseListFilter& filter);

private:
    void fillStages();
    void emitChanged();

    // Made in reading order, which is the order Tab takes (the search first).
    QLineEdit* m_search;
    QComboBox* m_council;
    QComboBox* m_route;
    QComboBox* m_stage;
    QComboBox* m_caseworker;
    QCheckBox* m_overdue;
    QCheckBox* m_dueThisWeek;
    QCheckBox* m_includeClosed;
    QTimer* m_searchTimer;
    bool m_quiet = false;
};
