<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActivityKind</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Case management for SEND mediation and disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared PostgreSQL database (&quot;host=H port=P dbname=D user=U&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory of organisations and people will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by day, week and month will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Part 1, 2 and 3 certificate register will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>Referral actioned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family to contact the adviser by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held by (30-day duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 certificate due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to the tribunal by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadlinesModel</name>
    <message>
        <source>Cannot be worked out: a date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waiting on it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetailsForm</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or &amp;setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable ad&amp;justments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other parties to the disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include c&amp;losed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, reference or school (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;uncil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRowsModel</name>
    <message>
        <source>%1 %2
Stage: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStage</name>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pursuing mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parties contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimelinePanel</name>
    <message>
        <source>&lt;b&gt;Notes and activity&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an e&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a le&amp;tter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>&amp;Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child and parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council and route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edited details (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the details as last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines&lt;/b&gt; (hover over one to see how it was worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people invited to the meeting (school, council decision-maker, health and social care, supporters) and when each was contacted will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation or disagreement resolution meetings of this case, their venue or online link, and the 30-day check will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Part 1, 2 and 3 certificates of this case, issued and due, will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certi&amp;ficates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in a later version. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (born %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Parent or carer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sections %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Caseworker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 have unsaved changes. Save them before moving the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your edits are still on screen: note them, choose Revert to see the other desk&apos;s version, then make them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 have changed and are not saved. Leave and lose those changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>&amp;New Referral...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list and open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailsRules</name>
    <message>
        <source>Give a phone number, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, brackets, dashes and a leading +, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code is not one in use: a number from abroad starts with + and its country code, such as +353 for Ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: give it with its area code, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has too few digits (%1): a UK number has 10 or 11 digits with its area code, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has too few digits for its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has too many digits (%1): a UK number has 10 or 11 digits with its area code, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has too many digits for its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No UK phone number starts like this: check the area code and the digits, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number in that country starts like this: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an email address, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has exactly one @ between a name and a domain, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address has no spaces: check for a space around the @ or the dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not complete: it needs a name, an @ and a domain with a dot, such as name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address has a character that cannot be in one, or a dot in the wrong place: check it against name@example.org (an @ and a domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a postcode, such as NM1 4QT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a UK postcode: it is an area and district (such as NM1 or SW1A), a space, then a digit and two letters (such as 4QT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCaseList</name>
    <message numerus="yes">
        <source>%1 (%Ln, the first %2 shown)</source>
        <translation>
            <numerusform>%1 (%Ln, the first %2 shown)</numerusform>
            <numerusform>%1 (%Ln, the first %2 shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: use File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases are assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose cases to show in &quot;Show cases of&quot; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1.  Due today: %2  ·  Due this week: %3  ·  Overdue: %4  ·  Certificates due: %5  ·  Meetings this week: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  My open cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3   (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meetings this week (%Ln)</source>
        <translation>
            <numerusform>Meetings this week (%Ln)</numerusform>
            <numerusform>Meetings this week (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date: that month has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as day/month/year, such as 03/04/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineUrgency</name>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to carry out an EHC needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to carry out a re-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to issue an EHC plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to amend the plan after a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision to cease to maintain the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of a final or amended plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: health needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: social care needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F: special educational provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G: health provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1: social care provision (CSDPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2: other social care provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I: placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person (16 or over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional, with the parent&apos;s permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiryChannel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral from a professional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeRules</name>
    <message>
        <source>an invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be marked held: no council decision-maker with authority to agree was invited. Invite one, or record why the meeting did not go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the council&apos;s decision-maker: the council must send someone with authority to resolve the issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health needs or provision (sections C or G) are in dispute: invite a representative of the integrated care board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special educational provision or placement (sections F or I) is in dispute: invite the SENCO or another school representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disagreement involves the school or setting: invite the SENCO or another school representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether they are willing to take part, and record the answer, before a meeting is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not willing to take part: disagreement resolution is voluntary, so no meeting can be booked; close the case with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the other parties (the school, the council, health or social care) and record whether each is willing, before a meeting is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the child) may attend only with the parent&apos;s and the mediator&apos;s consent: record the date of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a party and may attend only with all parties&apos; consent: record the date it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediator has a recorded link to %1 on this case: %2. Mediators must be independent of the parties; choose another mediator or record why it does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no detail recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <source>&amp;Confidential: only for the caseworker and supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on the Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line, such as &quot;Mum rang about the meeting date&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a one-line summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose Open Database to use it, or give a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Common Ground %1&lt;/h3&gt;&lt;p&gt;Case management for SEND mediation and disagreement resolution services in England.&lt;/p&gt;&lt;p&gt;Database schema version %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open: use File &gt; Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewReferralDialog</name>
    <message>
        <source>New Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring professional&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring professional&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s permission on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the parent gave permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or &amp;setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional when a young person refers themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council and route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the decision notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sections in dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan section %1 in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other parties to the disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of en&amp;quiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the enquiry came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable ad&amp;justments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when none is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving, shown next to the fields.</source>
        <translation>
            <numerusform>%n thing to fix before saving, shown next to the field.</numerusform>
            <numerusform>%n things to fix before saving, shown next to the fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: use File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresConnectionDialog</name>
    <message>
        <source>Connect to a Shared Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name, or a socket folder such as /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not stored here. Common Ground uses your PostgreSQL password file (~/.pgpass) or asks when the server needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralValidator</name>
    <message>
        <source>Give the date of the enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of enquiry cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the child&apos;s or young person&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the parent&apos;s or carer&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the young person&apos;s date of birth: they must be 16 or over to refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young person must be 16 or over on the date of enquiry; born on %1 they were %2. Record the parent or carer as the referrer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the referring professional&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A professional may refer only with the parent&apos;s permission: give the date it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the parent&apos;s permission cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the council decision the family disagrees with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the plan sections in dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the decision notice was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision notice date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision notice cannot have been sent after the enquiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision notice was sent more than 2 months before the enquiry (the family had until %1 to contact the mediation adviser). The case can go ahead, but an appeal will need the tribunal&apos;s permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the disagreement is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The case is already at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage of this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case at &quot;%1&quot; cannot move to &quot;%2&quot;. It can move to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before the enquiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is being closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageMoveDialog</name>
    <message>
        <source>Move to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the move cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
