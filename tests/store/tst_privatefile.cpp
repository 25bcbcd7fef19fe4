#include "TestFiles.h"
#include "platform/PrivateFile.h"
#include "store/infrastructure/StoreError.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

// PrivateFile: every file the program writes is complete or absent, and its
// owner's only (issue 13 points 2 and 3); and StoreError keeps driver text
// out of what people read (point 7).
namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<absent>");
}

// A disk that fills after 10 bytes, as write(2) reports it.
ssize_t fullAfterTenBytes(int fd, const void* buffer, size_t size)
{
    struct stat info = {};
    ::fstat(fd, &info);
    if (info.st_size >= 10) {
        errno = ENOSPC;
        return -1;
    }
    return ::write(fd, buffer, std::min<size_t>(size, 10 - static_cast<size_t>(info.st_size)));
}
} // namespace

class TestPrivateFile : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { PrivateFile::setWriteFunctionForTesting(nullptr); }
    void writesWholeAndOwnerOnly();
    void failedWriteLeavesNothingNew();
    void realFullDisk();
    void leftoverIsReused();
    void foldersAreOwnerOnly();
    void removesOnlyIdleLeftovers();
    void driverTextStaysOutOfMessages();
};

void TestPrivateFile::writesWholeAndOwnerOnly()
{
    ::umask(022); // what a desktop session usually has
    QTemporaryDir dir;
    const QString path = dir.filePath("export.csv");
    QString error;
    QVERIFY2(PrivateFile::write(path, "a,b\r\n", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("a,b\r\n"));
    QCOMPARE(TestFiles::modeOf(path), mode_t(0600));
    QVERIFY(!QFile::exists(path + ".partial"));
    // Replacing a file readable by others makes it owner-only.
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(PrivateFile::write(path, "c\r\n", &error));
    QCOMPARE(contents(path), QByteArray("c\r\n"));
    QCOMPARE(TestFiles::modeOf(path), mode_t(0600));
    // A folder is not a file.
    QVERIFY(!PrivateFile::write(dir.path(), "x", &error));
    QVERIFY(error.contains("folder"));
}

void TestPrivateFile::failedWriteLeavesNothingNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("meetings.ics");
    QString error;
    PrivateFile::setWriteFunctionForTesting(fullAfterTenBytes);
    // A new file: absent, not truncated.
    QVERIFY(!PrivateFile::write(path, QByteArray(5000, 'x'), &error));
    QVERIFY2(error.contains("No space left on device"), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + ".partial"));
    // An earlier file: left exactly as it was.
    PrivateFile::setWriteFunctionForTesting(nullptr);
    QVERIFY(PrivateFile::write(path, "BEGIN:VCALENDAR", &error));
    PrivateFile::setWriteFunctionForTesting(fullAfterTenBytes);
    QVERIFY(!PrivateFile::write(path, QByteArray(5000, 'y'), &error));
    QCOMPARE(contents(path), QByteArray("BEGIN:VCALENDAR"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"meetings.ics"});
}

void TestPrivateFile::realFullDisk()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root (CI runs as root); failedWriteLeavesNothingNew injects it");
    QTemporaryDir dir;
    const QString mount = dir.filePath("full");
    QVERIFY(QDir().mkpath(mount));
    if (QProcess::execute(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=64k", "tmpfs", mount}) != 0)
        QSKIP("this machine does not let even root mount a tmpfs");
    QFile filler(QDir(mount).filePath("filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    while (filler.write(QByteArray(4096, 'x')) == 4096) {
    }
    filler.close();
    QString error;
    // Small, as the files QSaveFile lost the error of.
    const bool written = PrivateFile::write(QDir(mount).filePath("small.csv"), QByteArray(3000, 'z'), &error);
    const QStringList left = QDir(mount).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {mount});
    QVERIFY(!written);
    QVERIFY2(error.contains("No space left on device"), qPrintable(error));
    QCOMPARE(left, QStringList{"filler"});
}

void TestPrivateFile::leftoverIsReused()
{
    ::umask(022);
    QTemporaryDir dir;
    const QString path = dir.filePath("plan.pdf");
    {
        QFile leftover(path + ".partial");
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write(QByteArray(100, 'L'));
        QVERIFY(leftover.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther));
    }
    QString error;
    QVERIFY(PrivateFile::write(path, "%PDF", &error));
    QCOMPARE(contents(path), QByteArray("%PDF"));
    QCOMPARE(TestFiles::modeOf(path), mode_t(0600));
    QVERIFY(!QFile::exists(path + ".partial"));
}

void TestPrivateFile::foldersAreOwnerOnly()
{
    ::umask(022);
    QTemporaryDir dir;
    const QString deep = dir.filePath("a/b/c");
    QString error;
    QVERIFY2(PrivateFile::makeFolder(deep, &error), qPrintable(error));
    QCOMPARE(TestFiles::modeOf(dir.filePath("a")), mode_t(0700));
    QCOMPARE(TestFiles::modeOf(deep), mode_t(0700));
    QVERIFY(PrivateFile::makeFolder(deep, &error)); // there already: fine
}

void TestPrivateFile::removesOnlyIdleLeftovers()
{
    QTemporaryDir dir;
    const QString old = dir.filePath("cg.sqlite.x.bak.partial");
    const QString fresh = dir.filePath("cg.sqlite.y.bak.partial");
    for (const QString& path : {old, fresh}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    QFile file(old);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(
        file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(PrivateFile::removeLeftovers(dir.path(), "cg.sqlite*.partial", 600), 1);
    QVERIFY(!QFile::exists(old));
    QVERIFY(QFile::exists(fresh)); // perhaps still being written
}

void TestPrivateFile::driverTextStaysOutOfMessages()
{
    const QSqlError mismatch(QStringLiteral("Parameter count mismatch"),
                             QStringLiteral("Parameter count mismatch"), QSqlError::StatementError,
                             QString());
    StoreError error = StoreError::fromSql(mismatch, QStringLiteral("Could not save the contact"));
    QVERIFY2(!error.message().contains("Parameter count"), qPrintable(error.message()));
    QVERIFY(error.message().startsWith("Could not save the contact: "));
    QVERIFY(error.detail().contains("Parameter count mismatch"));

    const QSqlError unique(QStringLiteral("UNIQUE constraint failed: councils.code"), QString(),
                           QSqlError::StatementError, QStringLiteral("2067"));
    error = StoreError::fromSql(unique, QStringLiteral("Could not add the council"));
    QCOMPARE(error.kind(), StoreError::Kind::Constraint);
    QVERIFY2(!error.message().contains("councils.code"), qPrintable(error.message()));
    QVERIFY(error.message().contains("unique"));

    const QSqlError readOnly(QStringLiteral("attempt to write a readonly database"), QString(),
                             QSqlError::StatementError, QStringLiteral("8"));
    error = StoreError::fromSql(readOnly, QStringLiteral("Could not save"));
    QCOMPARE(error.kind(), StoreError::Kind::Io);
    QVERIFY(error.message().contains("read-only"));

    // The schema's own sentences are for people, and stay.
    const QSqlError trigger(QStringLiteral("The audit trail cannot be changed"), QString(),
                            QSqlError::StatementError, QStringLiteral("1811"));
    error = StoreError::fromSql(trigger, QStringLiteral("Could not change it"));
    QCOMPARE(error.message(), QStringLiteral("Could not change it: The audit trail cannot be changed"));
}

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
