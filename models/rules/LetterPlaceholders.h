#pragma once

#include "domain/LetterTemplate.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The named placeholders a letter template may use, per kind of letter, and
// the filling of a template with a case's values.
//
// A placeholder is written "{name}" or "{{name}}" (spaces inside the braces
// are allowed); any other brace is a mistake and is refused on saving, as is
// a name the kind does not know.
//
// A value the case does not have yet: a line naming an optional placeholder
// (the invitee's organisation, the mediator, the sender's role ...) is left
// out, so no "led by ," is ever printed; any other placeholder prints
// "[to be confirmed]", clear to the reader and to the person checking the
// letter. A paragraph left with no lines goes too.
namespace LetterPlaceholders {

struct Placeholder
{
    QString name;        // "child_name"
    QString description; // for people, in the desk's language
    bool optional = false;
};

// What a missing value prints.
QString toBeConfirmed();

// The placeholders `kind` knows, in the order the template editor lists them.
QList<Placeholder> known(LetterKind kind);
// The names in `text`, in order, each once.
QStringList used(const QString& text);
// The names in `text` that `kind` does not know, each once.
QStringList unknownPlaceholders(const QString& text, LetterKind kind);
// True when every brace in `text` belongs to a placeholder.
bool bracesMatch(const QString& text);
// Why `letter` cannot be saved, one sentence a problem (naming each unknown
// placeholder); empty when it can.
QStringList problems(const LetterTemplate& letter);

// `text` with its placeholders replaced by `values` (missing or empty values
// as described above).
QString fill(const QString& text, LetterKind kind, const QHash<QString, QString>& values);

} // namespace LetterPlaceholders
