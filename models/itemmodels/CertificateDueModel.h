#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/certificates/CertificateRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The certificates the open cases need, soonest due first: case, child or
// young person, Part, the event it records, due by, and the time left in
// words ("Overdue by 2 working days"), so overdue shows in text, not colour alone.
class CertificateDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseColumn,
        ChildColumn,
        PartColumn,
        TriggerColumn,
        DueByColumn,
        TimeLeftColumn,
        ColumnCount
    };
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        UrgencyRole, // DeadlineUrgency::Level as int
        DraftIdRole, // the draft prepared for it, 0 when none
    };

    explicit CertificateDueModel(QObject* parent = nullptr);

    void setItems(const QList<CertificateDueItem>& items, const BankHolidayCalendar& calendar,
                  const QDate& today);
    const CertificateDueItem* itemAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CertificateDueItem> m_items;
    BankHolidayCalendar m_calendar;
    QDate m_today;
};
