<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessGuard</name>
    <message>
        <source>You are not signed in as an active user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: this database has users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Could not read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts; an administrator adds new users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQLite database has no login of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called %1; choose another username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only active administrator; make another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanDocument</name>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of the meeting on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan was not filed on the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the action plan to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action plan&apos;s PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no email address for the family: type it in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanPdf</name>
    <message>
        <source>Mediation agreement and action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of meeting and action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check reg 44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of action not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s deadlines in law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the agreed action is one the family could appeal, the council meets the time limits of reg 44 as if the agreement were a tribunal order; otherwise it acts within two weeks of the agreement. A different period agreed in writing replaces either (SEND Regulations 2014, reg 42). This agreement is confidential; it is not evidence at a tribunal, and the mediator is not a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s or young person&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 days was agreed in writing for the council&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council was not a party: the commissioning body tells it about the agreement within a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Task</source>
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
    <name>AdHocInviteeDialog</name>
    <message>
        <source>Invite someone not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>07700 900123 or +44 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the invitee&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Give it to the person privately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreedActionKind</name>
    <message>
        <source>Assess or re-assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and maintain a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another appealable item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not appealable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreedActionsTable</name>
    <message>
        <source>Which kind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of agreed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s deadlines (law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row an agreed action: what, who and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind to see the council&apos;s deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check reg 44</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealSource</name>
    <message>
        <source>the family told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council told us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter from the tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appealability</name>
    <message>
        <source>Could appeal to the tribunal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation only, not appealable on its own: %1.</source>
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
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database of synthetic cases (made on first use) instead of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Councils...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venues...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program in high contrast (white on black) for this run; View &gt; High Contrast turns it on for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank Holidays...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office Hours...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Case List...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter Templates...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceBasis</name>
    <message>
        <source>A party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else (with consent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in bulk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a field name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Containing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 entries; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a change made to the records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankHolidaysDialog</name>
    <message>
        <source>Bank Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bank holiday of the chosen year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bank-holidays.json...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the government publishes at www.gov.uk/bank-holidays.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar covers %1. Announced by the government: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline in a projected year is provisional until that year&apos;s holidays are announced and imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The calendar that came with the program: none has been imported.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (projected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; the calendar in use is unchanged. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (it lacks %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not hold every bank holiday of %1: its days were added, and the rest of those years is still worked out from the standard rules and marked provisional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Bank Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. The calendar now covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 to %3
%4
%5
Double-click to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar: one cell a day, listing its meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings of the day; Enter opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the meetings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meetings shown as a calendar file (.ics) for a diary; it names each case by its reference only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings in these weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meetings to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) saved to %1.</source>
        <translation>
            <numerusform>%n meeting saved to %1.</numerusform>
            <numerusform>%n meetings saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bank holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCertificatesPanel</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: the %1 certificate was due by %2. Issue it on the Certificates screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate is due by %2. Issue it on the Certificates screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is due for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a certificate issued or voided; arrow keys move, View opens the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an email to the family with the certificate attached, and open it in your mail program to check and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided: send the certificate that replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no email address for the family: type it in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCorrectionDialog</name>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the facts taken at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put right what was taken down wrongly at intake. Every change is kept on the timeline and in the audit trail with its old and new value, and the deadlines are worked out again. Certificates already issued are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes: each fact with its old and new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the case is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the date of birth was misheard on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stops the correction being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s &amp;first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s &amp;last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s first na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s last n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s date of bir&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;referred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s name:</source>
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
        <source>Council, route and enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;notice sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the decision notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other parties to the disagreement</source>
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
        <source>Came in b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: use File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a fact that the correction changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCorrectionRules</name>
    <message>
        <source>(none)</source>
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
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s or young person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s or carer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s permission given</source>
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
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sections in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the disagreement is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parties</source>
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
        <source>Say why the case is corrected: the reason is kept on the timeline and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: correct a fact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route cannot change: the %1 certificate %2 was issued on the mediation route. Void it first (Certificates), or close this case and take a new referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route can be corrected only while the case is at its first stage (%1); it is at &quot;%2&quot;. Close this case and take a new referral on the right route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the information was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family said they would not pursue mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting could not be held in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of enquiry cannot be after the day %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: printed %2, now %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s or applicant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part: with the corrected facts no certificate is needed before an appeal, so the %1 should not stand</source>
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
        <source>Part %1 certificate due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to the tribunal by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral must be actioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family to contact the adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting must take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to the tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held by (statutory 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract target: meeting by (not statutory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract target for the meeting</source>
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
    <message>
        <source>Service level only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDeadlinesPanel</name>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines&lt;/b&gt; (hover over one to see how it was worked out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a statutory deadline of the case, with its date and how it was worked out</source>
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
        <source>The other parties to the disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casewor&amp;ker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School or setting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;tcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Othe&amp;r parties:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentRules</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3 bytes); a document may be at most %4 (%5 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDocumentsPanel</name>
    <message>
        <source>&amp;Add a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents filed on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a document: Enter opens it, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to file them on the case (at most %1 each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected document in its program (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected document (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a document on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every file was filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private copy could be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. Save As… writes a copy to open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the case? The audit trail keeps a record that it was filed and removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not removed</source>
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
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casewor&amp;ker:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImportFilePage</name>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file of cases from another system, its first row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of the file becomes a case, at the stage and with the dates the file gives. The next step asks which of the file&apos;s headings are which of the import&apos;s columns; then you see every case the file would create before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read (%1): check its name, or choose it with Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not CSV the import can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a first row naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column of the import each heading of the file holds. Headings left at (ignore) are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headings in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings in the file and the columns they are read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs child_given_name, child_family_name, council, enquiry_date, route and referrer; the columns are described in the manual&apos;s &quot;Cases in CSV&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column for the heading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is chosen for both &quot;%2&quot; and &quot;%3&quot;: a column can be read from one heading only, so choose another column, or (ignore), for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a heading of the file, with the column it is read as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImportPreviewPage</name>
    <message>
        <source>&amp;Lines to fix in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases the file would create or update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been stored yet. Import stores every case below, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to fix in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases the file would create or update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a case already here; take the row out of the file, or write update in its action column to change that case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problem to fix</numerusform>
            <numerusform>%n problems to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) like a case already here</source>
        <translation>
            <numerusform>%n row like a case already here</numerusform>
            <numerusform>%n rows like a case already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix.</source>
        <translation>
            <numerusform>%n problem to fix.</numerusform>
            <numerusform>%n problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) like a case already here.</source>
        <translation>
            <numerusform>%n row like a case already here.</numerusform>
            <numerusform>%n rows like a case already here.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is refused as a whole: %1 Nothing will be imported until every line listed below is put right. Correct those lines in the file (or, for a heading, choose its column on the previous step), save the file, then choose Back and Next to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no cases to import: it has a heading row and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing will create %n case(s), at the stages and with the deadlines below.</source>
        <translation>
            <numerusform>Importing will create %n case, at the stages and with the deadlines below.</numerusform>
            <numerusform>Importing will create %n cases, at the stages and with the deadlines below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing will create %1 and update %2, to the stages and with the deadlines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing case(s)</source>
        <translation>
            <numerusform>%n existing case</numerusform>
            <numerusform>%n existing cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(numbered on import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a line of the file: whether it creates or updates a case, and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImportWizard</name>
    <message>
        <source>Import Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the preview, the file or the cases here changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

No case was stored. The preview has been checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n case imported.</numerusform>
            <numerusform>%n cases imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 created and %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListExport</name>
    <message>
        <source>Deadline for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
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
    <message>
        <source>No open cases yet: take a referral with New referral (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every open case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a case, sorted by the chosen column; arrow keys move, Enter opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1+ cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every case of the list, as filtered and sorted, as a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Case List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) saved to %1.</source>
        <translation>
            <numerusform>%n case saved to %1.</numerusform>
            <numerusform>%n cases saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMeetingsPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitations in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations were not all saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be written: %2. %n invitation(s) were saved before it.</source>
        <translation>
            <numerusform>%1 could not be written: %2. %n invitation was saved before it.</numerusform>
            <numerusform>%1 could not be written: %2. %n invitations were saved before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a meeting booked for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save invitations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseMergeDialog</name>
    <message>
        <source>Merge %1 into another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a case entered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be closed and point at the case you keep. Its timeline, invitees and meetings move to that case; its certificates stay with %1, where they were issued. Both timelines and the audit trail record the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case to keep, or type its reference below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the case to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example MED-2026-00012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cases are merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case to keep, or type its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNextSteps</name>
    <message>
        <source>Mediation information given...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the mediation information given to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call, email or letter that gave the mediation information; the case moves to &quot;Information given&quot; on its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family wants mediation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the family wants mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family said they want mediation: the case moves to &quot;Mediation requested&quot; on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pursue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the family did not pursue mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family had the information and has not pursued mediation: the case moves to &quot;Not pursuing mediation&quot; on that day and Part 1 is due within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-day start...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the start of the statutory 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the day the council was told, or that the integrated care board arranges health-only mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tribunal appeal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an appeal to the tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family registered an appeal with the tribunal: its date and how you learnt it (shown on the timeline and counted in the reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything held about this family to a folder, as JSON and PDF</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>What is due</source>
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
    <name>CaseSummaryBanner</name>
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
        <source>What the family could appeal</source>
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
        <source>  ·  Mediator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Appeal to the tribunal registered %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check when the family was last contacted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact with the family since %1: ask whether they want mediation, or record that they did not pursue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTaskDialog</name>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ring the school about the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no day set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTasksPanel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a task: Enter opens it, Delete marks it done or not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done, or open again (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not changed</source>
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
        <source>Could not load the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row an event of the case, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a lette&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;note</source>
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
        <source>Parts of the case</source>
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
    <message>
        <source>Reopen the case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the case reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the facts taken at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct names, dates of birth, council, route, decision or enquiry (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this case into another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case entered twice: close this one into the case kept, moving its work (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording that the family wants mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging the information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 have unsaved changes. Save them before %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merging the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording that the family did not pursue mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting the start of the 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read all of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct intake facts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into another case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
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
    <message>
        <source>&amp;Quick Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case by its reference or a name (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDueModel</name>
    <message>
        <source>%1 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateMismatchBanner</name>
    <message>
        <source>Void and replace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates that no longer match the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the certificate and issue a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (%2) printed facts the case no longer says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing issued is changed: void it and issue a replacement from the case as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was corrected after issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRegisterModel</name>
    <message>
        <source>(not yet numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate&apos;s PDF, exactly as it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate&apos;s PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and issue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all issued &amp;today...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) due</source>
        <translation>
            <numerusform>%n certificate due</numerusform>
            <numerusform>%n certificates due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate has been issued today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) issued today</source>
        <translation>
            <numerusform>%n certificate issued today</numerusform>
            <numerusform>%n certificates issued today</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 is issued. Save its PDF to send it, or print it: both use the file stored in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a case or certificate; arrow keys move, Enter acts on the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pr&amp;eview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voi&amp;d...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change My Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <source>%1

Reload it now? What you typed here is replaced by the saved version; choose No to keep it on screen and copy what you need first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckedDialog</name>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildViews</name>
    <message>
        <source>Spoke to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their written views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sought (say why)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildViewsRule</name>
    <message>
        <source>Say how the child&apos;s or young person&apos;s views were sought, or clear the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note why the child&apos;s or young person&apos;s views were not sought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note about the child&apos;s or young person&apos;s views to %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sought: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChoiceModel</name>
    <message>
        <source>Decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (decision-maker)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCsvActions</name>
    <message>
        <source>Import Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
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
    <message>
        <source>Give a website address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address starts with https:// (or http://), such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website address is not complete: it needs https:// and a domain with a dot, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual role at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0113 496 0000, or +33 ... outside the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has authority to agree for the council (&amp;decision-maker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the person&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entry has the same name and the same email or phone: merge them with Duplicates (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Invite someone from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, job title or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their usual role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role at this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Try part of a name or organisation, or close this and use &quot;Add someone else&quot; for someone not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2: type more to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) found.</source>
        <translation>
            <numerusform>%n contact found.</numerusform>
            <numerusform>%n contacts found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their usual role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their usual role (none in the directory: choose one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory gives %1 no usual role: choose the role they will take at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a person in the directory matching the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Decision-&amp;makers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation, job title or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decision-makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organisation (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last import or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and import a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the directory to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole directory to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entries that are likely the same person (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Likely duplicates: %Ln entries</source>
        <translation>
            <numerusform>Likely duplicates: %Ln entries</numerusform>
            <numerusform>Likely duplicates: %Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely duplicates: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Meetings they were invited to keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Its people stay in the directory without an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln pair(s) of entries.</source>
        <translation>
            <numerusform>Merged %Ln pair of entries.</numerusform>
            <numerusform>Merged %Ln pairs of entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole directory again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row an organisation in the directory; choose one to see its people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a person at the chosen organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New org&amp;anisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impo&amp;rt CSV...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractReportPdf</name>
    <message>
        <source>Contract monitoring report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilDialog</name>
    <message>
        <source>Edit Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example WVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral service level in working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years closed cases are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral actioned within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep closed cases for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract target: 30 days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s contract target, a service level shown beside the statutory 30 days (which run from the council being told the family wishes to mediate) and never in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract target: 30 days &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilsDialog</name>
    <message>
        <source>Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The councils that commission the service, and what each contract says. A referral names one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral actioned within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Council...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not add the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A council with that name or code exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract target: 30 days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a council the service works for; Enter or double-click edits it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>&amp;Problems to fix in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Contacts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of the file need fixing. Nothing will be imported until every row is right: correct the file and import it again.</source>
        <translation>
            <numerusform>%Ln row of the file needs fixing. Nothing will be imported until every row is right: correct the file and import it again.</numerusform>
            <numerusform>%Ln rows of the file need fixing. Nothing will be imported until every row is right: correct the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing will add %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>%Ln new organisation</numerusform>
            <numerusform>%Ln new organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a line of the file as it would be imported</source>
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
    <message>
        <source>One row a case; arrow keys move, Enter opens the case</source>
        <translation type="unfinished"></translation>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open: use File &gt; Open Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1.  Due today: %2  ·  Due this week: %3  ·  Overdue: %4  ·  Certificates due: %5  ·  Meetings this week: %6</source>
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
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither caseworker nor mediator of an open case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Open cases of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  Open cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families gone quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has gone quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families gone quiet: no contact for 1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family told about mediation has been in touch in the last working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families gone quiet: no contact for %1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family told about mediation has been in touch in the last %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a meeting this week; Enter opens the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show cases of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open task is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open task is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTaskList</name>
    <message>
        <source>One row a task; Enter opens its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   %3   (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
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
    <name>DateTyping</name>
    <message>
        <source>%1 is after the latest date this box takes, so it shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the earliest date this box takes, so it shows %2.</source>
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
    <name>DecisionType</name>
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
        <source>Refusal to replace the plan after a review or re-assessment</source>
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
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard the details you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the details you typed? They have not been saved. Choose No to go back to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReferralDialog</name>
    <message>
        <source>&amp;Open that case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;new disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a case already held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases that look like this referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving: a case already held looks like this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before saving: %1 cases already held look like this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case if it is the same disagreement; save a new case only if it is another.</source>
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
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a case already held that matches the child or family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReferralRules</name>
    <message>
        <source>Same child: %1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same parent&apos;s phone with the same council: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same parent&apos;s email with the same council: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of entries that are likely the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first entry and merge the second into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the second entry and merge the first into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates: no two entries share a name and an email or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) of entries look like the same person. Choose a pair and the entry to keep; the other&apos;s meetings and links move to it.</source>
        <translation>
            <numerusform>%Ln pair of entries looks like the same person. Choose a pair and the entry to keep; the other&apos;s meetings and links move to it.</numerusform>
            <numerusform>%Ln pairs of entries look like the same person. Choose a pair and the entry to keep; the other&apos;s meetings and links move to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; and merge &quot;%2&quot; into it? The second entry is deleted; its meetings and links move to the kept one. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not merge the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a pair of directory entries that look like the same person</source>
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
    <name>FamilyNotPursuedDialog</name>
    <message>
        <source>Family did not pursue mediation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family had the mediation information and has not pursued mediation. The case moves to &quot;Not pursuing mediation&quot; on the day you record, and the Part 1 certificate is due within 3 working days of it. The family may still ask for mediation afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date you recorded that the family did not pursue mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before the information was given (%1), not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as &quot;No reply to two calls and a letter&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the family did not pursue mediation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyWantsMediationDialog</name>
    <message>
        <source>Family wants mediation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is still at &quot;Enquiry&quot;: the mediation information is recorded as given the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the family asked for mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before the enquiry (%1), not in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, such as &quot;Mum rang back after reading the leaflet&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family &amp;asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the family wants mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case moves to &quot;Mediation requested&quot; on the day the family said so. The statutory 30 days for the meeting run from the day the council was told (the same day unless you change it), or, for health-only mediation arranged by the integrated care board, from the day the council told the board the issues.</source>
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
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then adds caseworkers, mediators and supervisors.
The password needs at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunChecklist</name>
    <message>
        <source>The provider&apos;s name and contact details, printed on certificates and letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The councils that commission the service, named on every referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venues where meetings are held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseworkers, mediators and supervisors who will use the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ncils...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;enues...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;sers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases they see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Their own&quot; cases are those where they are the caseworker or the mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationLetter</name>
    <message>
        <source>disagreement resolution meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time are to be confirmed: we will write again as soon as the meeting is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (UK time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: online, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Join with this link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: by telephone. We will call you at the start of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: in person; the venue is to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: in person, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (join with this link: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mediator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution is voluntary: it goes ahead only when everyone is willing to take part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeContactNotesModel</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeDetailsPanel</name>
    <message>
        <source>Selected invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent&apos;s consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator&apos;s consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties&apos; consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;diator&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parties&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rang to explain the meeting; prefers mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the contact cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say briefly what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what basis they attend the meeting (reg 38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the basis, consents and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this basis needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party attends as of right: no consent is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s one supporter or advocate (who may be a lawyer) needs nobody&apos;s consent. Only one person may attend on this basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child or young person attends with the parent&apos;s and the mediator&apos;s consent: record the date of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone else attends with all parties&apos; consent or, where they do not agree, the mediator&apos;s: record the date of the one given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attendance, consents and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an invitee to see their attendance, consents and contact log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a contact made with the invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttends as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeLetters</name>
    <message>
        <source>Letter (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy letter te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected invitee&apos;s letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as a PDF (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected invitee&apos;s letter as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the letter&apos;s text to paste into an email (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the selected invitee their letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an email to the invitee with the letter and the meeting&apos;s calendar file attached, and open it in your mail program to check and send (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation, or once the meeting is booked its confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not filed on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no email address. Add one in their details (or the directory), or save the letter as a PDF to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting is booked yet: send the invitation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeListModel</name>
    <message>
        <source>Willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all parties %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeRole</name>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENCO or school representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDIASS adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council SEND officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council decision-maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate or solicitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
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
    <message>
        <source>The meeting cannot be marked held: %1, the council&apos;s decision-maker, is still to be invited. Send the invitation and set their status to Invited, or record why the meeting did not go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both down as the family&apos;s supporter; only one may attend on that basis. Record %2 as attending with consent (anyone else), or as not attending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the child or young person) may attend only with the parent&apos;s and the mediator&apos;s consent: record the date of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a party nor the family&apos;s supporter and may attend only with all parties&apos; consent or, where they do not agree, the mediator&apos;s: record the date it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the family&apos;s supporter, and only one supporter may attend (reg 38). Record %2 as attending with consent (anyone else), or change %1&apos;s basis first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteeStatus</name>
    <message>
        <source>To invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not willing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteesTab</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the chosen mediator to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on the invitee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an invitee from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find someone in the directory and invite them (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an invitee who is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone who is not in the directory (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected invitee, after asking (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found with the invitee list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case&apos;s invitees? Their contact log goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediator was not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mediator&apos;s independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the selected invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the selected invitee&apos;s invitation stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to change a name, role, status or willingness; the status also has its own box above the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family was not added to the invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the mediator&apos;s independence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the invitee list still needs before the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a person invited to the case&apos;s meetings, with role and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from director&amp;y...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone e&amp;lse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ediator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us of the selected invitee:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCertificateDialog</name>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child or young person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate takes the names, addresses and dates on the case as they stand now. Once issued it is never changed: a mistake is put right by voiding it and issuing a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and issue the %1 certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are issued by the users who may issue them (supervisors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate as it will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate that will be stored and sent, as number %1 (unless another certificate is issued first; you would then be asked to review it again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuingCapacity</name>
    <message>
        <source>The mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation adviser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPlaceholders</name>
    <message>
        <source>The date of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s or young person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mediation meeting&quot; or &quot;disagreement resolution meeting&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s mediator (the line is left out when none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in user who sends the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation service&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation service&apos;s telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediation service&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person the letter is to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their organisation (the line is left out when none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s start and end (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue and address, or online or by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence with the date and time, or saying they are to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence saying where, with the joining link when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For disagreement resolution, that it goes ahead only when everyone is willing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will be there, with their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent or young person the email is to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Mediation agreement and action plan&quot; or &quot;Record of meeting and action plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in lower case, for the middle of a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty placeholder {} names nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placeholder {%1} in a letter of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brace { or } is not part of a placeholder: write placeholders as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <source>Letter Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders in braces, such as {child_name}, are filled in for each case; a blank line starts a new paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholder to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter of a sample case, as the template now reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nsert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen placeholder at the cursor in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the standard wording of this letter (saved with Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s wording of its letters. Each desk uses it; the letterhead and the sender&apos;s name and role come from the provider&apos;s details and the person signed in. A line naming something a case does not have yet (the mediator, an organisation) is left out; anything else missing reads &quot;[to be confirmed]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placeholder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view (a sample case):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read, so they cannot be saved here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to their contents</source>
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
    <message>
        <source>This gave the family the mediation &amp;information (the case moves to &quot;Information given&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation information given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family now knows what mediation is and how to ask for it; their 2 months to decide run on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailProgram</name>
    <message>
        <source>The draft could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the draft. It is saved at %1: open it from there.</source>
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
        <source>No database open: use File &gt; Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this database shows changes made outside Common Ground (%1; %2 in all).

Keep a copy of the file as it is, as evidence, and tell whoever looks after the office&apos;s data. &apos;commonground-cli check&apos; lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screens of the program; arrow keys choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for This &amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediationRequestRule</name>
    <message>
        <source>Give the date the family said they want mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the family asked for mediation cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family cannot have asked for mediation before the enquiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date you recorded that the family did not pursue mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the family did not pursue mediation cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family cannot have not pursued mediation before the enquiry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family cannot have not pursued mediation before they were given the information (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 cannot be before the enquiry (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council was told the family wishes to mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the council told the integrated care board the issues (health-only mediation): the 30 days run from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the council told the integrated care board the issues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Information call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-meeting call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDateRule</name>
    <message>
        <source>The meeting cannot be before the case&apos;s enquiry on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the past: this records a meeting already arranged; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot have been held before the case&apos;s enquiry on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot have been held after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is booked for %1; if it took place on another day, move it to that day first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Cancel the &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the meeting is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, if an interpreter is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for moving or cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to move or cancel; kept in the meeting&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the meeting cannot be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
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
        <source>&amp;Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjustments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved from %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meeting by %1: %2.&lt;/b&gt;&lt;br&gt;%3; it started on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 30-day meeting deadline runs on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be held within the 30 &amp;days (a Part 3 certificate is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation re&amp;quested on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the family asked for mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family has not been recorded as wanting mediation: booking records that they asked on this day, and the case moves to &quot;Mediation requested&quot;, then &quot;Meeting arranged&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled because it cannot be held within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When cancelling: the case moves to &quot;No meeting within 30 days&quot; and its Part 3 certificate becomes due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read, so nothing is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingNoticeFields</name>
    <message>
        <source>Notice s&amp;ent to the family on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family a&amp;greed to shorter notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation letter or email to the family with the date and place counts as notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day notice was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family agreed to shorter notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family must be told the date and place at least 5 working days before the meeting unless they agree to less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice period applies to this kind of meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingOutcomeDialog</name>
    <message>
        <source>Everyone at the meeting agreed to notes being taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was given a copy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the agreement given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: notes are kept only where everyone at the meeting agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mediator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the attendance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the child&apos;s views were sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met Noah at school the week before; or why not sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s &amp;views sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save how the child&apos;s views were sought: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period agreed in writing, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and action plan. For each action choose its kind: an item the family could appeal follows the reg 44 periods, anything else two weeks (reg 42); a period agreed in writing replaces either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read, so nothing is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row an invitee, with whether they attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was given a copy of the notes or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;different period was agreed in writing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;The council was not a party (health-only mediation): the commissioning body tells it within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail action plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an email to the family with the action plan attached, and open it in your mail program to check and send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPeopleChooser</name>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the mediators who run the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the invitees asked to the meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRecord</name>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjourned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>Give the meeting&apos;s start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot last more than 12 hours; check the end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue for a meeting in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which platform the online meeting uses (Teams, Zoom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting link must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mediator for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already booked at that time for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting runs outside office hours (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is after the 30-day meeting deadline of %1: a Part 3 certificate is due within 3 working days of learning that the meeting cannot be held in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are kept only where everyone at the meeting agreed to notes being taken; record the agreement or clear the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 needs what, who and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period agreed in writing is 1 to %1 days; correct it or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuTitles</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett&amp;ings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>Route:</source>
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
    <message>
        <source>No council yet: add one with Settings &gt; Councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or se&amp;tting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abo&amp;ut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for the same referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family could appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeHoursDialog</name>
    <message>
        <source>Office Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting booked outside these hours is warned about. Every desk of the office shares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pens at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loses at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office hours could not be read, so they cannot be saved here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the office hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDetailsPanel</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation to see its details and only its people. A council&apos;s organisations show its SENDIASS service and decision-makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the council&apos;s SENDIASS and decision-makers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDIASS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded for this council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-makers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none marked for this council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0113 496 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>Council SEND team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early-years setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDIASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrated care board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our mediators and advisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationListModel</name>
    <message>
        <source>Everyone at these organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageKeys</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <source>This PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>take referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymise cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge cases entered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove documents filed on a case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
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
    <name>ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate numbers read PREFIX-YEAR-NNNNNN: 1 to 8 letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose Logo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How certificates and letters name the service. Every desk of the office shares these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s details could not be read, so they cannot be saved here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image this program can read (%2). Choose a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Provider&apos;s Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the provider&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 certificates are issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree on whether the mediator or the mediation adviser issues the certificate after a mediation; Part 2 certificates print the office chosen here. Parts 1 and 3 are always the mediation adviser&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part &amp;2 issued by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Open a Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference, or the child&apos;s or parent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose a case; Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a reference or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 matches: type more to narrow them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentCases</name>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordedDayDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralChoices</name>
    <message>
        <source>Route: mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: disagreement resolution</source>
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
        <source>How the enquiry came in</source>
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
    <name>ReferrerKind</name>
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
    <name>ReportChartData</name>
    <message>
        <source>Part 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 within 3 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law: 100%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Chart: enquiries per month by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries per month by route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: on time per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: mediation outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiries by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time per month: Part 1 and 2 within 3 working days, meetings within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law: 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart of the figures; the table beside it holds the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export X&amp;LSX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This financial year (April to March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work the figures out for this period and council (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the figures shown, with their definitions, to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the period&apos;s figures, each council&apos;s, the cases behind them and their definitions to an XLSX workbook (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;uncil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the contract-monitoring report of the figures shown, with charts and definitions, to a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (hover over one for its definition; choose one to list its cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure to list the cases behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases behind the figure (Enter or double-click opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figu&amp;res</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3. Hover over a figure for what it counts; choose one to list its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>none to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case behind %1%2 (Enter opens it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases behind %2%3 (Enter opens one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Figures as a Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE&amp;N2 return only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the figures a council needs from its provider for its SEN2 return to the DfE, for a calendar year (as report sen2); the exports write only these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEN2 return for %1, %2: the figures the council needs from its provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a figure for the council and period; choosing one lists its cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a case counted in the chosen figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases kept longer than their council&apos;s retention period (set on Settings &gt; Councils). Anonymising replaces the family&apos;s names, contact details, notes and certificate PDFs, and keeps what the figures need. Reopening a case takes it off this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be anonymised from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed case is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the retention period.</source>
        <translation>
            <numerusform>%n case past the retention period.</numerusform>
            <numerusform>%n cases past the retention period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names, addresses, contact details, dates of birth (the year stays), notes and the stored certificate PDFs of case %1 will be replaced for good. The case can no longer be reopened. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not anonymise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a closed case whose retention period has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>The case is anonymised already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open: only a closed case past its retention period can be anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is kept until %1 (%2 years after it closed on %3); it can be anonymised from %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is locked so that nobody passing sees the cases. It locks itself after a while without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActor</name>
    <message>
        <source>On a shared database you act as the user you connected as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The screen lock needs between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a quiet family after 0 to %1 working days (0 never asks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login &quot;%1&quot; is not a user of Common Ground. Ask an administrator to add a user with the username %1 on the Users screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared database had no administrator, so your login &quot;%1&quot; has become its administrator. Add everybody else on Office &gt; Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Trail...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and Office Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without quitting, so that someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. The next person connects with File &gt; Connect to Shared Database, with their own database login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds information about children and families. Sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo database of invented cases. Sign in as &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;%2&lt;/b&gt; (every demo user has the same password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right. One more wrong password will lock the account for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right. %1 more wrong passwords will lock the account for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
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
<context>
    <name>SubjectAccessExporter</name>
    <message>
        <source>Folder for the subject access export of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1:
%2
They hold personal data: send them securely and delete your copies once sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessPdf</name>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child, young person and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHC plan sections in dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: calls, emails, letters and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with invitees before meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was asked to each meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of agreements sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings moved or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations to meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts of interest recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access: what Common Ground holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each section lists the records held, one table each; empty fields are left out. The JSON file beside this one holds the same, for computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents filed on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks on the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskReminder</name>
    <message>
        <source>1 task due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1. They are under My tasks on the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>Say what the task is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task&apos;s title is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirtyDayStartDialog</name>
    <message>
        <source>Correct the start of the 30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such as &quot;The council&apos;s email of 3 Nov was found&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statutory 30 days for the meeting run from the day the council was told the family wishes to mediate or, for health-only mediation arranged by the integrated care board, from the day the council told the board the issues. The deadlines are worked out again from what you correct here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the start of the 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed: change a date, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThirtyDayStartFields</name>
    <message>
        <source>Date the council was told the family wishes to mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statutory 30 days run from this day; the day the family asked unless the council was told on another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health-only mediation, arranged by the integrated care board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the council told the integrated care board the issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For health-only mediation the statutory 30 days run from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Council told on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council told the &amp;ICB on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelClaimPdf</name>
    <message>
        <source>Claim for travel expenses of attending mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrated care board that arranged the mediation (council: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claimant attended mediation under the Children and Families Act 2014 and asks for the reasonable travel expenses of attending it to be paid (section 56(1)(g) and the SEND Regulations 2014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journeys are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car journeys are claimed at %1p a mile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that the journeys above were made to attend mediation about this case, that the amounts are what they cost me, and that I have not claimed them from anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for the mediation service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses claim %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelExpense</name>
    <message>
        <source>Car (mileage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelExpenseDialog</name>
    <message>
        <source>&amp;Work out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;receipt is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s travel expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council (or the ICB for health-only mediation it arranged) pays the parent&apos;s or young person&apos;s reasonable travel expenses of attending mediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 3/11/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From and to, or what the expense was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting travelled to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out the amount from the miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1p a mile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in pounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 12.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiman&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;eeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Miles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (£):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the miles as a number, as 12 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount in pounds and pence, as 12.40.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelExpenseRules</name>
    <message>
        <source>Give the date of the journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s date %1 is after today: record a journey once it has been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey&apos;s date %1 is before the case&apos;s enquiry (%2): check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the journey was from and to, or what the expense was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the description to %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the miles driven: a journey by car is paid by the mile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The miles driven must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The miles cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 miles is more than %2 for one journey: check the miles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 for one journey: check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the claimant&apos;s name to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TravelExpensesPanel</name>
    <message>
        <source>&amp;Add a journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print claim form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save claim form as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected journey (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The travel expenses could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the journey?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the claim? The audit trail keeps a record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim form could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim form was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel expenses claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a journey or cost claimed by the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TribunalAppealDialog</name>
    <message>
        <source>Appeal to the tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an appeal to the tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family registered an appeal with the First-tier Tribunal (SEND). The councils&apos; SEN2 return counts the mediation cases held that were followed by an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the appeal was registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 3/11/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you learnt of the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How we learnt it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the appeal is taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is taken off (kept on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the recorded appeal off the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by mistake?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>&amp;Add User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who signs in to this database, and what their role lets them do (see the README&apos;s Roles table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who works on this shared database. Each person signs in with their own PostgreSQL login, whose name is their username here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1 (wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least 10 characters; it also lifts any lock):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their cases and records stay as they are. Deactivate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and Office Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a family gone quiet after this many working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard and the case ask the adviser whether a family that had the mediation information pursues mediation, after this long with no call, email, letter or meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about a &amp;quiet family after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a person who may sign in, with their role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueChoice</name>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>Edit Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-free access, hearing loop, parking, quiet room...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VenuesDialog</name>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral places to meet in person, offered when a meeting is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Venue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row a venue for meetings; Enter or double-click edits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidCertificateDialog</name>
    <message>
        <source>Issue a &amp;replacement now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding keeps %1 in the register, marked void with your reason. Correct the case first: the replacement takes the case as it stands and names %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the certificate is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody may issue the replacement: untick it, or ask an administrator to add a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkContext</name>
    <message>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s bank holidays could not be read, so deadlines count on the built-in calendar until the database is opened again. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
