#pragma once

#include "domain/Certificate.h"
#include "itemmodels/RowTableModel.h"

// The certificate register, newest first: number, Part, case, status, issue
// date, issuer, and what replaced what ("Replaces CG-2026-000007").
class CertificateRegisterModel : public RowTableModel<Certificate>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        PartColumn,
        CaseColumn,
        StatusColumn,
        IssueDateColumn,
        IssuerColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        CertificateIdRole = Qt::UserRole + 1,
        StatusRole, // CertificateStatus as int
    };

    explicit CertificateRegisterModel(QObject* parent = nullptr);

    void setCertificates(const QList<Certificate>& certificates);
    const Certificate* certificateAt(int row) const;
    int rowOf(qint64 certificateId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
