#pragma once

#include "domain/Contact.h"
#include "itemmodels/ContactColumns.h"
#include "itemmodels/RowTableModel.h"

// Directory contacts to choose from (the invitee picker): the shared contact
// columns (name, organisation, job title and usual role) and no more, with a
// mark on council decision-makers.
class ContactChoiceModel : public RowTableModel<Contact>, public ContactColumns
{
    Q_OBJECT

public:
    explicit ContactChoiceModel(QObject* parent = nullptr);

    void setContacts(const QList<Contact>& contacts);
    const QList<Contact>& contacts() const { return rows(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};
