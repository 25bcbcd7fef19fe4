#include "itemmodels/CaseRowsModel.h"

#include "rules/CaseDeadlines.h"
#include "rules/DeadlineUrgency.h"
#include "rules/IsoDate.h"

CaseRowsModel::CaseRowsModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void CaseRowsModel::setRows(const QList<CaseListRow>& rows, const BankHolidayCalendar& calendar,
                            const QDate& today)
{
    m_calendar = calendar;
    m_today = today;
    resetRows(rows);
}

void CaseRowsModel::clear()
{
    resetRows({});
}

namespace {
// The deadline whose key() is `key`: the keys come from the rules alone.
std::optional<CaseDeadline> deadlineOfKey(const QString& key)
{
    using K = CaseDeadline::Kind;
    for (K kind : {K::ReferralAction, K::ContactBy, K::MeetingBy, K::Certificate, K::Appeal}) {
        CaseDeadline deadline{kind, {}, false, {}};
        if (kind == K::Certificate) {
            for (CertificatePart part :
                 {CertificatePart::Part1, CertificatePart::Part2, CertificatePart::Part3}) {
                deadline.part = part;
                if (deadline.key() == key)
                    return deadline;
            }
        } else if (deadline.key() == key) {
            return deadline;
        }
    }
    return std::nullopt;
}
} // namespace

QString CaseRowsModel::deadlineKindTitle(const QString& key)
{
    const std::optional<CaseDeadline> deadline = deadlineOfKey(key);
    return deadline ? deadline->title() : key;
}

QString CaseRowsModel::whatIsDue(const QString& key)
{
    const std::optional<CaseDeadline> deadline = deadlineOfKey(key);
    return deadline ? deadline->whatIsDue() : QString();
}

qint64 CaseRowsModel::caseIdAt(int row) const
{
    const CaseListRow* found = rowAt(row);
    return found ? found->id : 0;
}

QVariant CaseRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow& row = rows().at(index.row());
    if (role == CaseIdRole)
        return row.id;
    if (role == UrgencyRole)
        return static_cast<int>(DeadlineUrgency::level(m_calendar, m_today, row.nextDeadline));
    if (role == Qt::ToolTipRole) {
        // The child's whole name first, for a name cut short in a narrow panel.
        const QString name = index.column() == ChildColumn ? row.childName + QLatin1Char('\n') : QString();
        if (!row.nextDeadline.isValid())
            return name + caseStageTitle(row.stage);
        return name + tr("%1 %2\nStage: %3")
                          .arg(deadlineKindTitle(row.nextDeadlineKind), IsoDate::describe(row.nextDeadline),
                               caseStageTitle(row.stage));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return row.reference;
    case ChildColumn:
        return row.childName;
    case StageColumn:
        return caseStageTitle(row.stage);
    case WhatColumn:
        return row.nextDeadline.isValid() ? whatIsDue(row.nextDeadlineKind) : QString();
    case NextDeadlineColumn:
        if (!row.nextDeadline.isValid())
            return QString();
        return IsoDate::describe(row.nextDeadline);
    case TimeLeftColumn:
        return DeadlineUrgency::describe(m_calendar, m_today, row.nextDeadline);
    case CaseworkerColumn:
        return row.caseworkerName;
    default:
        return {};
    }
}

QVariant CaseRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tooltip is the heading itself, for a heading cut short in a narrow panel.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case ChildColumn:
        return tr("Child or young person");
    case StageColumn:
        return tr("Stage");
    case WhatColumn:
        return tr("What is due");
    case NextDeadlineColumn:
        return tr("Due");
    case TimeLeftColumn:
        return tr("Time left");
    case CaseworkerColumn:
        return tr("Caseworker");
    default:
        return {};
    }
}
