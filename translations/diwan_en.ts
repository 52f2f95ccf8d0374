<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff accounts and the service catalogue. Create accounts with diwan-admin create-staff.</source>
        <translation>Staff accounts and the service catalogue. Create accounts with diwan-admin create-staff.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Public-opinion trends: the share of each answer, month by month.</source>
        <translation>Public-opinion trends: the share of each answer, month by month.</translation>
    </message>
    <message>
        <source>No poll has responses yet.</source>
        <translation>No poll has responses yet.</translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>Poll: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>Share of answers</translation>
    </message>
    <message>
        <source>Public-opinion trend</source>
        <translation>Public-opinion trend</translation>
    </message>
    <message>
        <source>Month (%1 to %2)</source>
        <translation>Month (%1 to %2)</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The user name or password is not correct. Check them and try again.</source>
        <translation>The user name or password is not correct. Check them and try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address and your network, then try again.</source>
        <translation>The database server cannot be reached. Check the address and your network, then try again.</translation>
    </message>
    <message>
        <source>The database server did not answer in time. Try again in a moment.</source>
        <translation>The database server did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established: its certificate was not accepted.</source>
        <translation>A secure (TLS) connection to the server could not be established: its certificate was not accepted.</translation>
    </message>
    <message>
        <source>Your account exists but has no Diwan role. Ask the system administrator to grant you one.</source>
        <translation>Your account exists but has no Diwan role. Ask the system administrator to grant you one.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Diwan. Install the newer version to use it.</source>
        <translation>This database was upgraded by a newer version of Diwan. Install the newer version to use it.</translation>
    </message>
    <message>
        <source>This database needs an upgrade before this version of Diwan can use it. Ask the system administrator to run the migration.</source>
        <translation>This database needs an upgrade before this version of Diwan can use it. Ask the system administrator to run the migration.</translation>
    </message>
    <message>
        <source>This database has not been prepared for Diwan. Ask the system administrator to run the migration.</source>
        <translation>This database has not been prepared for Diwan. Ask the system administrator to run the migration.</translation>
    </message>
    <message>
        <source>The database driver is not installed on this computer.</source>
        <translation>The database driver is not installed on this computer.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>The database address is not valid.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time. Reload it and try again; nothing was saved.</source>
        <translation>Someone else changed this record at the same time. Reload it and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Nothing was changed.</source>
        <translation>You are not allowed to do this. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database refused the change because the data is not valid. Nothing was changed.</source>
        <translation>The database refused the change because the data is not valid. Nothing was changed.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Diwan is reconnecting; your unsaved work is kept.</source>
        <translation>The connection to the database was lost. Diwan is reconnecting; your unsaved work is kept.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was changed.</source>
        <translation>The database reported an error. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Awaiting applicant</source>
        <translation>Awaiting applicant</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Off-topic</source>
        <translation>Off-topic</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>Abusive</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>Agreement scale</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open answer</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Residency</translation>
    </message>
    <message>
        <source>Visas</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>Travel documents</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diwan - %1</source>
        <translation>Diwan - %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits</source>
        <translation>Arabic-Indic &amp;digits</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Diwan</source>
        <translation>&amp;About Diwan</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Demo database (SQLite): %1</source>
        <translation>Demo database (SQLite): %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>Connection lost - reconnecting...</source>
        <translation>Connection lost - reconnecting...</translation>
    </message>
    <message>
        <source>About Diwan</source>
        <translation>About Diwan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diwan %1&lt;/h3&gt;&lt;p&gt;The back office of the Ministry of Interior website: e-service transactions, moderation of issues for discussion, opinion polls and dashboards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diwan %1&lt;/h3&gt;&lt;p&gt;The back office of the Ministry of Interior website: e-service transactions, moderation of issues for discussion, opinion polls and dashboards.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>hidden characters</source>
        <translation>hidden characters</translation>
    </message>
    <message>
        <source>abusive words</source>
        <translation>abusive words</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Automatic flags</source>
        <translation>Automatic flags</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</source>
        <translation>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</translation>
    </message>
</context>
<context>
    <name>PollDesignerPage</name>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Poll designer</source>
        <translation>Poll designer</translation>
    </message>
    <message>
        <source>Opinion polls: drafts, polls in review, scheduled, open and closed.</source>
        <translation>Opinion polls: drafts, polls in review, scheduled, open and closed.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>%1 AH</source>
        <translation>%1 AH</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Diwan</source>
        <translation>Sign in to Diwan</translation>
    </message>
    <message>
        <source>Diwan: back office of the Ministry of Interior website</source>
        <translation>Diwan: back office of the Ministry of Interior website</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connecting...</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>The database address is not valid: %1</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>TransactionQueueModel</name>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Awaiting applicant</source>
        <translation>Awaiting applicant</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>E-service transactions submitted through the portal, by service and state.</source>
        <translation>E-service transactions submitted through the portal, by service and state.</translation>
    </message>
    <message>
        <source>Open transactions per service</source>
        <translation>Open transactions per service</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Queue, most urgent first: %1 transactions</source>
        <translation>Queue, most urgent first: %1 transactions</translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Take next</translation>
    </message>
    <message>
        <source>Claim the most urgent unclaimed transaction of your services (%1)</source>
        <translation>Claim the most urgent unclaimed transaction of your services (%1)</translation>
    </message>
    <message>
        <source>Nothing to take: every open transaction of your services is already claimed.</source>
        <translation>Nothing to take: every open transaction of your services is already claimed.</translation>
    </message>
    <message>
        <source>Transaction %1 is now yours until %2.</source>
        <translation>Transaction %1 is now yours until %2.</translation>
    </message>
    <message>
        <source>Search by reference, QID, phone or applicant name (Ctrl+F)</source>
        <translation>Search by reference, QID, phone or applicant name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No transaction matches. If you don't find what you are looking for, use more precise words.</source>
        <translation>No transaction matches. If you don't find what you are looking for, use more precise words.</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>Closest matches:</translation>
    </message>
</context>
</TS>
