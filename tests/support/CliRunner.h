#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
};
