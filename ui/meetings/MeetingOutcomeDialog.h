#pragma once

#include "documents/ActionPlanPdf.h"
#include "domain/ChildViews.h"
#include "domain/Meeting.h"
#include "domain/MeetingRecord.h"
#include "meetings/ActionPlanDocument.h"

#include <QDialog>

class AgreedActionsTable;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class WorkContext;

// After the meeting: who came, the outcome and the date it was held (which
// marks the meeting held and moves the case on: for a mediation, the Part 2
// clock starts), the issues covered, the action plan (AgreedActionsTable)
// with a period the parties agreed in writing and whether the council was
// not a party (both change its deadlines), printing or emailing it as a PDF
// with signature lines (ActionPlanDocument), how the child's or young
// person's views were sought (CFA s.56(1)(e), kept on the case and printed in
// the plan), and who was given a copy and when. The notes field is closed
// unless everyone at the meeting agreed to notes.
class MeetingOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingOutcomeDialog(WorkContext* context, qint64 meetingId, QWidget* parent = nullptr);

    MeetingRecord record() const;
    void setOutcome(MeetingOutcome outcome);
    // Adds an action row with the party's default date.
    void addAction(const QString& what, const QString& who, ActionParty party);
    void setActionKind(int row, AgreedActionKind kind);
    QDate actionDue(int row) const;
    // A period agreed in writing (none: the statutory periods apply).
    void setAgreedPeriod(std::optional<int> days);
    void setCouncilNotParty(bool notParty);
    // The council's deadlines shown for the action, one a line.
    QString deadlinesText(int row) const;
    bool notesOpen() const;
    // How the child's or young person's views were sought, as shown.
    ChildViews childViews() const;
    void setChildViews(const ChildViews& views);
    QString problemText() const;
    // Writes the action plan PDF (under the provider's letterhead) and files
    // it on the case; false (and says why) when it cannot.
    bool writeActionPlan(const QString& path);
    // Makes an email draft to the family with the plan attached, files the
    // plan on the case, records it and opens it in the mail program; false
    // (and says why) when not made.
    bool emailActionPlan();
    // Sets an invitee's attendance in the dialog (saved with the record).
    void setAttendance(qint64 inviteeId, Attendance attendance);
    // Records a copy given to someone today.
    bool recordCopy(const QString& recipient);

    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    void load();
    void showNotesState();
    std::optional<int> agreedPeriod() const;
    void printPlan();
    // The plan as the dialog has it (the provider is read as it is made).
    ActionPlanPdf::Content actionPlan() const;
    void reloadCopies();

    WorkContext* m_context;
    qint64 m_meetingId;
    Meeting m_meeting;
    // Why the stored meeting could not be read; saving is refused while set,
    // so an empty form never overwrites what is stored.
    QString m_unreadable;
    // Made first, as it stands first: the tab order starts with it (TabChain).
    QTableWidget* m_attendance; // each invitee and whether they came
    QComboBox* m_outcome;
    QDateEdit* m_held;
    QPlainTextEdit* m_issues;
    QCheckBox* m_notesAgreed;
    QPlainTextEdit* m_notes;
    AgreedActionsTable* m_actions;
    qint64 m_recordVersion = 0; // the meeting's, as read: a save over another desk's is refused
    QCheckBox* m_periodAgreed;
    QSpinBox* m_periodDays;
    QCheckBox* m_councilNotParty;
    QListWidget* m_copies;
    QLineEdit* m_copyTo;
    QComboBox* m_viewsHow;
    QLineEdit* m_viewsNote;
    QLabel* m_problem;
    ActionPlanDocument m_planDocument;
};
