#include "store/reports/ActivityStatementQuery.h"

#include "rules/IsoDate.h"
#include "store/infrastructure/CsvCell.h"
#include "store/infrastructure/StoreQuery.h"
#include "store/reports/ReportQuery.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

ActivityStatementQuery::ActivityStatementQuery(QSqlDatabase db) : m_db(std::move(db)) {}

StoreError ActivityStatementQuery::list(const ReportPeriod& period, qint64 councilId,
                                        QList<BillableEvent>* events) const
{
    if (StoreError error = ReportQuery::requireAllowed(m_db))
        return error;
    if (!period.isValid())
        return StoreError::invalid(period.problem());
    const QString heldDay = QStringLiteral("COALESCE(m.held_date, %1)")
                                .arg(ReportQuery::dayOf(m_db, QStringLiteral("m.starts_at")));
    // The same definitions as the figures: information given and meetings
    // held by their day, certificates issued (never voided) by issue date.
    const QStringList statements{
        QStringLiteral(
            "SELECT c.reference, c.information_given_date, NULL, NULL, NULL FROM cases c WHERE "
            "c.information_given_date BETWEEN ? AND ? AND c.merged_into_id IS NULL AND c.council_id = ?"),
        QStringLiteral("SELECT c.reference, ") + heldDay +
            QStringLiteral(
                ", m.starts_at, m.ends_at, m.kind FROM meetings m JOIN cases c ON c.id = m.case_id WHERE "
                "m.status = 'held' AND m.kind IN ('mediation', 'disagreement_resolution') AND ") +
            heldDay + QStringLiteral(" BETWEEN ? AND ? AND c.council_id = ?"),
        QStringLiteral(
            "SELECT c.reference, ce.issue_date, NULL, NULL, ce.part, ce.number FROM certificates ce JOIN "
            "cases c ON c.id = ce.case_id WHERE ce.status = 'issued' AND ce.issue_date BETWEEN ? AND ? "
            "AND c.council_id = ?")};
    const QStringList kinds{QStringLiteral("information_given"), QStringLiteral("meeting_held"),
                            QStringLiteral("certificate_issued")};
    QList<BillableEvent> out;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        StoreQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(statements.at(i));
        query.bind(period.from(), period.to(), councilId);
        if (StoreError error = query.exec(QStringLiteral("Could not list the billable events")))
            return error;
        while (query.next()) {
            BillableEvent event;
            event.reference = query.value(0).toString();
            event.event = kinds.at(i);
            event.date = query.value(1).toDate();
            if (i == 1) {
                const QDateTime start = query.value(2).toDateTime();
                const QDateTime end = query.value(3).toDateTime();
                event.minutes = static_cast<int>(start.secsTo(end) / 60);
                event.detail = query.value(4).toString();
            } else if (i == 2) {
                event.detail =
                    QStringLiteral("Part %1 %2").arg(query.value(4).toString(), query.value(5).toString());
            }
            out.append(event);
        }
    }
    std::sort(out.begin(), out.end(), [](const BillableEvent& a, const BillableEvent& b) {
        if (a.reference != b.reference)
            return a.reference < b.reference;
        if (a.date != b.date)
            return a.date < b.date;
        if (a.event != b.event)
            return a.event < b.event;
        return a.detail < b.detail;
    });
    *events = out;
    return {};
}

QByteArray ActivityStatementQuery::csv(const QList<BillableEvent>& events)
{
    QString text = QStringLiteral("reference,event,date,minutes,detail\r\n");
    for (const BillableEvent& e : events) {
        text += QStringList{CsvCell::format(e.reference), CsvCell::format(e.event),
                            CsvCell::format(IsoDate::format(e.date)),
                            e.event == QLatin1String("meeting_held") ? QString::number(e.minutes) : QString(),
                            CsvCell::format(e.detail)}
                    .join(QLatin1Char(',')) +
                QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}
