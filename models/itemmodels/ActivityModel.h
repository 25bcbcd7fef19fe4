#pragma once

#include "domain/Activity.h"
#include "itemmodels/RowTableModel.h"

// A case's timeline as a table, newest first (as ActivityRepository::listForCase
// returns it): when, what kind, summary, who wrote it, and whether it is
// confidential. The body is the summary's tooltip.
class ActivityModel : public RowTableModel<Activity>
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        KindColumn,
        SummaryColumn,
        AuthorColumn,
        ConfidentialColumn,
        ColumnCount
    };
    enum Role
    {
        ActivityIdRole = Qt::UserRole + 1,
    };

    explicit ActivityModel(QObject* parent = nullptr);

    void setActivities(const QList<Activity>& activities);
    const QList<Activity>& activities() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
