#include "itemmodels/ActivityModel.h"

#include "domain/DateText.h"

ActivityModel::ActivityModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void ActivityModel::setActivities(const QList<Activity>& activities)
{
    resetRows(activities);
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity& activity = rows().at(index.row());
    if (role == ActivityIdRole)
        return activity.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == SummaryColumn && !activity.body.isEmpty())
            return activity.body;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return DateText::shortDateTime(activity.occurredAt.toLocalTime());
    case KindColumn:
        return activityKindTitle(activity.kind);
    case SummaryColumn:
        return activity.summary;
    case AuthorColumn:
        return activity.authorName.isEmpty() ? tr("(not recorded)") : activity.authorName;
    case ConfidentialColumn:
        return activity.confidential ? tr("Confidential") : QString();
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Summary");
    case AuthorColumn:
        return tr("Author");
    case ConfidentialColumn:
        return tr("Confidential");
    default:
        return {};
    }
}
