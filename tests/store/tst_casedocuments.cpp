#include "AuditChainCheck.h"
#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "rules/CaseDocumentRules.h"
#include "store/cases/CaseDocumentRepository.h"
#include "store/infrastructure/Database.h"
#include "store/retention/RetentionRepository.h"
#include "store/retention/SubjectAccessExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// The documents filed on a case (schema 26), on both engines: filed from a
// file with its type detected from the bytes, its size and SHA-256; refused
// when empty, unreadable or over the limit (nothing written); listed without
// the bytes; read back exactly, each open and export in the audit trail,
// whose records hold the hash and never the bytes; removed by supervisors
// only; included in a subject access export; deleted by anonymising.
namespace {
using namespace CaseOffice;

// A small synthetic PDF: its first bytes are what a type detector looks at.
QByteArray decisionNotice()
{
    return QByteArrayLiteral("%PDF-1.4\n% synthetic decision notice for a test\n1 0 obj << >> endobj\n"
                             "SECRETWORDINSIDE\n%%EOF\n");
}

int auditRows(QSqlDatabase db, const QString& action)
{
    return scalar(db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM audit_log WHERE table_name = 'case_documents' AND action = ?"),
                  {action})
        .toInt();
}
} // namespace

class TestCaseDocuments : public QObject
{
    Q_OBJECT

private slots:
    void filedListedReadRemoved_data() { TestDatabase::addEngineRows(); }
    void filedListedReadRemoved();
    void refusedWithTheReason_data() { TestDatabase::addEngineRows(); }
    void refusedWithTheReason();
    void onlyThoseWhoEditTheCase_data() { TestDatabase::addEngineRows(); }
    void onlyThoseWhoEditTheCase();
    void subjectAccessAndAnonymising_data() { TestDatabase::addEngineRows(); }
    void subjectAccessAndAnonymising();
};

void TestCaseDocuments::filedListedReadRemoved()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Harlow"));
    QVERIFY2(caseId, qPrintable(office.why));
    QVERIFY(actAs(office.db, office.caseworker));
    CaseDocumentRepository repository(office.db);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = decisionNotice();
    const QString path = TestFiles::write(dir, QStringLiteral("decision-notice.pdf"), bytes);
    QVERIFY(!path.isEmpty());
    CaseDocument added;
    StoreError error = repository.addFile(caseId, path, QString(), &added);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QVERIFY(added.id > 0);
    QCOMPARE(added.caseId, caseId);
    QCOMPARE(added.title, QStringLiteral("decision-notice.pdf"));
    QCOMPARE(added.fileName, QStringLiteral("decision-notice.pdf"));
    QCOMPARE(added.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(added.sizeBytes, qint64(bytes.size()));
    QCOMPARE(added.sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(added.addedById, std::optional<qint64>(office.caseworker));
    QCOMPARE(added.addedByName, QStringLiteral("Sam Okafor"));
    QVERIFY(added.addedAt.isValid());
    QCOMPARE(added.source, CaseDocument::Source::Added);

    // The type comes from the bytes, not the name: a text file named .pdf is text.
    CaseDocument plan;
    CG_VERIFY_OK(repository.add(caseId, QStringLiteral("/somewhere/plan.pdf"), QStringLiteral("  EHC plan "),
                                QByteArrayLiteral("Section F: speech and language therapy weekly.\n"),
                                CaseDocument::Source::Added, &plan));
    QCOMPARE(plan.mimeType, QStringLiteral("text/plain"));
    QCOMPARE(plan.title, QStringLiteral("EHC plan"));
    QCOMPARE(plan.fileName, QStringLiteral("plan.pdf"));

    QList<CaseDocument> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).id, added.id); // newest first
    QCOMPARE(list.at(1).sha256, added.sha256);

    // The trail has the metadata and the hash of each, never the bytes.
    QCOMPARE(auditRows(office.db, QStringLiteral("insert")), 2);
    const QString inserted =
        scalar(office.db,
               QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'case_documents' AND "
                              "action = 'insert' AND record_id = ?"),
               {QString::number(added.id)})
            .toString();
    QVERIFY2(inserted.contains(added.sha256), qPrintable(inserted));
    QVERIFY2(inserted.contains(QStringLiteral("(%1 bytes)").arg(bytes.size())), qPrintable(inserted));
    QCOMPARE(
        scalar(office.db,
               QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE ? OR old_value LIKE ?"),
               {QStringLiteral("%SECRETWORDINSIDE%"), QStringLiteral("%SECRETWORDINSIDE%")})
            .toInt(),
        0);

    // Read back exactly; each open and export is an event in the trail.
    QByteArray read;
    CG_VERIFY_OK(repository.content(added.id, CaseDocumentRepository::Use::Open, &read));
    QCOMPARE(read, bytes);
    CaseDocument meta;
    CG_VERIFY_OK(repository.content(added.id, CaseDocumentRepository::Use::Export, &read, &meta));
    QCOMPARE(read, bytes);
    QCOMPARE(meta.title, added.title);
    QCOMPARE(auditRows(office.db, QStringLiteral("open")), 1);
    QCOMPARE(auditRows(office.db, QStringLiteral("export")), 1);

    // Removing is for supervisors, and recorded.
    QCOMPARE(repository.remove(added.id).kind(), StoreError::Kind::Forbidden);
    QVERIFY(actAs(office.db, office.supervisor));
    CG_VERIFY_OK(repository.remove(added.id));
    QCOMPARE(repository.remove(added.id).kind(), StoreError::Kind::NotFound);
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    QCOMPARE(auditRows(office.db, QStringLiteral("delete")), 1);

    if (test.isSqlite())
        CG_VERIFY_AUDIT_CHAIN(office.db);
}

void TestCaseDocuments::refusedWithTheReason()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Quill"));
    QVERIFY2(caseId, qPrintable(office.why));
    CaseDocumentRepository repository(office.db);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Snapshot before = Snapshot::of(office.db, caseId);

    CaseDocument added;
    const QString empty = TestFiles::write(dir, QStringLiteral("empty.pdf"), QByteArray());
    StoreError error = repository.addFile(caseId, empty, QString(), &added);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("empty")), qPrintable(error.message()));

    error = repository.addFile(caseId, dir.filePath(QStringLiteral("missing.pdf")), QString(), &added);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("missing.pdf")), qPrintable(error.message()));
    error = repository.addFile(caseId, dir.path(), QString(), &added); // a folder
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);

    // One byte over the limit, as a sparse file: refused by its size before
    // it is read, naming the size and the limit.
    const QString big = dir.filePath(QStringLiteral("scan.tiff"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(CaseDocumentRules::kMaxBytes + 1));
    }
    error = repository.addFile(caseId, big, QString(), &added);
    QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    QVERIFY2(error.message().contains(QStringLiteral("scan.tiff")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("26214401 bytes")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("25.0 MB")), qPrintable(error.message()));
    QCOMPARE(CaseDocumentRules::sizeProblem(QStringLiteral("a.pdf"), CaseDocumentRules::kMaxBytes),
             QString());

    QVERIFY(Snapshot::of(office.db, caseId) == before);
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM case_documents")).toInt(), 0);
}

void TestCaseDocuments::onlyThoseWhoEditTheCase()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Penrose"));
    QVERIFY2(caseId, qPrintable(office.why));
    CaseDocumentRepository repository(office.db);
    CaseDocument added;
    CG_VERIFY_OK(repository.add(caseId, QStringLiteral("letter.txt"), QString(),
                                QByteArrayLiteral("Dear family"), CaseDocument::Source::Added,
                                &added)); // the supervisor

    // An administrator reads cases and their documents but files none.
    QVERIFY(actAs(office.db, office.administrator));
    QList<CaseDocument> list;
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
    QByteArray read;
    CG_VERIFY_OK(repository.content(added.id, CaseDocumentRepository::Use::Open, &read));
    QCOMPARE(read, QByteArrayLiteral("Dear family"));
    CaseDocument another;
    QCOMPARE(repository
                 .add(caseId, QStringLiteral("b.txt"), QString(), QByteArrayLiteral("x"),
                      CaseDocument::Source::Added, &another)
                 .kind(),
             StoreError::Kind::Forbidden);
    QCOMPARE(repository.remove(added.id).kind(), StoreError::Kind::Forbidden);

    // A mediator who is not on the case neither sees, reads nor files.
    QVERIFY(actAs(office.db, office.otherMediator));
    QVERIFY(repository.listForCase(caseId, &list));
    QVERIFY(list.isEmpty());
    QVERIFY(repository.content(added.id, CaseDocumentRepository::Use::Open, &read));
    QVERIFY(read.isEmpty());
    QVERIFY(repository.add(caseId, QStringLiteral("b.txt"), QString(), QByteArrayLiteral("x"),
                           CaseDocument::Source::Added, &another));
    QVERIFY(actAs(office.db, office.supervisor));
    CG_VERIFY_OK(repository.listForCase(caseId, &list));
    QCOMPARE(list.size(), 1);
}

void TestCaseDocuments::subjectAccessAndAnonymising()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QString why;
    const qint64 caseId = addCaseNotPursuedIn2019(db, &why);
    QVERIFY2(caseId, qPrintable(why));
    CaseDocumentRepository repository(db);
    CaseDocument added;
    const QByteArray bytes = decisionNotice();
    CG_VERIFY_OK(repository.add(caseId, QStringLiteral("Penhale decision.pdf"),
                                QStringLiteral("Decision notice"), bytes, CaseDocument::Source::Added,
                                &added));

    // The subject access export lists it and writes it as filed.
    QJsonObject document;
    CG_VERIFY_OK(SubjectAccessExport(db).forCase(caseId, &document));
    const QJsonArray documents = document.value(QStringLiteral("documents")).toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.at(0)[QStringLiteral("title")].toString(), QStringLiteral("Decision notice"));
    QCOMPARE(documents.at(0)[QStringLiteral("sha256")].toString(), added.sha256);
    QVERIFY(!documents.at(0).toObject().contains(QStringLiteral("content")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList written;
    CG_VERIFY_OK(SubjectAccessExport(db).writeFiles(document, dir.path(), QStringLiteral("sar"), &written));
    const QString filed = dir.filePath(QStringLiteral("sar-document-%1.pdf").arg(added.id));
    QVERIFY2(written.contains(filed), qPrintable(written.join(QLatin1Char(' '))));
    QFile file(filed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(auditRows(db, QStringLiteral("export")), 1);

    // Anonymising deletes it, and the trail keeps no copy of its name.
    const StoreError closed = closeIn2019(db, caseId);
    QVERIFY2(closed.ok(), qPrintable(closed.message()));
    AnonymisedRecords records;
    const StoreError error = RetentionRepository(db).anonymise(caseId, QDate(2026, 3, 1), &records);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(records.changed.value(QStringLiteral("case_documents")), QList<qint64>{added.id});
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE case_id = ?"), {caseId}).toInt(),
        0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'case_documents' AND "
                                  "(new_value LIKE '%Penhale%' OR old_value LIKE '%Penhale%')"))
            .toInt(),
        0);
    if (test.isSqlite())
        CG_VERIFY_AUDIT_CHAIN(db);
}

// The subject access export writes its PDF too, which needs a QGuiApplication.
QTEST_MAIN(TestCaseDocuments)
#include "tst_casedocuments.moc"
