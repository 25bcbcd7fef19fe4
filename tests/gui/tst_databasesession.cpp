#include "StoreVerify.h"
#include "shell/DatabaseSession.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What the desktop program opens (issue 13 point 7): an empty file is
// refused and left as it is, not made into a new database at sign-in.
class TestDatabaseSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void emptyFileIsRefused();
    void newNameIsCreated();
};

void TestDatabaseSession::emptyFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("cases.sqlite");
    {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    DatabaseSession session;
    const StoreError error = session.open(ConnectionSettings::sqlite(path));
    QCOMPARE(error.kind(), StoreError::Kind::NotADatabase);
    QVERIFY2(error.message().contains("empty file (0 bytes)"), qPrintable(error.message()));
    QVERIFY(!session.isOpen());
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestDatabaseSession::newNameIsCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("new/cases.sqlite");
    DatabaseSession session;
    const StoreError error = session.open(ConnectionSettings::sqlite(path));
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(session.isOpen());
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser);
}

QTEST_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"
