#pragma once

#include "domain/Invitee.h"
#include "itemmodels/RowTableModel.h"

// A case's invitees as an editable table: name, role, status, organisation,
// willingness (disagreement resolution) and consents. Edits change the row and
// are announced with inviteeEdited(), for the screen to save; the model holds
// no SQL. Role, status and willingness edit as an index into ChoicesRole.
class InviteeListModel : public RowTableModel<Invitee>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        StatusColumn,
        OrganisationColumn,
        WillingColumn,
        ConsentColumn,
        ColumnCount
    };
    enum Role
    {
        InviteeIdRole = Qt::UserRole + 1,
        // The words a choice column offers (QStringList); EditRole is the index.
        ChoicesRole,
    };

    explicit InviteeListModel(QObject* parent = nullptr);

    void setInvitees(const QList<Invitee>& invitees);
    const QList<Invitee>& invitees() const { return rows(); }
    // The row of the invitee with this id; -1 when it is not listed.
    int rowOf(qint64 inviteeId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The consents recorded, in words ("Parent 2 Nov 2026; mediator 3 Nov 2026").
    static QString consentText(const Invitee& invitee);

signals:
    // A row was edited through setData; `before` is what it was, to put back
    // when the save fails.
    void inviteeEdited(const Invitee& invitee, const Invitee& before);
};
