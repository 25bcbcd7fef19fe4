#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLayout;
class QVBoxLayout;
class QWidget;

// The short form dialogs' one layout, so each reads alike: an introduction
// (wrapped; none when empty), the form, the line that says what to fix or
// why the save was refused, then the buttons, whose Save (or other accept
// button) and Cancel accept and reject the dialog through its own overrides.
namespace DialogLayout {
QVBoxLayout* stack(QDialog* dialog, const QString& intro, QLayout* form, QWidget* problem,
                   QDialogButtonBox* buttons);
} // namespace DialogLayout
