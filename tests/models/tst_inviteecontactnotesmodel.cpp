#include "itemmodels/ContactChoiceModel.h"
#include "itemmodels/InviteeContactNotesModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The two small tables of the Invitees tab: the contact log and the directory picker.
class TestInviteeContactNotesModel : public QObject
{
    Q_OBJECT

private slots:
    void notesPassTheModelTester();
    void notesShowDateByAndNote();
    void contactsPassTheModelTester();
    void contactsShowTheirRole();
};

namespace {
InviteeContactNote note(qint64 id, const QDate& date, const QString& by, const QString& text)
{
    InviteeContactNote result;
    result.id = id;
    result.inviteeId = 9;
    result.date = date;
    result.userName = by;
    result.note = text;
    return result;
}

Contact contact(qint64 id, const QString& given, const QString& family, std::optional<InviteeRole> role,
                bool decisionMaker)
{
    Contact result;
    result.id = id;
    result.givenName = given;
    result.familyName = family;
    result.organisationName = "Westvale City Council";
    result.jobTitle = "SEND manager";
    result.role = role;
    result.isDecisionMaker = decisionMaker;
    return result;
}
} // namespace

void TestInviteeContactNotesModel::notesPassTheModelTester()
{
    InviteeContactNotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNotes({note(1, QDate(2026, 11, 2), "Ollie Farrant", "Rang the SENCO")});
    model.setNotes({note(1, QDate(2026, 11, 2), "Ollie Farrant", "Rang the SENCO"),
                    note(2, QDate(2026, 11, 4), "", "Emailed the agenda")});
    model.setNotes({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInviteeContactNotesModel::notesShowDateByAndNote()
{
    InviteeContactNotesModel model;
    model.setNotes({note(1, QDate(2026, 11, 2), "Ollie Farrant", "Rang the SENCO"),
                    note(2, QDate(2026, 11, 4), "", "Emailed the agenda")});
    QCOMPARE(model.columnCount(), int(InviteeContactNotesModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, InviteeContactNotesModel::DateColumn)).toString(),
             QString("Mon 2 Nov 2026"));
    QCOMPARE(model.data(model.index(0, InviteeContactNotesModel::ByColumn)).toString(),
             QString("Ollie Farrant"));
    QCOMPARE(model.data(model.index(1, InviteeContactNotesModel::ByColumn)).toString(),
             QString("(not recorded)"));
    QCOMPARE(model.data(model.index(1, InviteeContactNotesModel::NoteColumn)).toString(),
             QString("Emailed the agenda"));
    QCOMPARE(model.data(model.index(1, InviteeContactNotesModel::NoteColumn), Qt::ToolTipRole).toString(),
             QString("Emailed the agenda"));
    QCOMPARE(model.headerData(InviteeContactNotesModel::ByColumn, Qt::Horizontal).toString(), QString("By"));
}

void TestInviteeContactNotesModel::contactsPassTheModelTester()
{
    ContactChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContacts({contact(1, "Pat", "Okafor", InviteeRole::CouncilDecisionMaker, true)});
    model.setContacts({contact(1, "Pat", "Okafor", InviteeRole::CouncilDecisionMaker, true),
                       contact(2, "Chidi", "Eze", std::nullopt, false)});
    model.setContacts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInviteeContactNotesModel::contactsShowTheirRole()
{
    ContactChoiceModel model;
    model.setContacts({contact(1, "Pat", "Okafor", InviteeRole::CouncilSendOfficer, true),
                       contact(2, "Chidi", "Eze", std::nullopt, false),
                       contact(3, "Dana", "Roe", std::nullopt, true)});
    QCOMPARE(model.data(model.index(0, ContactChoiceModel::NameColumn)).toString(), QString("Pat Okafor"));
    QCOMPARE(model.data(model.index(0, ContactChoiceModel::RoleColumn)).toString(),
             QString("Council SEND officer (decision-maker)"));
    QCOMPARE(model.data(model.index(1, ContactChoiceModel::RoleColumn)).toString(), QString());
    QCOMPARE(model.data(model.index(2, ContactChoiceModel::RoleColumn)).toString(),
             QString("Decision-maker"));
    QCOMPARE(model.data(model.index(1, 0), ContactChoiceModel::ContactIdRole).toLongLong(), 2);
    QCOMPARE(model.data(model.index(0, ContactChoiceModel::OrganisationColumn)).toString(),
             QString("Westvale City Council"));
}

QTEST_GUILESS_MAIN(TestInviteeContactNotesModel)
#include "tst_inviteecontactnotesmodel.moc"
