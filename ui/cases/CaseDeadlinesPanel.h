#pragma once

#include "domain/CaseDetails.h"

#include <QDate>
#include <QWidget>

class BankHolidayCalendar;
class CaseDeadlinesModel;
class QTableView;

// A case's statutory deadlines, each with its date, the time left (coloured
// by urgency, and said in words) and the rule that set it; hovering over one
// shows how it was worked out.
class CaseDeadlinesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseDeadlinesPanel(QWidget* parent = nullptr);

    CaseDeadlinesModel* model() const { return m_model; }
    // Works the deadlines out again from the case's dates, counting working
    // days with the calendar and the time left from today.
    void showDeadlines(const CaseDetails& details, const BankHolidayCalendar& calendar, const QDate& today);

private:
    CaseDeadlinesModel* m_model;
    QTableView* m_view;
};
