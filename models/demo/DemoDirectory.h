#pragma once

#include "domain/Council.h"
#include "store/infrastructure/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

class DemoRandom;

// The people and places the demo cases draw on (DemoDataGenerator): the demo
// users, every one with the published password; six invented councils, each
// with its SEND team, SENDIASS, integrated care board and social care and
// their people, and twelve schools with a SENCO; and the venues. Written with
// the same bulk INSERTs as the cases, inside the generator's transaction,
// and drawing its names from the generator's DemoRandom before any case, so
// that a seed still makes the same database.
class DemoDirectory
{
public:
    struct CouncilRow
    {
        qint64 id = 0;
        Council council;
        QList<qint64> schools; // the organisations' ids
    };

    // Writes them all; `now` is every row's created_at.
    StoreError write(const QSqlDatabase& db, DemoRandom& random, const QVariant& now);

    // What write() made, by id, in the order written.
    const QList<qint64>& caseworkers() const { return m_caseworkers; }
    const QList<qint64>& mediators() const { return m_mediators; }
    const QList<CouncilRow>& councils() const { return m_councils; }
    const QList<qint64>& venues() const { return m_venues; }

private:
    QList<qint64> m_caseworkers;
    QList<qint64> m_mediators;
    QList<CouncilRow> m_councils;
    QList<qint64> m_venues;
};
