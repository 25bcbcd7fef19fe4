#pragma once

#include "domain/Organisation.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class WorkContext;

// The Contacts screen's chosen organisation: its kind, council, address,
// phone, email and notes and, for a council's organisations, that council's
// SENDIASS service and decision-makers, with Edit and Remove beside them.
// Titled with the organisation's name.
class OrganisationDetailsPanel : public QGroupBox
{
    Q_OBJECT

public:
    OrganisationDetailsPanel(WorkContext* context, QWidget* parent);

    // Shows this organisation; none (id 0) shows how to choose one, with Edit
    // and Remove greyed out.
    void setOrganisation(const Organisation& organisation);
    QLabel* details() const { return m_details; }

signals:
    void editRequested();
    void removeRequested();

private:
    // "Name, 0113 496 0000", or the name alone when there is no phone.
    static QString withPhone(const QString& text, const QString& phone);
    // The names joined with "; ", or `none` when there are none.
    static QString listOr(const QStringList& names, const QString& none);

    WorkContext* m_context;
    QLabel* m_details;
    QPushButton* m_editOrganisation;
    QPushButton* m_removeOrganisation;
};
