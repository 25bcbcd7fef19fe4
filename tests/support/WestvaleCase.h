#pragma once

#include "CaseSeed.h"
#include "TestDatabase.h"

// The one case a command-line test works on: MED-2026-00001, Zoë Nguyễn's
// enquiry of Monday 2 November 2026 at Westvale District Council, in a
// database nobody signs in to (open to whoever holds it). False, with *why,
// when it cannot be made.
inline bool seedWestvaleCase(const TestDatabase& test, QString* why)
{
    return CaseSeed::seedInto(test.settings(), why, [&](QSqlDatabase db) -> bool {
        const qint64 council = CaseSeed::addCouncil(db, "Westvale District Council", "WVD");
        return CaseSeed::addCase(db,
                                 CaseSeed::mediationReferral(council, "Zoë", "Nguyễn", QDate(2026, 11, 2)),
                                 QDate(2026, 11, 23), why);
    });
}
