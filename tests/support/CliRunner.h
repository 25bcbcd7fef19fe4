#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class TestDatabase;

// Runs the real commonground-cli, as a script or a supervisor would.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

class CliRunner
{
public:
    static QString programPath();
    // HOME points at a temporary folder so that a test never touches the
    // user's own default database.
    static CliRun run(const QStringList& arguments, const QByteArray& standardInput = {});
    // The options that point the program at `test`'s database: --database
    // and the SQLite file, or --postgres and the conninfo.
    static QStringList where(const TestDatabase& test);
};
