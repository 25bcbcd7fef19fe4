#pragma once

#include "domain/MeetingRecord.h"

#include <QDate>
#include <QTableWidget>
#include <optional>

// The action plan agreed at a meeting, one row an action: what, who, the
// party, its kind, by when (a council action defaults to two weeks, reg 42)
// and beside it the council's deadlines in law that follow from the day held
// (rules/README.md section 3, "After an agreement"; AgreementDeadlines).
// Choosing an action's kind proposes its "By when": the first deadline the law
// gives that kind, or the period agreed in writing.
class AgreedActionsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit AgreedActionsTable(QWidget* parent = nullptr);

    // What the deadlines run from: the day held, a period the parties agreed
    // in writing (none: the statutory periods) and whether the council was
    // not a party; the deadlines shown follow.
    void setTerms(const QDate& held, std::optional<int> agreedPeriod, bool councilNotParty);
    // Every action's "By when" again from its kind, as after choosing it.
    void proposeDueDates();

    // Adds an action row with the party's default date.
    void addAction(const QString& what, const QString& who, ActionParty party);
    // Adds a stored action: its kind first (which proposes a date), then its own date.
    void addStored(const MeetingAction& action);
    void removeCurrent();
    // Puts the keyboard in the row's "What", editing it.
    void editWhat(int row);
    void setActionKind(int row, AgreedActionKind kind);
    QDate actionDue(int row) const;
    // The council's deadlines shown for the action, one a line.
    QString deadlinesText(int row) const;
    QList<MeetingAction> actions() const;

private:
    // The kind of an action was chosen: its "By when" becomes the council's
    // first deadline for that kind, where the law gives one.
    void kindChosen(int row);
    void showDeadlines();

    QDate m_held;
    std::optional<int> m_agreedPeriod;
    bool m_councilNotParty = false;
};
