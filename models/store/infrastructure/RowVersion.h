#pragma once

#include "store/infrastructure/StoreError.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

class StoreQuery;

// Optimistic locking of a record people edit (schema 25; cases since schema
// 2): the editor reads the row's version with the record and saves with it
// in the UPDATE's WHERE, so a save over another desk's newer change changes
// nothing and is refused, naming who saved it and when (the changed_by and
// changed_at columns, which every desk may read, unlike the audit trail).
class RowVersion
{
public:
    // A record as the editor read it: its table (a name written in the code,
    // never input), what people call it ("venue"), its id and version.
    struct Loaded
    {
        QString table;
        QString noun;
        qint64 id = 0;
        qint64 version = 0;
    };

    // Runs "UPDATE table SET <assignments>, <the stamp> WHERE id = ? AND
    // row_version = ?" with `bind` binding the assignments' values. No row
    // changed: Conflict naming who changed it and when, or NotFound when
    // someone removed it. Run inside the caller's write transaction.
    static StoreError update(const QSqlDatabase& db, const Loaded& loaded, const QString& assignments,
                             const std::function<void(StoreQuery&)>& bind, const QString& context);

    // For a write that is not an editor's save (a move, a merge, an
    // anonymisation): the assignments that raise the version and stamp who
    // and when, with two placeholders that bindStamp() fills.
    static QString stampAssignments();
    static StoreError bindStamp(const QSqlDatabase& db, StoreQuery& query);

    // The refusal for a record whose stored version is no longer the one
    // read, naming the user and time (a changed_at as stored) when known.
    static StoreError changedElsewhere(const QString& noun, const QString& changedBy,
                                       const QVariant& changedAt);
    // Why `loaded` could not be saved, read from its row as it is now.
    static StoreError refusal(const QSqlDatabase& db, const Loaded& loaded, const QString& context);
};
