#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One cell of a CSV file the program writes or reads (the contacts export
// and import, the audit trail), made safe to open in a spreadsheet.
//
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage
// return as a formula (OWASP "CSV injection"), so such a value is written
// with a single quote in front. So that reading it back gives exactly what
// was written, a value that itself starts with a single quote gets one more;
// restore() removes one leading quote from any value that has one. The round
// trip is lossless for every value.
namespace CsvCell {

QString neutralise(const QString& value);
QString restore(const QString& cell);
// RFC 4180: the neutralised value, in double quotes (each doubled) when it
// holds a comma, quote or line break, or starts or ends with a space.
QString format(const QString& value);

// Where data stops being faithful text, for an import to refuse the file
// rather than store something else: every line (counted from 1) that is
// not valid UTF-8 or holds a NUL byte, each as "line N: ...", with what to do.
QStringList encodingProblems(const QByteArray& data);

} // namespace CsvCell
