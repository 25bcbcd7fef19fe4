#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QPushButton;
class QTextBrowser;

// The help pages (HelpPages) in a window of their own beside the program,
// so a person can read and work at once. Links between pages, Back, and
// Contents; the deadline examples use the office's bank holidays as they
// are when a page is shown.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    explicit HelpWindow(std::function<BankHolidayCalendar()> calendar, QWidget* parent = nullptr);

    // Shows the page (HelpPages::names()), the contents for one it does not know, and raises the window.
    void showTopic(const QString& name);
    QString currentTopic() const { return m_history.value(m_history.size() - 1); }
    QTextBrowser* browser() const { return m_browser; }

private:
    void display(const QString& name);
    void back();

    std::function<BankHolidayCalendar()> m_calendar;
    QTextBrowser* m_browser;
    QPushButton* m_back;
    QStringList m_history;
};
