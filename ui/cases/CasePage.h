#pragma once

#include <QtGlobal>
#include <functional>
#include <initializer_list>

class QWidget;
class WorkContext;

// What the record pages of a case workspace (documents, travel expenses,
// tasks) share: when they read their rows again, and how they are laid out.
namespace CasePage {
// Calls `reload` when this desk changes the case, and when another desk
// changes anything (the case's records among them, perhaps).
void followCase(WorkContext* context, qint64 caseId, QWidget* page, const std::function<void()>& reload);
// A row of buttons (`leading` on the left, `trailing` on the right), the
// table under it taking the height, and `footer` (may be null) below.
void stack(QWidget* page, std::initializer_list<QWidget*> leading, std::initializer_list<QWidget*> trailing,
           QWidget* table, QWidget* footer);
} // namespace CasePage
