#pragma once

#include <QList>
#include <QString>
#include <optional>

// How the child's or young person's views were sought for the mediation (CFA
// s.56(1)(e); models/rules/README.md section 3, "The mediator's other
// duties"). The strings are the values of cases.child_views_how and the
// command line's --how.
enum class ChildViewsMethod
{
    SpokeToThem,     // the mediator spoke to the child or young person
    WrittenViews,    // they gave their views in writing (or drawing, or a recording)
    ThroughParent,   // the parent passed them on
    ThroughAdvocate, // an advocate passed them on
    NotSought,       // not sought, with the reason in the note
};
QList<ChildViewsMethod> allChildViewsMethods();
QString childViewsMethodToString(ChildViewsMethod method);
std::optional<ChildViewsMethod> childViewsMethodFromString(const QString& text);
// For people: "Spoke to them".
QString childViewsMethodTitle(ChildViewsMethod method);

// What the case records about it: how (none: not recorded yet) and a note.
struct ChildViews
{
    std::optional<ChildViewsMethod> how;
    QString note;

    static constexpr int kMaxNoteLength = 500;
};
