#include "store/settings/CouncilRepository.h"

#include "store/access/AccessGuard.h"
#include "store/infrastructure/RowVersion.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("id, name, code, meeting_clock_start, referral_action_working_days, "
                                        "retention_years, row_version");

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
    council.rowVersion = query.value(6).toLongLong();
    return council;
}
} // namespace

CouncilRepository::CouncilRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError CouncilRepository::list(QList<Council>* councils) const
{
    councils->clear();
    StoreQuery query(m_db, QStringLiteral("SELECT %1 FROM councils ORDER BY name").arg(kColumns));
    return query.readAll(QStringLiteral("Could not read the councils"), councils, councilFrom);
}

StoreError CouncilRepository::find(qint64 id, Council* council) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT %1 FROM councils WHERE id = ?").arg(kColumns),
                     StoreQuery::cached);
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the council"),
                         QStringLiteral("There is no council %1.").arg(id), council, councilFrom);
}

StoreError CouncilRepository::add(Council* council)
{
    qint64 id = 0;
    if (StoreError error = AccessGuard(m_db).write(Action::ManageSettings, [&] {
            return StoreQuery::insertRow(
                m_db, nullptr,
                QStringLiteral("INSERT INTO councils (name, code, meeting_clock_start, "
                               "referral_action_working_days, retention_years, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                [&](StoreQuery& query) {
                    query.bind(council->name.trimmed(), council->code.trimmed(),
                               meetingClockStartToString(council->meetingClockStart),
                               council->referralActionWorkingDays, council->retentionYears, SqlValues::now());
                },
                QStringLiteral("Could not add the council"), &id);
        }))
        return error;
    council->id = id;
    council->rowVersion = 1; // the schema's default for a new row
    return {};
}

StoreError CouncilRepository::update(const Council& council)
{
    return AccessGuard(m_db).write(Action::ManageSettings, [&] {
        return RowVersion::update(
            m_db, {QStringLiteral("councils"), QStringLiteral("council"), council.id, council.rowVersion},
            QStringLiteral("name = ?, code = ?, meeting_clock_start = ?, referral_action_working_days = ?, "
                           "retention_years = ?"),
            [&](StoreQuery& query) {
                query.bind(council.name.trimmed(), council.code.trimmed(),
                           meetingClockStartToString(council.meetingClockStart),
                           council.referralActionWorkingDays, council.retentionYears);
            },
            QStringLiteral("Could not save the council"));
    });
}
