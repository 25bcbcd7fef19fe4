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
    // A task added or done (schema 27): shown on the timeline from
    // case_tasks (CaseTaskRepository::timelineEntries), never stored in
    // activities, whose kind the schema checks against the kinds above.
    Task,
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
