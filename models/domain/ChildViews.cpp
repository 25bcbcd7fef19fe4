#include "domain/ChildViews.h"

#include <QCoreApplication>

QList<ChildViewsMethod> allChildViewsMethods()
{
    return {ChildViewsMethod::SpokeToThem, ChildViewsMethod::WrittenViews, ChildViewsMethod::ThroughParent,
            ChildViewsMethod::ThroughAdvocate, ChildViewsMethod::NotSought};
}

QString childViewsMethodToString(ChildViewsMethod method)
{
    switch (method) {
    case ChildViewsMethod::SpokeToThem:
        return QStringLiteral("spoke");
    case ChildViewsMethod::WrittenViews:
        return QStringLiteral("written");
    case ChildViewsMethod::ThroughParent:
        return QStringLiteral("through_parent");
    case ChildViewsMethod::ThroughAdvocate:
        return QStringLiteral("through_advocate");
    case ChildViewsMethod::NotSought:
        return QStringLiteral("not_sought");
    }
    return {};
}

std::optional<ChildViewsMethod> childViewsMethodFromString(const QString& text)
{
    for (ChildViewsMethod method : allChildViewsMethods()) {
        if (childViewsMethodToString(method) == text)
            return method;
    }
    return std::nullopt;
}

QString childViewsMethodTitle(ChildViewsMethod method)
{
    switch (method) {
    case ChildViewsMethod::SpokeToThem:
        return QCoreApplication::translate("ChildViews", "Spoke to them");
    case ChildViewsMethod::WrittenViews:
        return QCoreApplication::translate("ChildViews", "Their written views");
    case ChildViewsMethod::ThroughParent:
        return QCoreApplication::translate("ChildViews", "Through the parent");
    case ChildViewsMethod::ThroughAdvocate:
        return QCoreApplication::translate("ChildViews", "Through an advocate");
    case ChildViewsMethod::NotSought:
        return QCoreApplication::translate("ChildViews", "Not sought (say why)");
    }
    return {};
}
