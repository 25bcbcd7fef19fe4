#pragma once

#include <QDialog>

class QTableWidget;
class WorkContext;

// The office's neutral venues, with Add and Edit: what the meeting dialog
// offers for an in-person meeting.
class VenuesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VenuesDialog(WorkContext* context, QWidget* parent = nullptr);

    void addVenue();
    void editSelected();

private:
    void load();
    // Runs the form until the store takes it or the user cancels.
    void runForm(qint64 venueId);

    WorkContext* m_context;
    QTableWidget* m_table;
};
