#pragma once

#include "rules/BankHolidayCalendar.h"
#include "store/infrastructure/Database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
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

// The same as openSignedIn, and the id of the case `reference` names
// (findCase). nullptr after printing why.
Database* openSignedInCase(CliContext& context, const QString& reference, qint64* caseId);

// The id of the case `reference` names; false after printing the store's
// sentence, and on a refusal to somebody not signed in how to sign in
// (CliContext::fail).
bool findCase(CliContext& context, QSqlDatabase db, const QString& reference, qint64* caseId);

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

// The whole of the file at `path`; false after printing why it cannot be read.
bool readFile(CliContext& context, const QString& path, QByteArray* data);

// Makes an export's file from the database: its bytes and how many records they hold.
using ExportWriter = std::function<StoreError(QSqlDatabase db, QByteArray* data, int* records)>;

// The export action of a command on records, "WHAT export --out FILE.csv":
// signed in (records hold personal data), the file written whole by
// writePrivateFile, then "COUNT_LABEL: N" on stdout. Returns the exit code.
int exportToFile(CliContext& context, const QStringList& arguments, const QString& what,
                 const char* countLabel, const ExportWriter& write);

// Tabs and line breaks inside a value would break the columns.
QString cell(const QString& text);

} // namespace RecordCommandSupport
