#include "domain/TribunalAppeal.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kSources = enumTable<AppealSource>(
    "AppealSource",
    {
        {AppealSource::Family, "family", QT_TRANSLATE_NOOP("AppealSource", "the family told us")},
        {AppealSource::Council, "council", QT_TRANSLATE_NOOP("AppealSource", "the council told us")},
        {AppealSource::TribunalLetter, "tribunal_letter",
         QT_TRANSLATE_NOOP("AppealSource", "a letter from the tribunal")},
        {AppealSource::Other, "other", QT_TRANSLATE_NOOP("AppealSource", "other")},
    });
} // namespace

QString appealSourceToString(AppealSource source)
{
    return kSources.key(source);
}

std::optional<AppealSource> appealSourceFromString(const QString& text)
{
    return kSources.fromKey(text);
}

QString appealSourceTitle(AppealSource source)
{
    return kSources.title(source);
}

QList<AppealSource> allAppealSources()
{
    return kSources.values();
}
