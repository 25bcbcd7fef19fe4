#pragma once

#include "itemmodels/CaseRowRoles.h"
#include "itemmodels/RowTableModel.h"
#include "rules/BankHolidayCalendar.h"
#include "store/cases/CaseListQuery.h"

#include <QDate>

// A short, already-fetched list of cases (a dashboard panel): reference,
// child or young person, stage, what is due, by when and the time left in words.
class CaseRowsModel : public RowTableModel<CaseListRow>, public CaseRowRoles
{
    Q_OBJECT

public:
    enum Column
    {
        ReferenceColumn,
        ChildColumn,
        StageColumn,
        WhatColumn, // what is due: "Part 2 certificate", "Meeting must take place"
        NextDeadlineColumn,
        TimeLeftColumn,
        CaseworkerColumn,
        ColumnCount
    };

    explicit CaseRowsModel(QObject* parent = nullptr);

    void setRows(const QList<CaseListRow>& rows, const BankHolidayCalendar& calendar, const QDate& today);
    void clear();
    qint64 caseIdAt(int row) const;
    // "Part 2 certificate due by" for a CaseListRow::nextDeadlineKind key; the key itself when unknown.
    static QString deadlineKindTitle(const QString& key);
    // "Part 2 certificate" for the same key; empty when unknown.
    static QString whatIsDue(const QString& key);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    BankHolidayCalendar m_calendar;
    QDate m_today;
};
