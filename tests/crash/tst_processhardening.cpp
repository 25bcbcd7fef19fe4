#include "platform/ProcessHardening.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace {
// The soft and hard core file limits of a running process, from /proc.
QString coreLimitOf(qint64 pid)
{
    QFile limits(QString("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression line("^Max core file size\\s+(\\S+)\\s+(\\S+)",
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(limits.readAll()));
    return match.hasMatch() ? match.captured(1) + " " + match.captured(2) : QString();
}
} // namespace

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // Before disablesCoreDumps(), which lowers this process's own limit for good.
    void bothProgramsDisableCoreDumps_data();
    void bothProgramsDisableCoreDumps();
    void disablesCoreDumps();
};

void TestProcessHardening::initTestCase()
{
    // The programs inherit our limit: raise it as far as allowed, so that
    // seeing 0 in them shows they lowered it themselves.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    if (limit.rlim_max == 0)
        QSKIP("core dumps are already forbidden here (hard limit 0): nothing to observe");
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
}

void TestProcessHardening::disablesCoreDumps()
{
    QVERIFY(ProcessHardening::disableCoreDumps());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    // Calling it again is harmless.
    QVERIFY(ProcessHardening::disableCoreDumps());
}

void TestProcessHardening::bothProgramsDisableCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    // Each waits for us: the CLI reads a holidays file from its standard
    // input until it closes, the desktop program runs until it is stopped.
    QTest::newRow("commonground-cli") << CG_CLI_PROGRAM << QStringList{"holidays", "import", "/dev/stdin"};
    QTest::newRow("commonground") << CG_GUI_PROGRAM << QStringList{};
}

void TestProcessHardening::bothProgramsDisableCoreDumps()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", home.path());
    environment.insert("XDG_DATA_HOME", home.filePath("data"));
    environment.insert("XDG_CONFIG_HOME", home.filePath("config"));
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(environment);
    process.start(program, QStringList{"--database", home.filePath("cases.sqlite")} + arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    // Started with the test's own limit (unlimited or not), it lowers it to 0 first thing.
    QTRY_COMPARE_WITH_TIMEOUT(coreLimitOf(process.processId()), QString("0 0"), 20000);
    process.kill();
    QVERIFY(process.waitForFinished(20000));
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
