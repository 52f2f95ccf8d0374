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
    <name>AttachmentFetcher</name>
    <message>
        <source>The document store has no such file (it may have been removed). Ask the applicant to upload it again.</source>
        <translation>The document store has no such file (it may have been removed). Ask the applicant to upload it again.</translation>
    </message>
    <message>
        <source>The document store refused the request (HTTP %1). Try again later.</source>
        <translation>The document store refused the request (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The document store refused the request. Try again later.</source>
        <translation>The document store refused the request. Try again later.</translation>
    </message>
    <message>
        <source>The document store refused the connection. Check that it is running, or try again later.</source>
        <translation>The document store refused the connection. Check that it is running, or try again later.</translation>
    </message>
    <message>
        <source>The document store cannot be reached. Check the network connection and try again.</source>
        <translation>The document store cannot be reached. Check the network connection and try again.</translation>
    </message>
    <message>
        <source>The document store took too long to answer. Try again later.</source>
        <translation>The document store took too long to answer. Try again later.</translation>
    </message>
    <message>
        <source>The file is larger than the one the applicant uploaded. It was not opened.</source>
        <translation>The file is larger than the one the applicant uploaded. It was not opened.</translation>
    </message>
    <message>
        <source>The file arrived incomplete. Try again.</source>
        <translation>The file arrived incomplete. Try again.</translation>
    </message>
    <message>
        <source>The file does not match the one the applicant uploaded (its checksum differs). It was not shown.</source>
        <translation>The file does not match the one the applicant uploaded (its checksum differs). It was not shown.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>The download was cancelled.</translation>
    </message>
    <message>
        <source>The document's address cannot be opened from Diwan.</source>
        <translation>The document's address cannot be opened from Diwan.</translation>
    </message>
    <message>
        <source>The document's record has no valid checksum, so the file cannot be verified.</source>
        <translation>The document's record has no valid checksum, so the file cannot be verified.</translation>
    </message>
    <message>
        <source>The document could not be saved on this computer. Check the free disk space.</source>
        <translation>The document could not be saved on this computer. Check the free disk space.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>No transaction is open.</source>
        <translation>No transaction is open.</translation>
    </message>
    <message>
        <source>The applicant attached no documents to this transaction.</source>
        <translation>The applicant attached no documents to this transaction.</translation>
    </message>
    <message>
        <source>Downloading and verifying the document…</source>
        <translation>Downloading and verifying the document…</translation>
    </message>
    <message>
        <source>The document is verified, but Diwan cannot show files of this kind (%1).</source>
        <translation>The document is verified, but Diwan cannot show files of this kind (%1).</translation>
    </message>
    <message>
        <source>The document is verified, but it is not a picture Diwan can show.</source>
        <translation>The document is verified, but it is not a picture Diwan can show.</translation>
    </message>
    <message>
        <source>The document is verified, but it is not a PDF file Diwan can show.</source>
        <translation>The document is verified, but it is not a PDF file Diwan can show.</translation>
    </message>
    <message>
        <source>Reject document</source>
        <translation>Reject document</translation>
    </message>
    <message>
        <source>Why is “%1” rejected? The reason is kept in the transaction's history.</source>
        <translation>Why is “%1” rejected? The reason is kept in the transaction's history.</translation>
    </message>
    <message>
        <source>Say why the document is rejected; nothing was changed.</source>
        <translation>Say why the document is rejected; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” accepted.</source>
        <translation>“%1” accepted.</translation>
    </message>
    <message>
        <source>“%1” rejected.</source>
        <translation>“%1” rejected.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Accept document</source>
        <translation>Accept document</translation>
    </message>
    <message>
        <source>Accept the selected document (Ctrl+Shift+A)</source>
        <translation>Accept the selected document (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Reject document…</source>
        <translation>Reject document…</translation>
    </message>
    <message>
        <source>Reject the selected document, with a reason (Ctrl+Shift+R)</source>
        <translation>Reject the selected document, with a reason (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>File</source>
        <comment>the file name</comment>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>AttachmentReview</name>
    <message>
        <source>Pending review</source>
        <translation>Pending review</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>This transaction is no longer assigned to you, so its documents cannot be reviewed. Nothing was changed.</source>
        <translation>This transaction is no longer assigned to you, so its documents cannot be reviewed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Someone else reviewed this document in the meantime. The list now shows its current state; nothing was changed.</source>
        <translation>Someone else reviewed this document in the meantime. The list now shows its current state; nothing was changed.</translation>
    </message>
    <message>
        <source>A decision has already been taken on this transaction, so its documents can no longer be reviewed. Nothing was changed.</source>
        <translation>A decision has already been taken on this transaction, so its documents can no longer be reviewed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Say why the document is rejected.</source>
        <translation>Say why the document is rejected.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>a document</comment>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>BlockedWords</name>
    <message>
        <source>Type the word to block.</source>
        <translation>Type the word to block.</translation>
    </message>
    <message>
        <source>This word is too short: it is matched as %1, and a blocked word needs at least two letters or digits once marks, spaces and repeated letters are taken out.</source>
        <translation>This word is too short: it is matched as %1, and a blocked word needs at least two letters or digits once marks, spaces and repeated letters are taken out.</translation>
    </message>
    <message>
        <source>A blocked word has at most %1 characters.</source>
        <translation>A blocked word has at most %1 characters.</translation>
    </message>
    <message>
        <source>This word is on the list already, as %1: both are matched as %2.</source>
        <translation>This word is on the list already, as %1: both are matched as %2.</translation>
    </message>
    <message>
        <source>This word is not on the list (any more): another moderator may have removed it. The list is shown again.</source>
        <translation>This word is not on the list (any more): another moderator may have removed it. The list is shown again.</translation>
    </message>
</context>
<context>
    <name>BlockedWordsDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>Remove...</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>Blocked words</translation>
    </message>
    <message>
        <source>A contribution containing one of these words gets the automatic flag "abusive words". Words are matched without diacritics, tatweel, hamza forms, spaces between letters or repeated letters. A change applies to contributions submitted from now on; those received already keep their flags.</source>
        <translation>A contribution containing one of these words gets the automatic flag "abusive words". Words are matched without diacritics, tatweel, hamza forms, spaces between letters or repeated letters. A change applies to contributions submitted from now on; those received already keep their flags.</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Matched as</source>
        <translation>Matched as</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
    <message>
        <source>A word to block, in Arabic or English</source>
        <translation>A word to block, in Arabic or English</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>New word</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>New word:</translation>
    </message>
    <message>
        <source>Starting list</source>
        <translation>Starting list</translation>
    </message>
    <message>
        <source>Matched as: (type a word)</source>
        <translation>Matched as: (type a word)</translation>
    </message>
    <message>
        <source>Matched as: %1</source>
        <translation>Matched as: %1</translation>
    </message>
    <message>
        <source>%1 was added: contributions submitted from now on that contain it are flagged.</source>
        <translation>%1 was added: contributions submitted from now on that contain it are flagged.</translation>
    </message>
    <message>
        <source>Remove a blocked word</source>
        <translation>Remove a blocked word</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Contributions submitted from now on are no longer flagged for it; those flagged already keep their flag.</source>
        <translation>Remove %1 from the list? Contributions submitted from now on are no longer flagged for it; those flagged already keep their flag.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 was removed from the list.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Reassigning transactions</source>
        <translation>Reassigning transactions</translation>
    </message>
    <message>
        <source>Taking over transactions</source>
        <translation>Taking over transactions</translation>
    </message>
    <message>
        <source>Changing priority</source>
        <translation>Changing priority</translation>
    </message>
    <message>
        <source>Escalating transactions</source>
        <translation>Escalating transactions</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Working: %1 of %2</source>
        <translation>Working: %1 of %2</translation>
    </message>
    <message>
        <source>Not done: cancelled</source>
        <translation>Not done: cancelled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not done: cancelled)</source>
        <translation>
            <numerusform>(%n not done: cancelled)</numerusform>
            <numerusform>(%n not done: cancelled)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultsDialog</name>
    <message>
        <source>Result of each contribution</source>
        <translation>Result of each contribution</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3; the others are listed with the reason.</source>
        <translation>%1: done for %2 of %3; the others are listed with the reason.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>95% interval: %1</source>
        <translation>95% interval: %1</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Switch between the chart and the table of the same numbers</source>
        <translation>Switch between the chart and the table of the same numbers</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Save the table as CSV</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>The picture could not be saved: %1</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Save the table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>ContributionLoader</name>
    <message>
        <source>Poll respondent</source>
        <translation>Poll respondent</translation>
    </message>
</context>
<context>
    <name>ContributionQueueModel</name>
    <message>
        <source>%1 %2</source>
        <comment>a report reason, then how many reports gave it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s)</source>
        <translation>
            <numerusform>%n open report</numerusform>
            <numerusform>%n open reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Writing the report...</source>
        <translation>Writing the report...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dashboards: %1</source>
        <translation>Dashboards: %1</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Prepared %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the workbook has them all.</source>
        <translation>The first %1 of %2 rows; the workbook has them all.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Nationality group</source>
        <translation>Nationality group</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Doha</source>
        <translation>Doha</translation>
    </message>
    <message>
        <source>Al Rayyan</source>
        <translation>Al Rayyan</translation>
    </message>
    <message>
        <source>Al Wakrah</source>
        <translation>Al Wakrah</translation>
    </message>
    <message>
        <source>Umm Salal</source>
        <translation>Umm Salal</translation>
    </message>
    <message>
        <source>Al Khor and Al Thakhira</source>
        <translation>Al Khor and Al Thakhira</translation>
    </message>
    <message>
        <source>Al Shamal</source>
        <translation>Al Shamal</translation>
    </message>
    <message>
        <source>Al Daayen</source>
        <translation>Al Daayen</translation>
    </message>
    <message>
        <source>Al Sheehaniya</source>
        <translation>Al Sheehaniya</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Qatari</source>
        <translation>Qatari</translation>
    </message>
    <message>
        <source>Non-Qatari</source>
        <translation>Non-Qatari</translation>
    </message>
    <message>
        <source>Up to 1 day</source>
        <translation>Up to 1 day</translation>
    </message>
    <message>
        <source>2 to 3 days</source>
        <translation>2 to 3 days</translation>
    </message>
    <message>
        <source>4 to 7 days</source>
        <translation>4 to 7 days</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>8 to 14 days</translation>
    </message>
    <message>
        <source>15 to 30 days</source>
        <translation>15 to 30 days</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>Over 30 days</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
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
        <source>Loading...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Figures up to %1, from the rollups; they refresh when the data changes.</source>
        <translation>Figures up to %1, from the rollups; they refresh when the data changes.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Agreement by %1</source>
        <translation>Agreement by %1</translation>
    </message>
    <message>
        <source>The share of each answer, agreeing to one side of zero and disagreeing to the other, for everyone and each group.</source>
        <translation>The share of each answer, agreeing to one side of zero and disagreeing to the other, for everyone and each group.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 (changed, p = %2)</source>
        <translation>%1 (changed, p = %2)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Breakdown by: %1</source>
        <translation>Breakdown by: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>Export a PDF report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Public opinion, discussions and services at a glance: every chart has the table of its numbers.</source>
        <translation>Public opinion, discussions and services at a glance: every chart has the table of its numbers.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Breakdown by</source>
        <translation>Breakdown by</translation>
    </message>
    <message>
        <source>&amp;Weekly</source>
        <translation>&amp;Weekly</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>Export to &amp;Excel...</translation>
    </message>
    <message>
        <source>Export a P&amp;DF report...</source>
        <translation>Export a P&amp;DF report...</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>Gregorian</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>Hijri</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Print the report with a preview (%1)</source>
        <translation>Print the report with a preview (%1)</translation>
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
    <message>
        <source>Your account is not set up in Diwan: it can reach the database but has no staff account. Ask the system administrator to add you as a member of staff.</source>
        <translation>Your account is not set up in Diwan: it can reach the database but has no staff account. Ask the system administrator to add you as a member of staff.</translation>
    </message>
    <message>
        <source>Your Diwan account has been deactivated. Ask the system administrator if you still need access.</source>
        <translation>Your Diwan account has been deactivated. Ask the system administrator if you still need access.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Request documents</source>
        <translation>Request documents</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>Resume review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Escalate to supervisor</source>
        <translation>Escalate to supervisor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason as the applicant reads it</source>
        <translation>Reason as the applicant reads it</translation>
    </message>
    <message>
        <source>Documents the applicant must provide</source>
        <translation>Documents the applicant must provide</translation>
    </message>
    <message>
        <source>Message to applicant (optional)</source>
        <translation>Message to applicant (optional)</translation>
    </message>
    <message>
        <source>Why it needs the supervisor</source>
        <translation>Why it needs the supervisor</translation>
    </message>
    <message>
        <source>Internal note (optional)</source>
        <translation>Internal note (optional)</translation>
    </message>
    <message>
        <source>The applicant will read (English)</source>
        <translation>The applicant will read (English)</translation>
    </message>
    <message>
        <source>The applicant will read (Arabic)</source>
        <translation>The applicant will read (Arabic)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>Choose the reason for the rejection.</translation>
    </message>
    <message>
        <source>Write the reason as the applicant will read it.</source>
        <translation>Write the reason as the applicant will read it.</translation>
    </message>
    <message>
        <source>Tick at least one document the applicant has to provide.</source>
        <translation>Tick at least one document the applicant has to provide.</translation>
    </message>
    <message>
        <source>Write why this transaction needs the supervisor.</source>
        <translation>Write why this transaction needs the supervisor.</translation>
    </message>
</context>
<context>
    <name>DecisionLetter</name>
    <message>
        <source>the file %1 cannot be written: %2</source>
        <translation>the file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>the file %1 cannot be written</translation>
    </message>
    <message>
        <source>A decision letter can be issued only once the transaction is approved or rejected. Nothing was recorded.</source>
        <translation>A decision letter can be issued only once the transaction is approved or rejected. Nothing was recorded.</translation>
    </message>
    <message>
        <source>Only the clerk who decided this transaction can issue its letter. Nothing was recorded.</source>
        <translation>Only the clerk who decided this transaction can issue its letter. Nothing was recorded.</translation>
    </message>
    <message>
        <source>The letter could not be produced (%1). Nothing was recorded.</source>
        <translation>The letter could not be produced (%1). Nothing was recorded.</translation>
    </message>
</context>
<context>
    <name>DiscussionsDashboard</name>
    <message>
        <source>Contributions per topic</source>
        <translation>Contributions per topic</translation>
    </message>
    <message>
        <source>Contributions submitted each week (from Sunday), per topic.</source>
        <translation>Contributions submitted each week (from Sunday), per topic.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Moderation outcomes</source>
        <translation>Moderation outcomes</translation>
    </message>
    <message>
        <source>Contributions submitted in the period by what became of them: approval, rejection and hiding rates.</source>
        <translation>Contributions submitted in the period by what became of them: approval, rejection and hiding rates.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Report reasons</source>
        <translation>Report reasons</translation>
    </message>
    <message>
        <source>Reports from the public in the period, by reason.</source>
        <translation>Reports from the public in the period, by reason.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Moderation backlog</source>
        <translation>Moderation backlog</translation>
    </message>
    <message>
        <source>Contributions pending review today, by the days since they were submitted.</source>
        <translation>Contributions pending review today, by the days since they were submitted.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Pending contributions</source>
        <translation>Pending contributions</translation>
    </message>
    <message>
        <source>Time to moderation decision</source>
        <translation>Time to moderation decision</translation>
    </message>
    <message>
        <source>Hours from submission to the moderator's decision, for the decisions of the period: median and 90th percentile, to the whole hour.</source>
        <translation>Hours from submission to the moderator's decision, for the decisions of the period: median and 90th percentile, to the whole hour.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Median (hours)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>90th percentile (hours)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
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
    <message>
        <source>Submitted through the portal</source>
        <translation>Submitted through the portal</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Returned to the queue</source>
        <translation>Returned to the queue</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Message to applicant</source>
        <translation>Message to applicant</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>Documents requested</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Decision letter issued</source>
        <translation>Decision letter issued</translation>
    </message>
    <message>
        <source>Document accepted</source>
        <translation>Document accepted</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>Document rejected</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priority changed</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Buyer's QID</source>
        <translation>Buyer's QID</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Commercial registration</source>
        <translation>Commercial registration</translation>
    </message>
    <message>
        <source>Establishment ID</source>
        <translation>Establishment ID</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Exit reason</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>Licence class</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>New passport number</source>
        <translation>New passport number</translation>
    </message>
    <message>
        <source>Old passport number</source>
        <translation>Old passport number</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Renewal (years)</source>
        <translation>Renewal (years)</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <source>Violation (days ago)</source>
        <translation>Violation (days ago)</translation>
    </message>
    <message>
        <source>Violation number</source>
        <translation>Violation number</translation>
    </message>
    <message>
        <source>Visa number</source>
        <translation>Visa number</translation>
    </message>
    <message>
        <source>Visa type</source>
        <translation>Visa type</translation>
    </message>
    <message>
        <source>Visit (days)</source>
        <translation>Visit (days)</translation>
    </message>
    <message>
        <source>Visitor's passport number</source>
        <translation>Visitor's passport number</translation>
    </message>
    <message>
        <source>Relationship to the visitor</source>
        <translation>Relationship to the visitor</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Final exit</source>
        <translation>Final exit</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>End of contract</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>Transfer abroad</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Family reasons</translation>
    </message>
    <message>
        <source>Light vehicle</source>
        <translation>Light vehicle</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>Motorcycle</translation>
    </message>
    <message>
        <source>Heavy vehicle</source>
        <translation>Heavy vehicle</translation>
    </message>
    <message>
        <source>Corniche</source>
        <translation>Corniche</translation>
    </message>
    <message>
        <source>Salwa Road</source>
        <translation>Salwa Road</translation>
    </message>
    <message>
        <source>Al Shamal Road</source>
        <translation>Al Shamal Road</translation>
    </message>
    <message>
        <source>D Ring Road</source>
        <translation>D Ring Road</translation>
    </message>
    <message>
        <source>Lusail Expressway</source>
        <translation>Lusail Expressway</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>More than six months abroad</source>
        <translation>More than six months abroad</translation>
    </message>
    <message>
        <source>Lost passport</source>
        <translation>Lost passport</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>Family visit</translation>
    </message>
    <message>
        <source>Business visit</source>
        <translation>Business visit</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>Tourist</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a poll or topic, open to the public</comment>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>HijriDateEdit</name>
    <message>
        <source>Hijri day</source>
        <translation>Hijri day</translation>
    </message>
    <message>
        <source>Hijri month</source>
        <translation>Hijri month</translation>
    </message>
    <message>
        <source>Hijri year</source>
        <translation>Hijri year</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Decision letter</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>Letter &amp;language:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>&amp;Save PDF...</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file and record it in the history (%1)</source>
        <translation>Save the letter as a PDF file and record it in the history (%1)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>Print the letter and record it in the history (%1)</source>
        <translation>Print the letter and record it in the history (%1)</translation>
    </message>
    <message>
        <source>Letter %1 saved to %2 and recorded in the history.</source>
        <translation>Letter %1 saved to %2 and recorded in the history.</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>the printer could not be started</translation>
    </message>
    <message>
        <source>Letter %1 sent to the printer and recorded in the history.</source>
        <translation>Letter %1 sent to the printer and recorded in the history.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Print the letter</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; reads from %2</source>
        <translation>%1; reads from %2</translation>
    </message>
    <message>
        <source>The read replica could not be opened: searches and dashboards read from the central database.</source>
        <translation>The read replica could not be opened: searches and dashboards read from the central database.</translation>
    </message>
</context>
<context>
    <name>ModerationDetail</name>
    <message>
        <source>Unblock author</source>
        <translation>Unblock author</translation>
    </message>
    <message>
        <source>This author's contributions</source>
        <translation>This author's contributions</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderation log</translation>
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
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Reports dismissed</source>
        <translation>Reports dismissed</translation>
    </message>
    <message>
        <source>Hidden by its reports</source>
        <translation>Hidden by its reports</translation>
    </message>
    <message>
        <source>Personal data redacted</source>
        <translation>Personal data redacted</translation>
    </message>
    <message>
        <source>Author blocked</source>
        <translation>Author blocked</translation>
    </message>
    <message>
        <source>Author unblocked</source>
        <translation>Author unblocked</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Select a contribution to see it whole.</source>
        <translation>Select a contribution to see it whole.</translation>
    </message>
    <message>
        <source>%1 is looking at this contribution (since %2).</source>
        <translation>%1 is looking at this contribution (since %2).</translation>
    </message>
    <message>
        <source>hidden by its reports</source>
        <translation>hidden by its reports</translation>
    </message>
    <message>
        <source>Automatic flags</source>
        <translation>Automatic flags</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>Diwan</source>
        <translation>Diwan</translation>
    </message>
    <message>
        <source>The author: %1 pending, %2 published, %3 hidden, %4 rejected.</source>
        <translation>The author: %1 pending, %2 published, %3 hidden, %4 rejected.</translation>
    </message>
    <message>
        <source>Blocked since %1: %2</source>
        <translation>Blocked since %1: %2</translation>
    </message>
    <message>
        <source>Their latest other contributions:</source>
        <translation>Their latest other contributions:</translation>
    </message>
    <message>
        <source>near-duplicate of #%1 (%2)</source>
        <translation>near-duplicate of #%1 (%2)</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>right-to-left override</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>left-to-right override</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>left-to-right embedding</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>right-to-left embedding</translation>
    </message>
    <message>
        <source>end of embedding</source>
        <translation>end of embedding</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>left-to-right isolate</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>right-to-left isolate</translation>
    </message>
    <message>
        <source>first-strong isolate</source>
        <translation>first-strong isolate</translation>
    </message>
    <message>
        <source>end of isolate</source>
        <translation>end of isolate</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>left-to-right mark</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>right-to-left mark</translation>
    </message>
    <message>
        <source>Arabic letter mark</source>
        <translation>Arabic letter mark</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>zero-width space</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>zero-width non-joiner</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>zero-width joiner</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>zero-width no-break space</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>soft hyphen</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>word joiner</translation>
    </message>
    <message>
        <source>Mongolian vowel separator</source>
        <translation>Mongolian vowel separator</translation>
    </message>
    <message>
        <source>invisible operator</source>
        <translation>invisible operator</translation>
    </message>
    <message>
        <source>%1 (no word of the list matches it now)</source>
        <translation>%1 (no word of the list matches it now)</translation>
    </message>
    <message>
        <source>"%1" (list word %2)</source>
        <translation>"%1" (list word %2)</translation>
    </message>
    <message>
        <source>%1 at the start</source>
        <translation>%1 at the start</translation>
    </message>
    <message>
        <source>%1 after "%2"</source>
        <translation>%1 after "%2"</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>"%1"</translation>
    </message>
</context>
<context>
    <name>ModerationFilterBar</name>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Any flag</translation>
    </message>
    <message>
        <source>Any report reason</source>
        <translation>Any report reason</translation>
    </message>
    <message>
        <source>Any moderator</source>
        <translation>Any moderator</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Most reports first</source>
        <translation>Most reports first</translation>
    </message>
    <message>
        <source>Most flags first</source>
        <translation>Most flags first</translation>
    </message>
    <message>
        <source>Search the contributions (any spelling), then Enter</source>
        <translation>Search the contributions (any spelling), then Enter</translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation>Author ID</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>From any date</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>To any date</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Open poll answers</source>
        <translation>Open poll answers</translation>
    </message>
</context>
<context>
    <name>ModerationLogDialog</name>
    <message>
        <source>Moderation log of the contribution</source>
        <translation>Moderation log of the contribution</translation>
    </message>
    <message>
        <source>Moderation log of the moderator</source>
        <translation>Moderation log of the moderator</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Diwan</source>
        <translation>Diwan</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
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
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</source>
        <translation>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>Submitted</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions waiting for review</source>
        <translation>
            <numerusform>%n contribution waiting for review</numerusform>
            <numerusform>%n contributions waiting for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>Hide (H)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>Dismiss reports</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>a contribution</comment>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>a contribution</comment>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Next contribution</source>
        <translation>Next contribution</translation>
    </message>
    <message>
        <source>Previous contribution</source>
        <translation>Previous contribution</translation>
    </message>
    <message>
        <source>Select or unselect</source>
        <translation>Select or unselect</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Auto-hidden</source>
        <translation>Auto-hidden</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>QID</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>The portal</translation>
    </message>
    <message>
        <source>Done: %1. Not done: %2.</source>
        <translation>Done: %1. Not done: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Being looked at by</source>
        <translation>Being looked at by</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
    <message>
        <source>Block author</source>
        <translation>Block author</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>My moderation log</source>
        <translation>My moderation log</translation>
    </message>
    <message>
        <source>Undo my last action</source>
        <translation>Undo my last action</translation>
    </message>
    <message>
        <source>Unblock author</source>
        <translation>Unblock author</translation>
    </message>
    <message>
        <source>The authors of the selected contributions will not be able to contribute, and their contributions waiting for review will be hidden.</source>
        <translation>The authors of the selected contributions will not be able to contribute, and their contributions waiting for review will be hidden.</translation>
    </message>
    <message>
        <source>The author will be able to contribute again. What the block hid stays hidden.</source>
        <translation>The author will be able to contribute again. What the block hid stays hidden.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <source>%1 acted on this contribution first: %2 (%3). Nothing was changed.</source>
        <translation>%1 acted on this contribution first: %2 (%3). Nothing was changed.</translation>
    </message>
    <message>
        <source>Show the contribution whole</source>
        <translation>Show the contribution whole</translation>
    </message>
    <message>
        <source>mixed-script words</source>
        <translation>mixed-script words</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in this tab: someone acted on it. The one now in its place is shown.</source>
        <translation>Contribution #%1 is no longer in this tab: someone acted on it. The one now in its place is shown.</translation>
    </message>
    <message>
        <source>The newest %1 matches in this tab are shown: more words narrow the search.</source>
        <translation>The newest %1 matches in this tab are shown: more words narrow the search.</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>Blocked words</translation>
    </message>
</context>
<context>
    <name>MunicipalityGrid</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation> (%1: %2)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Lighter tiles: less; darker: more (from %1 to %2). Hatched: no data.</source>
        <translation>Lighter tiles: less; darker: more (from %1 to %2). Hatched: no data.</translation>
    </message>
    <message>
        <source>No data for any municipality in the period.</source>
        <translation>No data for any municipality in the period.</translation>
    </message>
    <message>
        <source>Shown on the map:</source>
        <translation>Shown on the map:</translation>
    </message>
    <message>
        <source>The answer whose share the map shows</source>
        <translation>The answer whose share the map shows</translation>
    </message>
</context>
<context>
    <name>OpinionDashboard</name>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>The share of each answer with its 95% confidence interval (Wilson).</source>
        <translation>The share of each answer with its 95% confidence interval (Wilson).</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>Lower bound</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>Upper bound</translation>
    </message>
    <message>
        <source>Small sample: %1 answers (fewer than %2); the shares are uncertain.</source>
        <translation>Small sample: %1 answers (fewer than %2); the shares are uncertain.</translation>
    </message>
    <message>
        <source>Breakdown by %1</source>
        <translation>Breakdown by %1</translation>
    </message>
    <message>
        <source>The share of each answer within each group of respondents.</source>
        <translation>The share of each answer within each group of respondents.</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Weekly trend</translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation>Daily trend</translation>
    </message>
    <message>
        <source>The share of each answer per period, with its 95% confidence interval.</source>
        <translation>The share of each answer per period, with its 95% confidence interval.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Sample size</translation>
    </message>
    <message>
        <source>Participation per day</source>
        <translation>Participation per day</translation>
    </message>
    <message>
        <source>Responses to the poll per day.</source>
        <translation>Responses to the poll per day.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Comparison of two periods</source>
        <translation>Comparison of two periods</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4: changes with p below 0.05 (two-proportion z-test) are marked significant.</source>
        <translation>%1 to %2 against %3 to %4: changes with p below 0.05 (two-proportion z-test) are marked significant.</translation>
    </message>
    <message>
        <source>First period: answers</source>
        <translation>First period: answers</translation>
    </message>
    <message>
        <source>First period: share</source>
        <translation>First period: share</translation>
    </message>
    <message>
        <source>Second period: answers</source>
        <translation>Second period: answers</translation>
    </message>
    <message>
        <source>Second period: share</source>
        <translation>Second period: share</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Change (points)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-value</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The read replica does not answer: searches and dashboards read from the central database.</source>
        <translation>The read replica does not answer: searches and dashboards read from the central database.</translation>
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
    <message>
        <source>New poll</source>
        <translation>New poll</translation>
    </message>
    <message>
        <source>Open the poll</source>
        <translation>Open the poll</translation>
    </message>
    <message>
        <source>The poll is saved.</source>
        <translation>The poll is saved.</translation>
    </message>
    <message>
        <source>The poll is sent for review.</source>
        <translation>The poll is sent for review.</translation>
    </message>
    <message>
        <source>The poll is approved and scheduled.</source>
        <translation>The poll is approved and scheduled.</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translation>New from a template</translation>
    </message>
    <message>
        <source>The poll is open.</source>
        <translation>The poll is open.</translation>
    </message>
    <message>
        <source>The poll is closed.</source>
        <translation>The poll is closed.</translation>
    </message>
    <message>
        <source>The poll is archived.</source>
        <translation>The poll is archived.</translation>
    </message>
    <message>
        <source>A new version of the poll is saved as a draft.</source>
        <translation>A new version of the poll is saved as a draft.</translation>
    </message>
    <message>
        <source>A copy of the poll: save it to keep it.</source>
        <translation>A copy of the poll: save it to keep it.</translation>
    </message>
    <message numerus="yes">
        <source>%n text revision(s) recorded.</source>
        <translation>
            <numerusform>%n text revision recorded.</numerusform>
            <numerusform>%n text revisions recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved changes to this poll are back (Ctrl+Z takes them away).</source>
        <translation>Your unsaved changes to this poll are back (Ctrl+Z takes them away).</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <source>Title in Arabic</source>
        <translation>Title in Arabic</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question in Arabic</source>
        <translation>Question in Arabic</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>Question in English</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Other (please specify)</source>
        <translation>Other (please specify)</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>Random order</translation>
    </message>
    <message>
        <source>Fewest picks</source>
        <translation>Fewest picks</translation>
    </message>
    <message>
        <source>Most picks</source>
        <translation>Most picks</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Remove option</translation>
    </message>
    <message>
        <source>Preview in Arabic</source>
        <translation>Preview in Arabic</translation>
    </message>
    <message>
        <source>Preview in English</source>
        <translation>Preview in English</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>Back to the polls</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the poll</source>
        <translation>Save the poll</translation>
    </message>
    <message>
        <source>Move the question up</source>
        <translation>Move the question up</translation>
    </message>
    <message>
        <source>Move the question down</source>
        <translation>Move the question down</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <source>This poll is %1: only a draft is edited.</source>
        <translation>This poll is %1: only a draft is edited.</translation>
    </message>
    <message>
        <source>Move the option up</source>
        <translation>Move the option up</translation>
    </message>
    <message>
        <source>Move the option down</source>
        <translation>Move the option down</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Approve and schedule</source>
        <translation>Approve and schedule</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>Description in Arabic</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>Description in English</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Opens (Doha time)</source>
        <translation>Opens (Doha time)</translation>
    </message>
    <message>
        <source>Closes (Doha time)</source>
        <translation>Closes (Doha time)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Show only if</source>
        <translation>Show only if</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Close the poll</source>
        <translation>Close the poll</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Duplicate the poll</source>
        <translation>Duplicate the poll</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Verified QID holders</source>
        <translation>Verified QID holders</translation>
    </message>
    <message>
        <source>Record the text revisions</source>
        <translation>Record the text revisions</translation>
    </message>
    <message>
        <source>This poll is %1: only its texts change, each change recorded as a revision.</source>
        <translation>This poll is %1: only its texts change, each change recorded as a revision.</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Question %1: %2</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Results shown to the public</source>
        <translation>Results shown to the public</translation>
    </message>
    <message>
        <source>Live, while the poll is open</source>
        <translation>Live, while the poll is open</translation>
    </message>
    <message>
        <source>After the poll closes</source>
        <translation>After the poll closes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>More than a typo: keep the text as it was, or make a new version of the poll.</source>
        <translation>More than a typo: keep the text as it was, or make a new version of the poll.</translation>
    </message>
</context>
<context>
    <name>PollResultsView</name>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>Qatari</source>
        <translation>Qatari</translation>
    </message>
    <message>
        <source>non-Qatari</source>
        <translation>non-Qatari</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>aged %1</translation>
    </message>
    <message>
        <source>Results: %1 responses</source>
        <translation>Results: %1 responses</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>No responses yet.</translation>
    </message>
    <message>
        <source>Fewer than 30 responses, read their shares with care: %1</source>
        <translation>Fewer than 30 responses, read their shares with care: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Shares of all responses; a respondent may pick several options.</source>
        <translation>Shares of all responses; a respondent may pick several options.</translation>
    </message>
    <message>
        <source>How often each option was ranked first.</source>
        <translation>How often each option was ranked first.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>95% confidence interval</translation>
    </message>
    <message>
        <source>Responses per day</source>
        <translation>Responses per day</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>By age band</translation>
    </message>
    <message>
        <source>By nationality group</source>
        <translation>By nationality group</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>fewer than 30 responses</source>
        <translation>fewer than 30 responses</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Within each segment (n responses): the share of each answer, its count and its 95% confidence interval.</source>
        <translation>Within each segment (n responses): the share of each answer, its count and its 95% confidence interval.</translation>
    </message>
    <message>
        <source>%1 of %2 answers; 95% confidence interval: %3</source>
        <translation>%1 of %2 answers; 95% confidence interval: %3</translation>
    </message>
    <message>
        <source>Within each segment (n responses): the share of each answer; its count and 95% confidence interval in the tooltip.</source>
        <translation>Within each segment (n responses): the share of each answer; its count and 95% confidence interval in the tooltip.</translation>
    </message>
    <message>
        <source>Counts and intervals per segment</source>
        <translation>Counts and intervals per segment</translation>
    </message>
</context>
<context>
    <name>PollService</name>
    <message>
        <source>This is more than fixing a typo: make a new version of the poll for this change.</source>
        <translation>This is more than fixing a typo: make a new version of the poll for this change.</translation>
    </message>
</context>
<context>
    <name>PollValidator</name>
    <message>
        <source>The English text is missing.</source>
        <translation>The English text is missing.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of question has a fixed scale and no options of its own.</source>
        <translation>This kind of question has a fixed scale and no options of its own.</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>A choice question needs at least two options.</translation>
    </message>
    <message numerus="yes">
        <source>Too many options: at most %n.</source>
        <translation>
            <numerusform>Too many options: at most %n.</numerusform>
            <numerusform>Too many options: at most %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An option cannot be empty.</source>
        <translation>An option cannot be empty.</translation>
    </message>
    <message>
        <source>The same as option %1: two options may not be equal.</source>
        <translation>The same as option %1: two options may not be equal.</translation>
    </message>
    <message>
        <source>The fewest picks cannot be below zero.</source>
        <translation>The fewest picks cannot be below zero.</translation>
    </message>
    <message>
        <source>The most picks cannot be below zero.</source>
        <translation>The most picks cannot be below zero.</translation>
    </message>
    <message>
        <source>The fewest picks is more than the most picks.</source>
        <translation>The fewest picks is more than the most picks.</translation>
    </message>
    <message>
        <source>The most picks is more than the number of options.</source>
        <translation>The most picks is more than the number of options.</translation>
    </message>
    <message>
        <source>Only a multiple choice question has a number of picks.</source>
        <translation>Only a multiple choice question has a number of picks.</translation>
    </message>
    <message>
        <source>A ranking question cannot have "other (please specify)".</source>
        <translation>A ranking question cannot have "other (please specify)".</translation>
    </message>
    <message>
        <source>A condition can only refer to an earlier question.</source>
        <translation>A condition can only refer to an earlier question.</translation>
    </message>
    <message>
        <source>A condition can only refer to a question answered by choosing.</source>
        <translation>A condition can only refer to a question answered by choosing.</translation>
    </message>
    <message>
        <source>The condition refers to an answer the earlier question does not have.</source>
        <translation>The condition refers to an answer the earlier question does not have.</translation>
    </message>
    <message>
        <source>The Arabic title is required.</source>
        <translation>The Arabic title is required.</translation>
    </message>
    <message>
        <source>The English title is missing.</source>
        <translation>The English title is missing.</translation>
    </message>
    <message>
        <source>Unknown municipality: %1.</source>
        <translation>Unknown municipality: %1.</translation>
    </message>
    <message>
        <source>Unknown age band: %1.</source>
        <translation>Unknown age band: %1.</translation>
    </message>
    <message>
        <source>A poll is scheduled with both an opening and a closing time.</source>
        <translation>A poll is scheduled with both an opening and a closing time.</translation>
    </message>
    <message>
        <source>The opening time is in the past.</source>
        <translation>The opening time is in the past.</translation>
    </message>
    <message>
        <source>The poll must close after it opens.</source>
        <translation>The poll must close after it opens.</translation>
    </message>
    <message>
        <source>A poll needs at least one question.</source>
        <translation>A poll needs at least one question.</translation>
    </message>
    <message numerus="yes">
        <source>Too many questions: at most %n.</source>
        <translation>
            <numerusform>Too many questions: at most %n.</numerusform>
            <numerusform>Too many questions: at most %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Arabic text of the question is required.</source>
        <translation>The Arabic text of the question is required.</translation>
    </message>
    <message>
        <source>Results shown while the poll is open can sway the answers still to come.</source>
        <translation>Results shown while the poll is open can sway the answers still to come.</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <source>Doha</source>
        <translation>Doha</translation>
    </message>
    <message>
        <source>Al Rayyan</source>
        <translation>Al Rayyan</translation>
    </message>
    <message>
        <source>Al Wakrah</source>
        <translation>Al Wakrah</translation>
    </message>
    <message>
        <source>Umm Salal</source>
        <translation>Umm Salal</translation>
    </message>
    <message>
        <source>Al Khor and Al Thakhira</source>
        <translation>Al Khor and Al Thakhira</translation>
    </message>
    <message>
        <source>Al Shamal</source>
        <translation>Al Shamal</translation>
    </message>
    <message>
        <source>Al Daayen</source>
        <translation>Al Daayen</translation>
    </message>
    <message>
        <source>Al Sheehaniya</source>
        <translation>Al Sheehaniya</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>%1 AH</source>
        <translation>%1 AH</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign transactions</source>
        <translation>Reassign transactions</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Change priority</translation>
    </message>
    <message>
        <source>Escalate transactions</source>
        <translation>Escalate transactions</translation>
    </message>
    <message>
        <source>Selected transactions: %1</source>
        <translation>Selected transactions: %1</translation>
    </message>
    <message>
        <source>Take over myself</source>
        <translation>Take over myself</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Assign to:</translation>
    </message>
    <message>
        <source>No other clerk works on all the selected services.</source>
        <translation>No other clerk works on all the selected services.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>The transactions go to your own supervisor, or to the managers of their service if you have none.</source>
        <translation>The transactions go to your own supervisor, or to the managers of their service if you have none.</translation>
    </message>
    <message>
        <source>Why? The reason is kept in each transaction's history.</source>
        <translation>Why? The reason is kept in each transaction's history.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>A reason is required before you can continue.</source>
        <translation>A reason is required before you can continue.</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <comment>unassign: nobody holds it</comment>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n transaction(s)</source>
        <translation>
            <numerusform>holds %n transaction</numerusform>
            <numerusform>holds %n transactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Redact personal data</source>
        <translation>Redact personal data</translation>
    </message>
    <message>
        <source>Select the personal data in the text. Only the audit trail will keep the original.</source>
        <translation>Select the personal data in the text. Only the audit trail will keep the original.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n contributions</source>
        <translation>
            <numerusform>Reject %n contribution</numerusform>
            <numerusform>Reject %n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Words for the author</source>
        <translation>Words for the author</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>a contribution</comment>
        <translation>Reject</translation>
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
    <name>SavedViews</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Give the view a name.</translation>
    </message>
    <message>
        <source>The name is too long: at most 80 characters.</source>
        <translation>The name is too long: at most 80 characters.</translation>
    </message>
</context>
<context>
    <name>ServicesDashboard</name>
    <message>
        <source>Transactions by service</source>
        <translation>Transactions by service</translation>
    </message>
    <message>
        <source>Transactions submitted in the period, per service, most first.</source>
        <translation>Transactions submitted in the period, per service, most first.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Transactions by municipality</source>
        <translation>Transactions by municipality</translation>
    </message>
    <message>
        <source>Transactions submitted in the period, by the applicant's municipality.</source>
        <translation>Transactions submitted in the period, by the applicant's municipality.</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Backlog by age</translation>
    </message>
    <message>
        <source>Open transactions today, by the days since they were submitted.</source>
        <translation>Open transactions today, by the days since they were submitted.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Open transactions</source>
        <translation>Open transactions</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA compliance</translation>
    </message>
    <message>
        <source>Decisions in the period on time and late; open transactions today on track, late, and paused while the applicant is asked for documents.</source>
        <translation>Decisions in the period on time and late; open transactions today on track, late, and paused while the applicant is asked for documents.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation>Decided on time</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Decided late</translation>
    </message>
    <message>
        <source>Open, on track</source>
        <translation>Open, on track</translation>
    </message>
    <message>
        <source>Open, late</source>
        <translation>Open, late</translation>
    </message>
    <message>
        <source>Paused (awaiting the applicant)</source>
        <translation>Paused (awaiting the applicant)</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Time to decision</translation>
    </message>
    <message>
        <source>Hours from submission to decision, for the decisions of the period: median and 90th percentile, to the whole hour.</source>
        <translation>Hours from submission to decision, for the decisions of the period: median and 90th percentile, to the whole hour.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Median (hours)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>90th percentile (hours)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Nobody (unassigned)</translation>
    </message>
    <message>
        <source>Throughput per clerk</source>
        <translation>Throughput per clerk</translation>
    </message>
    <message>
        <source>Decisions in the period per clerk, and how many were on time (managers only).</source>
        <translation>Decisions in the period per clerk, and how many were on time (managers only).</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Share on time</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>A read replica needs PostgreSQL, for the central database and for the replica.</source>
        <translation>A read replica needs PostgreSQL, for the central database and for the replica.</translation>
    </message>
    <message>
        <source>The read replica's address leads to a server that accepts writes, not to a standby.</source>
        <translation>The read replica's address leads to a server that accepts writes, not to a standby.</translation>
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
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Show the database address</source>
        <translation>Show the database address</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/diwan?sslmode=verify-full</source>
        <translation>postgresql://user@host:5432/diwan?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Demo database (on this computer)</source>
        <translation>Demo database (on this computer)</translation>
    </message>
    <message>
        <source>Database on this computer (%1)</source>
        <translation>Database on this computer (%1)</translation>
    </message>
    <message>
        <source>Ministry database "%1" (this computer)</source>
        <translation>Ministry database "%1" (this computer)</translation>
    </message>
    <message>
        <source>Ministry database "%1" on %2</source>
        <translation>Ministry database "%1" on %2</translation>
    </message>
</context>
<context>
    <name>SimilarList</name>
    <message>
        <source>Similar contributions</source>
        <translation>Similar contributions</translation>
    </message>
    <message>
        <source>Flagged as a near-duplicate of contribution %1 (%2 alike).</source>
        <translation>Flagged as a near-duplicate of contribution %1 (%2 alike).</translation>
    </message>
    <message>
        <source>No contribution of the same topic or author is like this one.</source>
        <translation>No contribution of the same topic or author is like this one.</translation>
    </message>
    <message>
        <source>same topic</source>
        <translation>same topic</translation>
    </message>
    <message>
        <source>same author</source>
        <translation>same author</translation>
    </message>
    <message>
        <source>%1 alike: contribution %2 (%3; %4, %5): %6</source>
        <translation>%1 alike: contribution %2 (%3; %4, %5): %6</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Only a supervisor may do this: an active member of staff with the manager role. Nothing was changed.</source>
        <translation>Only a supervisor may do this: an active member of staff with the manager role. Nothing was changed.</translation>
    </message>
    <message>
        <source>The transaction no longer exists.</source>
        <translation>The transaction no longer exists.</translation>
    </message>
    <message>
        <source>You do not supervise the service of transaction %1. Nothing was changed.</source>
        <translation>You do not supervise the service of transaction %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>Transaction %1 was changed since it was listed. Nothing was changed; reload and try again.</source>
        <translation>Transaction %1 was changed since it was listed. Nothing was changed; reload and try again.</translation>
    </message>
    <message>
        <source>Transaction %1 was changed by %2 since it was listed. Nothing was changed; reload and try again.</source>
        <translation>Transaction %1 was changed by %2 since it was listed. Nothing was changed; reload and try again.</translation>
    </message>
    <message>
        <source>Transaction %1 is already closed.</source>
        <translation>Transaction %1 is already closed.</translation>
    </message>
    <message>
        <source>The chosen colleague is not an active clerk of this service. Choose someone else.</source>
        <translation>The chosen colleague is not an active clerk of this service. Choose someone else.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the transaction's history. Nothing was changed.</source>
        <translation>Give a reason: it is kept in the transaction's history. Nothing was changed.</translation>
    </message>
    <message>
        <source>Choose a priority from 1 (most urgent) to 4.</source>
        <translation>Choose a priority from 1 (most urgent) to 4.</translation>
    </message>
    <message>
        <source>Transaction %1 is waiting for the applicant and cannot be escalated now.</source>
        <translation>Transaction %1 is waiting for the applicant and cannot be escalated now.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>The file could not be created: %1</translation>
    </message>
    <message>
        <source>Writing the workbook...</source>
        <translation>Writing the workbook...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>Title (Arabic)</source>
        <translation>Title (Arabic)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Text (Arabic)</source>
        <translation>Text (Arabic)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Text (English)</translation>
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
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Hidden after this many reports</source>
        <translation>Hidden after this many reports</translation>
    </message>
    <message>
        <source>Pinned at the top of the list on the website</source>
        <translation>Pinned at the top of the list on the website</translation>
    </message>
    <message>
        <source>Before publication: every contribution waits for review</source>
        <translation>Before publication: every contribution waits for review</translation>
    </message>
    <message>
        <source>After publication: published at once unless a flag fired</source>
        <translation>After publication: published at once unless a flag fired</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Topic %1 - %2</source>
        <translation>Topic %1 - %2</translation>
    </message>
    <message>
        <source>New topic (draft)</source>
        <translation>New topic (draft)</translation>
    </message>
    <message>
        <source>Contributions: %1 pending review, %2 published, %3 hidden; %4 open reports</source>
        <translation>Contributions: %1 pending review, %2 published, %3 hidden; %4 open reports</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Send back to draft</translation>
    </message>
    <message>
        <source>Close the topic</source>
        <translation>Close the topic</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Sent back to draft: %1</source>
        <translation>Sent back to draft: %1</translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message>
        <source>Four eyes: a topic is approved by another editor than its author.</source>
        <translation>Four eyes: a topic is approved by another editor than its author.</translation>
    </message>
    <message>
        <source>Someone else changed this topic since you opened it. Open it again to see their changes; what you typed is still in the form.</source>
        <translation>Someone else changed this topic since you opened it. Open it again to see their changes; what you typed is still in the form.</translation>
    </message>
    <message>
        <source>Only its author changes a draft.</source>
        <translation>Only its author changes a draft.</translation>
    </message>
    <message>
        <source>Only its author sends a draft for review.</source>
        <translation>Only its author sends a draft for review.</translation>
    </message>
    <message>
        <source>The title, the text and the opening time of an approved topic are not changed.</source>
        <translation>The title, the text and the opening time of an approved topic are not changed.</translation>
    </message>
    <message>
        <source>Give the topic an opening time and a closing time ahead before approving it.</source>
        <translation>Give the topic an opening time and a closing time ahead before approving it.</translation>
    </message>
    <message>
        <source>Only editors write topics.</source>
        <translation>Only editors write topics.</translation>
    </message>
    <message>
        <source>The topic is no longer in a state that allows this; refresh the list.</source>
        <translation>The topic is no longer in a state that allows this; refresh the list.</translation>
    </message>
    <message>
        <source>A scheduled topic opens in the future.</source>
        <translation>A scheduled topic opens in the future.</translation>
    </message>
    <message>
        <source>Write the title in Arabic.</source>
        <translation>Write the title in Arabic.</translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation>The title has at most %1 characters.</translation>
    </message>
    <message>
        <source>Write the text of the topic in Arabic.</source>
        <translation>Write the text of the topic in Arabic.</translation>
    </message>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>The text has at most %1 characters.</translation>
    </message>
    <message>
        <source>The topic closes after it opens.</source>
        <translation>The topic closes after it opens.</translation>
    </message>
    <message>
        <source>Between 1 and %1 reports.</source>
        <translation>Between 1 and %1 reports.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
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
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Issues for discussion: written by an editor, approved by another, open to the public for their window.</source>
        <translation>Issues for discussion: written by an editor, approved by another, open to the public for their window.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>New topic</translation>
    </message>
    <message>
        <source>Open the topic</source>
        <translation>Open the topic</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>The topic is saved.</translation>
    </message>
    <message>
        <source>The topic is sent for review.</source>
        <translation>The topic is sent for review.</translation>
    </message>
    <message>
        <source>The topic is approved.</source>
        <translation>The topic is approved.</translation>
    </message>
    <message>
        <source>The topic is back to draft.</source>
        <translation>The topic is back to draft.</translation>
    </message>
    <message>
        <source>The topic is closed.</source>
        <translation>The topic is closed.</translation>
    </message>
    <message>
        <source>The topic is archived.</source>
        <translation>The topic is archived.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>Send back to draft</translation>
    </message>
    <message>
        <source>The author will see why the topic went back to draft.</source>
        <translation>The author will see why the topic went back to draft.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
</context>
<context>
    <name>TransactionForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <source>Claim this transaction</source>
        <translation>Claim this transaction</translation>
    </message>
    <message>
        <source>Return to the queue</source>
        <translation>Return to the queue</translation>
    </message>
    <message>
        <source>Previous transaction</source>
        <translation>Previous transaction</translation>
    </message>
    <message>
        <source>Next transaction</source>
        <translation>Next transaction</translation>
    </message>
    <message>
        <source>Switch between internal note and message to applicant</source>
        <translation>Switch between internal note and message to applicant</translation>
    </message>
    <message>
        <source>Add the note or send the message</source>
        <translation>Add the note or send the message</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>Insert a canned response</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Message to applicant</source>
        <translation>Message to applicant</translation>
    </message>
    <message>
        <source>Transaction %1 is back in the queue.</source>
        <translation>Transaction %1 is back in the queue.</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Canned response…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · priority %2</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>Decided %1</translation>
    </message>
    <message>
        <source>Time limit paused since %1 (waiting for the applicant)</source>
        <translation>Time limit paused since %1 (waiting for the applicant)</translation>
    </message>
    <message>
        <source>%1 (was due %2)</source>
        <translation>%1 (was due %2)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>Due %1 (%2)</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Held by you until %1</source>
        <translation>Held by you until %1</translation>
    </message>
    <message>
        <source>Decided by you</source>
        <translation>Decided by you</translation>
    </message>
    <message>
        <source>%1's claim expired at %2: anyone may claim it</source>
        <translation>%1's claim expired at %2: anyone may claim it</translation>
    </message>
    <message>
        <source>Held by %1 until %2</source>
        <translation>Held by %1 until %2</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>Handled by %1</translation>
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
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>Writes in</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Reason of the rejection</source>
        <translation>Reason of the rejection</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Applicant (portal)</source>
        <translation>Applicant (portal)</translation>
    </message>
    <message>
        <source>(the applicant was told)</source>
        <translation>(the applicant was told)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>Claim the transaction to write notes or messages.</source>
        <translation>Claim the transaction to write notes or messages.</translation>
    </message>
    <message>
        <source>Message to the applicant, sent by SMS and e-mail (Ctrl+M: internal note instead)</source>
        <translation>Message to the applicant, sent by SMS and e-mail (Ctrl+M: internal note instead)</translation>
    </message>
    <message>
        <source>Internal note, seen by staff only (Ctrl+M: message to the applicant instead)</source>
        <translation>Internal note, seen by staff only (Ctrl+M: message to the applicant instead)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Transaction %1 is now yours until %2.</source>
        <translation>Transaction %1 is now yours until %2.</translation>
    </message>
    <message>
        <source>You no longer hold this transaction: %1. What you typed is kept.</source>
        <translation>You no longer hold this transaction: %1. What you typed is kept.</translation>
    </message>
    <message>
        <source>Message sent to the applicant of %1.</source>
        <translation>Message sent to the applicant of %1.</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>Note added to %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this transaction at %2 and it is now "%3". Your decision and text are kept; reload to see the change, then decide again.</source>
        <translation>Not saved: %1 changed this transaction at %2 and it is now "%3". Your decision and text are kept; reload to see the change, then decide again.</translation>
    </message>
    <message>
        <source>Transaction %1: %2.</source>
        <translation>Transaction %1: %2.</translation>
    </message>
    <message>
        <source>Required but not attached: %1</source>
        <translation>Required but not attached: %1</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Decision letter…</source>
        <translation>Decision letter…</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>The text you had not sent for %1 is back in the box.</source>
        <translation>The text you had not sent for %1 is back in the box.</translation>
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
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>TransactionService</name>
    <message>
        <source>You no longer hold this transaction: its claim expired or a supervisor reassigned it. Nothing was saved.</source>
        <translation>You no longer hold this transaction: its claim expired or a supervisor reassigned it. Nothing was saved.</translation>
    </message>
    <message>
        <source>This transaction cannot be claimed: someone else holds it, it is no longer open, or it is not one of your services.</source>
        <translation>This transaction cannot be claimed: someone else holds it, it is no longer open, or it is not one of your services.</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Write the text first.</translation>
    </message>
    <message>
        <source>The applicant gave no mobile number or e-mail address: the message cannot be sent. Nothing was saved.</source>
        <translation>The applicant gave no mobile number or e-mail address: the message cannot be sent. Nothing was saved.</translation>
    </message>
    <message>
        <source>Tick the documents the applicant has to provide.</source>
        <translation>Tick the documents the applicant has to provide.</translation>
    </message>
    <message>
        <source>A rejection needs a reason and its text for the applicant.</source>
        <translation>A rejection needs a reason and its text for the applicant.</translation>
    </message>
</context>
<context>
    <name>TransactionState</name>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
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
        <source>Awaiting documents</source>
        <translation>Awaiting documents</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
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
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>Take next</translation>
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
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view (e.g. "My overdue visas"):</source>
        <translation>Name of the view (e.g. "My overdue visas"):</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Delete the view "%1"?</source>
        <translation>Delete the view "%1"?</translation>
    </message>
    <message>
        <source>Open the selected transaction</source>
        <translation>Open the selected transaction</translation>
    </message>
    <message>
        <source>Take next (%1)</source>
        <translation>Take next (%1)</translation>
    </message>
    <message>
        <source>Claim the most urgent unclaimed transaction of your services</source>
        <translation>Claim the most urgent unclaimed transaction of your services</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>Submitted from</translation>
    </message>
    <message>
        <source>Submitted until (inclusive)</source>
        <translation>Submitted until (inclusive)</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Everyone's</translation>
    </message>
    <message>
        <source>All open states</source>
        <translation>All open states</translation>
    </message>
    <message>
        <source>Any time limit</source>
        <translation>Any time limit</translation>
    </message>
    <message>
        <source>Due within 8 hours</source>
        <translation>Due within 8 hours</translation>
    </message>
    <message>
        <source>Submitted any time</source>
        <translation>Submitted any time</translation>
    </message>
    <message>
        <source>Submitted today</source>
        <translation>Submitted today</translation>
    </message>
    <message>
        <source>Submitted in the last 7 days</source>
        <translation>Submitted in the last 7 days</translation>
    </message>
    <message>
        <source>Submitted in the last 30 days</source>
        <translation>Submitted in the last 30 days</translation>
    </message>
    <message>
        <source>Submitted between…</source>
        <translation>Submitted between…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>View "%1" saved.</source>
        <translation>View "%1" saved.</translation>
    </message>
    <message>
        <source>This transaction was not opened from the queue: there is no next one.</source>
        <translation>This transaction was not opened from the queue: there is no next one.</translation>
    </message>
    <message>
        <source>This was the last transaction of the queue.</source>
        <translation>This was the last transaction of the queue.</translation>
    </message>
    <message>
        <source>This was the first transaction of the queue.</source>
        <translation>This was the first transaction of the queue.</translation>
    </message>
    <message>
        <source>The queue is still loading; try again in a moment.</source>
        <translation>The queue is still loading; try again in a moment.</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <source>Reassign, take over, change the priority of or escalate the selected transactions (Shift or Ctrl to select many)</source>
        <translation>Reassign, take over, change the priority of or escalate the selected transactions (Shift or Ctrl to select many)</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <source>Change priority…</source>
        <translation>Change priority…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Select the transactions first (Shift or Ctrl with the arrows or the mouse), or open one.</source>
        <translation>Select the transactions first (Shift or Ctrl with the arrows or the mouse), or open one.</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>Most urgent first</translation>
    </message>
    <message>
        <source>Latest due first</source>
        <translation>Latest due first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Open transactions per service</source>
        <translation>Open transactions per service</translation>
    </message>
    <message>
        <source>Show or hide the counters; click a number to see those transactions</source>
        <translation>Show or hide the counters; click a number to see those transactions</translation>
    </message>
    <message numerus="yes">
        <source>In this view: %n transaction(s)</source>
        <translation>
            <numerusform>In this view: %n transaction</numerusform>
            <numerusform>In this view: %n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclaimed</source>
        <translation>
            <numerusform>%n unclaimed</numerusform>
            <numerusform>%n unclaimed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclaimed in your services</source>
        <translation>
            <numerusform>%n unclaimed in your services</numerusform>
            <numerusform>%n unclaimed in your services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held by you</source>
        <translation>
            <numerusform>%n held by you</numerusform>
            <numerusform>%n held by you</numerusform>
        </translation>
    </message>
</context>
</TS>
