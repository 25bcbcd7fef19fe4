#pragma once

#include <QString>

class QAbstractItemView;

// Tables and lists made usable from the keyboard and a screen reader alike:
// the name a screen reader says, a description of what the rows are and how
// to act on them, and Tab leaving the view (the arrow keys move inside it;
// Qt's default sends Tab from cell to cell, which traps a keyboard user in a
// long table).
namespace ItemViews {
void label(QAbstractItemView* view, const QString& name, const QString& description);
} // namespace ItemViews
