// The tamper evidence of the SQLite audit trail (schema 13): what someone
// who can write the file does with an SQLite tool, past the program, shows
// up in AuditChain::verify, naming the first broken row; what the program
// itself does (including redaction when a case is anonymised) does not.
// The "outsider" is a plain SQLite connection with none of the program's
// TEMP triggers or functions, as the sqlite3 shell would be. Names are
// synthetic.
#include "CaseSeed.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "platform/PasswordHasher.h"
#include "store/access/AccountRepository.h"
#include "store/access/AuditChain.h"
#include "store/access/AuditRepository.h"
#include "store/access/AuditTriggers.h"
#include "store/access/SessionActor.h"
#include "store/infrastructure/Database.h"
#include "store/infrastructure/Migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
const QDate kToday(2026, 11, 23);
const QDateTime kNine(kToday, QTime(9, 0), Qt::UTC);
const QString kGood = QStringLiteral("heron lantern quarry");

// A plain connection to the same file, as another tool would open it.
class Outsider
{
public:
    explicit Outsider(const QString& path) : m_name(QStringLiteral("outsider-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Outsider()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Outsider(const Outsider&) = delete;
    Outsider& operator=(const Outsider&) = delete;

    bool exec(const QString& sql, const QVariantList& binds = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant& value : binds)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// An office with an administrator, a caseworker and a supervisor signed in,
// a council and a case: a trail of a few dozen rows.
struct Office
{
    TestDatabase test{QStringLiteral("sqlite")};
    Database database{test.settings()};
    qint64 caseId = 0;
    qint64 caseworkerId = 0;

    QString setUp()
    {
        if (StoreError error = database.open())
            return error.message();
        QSqlDatabase db = database.connection();
        AccountRepository accounts(db, PasswordHasher(PasswordHasher::minimum()));
        User admin;
        admin.username = QStringLiteral("ada.okafor");
        admin.displayName = QStringLiteral("Ada Okafor");
        if (StoreError error = accounts.createFirstAdministrator(&admin, kGood, kNine))
            return error.message();
        User caseworker;
        caseworker.username = QStringLiteral("sam.okafor");
        caseworker.displayName = QStringLiteral("Sam Okafor");
        caseworker.role = UserRole::Caseworker;
        User supervisor;
        supervisor.username = QStringLiteral("priya.venn");
        supervisor.displayName = QStringLiteral("Priya Venn");
        supervisor.role = UserRole::Supervisor;
        if (StoreError error = accounts.addUser(admin.id, &caseworker, kGood, kNine))
            return error.message();
        if (StoreError error = accounts.addUser(admin.id, &supervisor, kGood, kNine))
            return error.message();
        caseworkerId = caseworker.id;
        if (StoreError error = SessionActor::set(db, supervisor.id))
            return error.message();
        const qint64 council =
            CaseSeed::addCouncil(db, QStringLiteral("Westvale Council"), QStringLiteral("WVC"));
        QString why;
        caseId = CaseSeed::addCase(
            db,
            CaseSeed::mediationReferral(council, QStringLiteral("Elowen"), QStringLiteral("Tarrant"), kToday),
            kToday, &why);
        return caseId > 0 ? QString() : why;
    }

    AuditChainReport verify()
    {
        AuditChainReport report;
        if (StoreError error = AuditChain::verify(database.connection(), &report))
            report.problems << QStringLiteral("error: ") + error.message();
        return report;
    }

    qint64 auditId(const QString& where)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE ") + where) || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }
};

#define CG_OFFICE(office)                                                                                    \
    Office office;                                                                                           \
    {                                                                                                        \
        const QString setUpError = (office).setUp();                                                         \
        QVERIFY2(setUpError.isEmpty(), qPrintable(setUpError));                                              \
    }
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void programWritesVerify();
    void redactionWhenAnonymisingVerifies();
    void blankingThroughTheRedactionShapeIsFound();
    void unsealedForgedRowIsFound();
    void forgedSealIsFound();
    void removedRowIsFound();
    void roleChangedWithoutTraceIsFound();
    void certificateWithoutTraceIsFound();
    void droppedGuardIsFound();
    void upgradedTrailIsSealed();
};

void TestAuditChain::programWritesVerify()
{
    CG_OFFICE(office);
    const AuditChainReport report = office.verify();
    QVERIFY(report.applies);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.rows > 10);
    QCOMPARE(report.firstBrokenId, 0);
    QCOMPARE(report.head.size(), 64);
    // Every row is sealed as it is written, the first with nothing before it.
    QCOMPARE(office.auditId(QStringLiteral("chain_hash IS NULL OR content_hash IS NULL")), 0);
}

void TestAuditChain::redactionWhenAnonymisingVerifies()
{
    CG_OFFICE(office);
    QSqlDatabase db = office.database.connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT child_id FROM cases WHERE id = %1").arg(office.caseId)));
    QVERIFY(query.next());
    const qint64 child = query.value(0).toLongLong();
    query.finish();
    AuditRepository audit(db);
    CG_VERIFY_OK(audit.redact(QStringLiteral("people"), QList<qint64>{child}));
    CG_VERIFY_OK(audit.redact(QStringLiteral("cases"), QList<qint64>{office.caseId}));
    QVERIFY(office.auditId(QStringLiteral("redacted = 1 AND table_name = 'cases'")) > 0);
    const AuditChainReport report = office.verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestAuditChain::blankingThroughTheRedactionShapeIsFound()
{
    CG_OFFICE(office);
    // The guard allows the shape of a redaction, so an outsider can blank a
    // row of a case nobody anonymised...
    const qint64 row =
        office.auditId(QStringLiteral("table_name = 'cases' AND action = 'insert' AND redacted = 0"));
    QVERIFY(row > 0);
    {
        const Outsider outsider(office.test.settings().sqlitePath());
        QVERIFY(outsider.exec(
            QStringLiteral(
                "UPDATE audit_log SET old_value = NULL, new_value = NULL, redacted = 1 WHERE id = ?"),
            {row}));
    }
    // ...and it shows.
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBrokenId, row);
    QVERIFY2(report.problems.constFirst().contains(QLatin1String("never anonymised")),
             qPrintable(report.problems.constFirst()));
}

void TestAuditChain::unsealedForgedRowIsFound()
{
    CG_OFFICE(office);
    qint64 forged = 0;
    {
        const Outsider outsider(office.test.settings().sqlitePath());
        // A row that arrives sealed is refused by the schema itself.
        QVERIFY(!outsider.exec(QStringLiteral("INSERT INTO audit_log (at, action, table_name, content_hash, "
                                              "chain_hash) VALUES ('2026-11-23T09:00:00.000Z', 'open', "
                                              "'cases', 'x', 'y')")));
        QVERIFY(outsider.exec(QStringLiteral("INSERT INTO audit_log (at, actor_name, action, table_name, "
                                             "record_id) VALUES ('2026-11-23T09:00:00.000Z', 'priya.venn', "
                                             "'open', 'cases', '1')")));
        forged = outsider.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
    }
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBrokenId, forged);
    QVERIFY2(report.problems.constFirst().contains(QLatin1String("not sealed")),
             qPrintable(report.problems.constFirst()));
    // The program's own rows after it still chain (and are not blamed).
    CG_VERIFY_OK(AuditRepository(office.database.connection()).recordCaseOpened(office.caseId));
    QCOMPARE(office.verify().problems.size(), 1);
}

void TestAuditChain::forgedSealIsFound()
{
    CG_OFFICE(office);
    qint64 forged = 0;
    {
        const Outsider outsider(office.test.settings().sqlitePath());
        QVERIFY(outsider.exec(QStringLiteral("INSERT INTO audit_log (at, actor_name, action, table_name, "
                                             "record_id) VALUES ('2026-11-23T09:00:00.000Z', 'priya.venn', "
                                             "'open', 'cases', '1')")));
        forged = outsider.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
        // Sealing is allowed once; a seal that was not made from the row's content does not verify.
        QVERIFY(outsider.exec(
            QStringLiteral("UPDATE audit_log SET content_hash = ?, chain_hash = ? WHERE id = ?"),
            {QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b')), forged}));
    }
    const AuditChainReport report = office.verify();
    QCOMPARE(report.firstBrokenId, forged);
    QVERIFY2(report.problems.constFirst().contains(QLatin1String("changed after it was written")),
             qPrintable(report.problems.constFirst()));
}

void TestAuditChain::removedRowIsFound()
{
    CG_OFFICE(office);
    const qint64 removed = office.auditId(QStringLiteral("table_name = 'councils'"));
    QVERIFY(removed > 0);
    {
        // Dropping the guard, deleting, and putting the guard back as it was.
        const Outsider outsider(office.test.settings().sqlitePath());
        const QString guard =
            outsider
                .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_delete'"))
                .toString();
        QVERIFY(!guard.isEmpty());
        QVERIFY(outsider.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(outsider.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {removed}));
        QVERIFY(outsider.exec(guard));
    }
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QVERIFY(report.firstBrokenId > removed);
    QVERIFY2(report.problems.constFirst().contains(QLatin1String("does not follow")),
             qPrintable(report.problems.constFirst()));
}

void TestAuditChain::roleChangedWithoutTraceIsFound()
{
    CG_OFFICE(office);
    {
        // No TEMP audit triggers on the outsider's connection: no audit row.
        const Outsider outsider(office.test.settings().sqlitePath());
        QVERIFY(outsider.exec(QStringLiteral("UPDATE users SET role = 'supervisor' WHERE id = ?"),
                              {office.caseworkerId}));
    }
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QCOMPARE(report.firstBrokenId, 0); // the chain itself is whole
    QVERIFY2(
        report.problems.join(QLatin1Char('\n'))
            .contains(QStringLiteral("users %1 (sam.okafor): role is 'supervisor' but the audit trail last "
                                     "recorded 'caseworker'")
                          .arg(office.caseworkerId)),
        qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestAuditChain::certificateWithoutTraceIsFound()
{
    CG_OFFICE(office);
    {
        const Outsider outsider(office.test.settings().sqlitePath());
        QVERIFY(outsider.exec(
            QStringLiteral(
                "INSERT INTO certificates (number, part, case_id, status, trigger_date, issue_date, "
                "issuer_name, content, content_sha256, pdf, pdf_sha256, created_at) VALUES "
                "('CG-2026-000099', 1, ?, 'issued', '2026-11-20', '2026-11-23', 'A. Person', '{}', "
                "'c', x'00', 'p', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 second'))"),
            {office.caseId}));
    }
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(QLatin1Char('\n'))
                 .contains(QLatin1String("(CG-2026-000099) has no record in the audit trail")),
             qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestAuditChain::droppedGuardIsFound()
{
    CG_OFFICE(office);
    {
        const Outsider outsider(office.test.settings().sqlitePath());
        QVERIFY(outsider.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    }
    const AuditChainReport report = office.verify();
    QVERIFY(!report.ok());
    QVERIFY(report.problems.contains(
        QStringLiteral("the guard trigger audit_log_no_update is missing from the schema")));
}

void TestAuditChain::upgradedTrailIsSealed()
{
    TestDatabase test(QStringLiteral("sqlite"));
    {
        // A file at schema 12 with a trail written then.
        Database old(test.settings());
        CG_VERIFY_OK(old.open({.create = true, .migrate = false}));
        CG_VERIFY_OK(Migrator(old.connection()).migrateTo(12));
        CG_VERIFY_OK(AuditTriggers::install(old.connection()));
        QVERIFY(CaseSeed::addCouncil(old.connection(), QStringLiteral("Westvale Council"),
                                     QStringLiteral("WVC")) > 0);
    }
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QVERIFY(database.schemaVersion() >= 13);
    AuditChainReport report;
    CG_VERIFY_OK(AuditChain::verify(database.connection(), &report));
    QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    QVERIFY(report.rows > 0);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
