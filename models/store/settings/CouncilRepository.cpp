#include "store/settings/CouncilRepository.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StatementCache.h"
#include "store/infrastructure/WriteTransaction.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("id, name, code, meeting_clock_start, referral_action_working_days, "
                                        "retention_years");

Council councilFrom(const QSqlQuery& query)
{
    Council council;
    council.id = query.value(0).toLongLong();
    council.name = query.value(1).toString();
    council.code = query.value(2).toString();
    council.meetingClockStart = meetingClockStartFromString(query.value(3).toString())
                                    .value_or(MeetingClockStart::MediationRequested);
    council.referralActionWorkingDays = query.value(4).toInt();
    council.retentionYears = query.value(5).toInt();
    return council;
}
} // namespace

CouncilRepository::CouncilRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError CouncilRepository::list(QList<Council>* councils) const
{
    councils->clear();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM councils ORDER BY name").arg(kColumns)))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the councils"));
    while (query.next())
        councils->append(councilFrom(query));
    return {};
}

StoreError CouncilRepository::find(qint64 id, Council* council) const
{
    std::optional<QSqlQuery> local;
    QSqlQuery& query = StatementCache::prepared(
        m_db, &local, QStringLiteral("SELECT %1 FROM councils WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not read the council"));
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound, QStringLiteral("There is no council %1.").arg(id));
    *council = councilFrom(query);
    query.finish();
    return {};
}

StoreError CouncilRepository::add(Council* council)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO councils (name, code, meeting_clock_start, referral_action_working_days, "
                       "retention_years, created_at) VALUES (?, ?, ?, ?, ?, ?)") +
        SqlDialect::forDriver(m_db.driverName()).returningIdClause());
    query.addBindValue(council->name.trimmed());
    query.addBindValue(council->code.trimmed());
    query.addBindValue(meetingClockStartToString(council->meetingClockStart));
    query.addBindValue(council->referralActionWorkingDays);
    query.addBindValue(council->retentionYears);
    query.addBindValue(SqlValues::now());
    qint64 id = 0;
    if (!SqlDialect::forDriver(m_db.driverName()).execInsert(query, &id))
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not add the council"));
    if (StoreError error = transaction.commit())
        return error;
    council->id = id;
    return {};
}

StoreError CouncilRepository::update(const Council& council)
{
    if (StoreError error = AccessGuard(m_db).require(Action::ManageSettings))
        return error;
    WriteTransaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE councils SET name = ?, code = ?, meeting_clock_start = ?, "
                                 "referral_action_working_days = ?, retention_years = ? WHERE id = ?"));
    query.addBindValue(council.name.trimmed());
    query.addBindValue(council.code.trimmed());
    query.addBindValue(meetingClockStartToString(council.meetingClockStart));
    query.addBindValue(council.referralActionWorkingDays);
    query.addBindValue(council.retentionYears);
    query.addBindValue(council.id);
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), QStringLiteral("Could not save the council"));
    if (query.numRowsAffected() == 0)
        return StoreError(StoreError::Kind::NotFound,
                          QStringLiteral("There is no council %1.").arg(council.id));
    return transaction.commit();
}
