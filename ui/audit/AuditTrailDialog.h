#pragma once

#include "domain/AuditEntry.h"
#include "domain/User.h"

#include <QDialog>
#include <QSqlDatabase>

class AuditLogModel;
class DateLineEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// Office > Audit Trail: who changed, opened, printed or exported what, and
// when, newest first, filtered by dates, user, table, record, action and
// text. Read-only. The store refuses it to roles without ViewAudit; the menu
// greys it out for them.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(QSqlDatabase db, QWidget* parent = nullptr);

    static bool allowedFor(const User& actor);
    // At most this many rows are shown; the filters narrow the rest.
    static constexpr int kRowLimit = 2000;

    QTableView* view() const { return m_view; }
    AuditLogModel* model() const { return m_model; }
    QLabel* status() const { return m_status; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* recordEdit() const { return m_record; }
    QComboBox* tableBox() const { return m_table; }
    QComboBox* actionBox() const { return m_action; }

    // Reads the trail again with the filters as they are; false when refused.
    bool reload();

private:
    AuditFilter filter() const;
    void clearFilters();

    QSqlDatabase m_db;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QLineEdit* m_user;
    QComboBox* m_table;
    QLineEdit* m_record;
    QComboBox* m_action;
    QLineEdit* m_text;
    QTableView* m_view;
    AuditLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_status;
};
