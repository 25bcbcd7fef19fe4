#include "itemmodels/CertificateDueModel.h"

#include "domain/DateText.h"
#include "rules/DeadlineUrgency.h"

CertificateDueModel::CertificateDueModel(QObject* parent)
    : RowTableModel(ColumnCount, parent), m_calendar(BankHolidayCalendar::shipped())
{}

void CertificateDueModel::setItems(const QList<CertificateDueItem>& items,
                                   const BankHolidayCalendar& calendar, const QDate& today)
{
    m_calendar = calendar;
    m_today = today;
    resetRows(items);
}

const CertificateDueItem* CertificateDueModel::itemAt(int row) const
{
    return rowAt(row);
}

QVariant CertificateDueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateDueItem& item = rows().at(index.row());
    const QDate& dueBy = item.dueBy.date();
    switch (role) {
    case CaseIdRole:
        return item.caseId;
    case UrgencyRole:
        return static_cast<int>(DeadlineUrgency::level(m_calendar, m_today, dueBy));
    case DraftIdRole:
        return item.draftId.value_or(0);
    case Qt::ToolTipRole:
        return item.dueBy.explanation().join(QLatin1Char('\n'));
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseColumn:
            return item.caseReference;
        case ChildColumn:
            return item.childName;
        case PartColumn:
            return item.draftId ? tr("%1 (draft)").arg(certificatePartName(item.part))
                                : certificatePartName(item.part);
        case TriggerColumn:
            return DateText::shortDate(item.triggerDate);
        case DueByColumn:
            return DateText::shortDate(dueBy);
        case TimeLeftColumn:
            return DeadlineUrgency::describe(m_calendar, m_today, dueBy);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CertificateDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case ChildColumn:
        return tr("Child or young person");
    case PartColumn:
        return tr("Certificate");
    case TriggerColumn:
        return tr("Event");
    case DueByColumn:
        return tr("Due by");
    case TimeLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}
