#include "CaseSeed.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/cases/ActivityRepository.h"
#include "store/directory/ContactRepository.h"
#include "store/infrastructure/Database.h"
#include "store/retention/SubjectAccessExport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A subject access export on both engines: the JSON holds the person's
// fields, and the PDF (read back with pdftotext) says them, in Latin with
// diacritics, Vietnamese and Arabic script. Every name is synthetic.
namespace {
const QString kArabicName = QStringLiteral("سارة الحسن");

QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    process.waitForFinished(30000);
    // NFKC undoes ligatures; cells wrap, so fold the line breaks away.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}
} // namespace

class TestSubjectAccessExport : public QObject
{
    Q_OBJECT

private slots:
    void caseExport_data() { TestDatabase::addEngineRows(); }
    void caseExport();
    void contactExport_data() { TestDatabase::addEngineRows(); }
    void contactExport();
};

void TestSubjectAccessExport::caseExport()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    Referral referral = CaseSeed::mediationReferral(council, QStringLiteral("Zoë"), QStringLiteral("Nguyễn"),
                                                    QDate(2026, 11, 2));
    referral.parent.givenName = QStringLiteral("Łukasz");
    referral.parent.email = QStringLiteral("lukasz.nguyen@example.org");
    referral.parent.address = QStringLiteral("Flat 4, 12 Quay Street, Northmoor");
    QString why;
    const qint64 caseId = CaseSeed::addCase(db, referral, QDate(2026, 11, 2), &why);
    QVERIFY2(caseId, qPrintable(why));
    Invitee supporter;
    supporter.caseId = caseId;
    supporter.displayName = kArabicName;
    supporter.role = InviteeRole::Supporter;
    CG_VERIFY_OK(InviteeRepository(db).add(&supporter));
    Activity note;
    note.caseId = caseId;
    note.occurredAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    note.kind = ActivityKind::Call;
    note.summary = QStringLiteral("Call with Łukasz about the information pack");
    note.body =
        QStringLiteral("Zoë would like a quiet room; her grandmother may come. ") +
        QStringLiteral("A long note that must wrap across the page without being cut off at the edge. ")
            .repeated(4);
    CG_VERIFY_OK(ActivityRepository(db).add(&note));

    SubjectAccessExport exporter(db);
    QJsonObject document;
    StoreError error = exporter.forCase(caseId, &document);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    const QJsonArray people = document.value(QStringLiteral("people")).toArray();
    QCOMPARE(people.size(), 2);
    QStringList given;
    for (const QJsonValue& person : people)
        given << person[QStringLiteral("given_name")].toString();
    QVERIFY(given.contains(QStringLiteral("Zoë")));
    QVERIFY(given.contains(QStringLiteral("Łukasz")));
    const QJsonObject theCase = document.value(QStringLiteral("case")).toArray().at(0).toObject();
    QCOMPARE(theCase.value(QStringLiteral("council_name")).toString(),
             QStringLiteral("Westvale District Council"));
    QCOMPARE(theCase.value(QStringLiteral("enquiry_date")).toString(),
             QStringLiteral("2026-11-02")); // ISO on both
    // The parent, on the list from intake, then the invitee added.
    const QJsonArray invitees = document.value(QStringLiteral("invitees")).toArray();
    QCOMPARE(invitees.size(), 2);
    QCOMPARE(invitees.at(0)[QStringLiteral("display_name")].toString(), QStringLiteral("Łukasz Nguyễn"));
    QCOMPARE(invitees.at(1)[QStringLiteral("display_name")].toString(), kArabicName);
    QVERIFY(document.value(QStringLiteral("timeline"))
                .toArray()
                .at(0)[QStringLiteral("body")]
                .toString()
                .startsWith(QStringLiteral("Zoë would like")));
    // The same data gives the same bytes (but for the export time).
    QJsonObject again;
    CG_VERIFY_OK(exporter.forCase(caseId, &again));
    again.insert(QStringLiteral("exported_at"), document.value(QStringLiteral("exported_at")));
    QCOMPARE(SubjectAccessExport::jsonText(again), SubjectAccessExport::jsonText(document));
    const QJsonDocument parsed = QJsonDocument::fromJson(SubjectAccessExport::jsonText(document));
    QVERIFY(parsed.isObject());

    QTemporaryDir folder;
    QStringList written;
    error = exporter.writeFiles(document, folder.path(), QStringLiteral("subject-access"), &written);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(written.size(), 2);
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("subject-access.json"))));
    const QString pdf = folder.filePath(QStringLiteral("subject-access.pdf"));
    if (const QByteArray keep = qgetenv("CG_KEEP_SUBJECT_ACCESS"); !keep.isEmpty())
        QFile::copy(pdf, QString::fromLocal8Bit(keep));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    for (const QString& expected :
         {QStringLiteral("Zoë"), QStringLiteral("Łukasz"), QStringLiteral("Nguyễn"),
          QStringLiteral("lukasz.nguyen@"), QStringLiteral("Westvale District Council"),
          QStringLiteral("Timeline"), QStringLiteral("without being cut off at the edge")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Arabic is laid out right to left; pdftotext gives the words back either way round.
    for (const QString& word : kArabicName.split(QLatin1Char(' '))) {
        QString reversed;
        for (auto it = word.crbegin(); it != word.crend(); ++it)
            reversed += *it;
        QVERIFY2(text.contains(word) || text.contains(reversed), qPrintable(text));
    }
}

void TestSubjectAccessExport::contactExport()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 council =
        CaseSeed::addCouncil(db, QStringLiteral("Westvale District Council"), QStringLiteral("WVD"));
    Contact contact;
    contact.givenName = QStringLiteral("Siobhán");
    contact.familyName = QStringLiteral("Ní Bhriain");
    contact.jobTitle = QStringLiteral("SENCO");
    contact.email = QStringLiteral("siobhan@school.example");
    StoreError error = ContactRepository(db).add(&contact);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QString why;
    const qint64 caseId =
        CaseSeed::addCase(db,
                          CaseSeed::mediationReferral(council, QStringLiteral("Wren"),
                                                      QStringLiteral("Halloran"), QDate(2026, 11, 2)),
                          QDate(2026, 11, 2), &why);
    QVERIFY2(caseId, qPrintable(why));
    qint64 inviteeId = 0;
    CG_VERIFY_OK(InviteeRepository(db).addFromContact(caseId, contact.id, InviteeRole::SchoolRepresentative,
                                                      &inviteeId));

    SubjectAccessExport exporter(db);
    QJsonObject document;
    error = exporter.forContact(contact.id, &document);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(
        document.value(QStringLiteral("contact")).toArray().at(0)[QStringLiteral("family_name")].toString(),
        QStringLiteral("Ní Bhriain"));
    const QJsonArray invitations = document.value(QStringLiteral("invitations")).toArray();
    QCOMPARE(invitations.size(), 1);
    QCOMPARE(invitations.at(0)[QStringLiteral("id")].toInteger(), inviteeId);
    QVERIFY(!invitations.at(0).toObject().contains(QStringLiteral("password_hash")));
    QCOMPARE(exporter.forContact(4242, &document).kind(), StoreError::Kind::NotFound);
}

QTEST_MAIN(TestSubjectAccessExport)
#include "tst_subjectaccessexport.moc"
