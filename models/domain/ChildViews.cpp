#include "domain/ChildViews.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kMethods = enumTable<ChildViewsMethod>(
    "ChildViews",
    {
        {ChildViewsMethod::SpokeToThem, "spoke", QT_TRANSLATE_NOOP("ChildViews", "Spoke to them")},
        {ChildViewsMethod::WrittenViews, "written", QT_TRANSLATE_NOOP("ChildViews", "Their written views")},
        {ChildViewsMethod::ThroughParent, "through_parent",
         QT_TRANSLATE_NOOP("ChildViews", "Through the parent")},
        {ChildViewsMethod::ThroughAdvocate, "through_advocate",
         QT_TRANSLATE_NOOP("ChildViews", "Through an advocate")},
        {ChildViewsMethod::NotSought, "not_sought", QT_TRANSLATE_NOOP("ChildViews", "Not sought (say why)")},
    });
} // namespace

QList<ChildViewsMethod> allChildViewsMethods()
{
    return kMethods.values();
}

QString childViewsMethodToString(ChildViewsMethod method)
{
    return kMethods.key(method);
}

std::optional<ChildViewsMethod> childViewsMethodFromString(const QString& text)
{
    return kMethods.fromKey(text);
}

QString childViewsMethodTitle(ChildViewsMethod method)
{
    return kMethods.title(method);
}
