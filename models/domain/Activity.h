#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// One entry of a case's timeline: a call, email, letter, note, or a stage
// change the program wrote itself.
enum class ActivityKind
{
    Call,
    Email,
    Letter,
    Note,
    StageChange,
    Meeting,
    Certificate,
};
QString activityKindToString(ActivityKind kind);
std::optional<ActivityKind> activityKindFromString(const QString& text);
QString activityKindTitle(ActivityKind kind);

struct Activity
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime occurredAt;
    ActivityKind kind = ActivityKind::Note;
    std::optional<qint64> authorId;
    QString authorName; // read back with the entry
    QString summary;
    QString body;
    bool confidential = false;
};
