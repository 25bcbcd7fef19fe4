#include "domain/AgreedActionKind.h"

#include <QCoreApplication>

QList<AgreedActionKind> allAgreedActionKinds()
{
    return {AgreedActionKind::Assess, AgreedActionKind::MakePlan, AgreedActionKind::Appealable,
            AgreedActionKind::NotAppealable};
}

QString agreedActionKindToString(AgreedActionKind kind)
{
    switch (kind) {
    case AgreedActionKind::Assess:
        return QStringLiteral("assess");
    case AgreedActionKind::MakePlan:
        return QStringLiteral("make-plan");
    case AgreedActionKind::Appealable:
        return QStringLiteral("appealable");
    case AgreedActionKind::NotAppealable:
        return QStringLiteral("not-appealable");
    }
    return {};
}

std::optional<AgreedActionKind> agreedActionKindFromString(const QString& text)
{
    for (AgreedActionKind kind : allAgreedActionKinds()) {
        if (agreedActionKindToString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString agreedActionKindTitle(AgreedActionKind kind)
{
    switch (kind) {
    case AgreedActionKind::Assess:
        return QCoreApplication::translate("AgreedActionKind", "Assess or re-assess");
    case AgreedActionKind::MakePlan:
        return QCoreApplication::translate("AgreedActionKind", "Make and maintain a plan");
    case AgreedActionKind::Appealable:
        return QCoreApplication::translate("AgreedActionKind", "Another appealable item");
    case AgreedActionKind::NotAppealable:
        return QCoreApplication::translate("AgreedActionKind", "Not appealable");
    }
    return {};
}
