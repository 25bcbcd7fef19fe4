#include "CliRunner.h"

#include "TestDatabase.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

QString CliRunner::programPath()
{
    return QStringLiteral(CG_CLI_PATH);
}

CliRun CliRunner::run(const QStringList& arguments, const QByteArray& standardInput)
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(programPath(), arguments);
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList CliRunner::where(const TestDatabase& test)
{
    if (test.isSqlite())
        return {QStringLiteral("--database"), test.settings().sqlitePath()};
    return {QStringLiteral("--postgres"), test.settings().toConnInfo()};
}
