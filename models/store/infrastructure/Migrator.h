#pragma once

#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class SqlDialect;

// Brings a database's schema up to the version this program knows. Steps are
// numbered SQL files in the resources (":/migrations"); each runs in one
// write transaction together with the row that records it in schema_version,
// so a step is either wholly applied or not at all.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static inline const QString kStepsDirectory = QStringLiteral(":/migrations");

    // The steps come from the resources; a test may point at another folder.
    explicit Migrator(QSqlDatabase db, QString stepsDirectory = kStepsDirectory);

    // The steps for one engine, in order; shared files serve both engines.
    static QList<Step> steps(const SqlDialect& dialect, const QString& directory = kStepsDirectory);
    static int latestVersion(const QString& directory = kStepsDirectory);
    // Splits a migration file into statements, keeping trigger and function
    // bodies (BEGIN ... END; and $$ ... $$) whole.
    static QStringList splitStatements(const QString& sql);

    // 0 for an empty database. Sets *foreign when the database has tables but
    // is not a Common Ground database.
    StoreError readVersion(int* version, bool* foreign = nullptr) const;
    StoreError migrateTo(int targetVersion);

private:
    // The step that writes the case search index with names folded.
    static constexpr int kFoldedSearchVersion = 30;
    StoreError applyStep(const Step& step);
    // A step's work after its SQL, in the same transaction.
    StoreError afterStatements(int version) const;
    // Refuses a database that recorded a step above one it never applied.
    StoreError refuseSkippedSteps(const QList<Step>& all, int version) const;
    QSqlDatabase m_db;
    QString m_stepsDirectory;
};
