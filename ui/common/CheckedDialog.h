#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

// A short dialog that records one dated decision: an introduction, a form,
// what to fix, and Save under another name. Save is checked first: once it
// was tried, what must be fixed shows under the fields ("Fix: ...") and
// follows each edit; nothing is accepted while a problem remains. Cancel
// asks before discarding what was typed (DiscardGuard).
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    // What must be fixed before it can be saved; empty when nothing.
    virtual QString problem() const = 0;
    // The problem as shown under the fields after Save was tried; empty when none is shown.
    QString shownProblem() const;

    void accept() override;
    void reject() override;

protected:
    explicit CheckedDialog(QWidget* parent);
    // Lays out the introduction, the form, the problem line and the buttons,
    // names Save, and starts watching for typed work; the last call of a
    // subclass's constructor.
    QDialogButtonBox* finish(const QString& intro, QFormLayout* form, const QString& saveText,
                             const QString& saveName, int width);
    // Shows the problem again after an edit (only once Save was tried).
    void showProblem();

private:
    QLabel* m_problem;
    bool m_triedToSave = false;
};
