<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodiesView</name>
    <message>
        <source>Council bodies</source>
        <translation>Council bodies</translation>
    </message>
    <message>
        <source>New council body</source>
        <translation>New council body</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Quorum rule</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Fixed quorum (members)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Majority rule</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majority</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the council body</source>
        <translation>Save the council body</translation>
    </message>
    <message>
        <source>the term of %1</source>
        <translation>the term of %1</translation>
    </message>
    <message>
        <source>a membership term</source>
        <translation>a membership term</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Council bodies</source>
        <translation>Council bodies</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
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
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>CopyChooser</name>
    <message>
        <source>Check a copy of a protocol</source>
        <translation>Check a copy of a protocol</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>Council database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Council database (*.db)</source>
        <translation>Council database (*.db)</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>Something went wrong and the action was not completed. Your saved work is safe.
Details were written to: %1</source>
        <translation>Something went wrong and the action was not completed. Your saved work is safe.
Details were written to: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Responsible person or organisation…</source>
        <translation>Responsible person or organisation…</translation>
    </message>
    <message>
        <source>Council body</source>
        <translation>Council body</translation>
    </message>
    <message>
        <source>All council bodies</source>
        <translation>All council bodies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Summary of assignments</source>
        <translation>Summary of assignments</translation>
    </message>
    <message>
        <source>Follow-up of the selected assignment</source>
        <translation>Follow-up of the selected assignment</translation>
    </message>
    <message>
        <source>Checked at meeting</source>
        <translation>Checked at meeting</translation>
    </message>
    <message>
        <source>(not at a meeting)</source>
        <translation>(not at a meeting)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Report on execution</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Mark the selected assignment done</source>
        <translation>Mark the selected assignment done</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Open the selected assignment again</source>
        <translation>Open the selected assignment again</translation>
    </message>
    <message>
        <source>Cancel assignment</source>
        <translation>Cancel assignment</translation>
    </message>
    <message>
        <source>Cancel the selected assignment</source>
        <translation>Cancel the selected assignment</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment first</source>
        <translation>Select an assignment first</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Save the changes to {what}?</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Save the changes?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Council Desktop</source>
        <translation>Council Desktop</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <comment>inside a label</comment>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>inside a label</comment>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a label</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Kazakh and Russian</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Council bodies and membership</source>
        <translation>Council bodies and membership</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Resolutions and assignments</source>
        <translation>Resolutions and assignments</translation>
    </message>
    <message>
        <source>Council Desktop — {0}</source>
        <translation>Council Desktop — {0}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Print protocol…</source>
        <translation>&amp;Print protocol…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Check a protocol copy…</source>
        <translation>&amp;Check a protocol copy…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Council Desktop</source>
        <translation>&amp;About Council Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Open a meeting first</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Choose a meeting in the list (double-click or Enter), or create a new one with Ctrl+N.</source>
        <translation>Choose a meeting in the list (double-click or Enter), or create a new one with Ctrl+N.</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>this meeting</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Membership terms</source>
        <translation>Membership terms</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Member from</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Member until</translation>
    </message>
    <message>
        <source>Basis (decision, order)</source>
        <translation>Basis (decision, order)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>End term</translation>
    </message>
    <message>
        <source>End the selected term on this date</source>
        <translation>End the selected term on this date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
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
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Selected term ends on</source>
        <translation>Selected term ends on</translation>
    </message>
    <message>
        <source>Choose a person from the list</source>
        <translation>Choose a person from the list</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Add member %1</translation>
    </message>
    <message>
        <source>Select a term first</source>
        <translation>Select a term first</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>End the term of %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>Merge two people</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s attendance, memberships, speeches and assignments move to it, then it is deleted.</source>
        <translation>Keep which record? The other one&apos;s attendance, memberships, speeches and assignments move to it, then it is deleted.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Save the organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>A name in at least one language is required</source>
        <translation>A name in at least one language is required</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations…</source>
        <translation>Search organisations…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search people by name or e-mail…</source>
        <translation>Search people by name or e-mail…</translation>
    </message>
    <message>
        <source>Number of people found</source>
        <translation>Number of people found</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Merge two selected people</source>
        <translation>Merge two selected people</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Delete the selected person</translation>
    </message>
    <message numerus="yes">
        <source>more than %n people</source>
        <translation>
            <numerusform>more than %n person</numerusform>
            <numerusform>more than %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two people to merge.</source>
        <translation>Select exactly two people to merge.</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Delete this person?</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Mixed alphabets warning</source>
        <translation>Mixed alphabets warning</translation>
    </message>
    <message>
        <source>Fix letters</source>
        <translation>Fix letters</translation>
    </message>
    <message>
        <source>Rewrite each mixed word in one alphabet</source>
        <translation>Rewrite each mixed word in one alphabet</translation>
    </message>
    <message>
        <source>Probable duplicate warning</source>
        <translation>Probable duplicate warning</translation>
    </message>
    <message>
        <source>Merge into it…</source>
        <translation>Merge into it…</translation>
    </message>
    <message>
        <source>Merge into the existing record</source>
        <translation>Merge into the existing record</translation>
    </message>
    <message>
        <source>Work and contacts</source>
        <translation>Work and contacts</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Degree</translation>
    </message>
    <message>
        <source>Degree, title and position</source>
        <translation>Degree, title and position</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Documents in Kazakh or English print the Russian text where these are left empty</source>
        <translation>Documents in Kazakh or English print the Russian text where these are left empty</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Save the person</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Revert unsaved changes</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>«{0}» is not an e-mail address</source>
        <translation>«{0}» is not an e-mail address</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters are mixed in: {0}. Such a name sorts and searches wrongly.</source>
        <translation>Latin and Cyrillic letters are mixed in: {0}. Such a name sorts and searches wrongly.</translation>
    </message>
    <message>
        <source>Probably already in the registry: {0}</source>
        <translation>Probably already in the registry: {0}</translation>
    </message>
    <message>
        <source>The surname is required</source>
        <translation>The surname is required</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Title in Kazakh</source>
        <translation>Title in Kazakh</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Title in Russian</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <source>Field of research</source>
        <translation>Field of research</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Save the project</translation>
    </message>
    <message>
        <source>A title in at least one language is required</source>
        <translation>A title in at least one language is required</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search projects…</source>
        <translation>Search projects…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Name in Kazakh</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Short name in Kazakh</source>
        <translation>Short name in Kazakh</translation>
    </message>
    <message>
        <source>Short name in Russian</source>
        <translation>Short name in Russian</translation>
    </message>
    <message>
        <source>Short name in English</source>
        <translation>Short name in English</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Time zone of meetings</source>
        <translation>Time zone of meetings</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>Letterhead in Kazakh</source>
        <translation>Letterhead in Kazakh</translation>
    </message>
    <message>
        <source>Letterhead in Russian</source>
        <translation>Letterhead in Russian</translation>
    </message>
    <message>
        <source>Letterhead in English</source>
        <translation>Letterhead in English</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Choose the logo image</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <source>Default chair</source>
        <translation>Default chair</translation>
    </message>
    <message>
        <source>Default secretary</source>
        <translation>Default secretary</translation>
    </message>
    <message>
        <source>Default quorum rule</source>
        <translation>Default quorum rule</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Default document language</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Window language</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Back up the database when the program closes</source>
        <translation>Back up the database when the program closes</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Backup result</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>StagedEditor</name>
    <message>
        <source>Not undone: %1 was changed by someone else after this step, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Not undone: %1 was changed by someone else after this step, and their change is kept. Change it by hand if it should be different.</translation>
    </message>
    <message>
        <source>Not redone: %1 was changed by someone else after this step was undone, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Not redone: %1 was changed by someone else after this step was undone, and their change is kept. Change it by hand if it should be different.</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Restore unsaved edits</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Restore the unsaved edits</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation>Discard the unsaved edits</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>Unsaved edits found</translation>
    </message>
    <message>
        <source>What you typed, to copy</source>
        <translation>What you typed, to copy</translation>
    </message>
    <message>
        <source>Edits that could not be saved were kept when the program stopped (%1). Restore them?</source>
        <translation>Edits that could not be saved were kept when the program stopped (%1). Restore them?</translation>
    </message>
    <message>
        <source>%1 no longer exists (a backup was restored, or it was removed elsewhere), so what you typed in it could not be saved. It is kept here to copy where it belongs; Discard forgets it.</source>
        <translation>%1 no longer exists (a backup was restored, or it was removed elsewhere), so what you typed in it could not be saved. It is kept here to copy where it belongs; Discard forgets it.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile, so your edits were not saved over their change; they are kept here. Restore them to put them over it, or discard them.</source>
        <translation>Someone else changed this meanwhile, so your edits were not saved over their change; they are kept here. Restore them to put them over it, or discard them.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>protocol drafted</source>
        <translation>protocol drafted</translation>
    </message>
    <message>
        <source>protocol signed</source>
        <translation>protocol signed</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>extraordinary</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>joint</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>deputy chair</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>more than half of the members</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>two thirds of the members</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>a fixed number of members</translation>
    </message>
    <message>
        <source>simple majority of those present</source>
        <translation>simple majority of those present</translation>
    </message>
    <message>
        <source>majority of all members</source>
        <translation>majority of all members</translation>
    </message>
    <message>
        <source>two thirds of those present</source>
        <translation>two thirds of those present</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>ministry</translation>
    </message>
    <message>
        <source>research centre</source>
        <translation>research centre</translation>
    </message>
    <message>
        <source>university</source>
        <translation>university</translation>
    </message>
    <message>
        <source>academy</source>
        <translation>academy</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>holding</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>hospital</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
</context>
</TS>
