#pragma once

#include "rules/BankHolidayCalendar.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;
class WorkContext;

// Settings > Bank Holidays: which years the office's calendar covers, which
// of them are announced by the government and which only projected by the
// standard rules (a deadline in a projected year is provisional), each
// year's holidays, and Import... of the government's bank-holidays.json
// (merged in, so a file of a few years drops none of the others; a bad file
// changes nothing). Every deadline counts working days on this calendar.
class BankHolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BankHolidaysDialog(WorkContext* context, QWidget* parent = nullptr);

    // Imports the file at `path` as Import... does; false and *problem when nothing was imported.
    bool importFile(const QString& path, QString* problem);
    QString coverageText() const;
    // The holidays shown: the chosen year's.
    QTableWidget* table() const { return m_table; }
    void showYear(int year);

private:
    void load();
    void chooseFile();

    WorkContext* m_context;
    BankHolidayCalendar m_calendar;
    QLabel* m_coverage;
    QComboBox* m_year;
    QTableWidget* m_table;
};
