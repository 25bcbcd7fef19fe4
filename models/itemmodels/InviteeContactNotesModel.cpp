#include "itemmodels/InviteeContactNotesModel.h"

#include "rules/IsoDate.h"

InviteeContactNotesModel::InviteeContactNotesModel(QObject* parent) : RowTableModel(ColumnCount, parent) {}

void InviteeContactNotesModel::setNotes(const QList<InviteeContactNote>& notes)
{
    resetRows(notes);
}

QVariant InviteeContactNotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InviteeContactNote& note = rows().at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == NoteColumn ? note.note : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return IsoDate::describe(note.date);
    case ByColumn:
        return note.userName.isEmpty() ? tr("(not recorded)") : note.userName;
    case NoteColumn:
        return note.note;
    default:
        return {};
    }
}

QVariant InviteeContactNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ByColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}
