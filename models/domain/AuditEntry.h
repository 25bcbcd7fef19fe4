#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// One row of the audit trail: who did what to which record, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    std::optional<qint64> actorId;
    QString actorName; // the username at the time; empty when nobody was signed in
    QString action;    // insert, update, delete, open, print, export, anonymise
    QString table;
    QString recordId; // the primary key as text; composite keys joined with '/'
    QString field;    // the changed column of an update; empty otherwise
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    bool redacted = false; // the values were withheld or removed
};

// Which rows of the trail to list; empty fields do not filter.
struct AuditFilter
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QString actorName;
    QString table;
    QString recordId;
    QString action;
    QString text;  // contained in the field name or either value
    int limit = 0; // 0: every matching row
    bool newestFirst = false;
};
