#include "BenchPostgres.h"

#include <cstdio>

namespace BenchPostgres {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("postgres"), QStringLiteral("a PostgreSQL database (libpq conninfo)"),
         QStringLiteral("CONNINFO")},
        {QStringLiteral("test-postgres"),
         QStringLiteral("a throwaway PostgreSQL database on the tests' server (CG_TEST_PG), dropped after")}};
}

std::optional<int> connInfo(const QCommandLineParser& parser, std::optional<TestDatabase>* throwaway,
                            QString* connInfo)
{
    *connInfo = parser.value(QStringLiteral("postgres"));
    if (!parser.isSet(QStringLiteral("test-postgres")))
        return std::nullopt;
    throwaway->emplace(QStringLiteral("postgres"));
    if (!(*throwaway)->isAvailable()) {
        std::printf("%s\n", qPrintable((*throwaway)->unavailableReason()));
        return TestDatabase::postgresRequired() ? 1 : 0;
    }
    *connInfo = (*throwaway)->settings().toConnInfo();
    return std::nullopt;
}

} // namespace BenchPostgres
