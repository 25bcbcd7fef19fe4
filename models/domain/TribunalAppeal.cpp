#include "domain/TribunalAppeal.h"

QString appealSourceToString(AppealSource source)
{
    switch (source) {
    case AppealSource::Family:
        return QStringLiteral("family");
    case AppealSource::Council:
        return QStringLiteral("council");
    case AppealSource::TribunalLetter:
        return QStringLiteral("tribunal_letter");
    case AppealSource::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<AppealSource> appealSourceFromString(const QString& text)
{
    for (AppealSource source : allAppealSources()) {
        if (appealSourceToString(source) == text)
            return source;
    }
    return std::nullopt;
}

QString appealSourceTitle(AppealSource source)
{
    switch (source) {
    case AppealSource::Family:
        return QStringLiteral("the family told us");
    case AppealSource::Council:
        return QStringLiteral("the council told us");
    case AppealSource::TribunalLetter:
        return QStringLiteral("a letter from the tribunal");
    case AppealSource::Other:
        return QStringLiteral("other");
    }
    return {};
}

QList<AppealSource> allAppealSources()
{
    return {AppealSource::Family, AppealSource::Council, AppealSource::TribunalLetter, AppealSource::Other};
}
