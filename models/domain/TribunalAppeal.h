#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// How the provider learnt that the family registered an appeal with the
// First-tier Tribunal (SEND). The strings are the values of cases.appeal_source.
enum class AppealSource
{
    Family,         // the family told us
    Council,        // the council told us
    TribunalLetter, // a letter or email from the tribunal
    Other,
};

QString appealSourceToString(AppealSource source);
std::optional<AppealSource> appealSourceFromString(const QString& text);
// For people: "the family told us".
QString appealSourceTitle(AppealSource source);
QList<AppealSource> allAppealSources();

// An appeal to the tribunal registered by the family of a case: the SEN2
// return counts mediation cases held that were followed by one
// (rules/README.md section 7).
struct TribunalAppeal
{
    QDate registeredDate; // the date the appeal was registered, as the provider was told
    AppealSource source = AppealSource::Family;
};
