#pragma once

#include "store/infrastructure/StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The directory to and from CSV (RFC 4180; UTF-8 with or without a byte
// order mark; a header row naming the columns, in any order):
//
//   organisation, organisation_kind, council, given_name, family_name,
//   job_title, role, phone, email, postcode, decision_maker
//
// A row with a name is a person, at the organisation when one is named; a
// row without one adds only the organisation. organisation_kind is one of
// the organisations.kind values (school, sendiass, council_send, ...), needed
// with an organisation; council is the name or code of a council already in
// the database; role is an invitee role (school_representative, ...);
// decision_maker is yes or no. Phone and email are the person's, or the
// organisation's on an organisation-only row; postcode is the organisation's.
// An organisation already in the directory (same name and kind) is reused.
//
// Import is all or nothing: every bad row is reported ("line N: what is
// wrong", N counting the header as line 1) and then nothing is imported.
namespace ContactCsv {

const QStringList& columns();

struct ImportReport
{
    int organisationsAdded = 0;
    int contactsAdded = 0;
    QStringList problems; // "line N: ..." for each bad row; nothing was imported when not empty
};

// Splits CSV text into records; *lines receives the line each record starts
// on. Returns false (and says why in *error) on an unterminated quote.
bool parse(const QByteArray& data, QList<QStringList>* records, QList<int>* lines, QString* error);
// One record, quoted where needed, without the line end.
QString formatRecord(const QStringList& fields);

// A StoreError for a database failure; bad rows come back in report->problems.
StoreError import(QSqlDatabase db, const QByteArray& data, ImportReport* report);
// The same checks and counts as import() without writing anything: what an
// import would add, or every bad row (for a preview before importing).
StoreError check(QSqlDatabase db, const QByteArray& data, ImportReport* report);
// Every contact with its organisation, and organisations without contacts,
// by organisation and name. *rows receives the number of data rows.
StoreError exportAll(QSqlDatabase db, QByteArray* data, int* rows = nullptr);

} // namespace ContactCsv
