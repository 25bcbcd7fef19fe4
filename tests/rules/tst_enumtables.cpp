// Every domain enumeration's vocabulary, value by value: the key the store
// and the command line write must stay byte for byte what it is (a changed
// key breaks every database that holds the old one), each key must lead back
// to its value, no two values of an enum may share a key, and every title
// people read must say the same words as before.
#include "domain/Activity.h"
#include "domain/AgreedActionKind.h"
#include "domain/AttendanceBasis.h"
#include "domain/CaseStage.h"
#include "domain/Certificate.h"
#include "domain/CertificatePart.h"
#include "domain/ChildViews.h"
#include "domain/DecisionType.h"
#include "domain/Invitee.h"
#include "domain/InviteeRole.h"
#include "domain/IssuingCapacity.h"
#include "domain/Meeting.h"
#include "domain/MeetingClockStart.h"
#include "domain/MeetingRecord.h"
#include "domain/MeetingRoute.h"
#include "domain/Organisation.h"
#include "domain/PlanSection.h"
#include "domain/Referral.h"
#include "domain/Route.h"
#include "domain/TravelExpense.h"
#include "domain/TribunalAppeal.h"
#include "domain/User.h"

#include <QHash>
#include <QTest>
#include <algorithm>
#include <functional>

namespace {
// One enumeration's free functions, with its values as ints, so that one
// table can hold every enum.
struct Vocabulary
{
    QString name;
    int first = 0;                   // the lowest value (CertificatePart starts at 1)
    std::function<QList<int>()> all; // the enum's allXxx(), when it has one
    std::function<QString(int)> key; // empty: never stored
    std::function<std::optional<int>(const QString&)> fromKey;
    std::function<QString(int)> title; // empty: no titles
};

template <typename Enum>
Vocabulary vocabulary(const char* name, QList<Enum> (*all)(), QString (*key)(Enum),
                      std::optional<Enum> (*fromKey)(const QString&), QString (*title)(Enum), int first = 0)
{
    Vocabulary v;
    v.name = QString::fromLatin1(name);
    v.first = first;
    if (all) {
        v.all = [all] {
            QList<int> values;
            for (Enum value : all())
                values << static_cast<int>(value);
            return values;
        };
    }
    if (key) {
        v.key = [key](int value) {
            return key(static_cast<Enum>(value));
        };
        v.fromKey = [fromKey](const QString& text) -> std::optional<int> {
            const std::optional<Enum> value = fromKey(text);
            return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
        };
    }
    if (title)
        v.title = [title](int value) {
            return title(static_cast<Enum>(value));
        };
    return v;
}

struct Row
{
    Vocabulary vocabulary;
    int value;
    QString key;
    QString title;
};

QList<Row> rows()
{
    const Vocabulary caseStage =
        vocabulary<CaseStage>("CaseStage", nullptr, caseStageToString, caseStageFromString, caseStageTitle);
    const Vocabulary activityKind = vocabulary<ActivityKind>("ActivityKind", nullptr, activityKindToString,
                                                             activityKindFromString, activityKindTitle);
    const Vocabulary agreedActionKind =
        vocabulary<AgreedActionKind>("AgreedActionKind", allAgreedActionKinds, agreedActionKindToString,
                                     agreedActionKindFromString, agreedActionKindTitle);
    const Vocabulary attendanceBasis =
        vocabulary<AttendanceBasis>("AttendanceBasis", allAttendanceBases, attendanceBasisToString,
                                    attendanceBasisFromString, attendanceBasisTitle);
    const Vocabulary certificateStatus =
        vocabulary<CertificateStatus>("CertificateStatus", nullptr, certificateStatusToString,
                                      certificateStatusFromString, certificateStatusTitle);
    const Vocabulary issuingCapacity =
        vocabulary<IssuingCapacity>("IssuingCapacity", issuingCapacities, issuingCapacityToString,
                                    issuingCapacityFromString, issuingCapacityTitle);
    // Stored as a number: its key is the number as text.
    const Vocabulary certificatePart = vocabulary<CertificatePart>(
        "CertificatePart", nullptr,
        +[](CertificatePart part) {
            // A number certificatePartFromInt does not know has no key.
            const int number = certificatePartToInt(part);
            return certificatePartFromInt(number) ? QString::number(number) : QString();
        },
        +[](const QString& text) {
            bool ok = false;
            const int number = text.toInt(&ok);
            return ok && text == QString::number(number) ? certificatePartFromInt(number) : std::nullopt;
        },
        certificatePartName, 1);
    const Vocabulary childViewsMethod =
        vocabulary<ChildViewsMethod>("ChildViewsMethod", allChildViewsMethods, childViewsMethodToString,
                                     childViewsMethodFromString, childViewsMethodTitle);
    const Vocabulary decisionType = vocabulary<DecisionType>(
        "DecisionType", allDecisionTypes, decisionTypeToString, decisionTypeFromString, decisionTypeTitle);
    const Vocabulary inviteeStatus =
        vocabulary<InviteeStatus>("InviteeStatus", allInviteeStatuses, inviteeStatusToString,
                                  inviteeStatusFromString, inviteeStatusTitle);
    const Vocabulary inviteeRole = vocabulary<InviteeRole>(
        "InviteeRole", allInviteeRoles, inviteeRoleToString, inviteeRoleFromString, inviteeRoleTitle);
    const Vocabulary meetingKind = vocabulary<MeetingKind>(
        "MeetingKind", allMeetingKinds, meetingKindToString, meetingKindFromString, meetingKindTitle);
    const Vocabulary meetingMode = vocabulary<MeetingMode>("MeetingMode", nullptr, meetingModeToString,
                                                           meetingModeFromString, meetingModeTitle);
    const Vocabulary meetingStatus = vocabulary<MeetingStatus>(
        "MeetingStatus", nullptr, meetingStatusToString, meetingStatusFromString, meetingStatusTitle);
    const Vocabulary attendance = vocabulary<Attendance>("Attendance", nullptr, attendanceToString,
                                                         attendanceFromString, attendanceTitle);
    const Vocabulary meetingClockStart =
        vocabulary<MeetingClockStart>("MeetingClockStart", nullptr, meetingClockStartToString,
                                      meetingClockStartFromString, meetingClockStartDescription);
    const Vocabulary meetingOutcome =
        vocabulary<MeetingOutcome>("MeetingOutcome", allMeetingOutcomes, meetingOutcomeToString,
                                   meetingOutcomeFromString, meetingOutcomeTitle);
    const Vocabulary actionParty = vocabulary<ActionParty>(
        "ActionParty", allActionParties, actionPartyToString, actionPartyFromString, actionPartyTitle);
    const Vocabulary copyMethod =
        vocabulary<CopyMethod>("CopyMethod", nullptr, copyMethodToString, copyMethodFromString, nullptr);
    const Vocabulary routeStart = vocabulary<MeetingRoute>("MeetingRoute start", nullptr, nullptr, nullptr,
                                                           meetingRouteStartDescription);
    const Vocabulary routeLaw =
        vocabulary<MeetingRoute>("MeetingRoute law", nullptr, nullptr, nullptr, meetingRouteLaw);
    const Vocabulary organisationKind =
        vocabulary<OrganisationKind>("OrganisationKind", allOrganisationKinds, organisationKindToString,
                                     organisationKindFromString, organisationKindTitle);
    const Vocabulary planSection = vocabulary<PlanSection>(
        "PlanSection", allPlanSections, planSectionToString, planSectionFromString, planSectionTitle);
    const Vocabulary referrerKind = vocabulary<ReferrerKind>("ReferrerKind", nullptr, referrerKindToString,
                                                             referrerKindFromString, referrerKindTitle);
    const Vocabulary enquiryChannel = vocabulary<EnquiryChannel>(
        "EnquiryChannel", nullptr, enquiryChannelToString, enquiryChannelFromString, enquiryChannelTitle);
    const Vocabulary route = vocabulary<Route>("Route", nullptr, routeToString, routeFromString, routeTitle);
    const Vocabulary travelMode = vocabulary<TravelMode>("TravelMode", allTravelModes, travelModeToString,
                                                         travelModeFromString, travelModeTitle);
    const Vocabulary appealSource = vocabulary<AppealSource>(
        "AppealSource", allAppealSources, appealSourceToString, appealSourceFromString, appealSourceTitle);
    const Vocabulary userRole =
        vocabulary<UserRole>("UserRole", nullptr, userRoleToString, userRoleFromString, userRoleTitle);

    QList<Row> out;
    const auto add = [&out](const Vocabulary& v, auto value, const char* key, const char* title) {
        out << Row{v, static_cast<int>(value), QString::fromUtf8(key), QString::fromUtf8(title)};
    };
    // Value, stored key, title: in each enum's order (its allXxx() order where it has one).
    add(caseStage, CaseStage::Enquiry, "enquiry", "Enquiry");
    add(caseStage, CaseStage::InformationGiven, "information_given", "Information given");
    add(caseStage, CaseStage::NotPursuing, "not_pursuing", "Not pursuing mediation");
    add(caseStage, CaseStage::MediationRequested, "mediation_requested", "Mediation requested");
    add(caseStage, CaseStage::MeetingArranged, "meeting_arranged", "Meeting arranged");
    add(caseStage, CaseStage::MeetingHeld, "meeting_held", "Meeting held");
    add(caseStage, CaseStage::NoMeetingInTime, "no_meeting_in_time", "No meeting within 30 days");
    add(caseStage, CaseStage::Referral, "referral", "Referral");
    add(caseStage, CaseStage::PartiesContacted, "parties_contacted", "Other parties contacted");
    add(caseStage, CaseStage::AllWilling, "all_willing", "All parties willing");
    add(caseStage, CaseStage::PartyDeclined, "party_declined", "A party declined");
    add(caseStage, CaseStage::MeetingBooked, "meeting_booked", "Meeting booked");
    add(caseStage, CaseStage::OutcomeRecorded, "outcome_recorded", "Outcome recorded");
    add(caseStage, CaseStage::Closed, "closed", "Closed");
    add(activityKind, ActivityKind::Call, "call", "Call");
    add(activityKind, ActivityKind::Email, "email", "Email");
    add(activityKind, ActivityKind::Letter, "letter", "Letter");
    add(activityKind, ActivityKind::Note, "note", "Note");
    add(activityKind, ActivityKind::StageChange, "stage_change", "Stage change");
    add(activityKind, ActivityKind::Meeting, "meeting", "Meeting");
    add(activityKind, ActivityKind::Certificate, "certificate", "Certificate");
    add(activityKind, ActivityKind::Task, "task", "Task");
    add(agreedActionKind, AgreedActionKind::Assess, "assess", "Assess or re-assess");
    add(agreedActionKind, AgreedActionKind::MakePlan, "make-plan", "Make and maintain a plan");
    add(agreedActionKind, AgreedActionKind::Appealable, "appealable", "Another appealable item");
    add(agreedActionKind, AgreedActionKind::NotAppealable, "not-appealable", "Not appealable");
    add(attendanceBasis, AttendanceBasis::Party, "party", "A party");
    add(attendanceBasis, AttendanceBasis::Supporter, "supporter", "The family's supporter");
    add(attendanceBasis, AttendanceBasis::Child, "child", "The child or young person");
    add(attendanceBasis, AttendanceBasis::Other, "other", "Anyone else (with consent)");
    add(certificateStatus, CertificateStatus::Draft, "draft", "Draft");
    add(certificateStatus, CertificateStatus::Issued, "issued", "Issued");
    add(certificateStatus, CertificateStatus::Voided, "voided", "Voided");
    add(issuingCapacity, IssuingCapacity::Mediator, "mediator", "The mediator");
    add(issuingCapacity, IssuingCapacity::MediationAdviser, "mediation_adviser", "The mediation adviser");
    add(certificatePart, CertificatePart::Part1, "1", "Part 1");
    add(certificatePart, CertificatePart::Part2, "2", "Part 2");
    add(certificatePart, CertificatePart::Part3, "3", "Part 3");
    add(childViewsMethod, ChildViewsMethod::SpokeToThem, "spoke", "Spoke to them");
    add(childViewsMethod, ChildViewsMethod::WrittenViews, "written", "Their written views");
    add(childViewsMethod, ChildViewsMethod::ThroughParent, "through_parent", "Through the parent");
    add(childViewsMethod, ChildViewsMethod::ThroughAdvocate, "through_advocate", "Through an advocate");
    add(childViewsMethod, ChildViewsMethod::NotSought, "not_sought", "Not sought (say why)");
    add(decisionType, DecisionType::RefusalToAssess, "refusal_to_assess",
        "Refusal to carry out an EHC needs assessment");
    add(decisionType, DecisionType::RefusalToReassess, "refusal_to_reassess",
        "Refusal to carry out a re-assessment");
    add(decisionType, DecisionType::RefusalToIssue, "refusal_to_issue", "Refusal to issue an EHC plan");
    add(decisionType, DecisionType::RefusalToAmend, "refusal_to_amend",
        "Refusal to amend the plan after a review");
    add(decisionType, DecisionType::RefusalToReplace, "refusal_to_replace",
        "Refusal to replace the plan after a review or re-assessment");
    add(decisionType, DecisionType::CeaseToMaintain, "cease_to_maintain",
        "Decision to cease to maintain the plan");
    add(decisionType, DecisionType::PlanContent, "plan_content", "Content of a final or amended plan");
    add(inviteeStatus, InviteeStatus::ToInvite, "to_invite", "To invite");
    add(inviteeStatus, InviteeStatus::Invited, "invited", "Invited");
    add(inviteeStatus, InviteeStatus::Confirmed, "confirmed", "Confirmed");
    add(inviteeStatus, InviteeStatus::Declined, "declined", "Declined");
    add(inviteeStatus, InviteeStatus::Attended, "attended", "Attended");
    add(inviteeStatus, InviteeStatus::DidNotAttend, "did_not_attend", "Did not attend");
    add(inviteeRole, InviteeRole::ParentCarer, "parent_carer", "Parent or carer");
    add(inviteeRole, InviteeRole::YoungPerson, "young_person", "Young person");
    add(inviteeRole, InviteeRole::Child, "child", "Child");
    add(inviteeRole, InviteeRole::SchoolRepresentative, "school_representative",
        "SENCO or school representative");
    add(inviteeRole, InviteeRole::ClassTeacher, "class_teacher", "Class teacher");
    add(inviteeRole, InviteeRole::SendiassAdviser, "sendiass_adviser", "SENDIASS adviser");
    add(inviteeRole, InviteeRole::CouncilSendOfficer, "council_send_officer", "Council SEND officer");
    add(inviteeRole, InviteeRole::CouncilDecisionMaker, "council_decision_maker", "Council decision-maker");
    add(inviteeRole, InviteeRole::HealthRepresentative, "health_representative", "Health representative");
    add(inviteeRole, InviteeRole::SocialCareRepresentative, "social_care_representative",
        "Social care representative");
    add(inviteeRole, InviteeRole::Supporter, "supporter", "Supporter");
    add(inviteeRole, InviteeRole::Advocate, "advocate", "Advocate or solicitor");
    add(inviteeRole, InviteeRole::Interpreter, "interpreter", "Interpreter");
    add(meetingKind, MeetingKind::InformationCall, "information_call", "Information call");
    add(meetingKind, MeetingKind::PreMeetingCall, "pre_meeting_call", "Pre-meeting call");
    add(meetingKind, MeetingKind::Mediation, "mediation", "Mediation meeting");
    add(meetingKind, MeetingKind::DisagreementResolution, "disagreement_resolution",
        "Disagreement resolution meeting");
    add(meetingMode, MeetingMode::Online, "online", "Online");
    add(meetingMode, MeetingMode::InPerson, "in_person", "In person");
    add(meetingMode, MeetingMode::Phone, "phone", "Phone");
    add(meetingStatus, MeetingStatus::Scheduled, "scheduled", "Booked");
    add(meetingStatus, MeetingStatus::Held, "held", "Held");
    add(meetingStatus, MeetingStatus::Cancelled, "cancelled", "Cancelled");
    add(attendance, Attendance::Expected, "expected", "Expected");
    add(attendance, Attendance::Attended, "attended", "Attended");
    add(attendance, Attendance::DidNotAttend, "did_not_attend", "Did not attend");
    add(attendance, Attendance::SentApologies, "sent_apologies", "Sent apologies");
    add(meetingClockStart, MeetingClockStart::Enquiry, "enquiry", "the date of enquiry");
    add(meetingClockStart, MeetingClockStart::MediationRequested, "mediation_requested",
        "the date the family said they want mediation");
    add(meetingOutcome, MeetingOutcome::Agreed, "agreed", "Agreed");
    add(meetingOutcome, MeetingOutcome::PartlyAgreed, "partly_agreed", "Partly agreed");
    add(meetingOutcome, MeetingOutcome::NotAgreed, "not_agreed", "Not agreed");
    add(meetingOutcome, MeetingOutcome::Adjourned, "adjourned", "Adjourned");
    add(meetingOutcome, MeetingOutcome::Withdrawn, "withdrawn", "Withdrawn");
    add(actionParty, ActionParty::Council, "council", "Council");
    add(actionParty, ActionParty::School, "school", "School or setting");
    add(actionParty, ActionParty::Family, "family", "Family");
    add(actionParty, ActionParty::Health, "health", "Health");
    add(actionParty, ActionParty::SocialCare, "social_care", "Social care");
    add(actionParty, ActionParty::Other, "other", "Other");
    add(copyMethod, CopyMethod::Email, "email", "");
    add(copyMethod, CopyMethod::Post, "post", "");
    add(copyMethod, CopyMethod::ByHand, "by_hand", "");
    add(routeStart, MeetingRoute::CouncilArranged, "", "the council being told the family wishes to mediate");
    add(routeStart, MeetingRoute::HealthOnlyIcb, "", "the council telling the ICB the issues (health-only)");
    add(routeLaw, MeetingRoute::CouncilArranged, "",
        "CFA s.53 and the SEND Regulations 2014, Part 6: the statutory deadline");
    add(routeLaw, MeetingRoute::HealthOnlyIcb, "",
        "CFA s.54 and the SEND Regulations 2014, Part 6: the statutory deadline");
    add(organisationKind, OrganisationKind::CouncilSend, "council_send", "Council SEND team");
    add(organisationKind, OrganisationKind::School, "school", "School");
    add(organisationKind, OrganisationKind::EarlyYears, "early_years", "Early-years setting");
    add(organisationKind, OrganisationKind::College, "college", "College");
    add(organisationKind, OrganisationKind::Sendiass, "sendiass", "SENDIASS");
    add(organisationKind, OrganisationKind::Icb, "icb", "Integrated care board");
    add(organisationKind, OrganisationKind::HealthProvider, "health_provider", "Health provider");
    add(organisationKind, OrganisationKind::SocialCare, "social_care", "Social care");
    add(organisationKind, OrganisationKind::Provider, "provider", "Our mediators and advisers");
    add(organisationKind, OrganisationKind::Other, "other", "Other");
    add(planSection, PlanSection::B, "B", "B: special educational needs");
    add(planSection, PlanSection::C, "C", "C: health needs");
    add(planSection, PlanSection::D, "D", "D: social care needs");
    add(planSection, PlanSection::F, "F", "F: special educational provision");
    add(planSection, PlanSection::G, "G", "G: health provision");
    add(planSection, PlanSection::H1, "H1", "H1: social care provision (CSDPA)");
    add(planSection, PlanSection::H2, "H2", "H2: other social care provision");
    add(planSection, PlanSection::I, "I", "I: placement");
    add(referrerKind, ReferrerKind::Parent, "parent", "Parent or carer");
    add(referrerKind, ReferrerKind::YoungPerson, "young_person", "Young person (16 or over)");
    add(referrerKind, ReferrerKind::Professional, "professional",
        "Professional, with the parent's permission");
    add(enquiryChannel, EnquiryChannel::Phone, "phone", "Phone");
    add(enquiryChannel, EnquiryChannel::Email, "email", "Email");
    add(enquiryChannel, EnquiryChannel::Letter, "letter", "Letter");
    add(enquiryChannel, EnquiryChannel::Web, "web", "Web form");
    add(enquiryChannel, EnquiryChannel::InPerson, "in_person", "In person");
    add(enquiryChannel, EnquiryChannel::Referral, "referral", "Referral from a professional");
    add(route, Route::Mediation, "mediation", "Mediation");
    add(route, Route::DisagreementResolution, "disagreement_resolution", "Disagreement resolution");
    add(travelMode, TravelMode::CarMileage, "car", "Car (mileage)");
    add(travelMode, TravelMode::PublicTransport, "public_transport", "Public transport");
    add(travelMode, TravelMode::Taxi, "taxi", "Taxi");
    add(travelMode, TravelMode::Other, "other", "Other");
    add(appealSource, AppealSource::Family, "family", "the family told us");
    add(appealSource, AppealSource::Council, "council", "the council told us");
    add(appealSource, AppealSource::TribunalLetter, "tribunal_letter", "a letter from the tribunal");
    add(appealSource, AppealSource::Other, "other", "other");
    add(userRole, UserRole::Caseworker, "caseworker", "Caseworker");
    add(userRole, UserRole::Mediator, "mediator", "Mediator");
    add(userRole, UserRole::Supervisor, "supervisor", "Supervisor");
    add(userRole, UserRole::Administrator, "administrator", "Administrator");

    return out;
}
} // namespace

Q_DECLARE_METATYPE(Vocabulary)

class TestEnumTables : public QObject
{
    Q_OBJECT

private slots:
    void keysAndTitles_data();
    void keysAndTitles();
    void everyValueListed();
};

void TestEnumTables::keysAndTitles_data()
{
    QTest::addColumn<Vocabulary>("vocabulary");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("title");
    for (const Row& row : rows()) {
        QTest::addRow("%s %d %s", qPrintable(row.vocabulary.name), row.value, qPrintable(row.key))
            << row.vocabulary << row.value << row.key << row.title;
    }
}

void TestEnumTables::keysAndTitles()
{
    QFETCH(Vocabulary, vocabulary);
    QFETCH(int, value);
    QFETCH(QString, key);
    QFETCH(QString, title);

    QCOMPARE(bool(vocabulary.key), !key.isEmpty());
    if (vocabulary.key) {
        QCOMPARE(vocabulary.key(value), key);
        const std::optional<int> back = vocabulary.fromKey(key);
        QVERIFY(back);
        QCOMPARE(*back, value);
        QCOMPARE(vocabulary.key(*back), key);
        // Exactly the key: no other case, no padding.
        QVERIFY(!vocabulary.fromKey(key + QLatin1Char(' ')));
        if (key.toUpper() != key)
            QVERIFY(!vocabulary.fromKey(key.toUpper()));
    }
    QCOMPARE(bool(vocabulary.title), !title.isEmpty());
    if (vocabulary.title)
        QCOMPARE(vocabulary.title(value), title);
}

void TestEnumTables::everyValueListed()
{
    QHash<QString, QList<Row>> byVocabulary;
    for (const Row& row : rows())
        byVocabulary[row.vocabulary.name] << row;
    for (auto it = byVocabulary.cbegin(); it != byVocabulary.cend(); ++it) {
        const QList<Row>& listed = it.value();
        const Vocabulary& vocabulary = listed.first().vocabulary;
        QList<int> values;
        QStringList keys;
        for (const Row& row : listed) {
            values << row.value;
            if (!row.key.isEmpty())
                keys << row.key;
        }
        // The keys of one enum are distinct, or a value would read back as another.
        QStringList distinct = keys;
        distinct.removeDuplicates();
        QVERIFY2(distinct.size() == keys.size(), qPrintable(it.key()));
        // The enum's list, where it has one, is the listed values in the same order.
        if (vocabulary.all)
            QVERIFY2(vocabulary.all() == values, qPrintable(it.key()));
        // The enums run without gaps from their first value: every one is
        // listed, and the value after the last has no words, so a value added
        // to an enum and its table must be added here too.
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 0; i < sorted.size(); ++i)
            QVERIFY2(sorted.at(i) == vocabulary.first + i, qPrintable(it.key()));
        const int next = vocabulary.first + static_cast<int>(sorted.size());
        if (vocabulary.key)
            QVERIFY2(vocabulary.key(next).isEmpty(), qPrintable(it.key()));
        if (vocabulary.title)
            QVERIFY2(vocabulary.title(next).isEmpty(), qPrintable(it.key()));
    }
    QCOMPARE(byVocabulary.size(), 29);
}

QTEST_GUILESS_MAIN(TestEnumTables)
#include "tst_enumtables.moc"
