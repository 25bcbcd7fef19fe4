#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/Database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class CliContext;

// What the commands on the database's records (cases, contacts,
// certificates, meetings, expenses) share: opening the database as it
// stands, the office's calendar, who a change is recorded against, and
// plain tab-separated cells.
namespace RecordCommandSupport {

// The database named on the command line, upgraded when older but never
// created: a command on records has nothing to work on in a new one.
// nullptr after printing why.
Database* openExisting(CliContext& context);

// The same, and the id of the case `reference` names (in any letter case,
// spaces around it ignored). nullptr after printing why.
Database* openCase(CliContext& context, const QString& reference, qint64* caseId);

// The same as openExisting, refused unless somebody is signed in on a database that has
// users: records hold children's and families' names, and every change
// must be attributed. nullptr after printing why.
Database* openSignedIn(CliContext& context,
                       Database::OpenOptions options = {.create = false, .migrate = true});

// The bank holidays imported into the database, or the calendar shipped
// with the program when none were (or they cannot be read).
BankHolidayCalendar officeCalendar(QSqlDatabase db);

// Who a change is recorded against: the user signed in on the connection,
// or nobody. False after printing the store's sentence.
bool author(CliContext& context, QSqlDatabase db, std::optional<qint64>* author);

// Writes `data` to `path`, readable by the user only (records hold
// personal data); false after printing what stopped it: nothing is written
// then, not even part of the file.
bool writePrivateFile(CliContext& context, const QString& path, const QByteArray& data);

// Tabs and line breaks inside a value would break the columns.
QString cell(const QString& text);

} // namespace RecordCommandSupport
