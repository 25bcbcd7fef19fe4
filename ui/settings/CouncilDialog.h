#pragma once

#include "domain/Council.h"

#include <QDialog>
#include <QHash>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Adds or edits one commissioning council: its name, code and what its
// contract says (what starts the 30 days, the referral service level, how
// long closed cases are kept). Checked with CouncilRules; says what to fix
// beside each field and saves nothing until all is right.
class CouncilDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CouncilDialog(const Council& council, QWidget* parent = nullptr);

    Council council() const;
    // Shows `council` as stored (after another desk's save), replacing what was typed.
    void setCouncil(const Council& council);
    // The messages shown now, for tests.
    QStringList shownMessages() const;

public slots:
    void accept() override;
    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_code;
    QComboBox* m_clockStart;
    QSpinBox* m_referralDays;
    QSpinBox* m_retentionYears;
    QHash<QString, FieldMessage*> m_messages;
    qint64 m_id;
    qint64 m_rowVersion; // as read, so a save over another desk's is refused
};
