#pragma once

#include <QString>
#include <functional>

class DateLineEdit;
class FieldMessage;
class QFormLayout;
class QLineEdit;
class QWidget;

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
// What a text field holds, without the spaces around it.
QString trimmed(const QLineEdit* edit);
// A titled group of rows (a group box holding the form that `addRows` fills).
QWidget* group(const QString& title, const std::function<void(QFormLayout*)>& addRows);
// An unlabelled row holding the message for the field above it.
FieldMessage* addMessage(QFormLayout* form, const QString& name);
FieldMessage* addMessage(QFormLayout* form, const char* name);
} // namespace FormRows
