#pragma once

#include "domain/ReportFigures.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The figures as CSV (issue 14): UTF-8 with a byte order mark (for
// spreadsheets, as the other exports), RFC 4180, one header row, every cell
// neutralised by CsvCell. One row per figure (and breakdown value) per
// council; every row carries its figure's definition from
// rules/ReportDefinitions, so a file read alone says what it counts. The
// columns are stable (README.md, "Figures").
namespace ReportCsv {

// council_code, council, period_from, period_to, figure, detail, title,
// value, numerator, denominator, definition.
QStringList columns();
// The reports, in the order given; `figures` (keys) limits the rows, empty for all.
QByteArray write(const QList<ReportFigures>& reports, const QStringList& figures = {});
// A value as the CSV and the screen print it: a count as an integer, a share
// as a percentage with one decimal, a time in working days with at most one
// decimal, and nothing when there was nothing to measure.
QString formatValue(const ReportValue& value);

} // namespace ReportCsv
