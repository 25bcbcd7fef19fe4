#include "itemmodels/ActivityModel.h"

#include "domain/DateText.h"

ActivityModel::ActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActivityModel::setActivities(const QList<Activity>& activities)
{
    beginResetModel();
    m_activities = activities;
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_activities.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity& activity = m_activities.at(index.row());
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
