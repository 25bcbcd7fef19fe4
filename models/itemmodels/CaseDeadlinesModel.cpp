#include "itemmodels/CaseDeadlinesModel.h"

#include "rules/DeadlineUrgency.h"
#include "rules/IsoDate.h"

CaseDeadlinesModel::CaseDeadlinesModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void CaseDeadlinesModel::setDeadlines(const QList<CaseDeadline>& deadlines,
                                      const BankHolidayCalendar& calendar, const QDate& today)
{
    m_calendar = calendar;
    m_today = today;
    resetRows(deadlines);
}

QString CaseDeadlinesModel::urgencyText(const CaseDeadline& deadline) const
{
    if (!deadline.deadline.isValid())
        return tr("Cannot be worked out: a date is missing");
    if (deadline.kind == CaseDeadline::Kind::ContractMeetingBy)
        return tr("Service level only");
    if (!deadline.pending)
        return deadline.kind == CaseDeadline::Kind::Appeal ? tr("For information")
                                                           : tr("Not waiting on it now");
    return DeadlineUrgency::describe(m_calendar, m_today, deadline.deadline.date());
}

QVariant CaseDeadlinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseDeadline& entry = rows().at(index.row());
    const Deadline& deadline = entry.deadline;
    switch (role) {
    case UrgencyRole:
        if (!entry.pending)
            return static_cast<int>(DeadlineUrgency::Level::None);
        return static_cast<int>(DeadlineUrgency::level(m_calendar, m_today, deadline.date()));
    case PendingRole:
        return entry.pending;
    case Qt::ToolTipRole:
        return deadline.explanation().join(QLatin1Char('\n'));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return entry.pending ? tr("%1 (waiting on it)").arg(entry.title()) : entry.title();
    case DateColumn:
        if (!deadline.isValid())
            return tr("No date");
        return deadline.isProvisional() ? tr("%1 (provisional)").arg(IsoDate::describe(deadline.date()))
                                        : IsoDate::describe(deadline.date());
    case UrgencyColumn:
        return urgencyText(entry);
    case RuleColumn:
        return deadline.rule();
    case StartColumn:
        if (!deadline.startDate().isValid())
            return QString();
        return tr("%1: %2").arg(IsoDate::describe(deadline.startDate()), deadline.startEvent());
    default:
        return {};
    }
}

QVariant CaseDeadlinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Deadline");
    case DateColumn:
        return tr("Date");
    case UrgencyColumn:
        return tr("Time left");
    case RuleColumn:
        return tr("Rule");
    case StartColumn:
        return tr("Runs from");
    default:
        return {};
    }
}
