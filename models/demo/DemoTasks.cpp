#include "demo/DemoTasks.h"

#include "demo/DemoActor.h"
#include "demo/DemoDataGenerator.h"
#include "store/cases/CaseTaskRepository.h"

namespace {
struct Planned
{
    const char* title;
    int dueInDays; // from today; negative: overdue
    bool done;
};

// Synthetic, and about the work rather than the family.
constexpr Planned kMediatorTasks[] = {
    {"Ring the family about the meeting date", -2, false},
    {"Send the invitation letters", 0, false},
    {"Book a room at the venue", 3, false},
    {"Confirm the interpreter", 1, true},
};
constexpr Planned kSupervisorTasks[] = {
    {"Chase the council for the decision notice", -1, false},
    {"Check the agreement was sent to everyone", 0, false},
    {"Review the case before the certificate", 5, false},
};

// The ids of up to `limit` open cases, the person's (as caseworker or
// mediator) first, then any, so that a small demo database has them too.
StoreError openCases(QSqlDatabase db, const char* username, qsizetype limit, QList<qint64>* ids)
{
    ids->clear();
    StoreQuery query(db, QStringLiteral("SELECT c.id FROM cases c LEFT JOIN users u ON u.username = ? "
                                        "WHERE c.stage <> 'closed' AND c.merged_into_id IS NULL "
                                        "ORDER BY CASE WHEN c.mediator_id = u.id OR c.caseworker_id = u.id "
                                        "THEN 0 ELSE 1 END, c.id LIMIT ?"));
    query.bind(QString::fromLatin1(username), static_cast<qint64>(limit));
    if (StoreError error = query.exec(QStringLiteral("Could not read the demo cases")))
        return error;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return {};
}

StoreError userId(QSqlDatabase db, const char* username, qint64* id)
{
    StoreQuery query(db, QStringLiteral("SELECT id FROM users WHERE username = ?"));
    query.bind(QString::fromLatin1(username));
    if (StoreError error = query.exec(QStringLiteral("Could not read the demo users")))
        return error;
    *id = query.next() ? query.value(0).toLongLong() : 0;
    return {};
}

template <std::size_t N>
StoreError addFor(QSqlDatabase db, const char* username, const Planned (&planned)[N], const QDate& today,
                  int* added)
{
    qint64 person = 0;
    if (StoreError error = userId(db, username, &person))
        return error;
    QList<qint64> cases;
    if (StoreError error = openCases(db, username, N, &cases))
        return error;
    CaseTaskRepository repository(db);
    for (qsizetype i = 0; i < cases.size(); ++i) {
        CaseTask task;
        task.caseId = cases.at(i);
        task.title = QString::fromLatin1(planned[i].title);
        task.assignedToId = person ? std::optional<qint64>(person) : std::nullopt;
        task.dueDate = today.addDays(planned[i].dueInDays);
        if (StoreError error = repository.add(&task))
            return error;
        if (planned[i].done) {
            if (StoreError error = repository.setDone(task.id, true))
                return error;
        }
        ++*added;
    }
    return {};
}
} // namespace

DemoTasks::DemoTasks(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError DemoTasks::add(const QDate& today, int* added)
{
    *added = 0;
    const DemoActor supervisor(m_db, DemoDataGenerator::kDemoSupervisor);
    if (StoreError error = addFor(m_db, kDemoMediator, kMediatorTasks, today, added))
        return error;
    return addFor(m_db, DemoDataGenerator::kDemoSupervisor, kSupervisorTasks, today, added);
}
