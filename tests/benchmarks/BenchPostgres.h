#pragma once

#include "TestDatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <optional>

// The PostgreSQL database a benchmark runs on: --postgres CONNINFO (one made
// by hand, kept), or --test-postgres, a throwaway database on the tests'
// server (CG_TEST_PG, as the test suite's) that is dropped afterwards.
namespace BenchPostgres {
QList<QCommandLineOption> options();
// The conninfo (empty for SQLite); *throwaway keeps a throwaway database
// alive. False when one was asked for and cannot be made: the benchmark then
// returns *exitCode (0, skipped, unless the tests require PostgreSQL).
bool connInfo(const QCommandLineParser& parser, std::optional<TestDatabase>* throwaway, QString* connInfo,
              int* exitCode);
} // namespace BenchPostgres
