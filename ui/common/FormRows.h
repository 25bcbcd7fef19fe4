#pragma once

#include <QString>

class DateLineEdit;
class FieldMessage;
class QFormLayout;
class QLineEdit;

// The rows every details form builds alike: a named text or date field with
// its label, and the FieldMessage under it that says what to fix. The object
// names are what the GUI tests look the widgets up by.
namespace FormRows {
// A line edit named `name`, with its label (the label's & shortcut takes it)
// and the name a screen reader says.
QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& name, const QString& accessible);
QLineEdit* addLine(QFormLayout* form, const QString& label, const char* name, const QString& accessible);
// The same for a date typed as the office writes dates (DateLineEdit).
DateLineEdit* addDate(QFormLayout* form, const QString& label, const QString& name,
                      const QString& accessible);
// An unlabelled row holding the message for the field above it.
FieldMessage* addMessage(QFormLayout* form, const QString& name);
FieldMessage* addMessage(QFormLayout* form, const char* name);
} // namespace FormRows
