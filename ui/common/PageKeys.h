#pragma once

class QTabWidget;
class QWidget;

// Alt+1, Alt+2 ... show the pages of a tab widget from anywhere in `scope`
// (a case's workspace, header included), as browsers number their tabs.
// Pages are numbered rather than given Alt letters in their titles: the
// menu bar and the fields on each page need every letter there is.
namespace PageKeys {
void number(QTabWidget* tabs, QWidget* scope);
} // namespace PageKeys
