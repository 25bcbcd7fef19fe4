#include "itemmodels/CertificateRegisterModel.h"

#include "domain/DateText.h"

CertificateRegisterModel::CertificateRegisterModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void CertificateRegisterModel::setCertificates(const QList<Certificate>& certificates)
{
    resetRows(certificates);
}

const Certificate* CertificateRegisterModel::certificateAt(int row) const
{
    return rowAt(row);
}

int CertificateRegisterModel::rowOf(qint64 certificateId) const
{
    return rowWithId(certificateId);
}

QVariant CertificateRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Certificate& c = rows().at(index.row());
    if (role == CertificateIdRole)
        return c.id;
    if (role == StatusRole)
        return static_cast<int>(c.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return c.number.isEmpty() ? tr("(not yet numbered)") : c.number;
    case PartColumn:
        return certificatePartName(c.part);
    case CaseColumn:
        return c.caseReference;
    case StatusColumn:
        return certificateStatusTitle(c.status);
    case IssueDateColumn:
        return DateText::shortDate(c.issueDate);
    case IssuerColumn:
        return QStringLiteral("%1 (%2)").arg(c.issuerName,
                                             certificateIssuerRoleTitle(c.issuerRole).toLower());
    case NoteColumn: {
        QStringList notes;
        if (!c.replacesNumber.isEmpty())
            notes << tr("Replaces %1").arg(c.replacesNumber);
        if (c.status == CertificateStatus::Voided) {
            notes << tr("Voided: %1").arg(c.voidReason);
            if (!c.replacedByNumber.isEmpty())
                notes << tr("replaced by %1").arg(c.replacedByNumber);
        }
        return notes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant CertificateRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case PartColumn:
        return tr("Part");
    case CaseColumn:
        return tr("Case");
    case StatusColumn:
        return tr("Status");
    case IssueDateColumn:
        return tr("Issued");
    case IssuerColumn:
        return tr("Issued by");
    case NoteColumn:
        return tr("Notes");
    default:
        return {};
    }
}
