#pragma once

#include "itemmodels/CaseRowRoles.h"
#include "itemmodels/RowTableModel.h"
#include "rules/BankHolidayCalendar.h"
#include "rules/CaseDeadlines.h"

#include <QDate>

// Every deadline of one case (CaseDeadlines::all), each with the rule that
// gives it and the date it runs from, so a supervisor can check it by hand.
// The urgency of a deadline the case waits on is said in words as well as
// given as UrgencyRole for colour; the tooltip is the whole working.
class CaseDeadlinesModel : public RowTableModel<CaseDeadline>
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
        UrgencyRole = CaseRowRoles::UrgencyRole, // DeadlineUrgency::Level as int
        PendingRole,
    };

    explicit CaseDeadlinesModel(QObject* parent = nullptr);

    void setDeadlines(const QList<CaseDeadline>& deadlines, const BankHolidayCalendar& calendar,
                      const QDate& today);
    const QList<CaseDeadline>& deadlines() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString urgencyText(const CaseDeadline& deadline) const;

    BankHolidayCalendar m_calendar;
    QDate m_today;
};
