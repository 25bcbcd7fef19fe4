#pragma once

#include "domain/Invitee.h"
#include "itemmodels/RowTableModel.h"

// The mediator's pre-meeting contact with one invitee, oldest first: the date,
// who made it and a short note (the note in full as its tooltip).
class InviteeContactNotesModel : public RowTableModel<InviteeContactNote>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ByColumn,
        NoteColumn,
        ColumnCount
    };

    explicit InviteeContactNotesModel(QObject* parent = nullptr);

    void setNotes(const QList<InviteeContactNote>& notes);
    const QList<InviteeContactNote>& notes() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
