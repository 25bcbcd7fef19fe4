#include "store/infrastructure/Migrator.h"

#include "store/cases/CaseSearchIndex.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

Migrator::Migrator(QSqlDatabase db, QString stepsDirectory)
    : m_db(std::move(db)), m_stepsDirectory(std::move(stepsDirectory))
{}

QList<Migrator::Step> Migrator::steps(const SqlDialect& dialect, const QString& directory)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})_([a-z0-9_]+?)(?:\.(sqlite|postgres))?\.sql$)"));
    QList<Step> result;
    const QDir dir(directory);
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        const QString engine = match.captured(3);
        if (!engine.isEmpty() && engine != dialect.name())
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(result.begin(), result.end(),
              [](const Step& a, const Step& b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion(const QString& directory)
{
    const QList<Step> all = steps(SqlDialect::forDriver(QStringLiteral("QSQLITE")), directory);
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrator::splitStatements(const QString& sql)
{
    static const QRegularExpression blockStart(
        QStringLiteral(R"(^\s*CREATE\s+(OR\s+REPLACE\s+)?(TRIGGER|FUNCTION)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral(R"(^\s*END\s*;\s*$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyStart(QStringLiteral(R"(\bBEGIN\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dollarEnd(QStringLiteral(R"(\$\$[^$]*;\s*$)"));
    QStringList statements;
    QString current;
    bool inBlock = false;
    bool dollarBlock = false;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && blockStart.match(line).hasMatch()) {
            inBlock = true;
            dollarBlock = false;
        }
        if (inBlock && line.contains(QLatin1String("$$")))
            dollarBlock = true;
        current += line + QLatin1Char('\n');
        bool ends = false;
        // A PostgreSQL CREATE TRIGGER has no body: it ends at its semicolon.
        const bool bodyless = inBlock && !dollarBlock && !bodyStart.match(current).hasMatch();
        if (inBlock && !bodyless)
            ends = dollarBlock ? (dollarEnd.match(line).hasMatch() && current.count(QLatin1String("$$")) >= 2)
                               : triggerEnd.match(line).hasMatch();
        else
            ends = trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            if (!inBlock || bodyless)
                statement.chop(1); // the closing semicolon
            statements << statement;
            current.clear();
            inBlock = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

StoreError Migrator::readVersion(int* version, bool* foreign) const
{
    *version = 0;
    if (foreign)
        *foreign = false;
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    StoreQuery exists(m_db, dialect.tableExistsQuery());
    exists.bind(QStringLiteral("schema_version"));
    if (StoreError error = exists.exec(QStringLiteral("Could not read the database")))
        return error;
    if (!exists.next()) {
        // No version table: empty, or somebody else's database.
        StoreQuery any(m_db);
        const QString anyTable =
            dialect.engine() == SqlDialect::Engine::Sqlite
                ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1")
                : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE "
                                 "table_schema = current_schema() LIMIT 1");
        if (StoreError error = any.execDirect(anyTable, QStringLiteral("Could not read the database")))
            return error;
        if (foreign)
            *foreign = any.next();
        return {};
    }
    exists.finish();
    StoreQuery max(m_db);
    if (StoreError error = max.execDirectOne(QStringLiteral("SELECT MAX(version) FROM schema_version"),
                                             QStringLiteral("Could not read the schema version")))
        return error;
    *version = max.value(0).toInt();
    return {};
}

StoreError Migrator::migrateTo(int targetVersion)
{
    int version = 0;
    if (StoreError error = readVersion(&version))
        return error;
    const QList<Step> all = steps(SqlDialect::forDriver(m_db.driverName()), m_stepsDirectory);
    if (StoreError error = refuseSkippedSteps(all, version))
        return error;
    for (const Step& step : all) {
        if (step.version <= version || step.version > targetVersion)
            continue;
        if (StoreError error = applyStep(step))
            return error;
    }
    return {};
}

StoreError Migrator::refuseSkippedSteps(const QList<Step>& all, int version) const
{
    if (version == 0)
        return {};
    StoreQuery query(m_db);
    if (StoreError error = query.execDirect(QStringLiteral("SELECT version FROM schema_version"),
                                            QStringLiteral("Could not read the schema version")))
        return error;
    QSet<int> applied;
    while (query.next())
        applied.insert(query.value(0).toInt());
    // Steps run in order, so a step below the newest applied one that was
    // never applied means the database was upgraded by a build that did not
    // have it (a development build): it lacks what that step makes.
    for (const Step& step : all) {
        if (step.version < version && !applied.contains(step.version))
            return StoreError::invalid(
                QStringLiteral("The database skipped schema step %1 (%2), which a later step "
                               "needs: it was upgraded by a build without that step. Restore "
                               "a backup made before that upgrade.")
                    .arg(step.version)
                    .arg(step.name));
    }
    return {};
}

StoreError Migrator::applyStep(const Step& step)
{
    QFile file(step.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(StoreError::Kind::Io,
                          QStringLiteral("Missing migration %1").arg(step.resourcePath));
    const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
    const QString sql = dialect.expandSchemaTokens(QString::fromUtf8(file.readAll()));
    const QString context = QStringLiteral("Could not upgrade the database to version %1").arg(step.version);

    return WriteTransaction::run(m_db, [&]() -> StoreError {
        StoreQuery query(m_db);
        if (StoreError error = query.execDirect(
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"),
                context))
            return error;
        for (const QString& statement : splitStatements(sql)) {
            if (StoreError error = query.execDirect(statement, context))
                return error;
        }
        if (StoreError error = afterStatements(step.version))
            return error;
        query.prepare(
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
        query.bind(step.version, step.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (StoreError error = query.exec(context))
            return error;
        query.finish();
        return {};
    });
}

StoreError Migrator::afterStatements(int version) const
{
    // What a step writes from rules only the program holds, in the step's
    // own transaction. Step 30: the case search index again, names folded
    // as rules/NameFold folds them (which no SQL file can spell for both
    // engines); a large office's first open after the upgrade waits for it.
    if (version == kFoldedSearchVersion)
        return CaseSearchIndex(m_db).rebuild();
    return {};
}
