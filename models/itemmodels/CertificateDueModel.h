#pragma once

#include "itemmodels/CaseRowRoles.h"
#include "itemmodels/RowTableModel.h"
#include "rules/BankHolidayCalendar.h"
#include "store/certificates/CertificateRepository.h"

#include <QDate>

// The certificates the open cases need, soonest due first: case, child or
// young person, Part, the event it records, due by, and the time left in
// words ("Overdue by 2 working days"), so overdue shows in text, not colour alone.
class CertificateDueModel : public RowTableModel<CertificateDueItem>, public CaseRowRoles
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
    // After the shared case roles.
    enum Role
    {
        DraftIdRole = UrgencyRole + 1, // the draft prepared for it, 0 when none
    };

    explicit CertificateDueModel(QObject* parent = nullptr);

    void setItems(const QList<CertificateDueItem>& items, const BankHolidayCalendar& calendar,
                  const QDate& today);
    const CertificateDueItem* itemAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BankHolidayCalendar m_calendar;
    QDate m_today;
};
