#include "CaseOffice.h"
#include "StoreVerify.h"
#include "TestDatabase.h"
#include "store/cases/ChildViewsRepository.h"
#include "store/infrastructure/Database.h"

#include <QTest>

// How the child's or young person's views were sought (CFA s.56(1)(e),
// schema 20), on both engines: saved and read back on the case, in the audit
// trail, and refused with the reason (keeping what was saved) when "not
// sought" gives no reason.
namespace {
using namespace CaseOffice;
} // namespace

class TestChildViews : public QObject
{
    Q_OBJECT

private slots:
    void savedAuditedAndRefused_data() { TestDatabase::addEngineRows(); }
    void savedAuditedAndRefused();
};

void TestChildViews::savedAuditedAndRefused()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    Office office;
    QVERIFY(office.build(database.connection()));
    const qint64 caseId = office.addCase(QStringLiteral("Harlow"), CaseStage::MeetingHeld);
    QVERIFY2(caseId, qPrintable(office.why));
    ChildViewsRepository repository(office.db);
    ChildViews views;
    CG_VERIFY_OK(repository.load(caseId, &views));
    QVERIFY(!views.how);
    QVERIFY(views.note.isEmpty());

    const qint64 auditBefore =
        scalar(office.db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    ChildViews spoke;
    spoke.how = ChildViewsMethod::ThroughAdvocate;
    spoke.note = QStringLiteral("  Views from the advocacy service, in writing  ");
    const StoreError error = repository.save(caseId, spoke);
    QVERIFY2(error.ok(), qPrintable(error.message()));
    CG_VERIFY_OK(repository.load(caseId, &views));
    QCOMPARE(views.how, std::optional<ChildViewsMethod>(ChildViewsMethod::ThroughAdvocate));
    QCOMPARE(views.note, QStringLiteral("Views from the advocacy service, in writing"));
    QCOMPARE(scalar(office.db, QStringLiteral("SELECT child_views_how FROM cases WHERE id = ?"), {caseId})
                 .toString(),
             QStringLiteral("through_advocate"));
    QCOMPARE(scalar(office.db,
                    QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'cases' AND "
                                   "field = 'child_views_how' AND id > ?"),
                    {auditBefore})
                 .toString(),
             QStringLiteral("through_advocate"));

    // "Not sought" without the reason: refused, and what was saved stays.
    ChildViews notSought;
    notSought.how = ChildViewsMethod::NotSought;
    const StoreError refused = repository.save(caseId, notSought);
    QCOMPARE(refused.kind(), StoreError::Kind::Invalid);
    QVERIFY2(refused.message().contains(QStringLiteral("why")), qPrintable(refused.message()));
    CG_VERIFY_OK(repository.load(caseId, &views));
    QCOMPARE(views.how, std::optional<ChildViewsMethod>(ChildViewsMethod::ThroughAdvocate));
    notSought.note = QStringLiteral("Aged two; the parent spoke for her");
    CG_VERIFY_OK(repository.save(caseId, notSought));
    CG_VERIFY_OK(repository.load(caseId, &views));
    QCOMPARE(views.how, std::optional<ChildViewsMethod>(ChildViewsMethod::NotSought));

    // Cleared again; and a case that is not there.
    CG_VERIFY_OK(repository.save(caseId, ChildViews{}));
    CG_VERIFY_OK(repository.load(caseId, &views));
    QVERIFY(!views.how);
    QVERIFY(scalar(office.db, QStringLiteral("SELECT child_views_note FROM cases WHERE id = ?"), {caseId})
                .isNull());
    QVERIFY(repository.save(caseId + 1000, spoke));
}

QTEST_GUILESS_MAIN(TestChildViews)
#include "tst_childviews.moc"
