#pragma once

#include <QDialog>

class QTableWidget;
class WorkContext;

// The commissioning councils of this database, with Add and Edit. A referral
// needs its council here first, so a new database starts on this list.
class CouncilsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CouncilsDialog(WorkContext* context, QWidget* parent = nullptr);

    // Opens the form for a new council, or for the selected one; saves on Save.
    void addCouncil();
    void editSelected();

private:
    void load();
    // Says so, and returns false, when the signed-in user may not change settings.
    bool mayChange();

    WorkContext* m_context;
    QTableWidget* m_table;
};
