#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Plain SQL for tests, past the store: to read back what the store wrote, or
// to set up rows as another tool would. Parameterised, like the store's own.
namespace PlainSql {

// The first column of the first row. When the query fails or finds no row,
// "error: " and the driver's message: a value no test expects, so that a
// broken query fails the comparison instead of passing as an empty value.
QVariant scalar(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});

// Runs one statement; false when it fails, with the driver's message in
// *why when given.
bool exec(QSqlDatabase db, const QString& sql, const QVariantList& binds = {}, QString* why = nullptr);

// How many rows `table` holds (a name the test writes, never input); -1
// when the query fails.
int rowCount(QSqlDatabase db, const char* table);

} // namespace PlainSql
