#include "store/cases/TravelExpenseRepository.h"

#include "rules/TravelExpenseRules.h"
#include "store/access/AccessGuard.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/SqlColumns.h"
#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/SqlValues.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/infrastructure/WriteTransaction.h"
#include "store/settings/SettingsRepository.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "t.id, t.case_id, t.meeting_id, t.claimant_name, t.journey_date, t.description, t.mode, t.miles_tenths, "
    "t.amount_pence, t.receipt_held, t.note, t.recorded_by, u.display_name, t.recorded_at");

TravelExpense fromRow(const QSqlQuery& query)
{
    using E = TravelExpense;
    E e =
        SqlColumns::read<E>(query, &E::id, &E::caseId, &E::meetingId, &E::claimantName, &E::journeyDate,
                            &E::description, SqlColumns::skip, &E::milesTenths, &E::amountPence,
                            &E::receiptHeld, &E::note, &E::recordedById, &E::recordedByName, &E::recordedAt);
    e.mode = travelModeFromString(query.value(6).toString()).value_or(TravelMode::Other);
    return e;
}

QVariant miles(const TravelExpense& expense)
{
    return expense.milesTenths ? QVariant(*expense.milesTenths) : QVariant(QMetaType::fromType<int>());
}
} // namespace

TravelExpenseRepository::TravelExpenseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError TravelExpenseRepository::listForCase(qint64 caseId, QList<TravelExpense>* expenses) const
{
    expenses->clear();
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(caseId))
        return error;
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM travel_expenses t LEFT JOIN users u ON u.id = t.recorded_by "
                                        "WHERE t.case_id = ? ORDER BY t.journey_date, t.id"));
    query.bind(caseId);
    return query.readAll(QStringLiteral("Could not read the travel expenses"), expenses, fromRow);
}

StoreError TravelExpenseRepository::find(qint64 id, TravelExpense* expense) const
{
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("travel_expenses", id))
        return error;
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM travel_expenses t LEFT JOIN users u ON u.id = t.recorded_by "
                                        "WHERE t.id = ?"));
    query.bind(id);
    return query.readOne(QStringLiteral("Could not read the travel expense"),
                         QStringLiteral("There is no travel expense %1.").arg(id), expense, fromRow);
}

StoreError TravelExpenseRepository::check(const TravelExpense& expense, const QDate& today) const
{
    StoreQuery facts(m_db, QStringLiteral("SELECT enquiry_date FROM cases WHERE id = ?"));
    facts.bind(expense.caseId);
    if (StoreError error = facts.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(expense.caseId)))
        return error;
    const QString problem = TravelExpenseRules::problem(expense, facts.value(0).toDate(), today);
    if (!problem.isEmpty())
        return StoreError::invalid(problem);
    if (expense.meetingId) {
        StoreQuery meeting(m_db, QStringLiteral("SELECT 1 FROM meetings WHERE id = ? AND case_id = ?"));
        meeting.bind(*expense.meetingId, expense.caseId);
        if (StoreError error = meeting.exec(QStringLiteral("Could not read the meeting")))
            return error;
        if (!meeting.next())
            return StoreError::invalid(
                QStringLiteral("The meeting travelled to is not one of this case's meetings."));
    }
    return {};
}

StoreError TravelExpenseRepository::add(TravelExpense* expense, const QDate& today)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCase(expense->caseId))
        return error;
    qint64 actor = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (StoreError failed = WriteTransaction::run(m_db, [&]() -> StoreError {
            if (StoreError error = check(*expense, today))
                return error;
            if (StoreError error = SessionActor::current(m_db, &actor))
                return error;
            const SqlDialect& dialect = SqlDialect::forDriver(m_db.driverName());
            StoreQuery query(
                m_db, QStringLiteral(
                          "INSERT INTO travel_expenses (case_id, meeting_id, claimant_name, journey_date, "
                          "description, mode, miles_tenths, amount_pence, receipt_held, note, "
                          "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                          dialect.returningIdClause());
            query.bind(expense->caseId, SqlValues::id(expense->meetingId),
                       SqlValues::text(expense->claimantName), expense->journeyDate,
                       expense->description.trimmed(), travelModeToString(expense->mode), miles(*expense),
                       expense->amountPence, expense->receiptHeld ? 1 : 0, SqlValues::text(expense->note),
                       SqlValues::id(actor), now);
            if (StoreError error =
                    query.execInsert(QStringLiteral("Could not record the travel expense"), &expense->id))
                return error;
            return {};
        }))
        return failed;
    expense->recordedById = actor > 0 ? std::optional<qint64>(actor) : std::nullopt;
    expense->recordedAt = now;
    return {};
}

StoreError TravelExpenseRepository::update(const TravelExpense& expense, const QDate& today)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("travel_expenses", expense.id))
        return error;
    return WriteTransaction::run(m_db, [&]() -> StoreError {
        // The case is the stored one's: an expense does not move between cases here.
        TravelExpense stored;
        if (StoreError error = find(expense.id, &stored))
            return error;
        TravelExpense changed = expense;
        changed.caseId = stored.caseId;
        if (StoreError error = check(changed, today))
            return error;
        StoreQuery query(
            m_db,
            QStringLiteral("UPDATE travel_expenses SET meeting_id = ?, claimant_name = ?, journey_date = ?, "
                           "description = ?, mode = ?, miles_tenths = ?, amount_pence = ?, receipt_held = ?, "
                           "note = ? WHERE id = ?"));
        query.bind(SqlValues::id(changed.meetingId), SqlValues::text(changed.claimantName),
                   changed.journeyDate, changed.description.trimmed(), travelModeToString(changed.mode),
                   miles(changed), changed.amountPence, changed.receiptHeld ? 1 : 0,
                   SqlValues::text(changed.note), changed.id);
        return query.execAffecting(QStringLiteral("Could not save the travel expense"),
                                   QStringLiteral("There is no travel expense %1.").arg(changed.id));
    });
}

StoreError TravelExpenseRepository::remove(qint64 id)
{
    if (StoreError error = AccessGuard(m_db).require(Action::EditCases))
        return error;
    if (StoreError error = AccessGuard(m_db).requireVisibleCaseOf("travel_expenses", id))
        return error;
    return StoreQuery::removeRow(m_db, QStringLiteral("travel_expenses"), id,
                                 QStringLiteral("Could not remove the travel expense"),
                                 QStringLiteral("There is no travel expense %1.").arg(id));
}

StoreError TravelExpenseRepository::pencePerMile(int* pence) const
{
    *pence = TravelExpenseRules::kDefaultPencePerMile;
    QString text;
    if (StoreError error = SettingsRepository(m_db).value(kPencePerMileKey, &text))
        return error;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (ok && value > 0 && value <= 1000)
        *pence = value;
    return {};
}

StoreError TravelExpenseRepository::claimForm(qint64 caseId, const QDate& today,
                                              TravelClaimPdf::Content* content) const
{
    *content = TravelClaimPdf::Content{};
    if (StoreError error = listForCase(caseId, &content->expenses))
        return error;
    StoreQuery query(
        m_db,
        QStringLiteral(
            "SELECT c.reference, co.name, c.health_only_icb, p.given_name, p.family_name, ch.given_name, "
            "ch.family_name, c.referrer_kind FROM cases c JOIN councils co ON co.id = c.council_id "
            "LEFT JOIN people p ON p.id = c.parent_id LEFT JOIN people ch ON ch.id = c.child_id WHERE c.id = "
            "?"));
    query.bind(caseId);
    if (StoreError error = query.execOne(QStringLiteral("Could not read the case"),
                                         QStringLiteral("There is no case %1.").arg(caseId)))
        return error;
    content->caseReference = query.value(0).toString();
    content->councilName = query.value(1).toString();
    content->healthOnlyIcb = query.value(2).toInt() == 1;
    const QString parent =
        QStringLiteral("%1 %2").arg(query.value(3).toString(), query.value(4).toString()).trimmed();
    const QString youngPerson =
        QStringLiteral("%1 %2").arg(query.value(5).toString(), query.value(6).toString()).trimmed();
    for (const TravelExpense& expense : std::as_const(content->expenses)) {
        if (!expense.claimantName.trimmed().isEmpty()) {
            content->claimantName = expense.claimantName.trimmed();
            break;
        }
    }
    if (content->claimantName.isEmpty())
        content->claimantName =
            !parent.isEmpty()
                ? parent
                : (query.value(7).toString() == QLatin1String("young_person") ? youngPerson : QString());
    if (StoreError error = SettingsRepository(m_db).provider(&content->provider))
        return error;
    if (StoreError error = pencePerMile(&content->pencePerMile))
        return error;
    content->preparedOn = today;
    return {};
}
