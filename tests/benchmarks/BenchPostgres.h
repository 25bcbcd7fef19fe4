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
// Sets *connInfo (empty for SQLite); *throwaway keeps a throwaway database
// alive. When one was asked for and cannot be made, the exit code the
// benchmark returns (0, skipped, unless the tests require PostgreSQL).
std::optional<int> connInfo(const QCommandLineParser& parser, std::optional<TestDatabase>* throwaway,
                            QString* connInfo);
} // namespace BenchPostgres
