#pragma once

#include "domain/Certificate.h"

#include <QAbstractTableModel>
#include <QList>

// The certificate register, newest first: number, Part, case, status, issue
// date, issuer, and what replaced what ("Replaces CG-2026-000007").
class CertificateRegisterModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Certificate> m_certificates;
};
