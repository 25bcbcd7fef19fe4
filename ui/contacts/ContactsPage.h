#pragma once

#include "domain/Organisation.h"

#include <QWidget>

class ContactCsvActions;
class ContactDialog;
class ContactListModel;
class ListColumns;
class CsvImportDialog;
class DuplicatesDialog;
class OrganisationDetailsPanel;
class OrganisationDialog;
class OrganisationListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class WorkContext;

// The Contacts screen: the directory of organisations (by kind) on the left
// with the chosen one's details (OrganisationDetailsPanel: for a council's
// organisations, its SENDIASS and decision-makers), and its people on the
// right, searched and sorted in SQL. Adds and edits organisations and people,
// imports and exports CSV (ContactCsvActions), and merges likely duplicates.
//
// Keys: Ctrl+F search, F5 refresh, Ctrl+Shift+P new person, Ctrl+Shift+O new
// organisation, Enter edit the person, Delete remove them, Ctrl+I import, Ctrl+E export, Ctrl+D
// duplicates.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(WorkContext* context, QWidget* parent = nullptr);

    ContactListModel* people() const { return m_peopleModel; }
    OrganisationListModel* organisations() const { return m_organisationModel; }
    QTableView* peopleView() const { return m_peopleView; }
    QTableView* organisationView() const { return m_organisationView; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* kindFilter() const { return m_kind; }
    QLabel* details() const;
    QLabel* status() const { return m_status; }

    // Each opens its dialog window-modal and returns at once (null when there
    // is nothing to open); the screen refreshes when it is accepted.
    ContactDialog* newPerson();
    ContactDialog* editPerson(int row);
    OrganisationDialog* newOrganisation();
    OrganisationDialog* editOrganisation();
    // Asks for the file through FileChooser; null when cancelled or unreadable.
    CsvImportDialog* importCsv();
    DuplicatesDialog* showDuplicates();
    // Asks for the file through FileChooser; true when written.
    bool exportCsv();
    bool removePerson(int row);
    // The chosen organisation, after asking; its people stay without an organisation.
    bool removeOrganisation();
    // Applies the search now, without waiting for typing to pause.
    void applyFilter();
    // Empties the search, every kind, not only decision-makers: the whole directory.
    void clearFilters();
    void selectOrganisation(qint64 organisationId);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    // Search, kind and decision-makers back to "everything", without asking the database.
    void resetFilterWidgets();
    void showOrganisation();
    void updateCount();
    // Sizes the people's columns to what they hold, within bounds, once per database.
    void fitColumns();
    qint64 currentOrganisationId() const;

    WorkContext* m_context;
    ContactListModel* m_peopleModel;
    OrganisationListModel* m_organisationModel;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QCheckBox* m_decisionMakers;
    QTableView* m_organisationView;
    QTableView* m_peopleView;
    OrganisationDetailsPanel* m_detailsPanel;
    QPushButton* m_duplicates;
    QLabel* m_count;
    QLabel* m_status;
    QTimer* m_searchTimer;
    ContactCsvActions* m_csv;
    ListColumns* m_peopleColumns = nullptr;
    bool m_fitted = false;
};
