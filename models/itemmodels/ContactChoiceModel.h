#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>
#include <QList>

// Directory contacts to choose from (the invitee picker): name, organisation,
// job title and usual role, with a mark on council decision-makers.
class ContactChoiceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrganisationColumn,
        JobTitleColumn,
        RoleColumn,
        ColumnCount
    };
    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
    };

    explicit ContactChoiceModel(QObject* parent = nullptr);

    void setContacts(const QList<Contact>& contacts);
    const QList<Contact>& contacts() const { return m_contacts; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};
