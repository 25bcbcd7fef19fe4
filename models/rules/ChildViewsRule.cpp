#include "rules/ChildViewsRule.h"

#include <QCoreApplication>

namespace ChildViewsRule {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ChildViewsRule", text);
}
} // namespace

QString problem(const ChildViews& views)
{
    const QString note = views.note.trimmed();
    if (!views.how && !note.isEmpty())
        return tr("Say how the child's or young person's views were sought, or clear the note.");
    if (views.how == ChildViewsMethod::NotSought && note.isEmpty())
        return tr("Say in the note why the child's or young person's views were not sought.");
    if (note.size() > ChildViews::kMaxNoteLength)
        return tr("Keep the note about the child's or young person's views to %1 characters (it has %2).")
            .arg(ChildViews::kMaxNoteLength)
            .arg(note.size());
    return {};
}

QString describe(const ChildViews& views)
{
    if (!views.how)
        return tr("Not recorded");
    const QString how = childViewsMethodTitle(*views.how);
    const QString note = views.note.trimmed();
    if (*views.how == ChildViewsMethod::NotSought)
        return note.isEmpty() ? tr("Not sought") : tr("Not sought: %1").arg(note);
    return note.isEmpty() ? how : tr("%1: %2").arg(how, note);
}

} // namespace ChildViewsRule
