#include "domain/Activity.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kKinds = enumTable<ActivityKind>(
    "ActivityKind",
    {
        {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("ActivityKind", "Call")},
        {ActivityKind::Email, "email", QT_TRANSLATE_NOOP("ActivityKind", "Email")},
        {ActivityKind::Letter, "letter", QT_TRANSLATE_NOOP("ActivityKind", "Letter")},
        {ActivityKind::Note, "note", QT_TRANSLATE_NOOP("ActivityKind", "Note")},
        {ActivityKind::StageChange, "stage_change", QT_TRANSLATE_NOOP("ActivityKind", "Stage change")},
        {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("ActivityKind", "Meeting")},
        {ActivityKind::Certificate, "certificate", QT_TRANSLATE_NOOP("ActivityKind", "Certificate")},
        {ActivityKind::Task, "task", QT_TRANSLATE_NOOP("ActivityKind", "Task")},
    });
} // namespace

QString activityKindToString(ActivityKind kind)
{
    return kKinds.key(kind);
}

std::optional<ActivityKind> activityKindFromString(const QString& text)
{
    return kKinds.fromKey(text);
}

QString activityKindTitle(ActivityKind kind)
{
    return kKinds.title(kind);
}
