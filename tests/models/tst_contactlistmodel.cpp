#include "StoreVerify.h"
#include "TestDatabase.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/OrganisationListModel.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/OrganisationRepository.h"
#include "store/infrastructure/Database.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The directory's item models over the store, on both engines. Every name,
// number and address is synthetic (Ofcom's drama ranges).
namespace {
qint64 addOrganisation(QSqlDatabase db, const QString& name, OrganisationKind kind)
{
    Organisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    return OrganisationRepository(db).add(&organisation) ? 0 : organisation.id;
}

bool addContact(QSqlDatabase db, qint64 organisationId, const QString& given, const QString& family,
                const QString& email, const QString& phone = {})
{
    Contact contact;
    contact.organisationId = organisationId;
    contact.givenName = given;
    contact.familyName = family;
    contact.email = email;
    contact.phone = phone;
    return ContactRepository(db).add(&contact).ok();
}
} // namespace

class TestContactListModel : public QObject
{
    Q_OBJECT

private slots:
    void contactsPassTheModelTester_data() { TestDatabase::addEngineRows(); }
    void contactsPassTheModelTester();
    void organisationsPassTheModelTester_data() { TestDatabase::addEngineRows(); }
    void organisationsPassTheModelTester();
};

void TestContactListModel::contactsPassTheModelTester()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    const qint64 school = addOrganisation(db, "Larkfield Primary School", OrganisationKind::School);
    const qint64 team = addOrganisation(db, "Northmoor SEND Team", OrganisationKind::CouncilSend);
    QVERIFY(school && team);
    // More than a page, so fetchMore is exercised.
    const int people = ContactListModel::kPageSize + 30;
    for (int i = 0; i < people; ++i) {
        QVERIFY(addContact(db, i % 3 ? school : team, "Given" + QString::number(i),
                           "Family" + QString::number(i % 23),
                           QStringLiteral("person%1@example.org").arg(i)));
    }
    // A likely duplicate: the same name and phone as another entry.
    QVERIFY(addContact(db, school, "Priya", "Lennox", "priya@example.org", "0113 496 0001"));
    QVERIFY(addContact(db, team, "priya", "LENNOX", {}, "+44 113 496 0001"));

    // As in tst_caselistmodel: resets are checked on lists of one page, and
    // paging on its own below (the tester fetches from inside its reset handler).
    ContactListModel model;
    ContactFilter filter;
    filter.organisationKind = OrganisationKind::CouncilSend;
    model.setFilter(filter);
    model.setDatabase(db);
    {
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), people / 3 + (people % 3 ? 1 : 0) + 1);
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        model.sort(ContactListModel::NameColumn, Qt::AscendingOrder);
        const QString first = model.index(0, ContactListModel::NameColumn).data().toString();
        model.sort(ContactListModel::NameColumn, Qt::DescendingOrder);
        QVERIFY(model.index(0, ContactListModel::NameColumn).data().toString() != first);

        filter.search = "lennox";
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.index(0, ContactListModel::NameColumn).data().toString(),
                 QStringLiteral("LENNOX, priya"));
        QCOMPARE(model.index(0, ContactListModel::PhoneColumn).data().toString(),
                 QStringLiteral("0113 496 0001"));
        QVERIFY(model.index(0, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
        QVERIFY(model.index(0, ContactListModel::NoteColumn).data().toString().contains("Likely duplicate"));
        QCOMPARE(model.duplicateCount(), 2);
        QVERIFY(model.index(0, 0).data(ContactListModel::ContactIdRole).toLongLong() > 0);

        filter.organisationKind = OrganisationKind::School;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.contactAt(0).email, QStringLiteral("priya@example.org"));
        filter.organisationKind = OrganisationKind::Sendiass;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 0);
        model.setDatabase(QSqlDatabase());
        QCOMPARE(model.rowCount(), 0);
    }

    // Paging: the first page, then the rest when the view asks.
    model.sort(ContactListModel::NameColumn, Qt::AscendingOrder);
    model.setFilter({});
    model.setDatabase(db);
    QCOMPARE(model.totalCount(), people + 2);
    QCOMPARE(model.rowCount(), ContactListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), people + 2);
    // Family0 first, no duplicate; the Lennoxes last, both flagged.
    QCOMPARE(model.contactAt(0).familyName, QStringLiteral("Family0"));
    QVERIFY(!model.index(0, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
    QVERIFY(model.index(people + 1, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
    QVERIFY(model.index(people, 0).data(ContactListModel::LikelyDuplicateRole).toBool());
}

void TestContactListModel::organisationsPassTheModelTester()
{
    QFETCH(QString, engine);
    TestDatabase test(engine);
    CG_REQUIRE_ENGINE(test);
    Database database(test.settings());
    CG_VERIFY_OK(database.open());
    QSqlDatabase db = database.connection();
    QVERIFY(addOrganisation(db, "Larkfield Primary School", OrganisationKind::School));
    QVERIFY(addOrganisation(db, "Brookside College", OrganisationKind::College));
    const qint64 sendiass = addOrganisation(db, "Northmoor SENDIASS", OrganisationKind::Sendiass);
    QVERIFY(sendiass);

    OrganisationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(db);
    QCOMPARE(model.rowCount(), 4); // "Everyone" and three
    QCOMPARE(model.index(0, 0).data(OrganisationListModel::OrganisationIdRole).toLongLong(), 0);
    QCOMPARE(model.index(1, OrganisationListModel::NameColumn).data().toString(),
             QStringLiteral("Brookside College"));
    QCOMPARE(model.index(3, OrganisationListModel::KindColumn).data().toString(), QStringLiteral("SENDIASS"));
    QCOMPARE(model.rowOf(sendiass), 3);
    model.setKind(OrganisationKind::School);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.organisationAt(1).name, QStringLiteral("Larkfield Primary School"));
    QCOMPARE(model.rowOf(sendiass), -1);
    model.setDatabase(QSqlDatabase());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "tst_contactlistmodel.moc"
