#pragma once

#include "domain/Venue.h"

#include <QDialog>

class FieldMessage;
class QLineEdit;
class QPlainTextEdit;

// Adds or edits one neutral venue: name, address, postcode and what people
// need to know to get in (step-free access, hearing loop, parking). The store
// checks it; what it refuses is shown here and the form keeps what was typed.
class VenueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VenueDialog(const Venue& venue, QWidget* parent = nullptr);

    Venue venue() const;
    // Shows `venue` as stored (after another desk's save), replacing what was typed.
    void setVenue(const Venue& venue);
    void showProblem(const QString& text);
    QString shownProblem() const;

    // Asks before discarding what was typed (common/DiscardGuard).
    void reject() override;

private:
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QPlainTextEdit* m_access;
    FieldMessage* m_problem;
    qint64 m_id;
    qint64 m_rowVersion; // as read, so a save over another desk's is refused
};
