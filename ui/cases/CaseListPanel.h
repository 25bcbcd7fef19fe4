#pragma once

#include <QWidget>

class CaseFilterBar;
class CaseListModel;
class ListColumns;
class QLabel;
class QTableView;
class WorkContext;

// The case list: filters above a table sorted, filtered and searched in SQL,
// and how many cases match. Enter or a double click opens a case.
class CaseListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListPanel(WorkContext* context, QWidget* parent = nullptr);
    ~CaseListPanel() override;

    CaseListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ListColumns* columns() const { return m_columns; }
    CaseFilterBar* filterBar() const { return m_filterBar; }
    void focusSearch();
    // Asks the database again, keeping filter, sort and the selected case.
    void refresh();
    // Loads the choices and the list afresh from the database now open.
    void reload();
    void selectCase(qint64 caseId);
    // Asks where, then saves every case of the list as filtered and sorted
    // (CaseListExport) as CSV or XLSX, by the name chosen.
    void exportList();

signals:
    void openCaseRequested(qint64 caseId);
    void newReferralRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCount();
    // Sizes the columns to the first page, narrowing text columns to fit the view.
    void fitColumns();
    void openCurrent();

    WorkContext* m_context;
    CaseFilterBar* m_filterBar;
    CaseListModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    ListColumns* m_columns;
    bool m_fitPending = false;
};
