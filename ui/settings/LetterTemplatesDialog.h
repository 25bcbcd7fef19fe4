#pragma once

#include "domain/LetterTemplate.h"
#include "domain/ProviderDetails.h"

#include <QDialog>
#include <QMap>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class WorkContext;

// Settings > Letter Templates: the office's wording of the invitation, the
// meeting confirmation and the action plan email, each a subject and a text
// with named placeholders (rules/LetterPlaceholders) inserted from a list,
// shown as a sample case's letter under the provider's letterhead as it is
// typed. Save refuses a template with an unknown placeholder or a stray
// brace, naming each (the store refuses it too, and refuses roles that may
// not change settings); Restore Default puts back the standard wording. A
// save over another desk's newer one is refused with an offer to reload.
class LetterTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterTemplatesDialog(WorkContext* context, QWidget* parent = nullptr);

    // Shows the kind's template (keeping what was typed in the others).
    void showKind(LetterKind kind);
    LetterKind shownKind() const;
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    // The preview's text, as the person reads it.
    QString previewText() const;
    // Puts "{name}" at the text's cursor.
    void insertPlaceholder(const QString& name);
    // The standard wording of the shown kind, in the fields (saved with Save).
    void restoreDefault();
    QString shownProblem() const;

    void accept() override;
    void reject() override;

private:
    void load();
    void keepTyped();
    // Shows the kind's template as typed so far, without keeping the fields first.
    void display(LetterKind kind);
    void refreshPreview();
    void fillPlaceholderList();

    WorkContext* m_context;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QComboBox* m_placeholders;
    QTextBrowser* m_preview;
    FieldMessage* m_problem;
    ProviderDetails m_provider;
    QMap<LetterKind, LetterTemplate> m_loaded; // as read, with their versions
    QMap<LetterKind, LetterTemplate> m_typed;  // as edited
    LetterKind m_shownKind = LetterKind::Invitation;
    bool m_usable = false;
    bool m_showing = false; // filling the fields: not an edit
};
