#pragma once

#include "rules/BankHolidayCalendar.h"
#include "rules/CaseDeadlines.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Every deadline of one case (CaseDeadlines::all), each with the rule that
// gives it and the date it runs from, so a supervisor can check it by hand.
// The urgency of a deadline the case waits on is said in words as well as
// given as UrgencyRole for colour; the tooltip is the whole working.
class CaseDeadlinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DateColumn,
        UrgencyColumn,
        StartColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role
    {
        UrgencyRole = Qt::UserRole + 2, // DeadlineUrgency::Level as int, as CaseListModel::UrgencyRole
        PendingRole,
    };

    explicit CaseDeadlinesModel(QObject* parent = nullptr);

    void setDeadlines(const QList<CaseDeadline>& deadlines, const BankHolidayCalendar& calendar,
                      const QDate& today);
    const QList<CaseDeadline>& deadlines() const { return m_deadlines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString urgencyText(const CaseDeadline& deadline) const;

    QList<CaseDeadline> m_deadlines;
    BankHolidayCalendar m_calendar;
    QDate m_today;
};
