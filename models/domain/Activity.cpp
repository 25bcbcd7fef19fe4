#include "domain/Activity.h"

#include <QCoreApplication>

namespace {
struct KindName
{
    ActivityKind kind;
    const char* key;
    const char* title;
};

constexpr KindName kKinds[] = {
    {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("ActivityKind", "Call")},
    {ActivityKind::Email, "email", QT_TRANSLATE_NOOP("ActivityKind", "Email")},
    {ActivityKind::Letter, "letter", QT_TRANSLATE_NOOP("ActivityKind", "Letter")},
    {ActivityKind::Note, "note", QT_TRANSLATE_NOOP("ActivityKind", "Note")},
    {ActivityKind::StageChange, "stage_change", QT_TRANSLATE_NOOP("ActivityKind", "Stage change")},
    {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("ActivityKind", "Meeting")},
    {ActivityKind::Certificate, "certificate", QT_TRANSLATE_NOOP("ActivityKind", "Certificate")},
};
} // namespace

QString activityKindToString(ActivityKind kind)
{
    for (const KindName& name : kKinds) {
        if (name.kind == kind)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<ActivityKind> activityKindFromString(const QString& text)
{
    for (const KindName& name : kKinds) {
        if (text == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString activityKindTitle(ActivityKind kind)
{
    for (const KindName& name : kKinds) {
        if (name.kind == kind)
            return QCoreApplication::translate("ActivityKind", name.title);
    }
    return {};
}
