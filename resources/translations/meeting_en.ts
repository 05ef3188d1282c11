<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Agenda items (Alt+Up / Alt+Down to move)</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Add an agenda item (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Remove the agenda item (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Move the item up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Move the item down (Alt+Down)</translation>
    </message>
    <message>
        <source>Add presentation…</source>
        <translation>Add presentation…</translation>
    </message>
    <message>
        <source>Add a project presentation</source>
        <translation>Add a project presentation</translation>
    </message>
    <message>
        <source>Remove presentation</source>
        <translation>Remove presentation</translation>
    </message>
    <message>
        <source>Remove the selected presentation</source>
        <translation>Remove the selected presentation</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Attach files to the selected presentation</source>
        <translation>Attach files to the selected presentation</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <source>Remove the files of the selected presentation</source>
        <translation>Remove the files of the selected presentation</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Remove the agenda item</translation>
    </message>
    <message>
        <source>&amp;Title (%1)</source>
        <translation>&amp;Title (%1)</translation>
    </message>
    <message>
        <source>Planned mi&amp;nutes</source>
        <translation>Planned mi&amp;nutes</translation>
    </message>
    <message>
        <source>&amp;Rapporteurs</source>
        <translation>&amp;Rapporteurs</translation>
    </message>
    <message>
        <source>&amp;Co-rapporteurs</source>
        <translation>&amp;Co-rapporteurs</translation>
    </message>
    <message>
        <source>Internal n&amp;otes</source>
        <translation>Internal n&amp;otes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation>Co-rapporteurs</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>For the chair&apos;s script; not printed in the protocol</source>
        <translation>For the chair&apos;s script; not printed in the protocol</translation>
    </message>
    <message>
        <source>Project presentations</source>
        <translation>Project presentations</translation>
    </message>
    <message>
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Drop files from the file manager onto a presentation to attach them.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Title (%1)</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>Remove item %1 “%2” with its minutes?</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Remove an agenda item</translation>
    </message>
    <message>
        <source>Move item %1 to %2</source>
        <translation>Move item %1 to %2</translation>
    </message>
    <message>
        <source>Add a presentation</source>
        <translation>Add a presentation</translation>
    </message>
    <message>
        <source>Remove the presentation “%1” and its files?</source>
        <translation>Remove the presentation “%1” and its files?</translation>
    </message>
    <message>
        <source>Remove a presentation</source>
        <translation>Remove a presentation</translation>
    </message>
    <message>
        <source>Select a presentation to attach the files to.</source>
        <translation>Select a presentation to attach the files to.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Attach %1</translation>
    </message>
    <message>
        <source>Remove the files of “%1”: %2?</source>
        <translation>Remove the files of “%1”: %2?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Mark the selected as %1</source>
        <translation>Mark the selected as %1</translation>
    </message>
    <message>
        <source>%1 (key %2 on the list)</source>
        <translation>%1 (key %2 on the list)</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>Everyone &amp;present</translation>
    </message>
    <message>
        <source>Mark everyone on the list as present</source>
        <translation>Mark everyone on the list as present</translation>
    </message>
    <message>
        <source>Add an invited guest</source>
        <translation>Add an invited guest</translation>
    </message>
    <message>
        <source>S&amp;ubstitute…</source>
        <translation>S&amp;ubstitute…</translation>
    </message>
    <message>
        <source>Add a substitute for the selected member</source>
        <translation>Add a substitute for the selected member</translation>
    </message>
    <message>
        <source>Invite &amp;guest…</source>
        <translation>Invite &amp;guest…</translation>
    </message>
    <message>
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Add an invited guest (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&amp;Remove guest</source>
        <translation>&amp;Remove guest</translation>
    </message>
    <message>
        <source>Double-click a status to change it, or select people in the list and press 1 present, 2 remote, 3 absent, 4 excused; Ctrl+Shift+P marks everyone present.</source>
        <translation>Double-click a status to change it, or select people in the list and press 1 present, 2 remote, 3 absent, 4 excused; Ctrl+Shift+P marks everyone present.</translation>
    </message>
    <message>
        <source>Remove the selected guest or substitute</source>
        <translation>Remove the selected guest or substitute</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: %2 of %3 members present — </translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>quorum reached</translation>
    </message>
    <message>
        <source>no quorum (%1 needed)</source>
        <translation>no quorum (%1 needed)</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Invite a guest</translation>
    </message>
    <message>
        <source>Select the member who is being replaced first.</source>
        <translation>Select the member who is being replaced first.</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <source>Add a substitute</source>
        <translation>Add a substitute</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <source>&amp;Place (%1)</source>
        <translation>&amp;Place (%1)</translation>
    </message>
    <message>
        <source>C&amp;ity (%1)</source>
        <translation>C&amp;ity (%1)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <source>&amp;Restriction mark</source>
        <translation>&amp;Restriction mark</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Restriction mark</source>
        <translation>Restriction mark</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>e.g. For official use</source>
        <translation>e.g. For official use</translation>
    </message>
    <message>
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Council bodies (two or more for a joint meeting)</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>Number in %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Change the bodies</source>
        <translation>Change the bodies</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation>Mark the meeting as held</translation>
    </message>
    <message>
        <source>Protocol language</source>
        <translation>Protocol language</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>&amp;Mark as held</translation>
    </message>
    <message>
        <source>&amp;Draft protocol</source>
        <translation>&amp;Draft protocol</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted</source>
        <translation>Mark the protocol as drafted</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Sign and lock</translation>
    </message>
    <message>
        <source>Sign the protocol and lock it</source>
        <translation>Sign the protocol and lock it</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <source>Amend the signed protocol (a new version)</source>
        <translation>Amend the signed protocol (a new version)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <source>Return to the previous status</source>
        <translation>Return to the previous status</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Signed versions</translation>
    </message>
    <message>
        <source>%1 (chosen at the top, “Protocol in”)</source>
        <translation>%1 (chosen at the top, “Protocol in”)</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <source>Being amended: %1</source>
        <translation>Being amended: %1</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>No signed version yet.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Mark the meeting as held?</source>
        <translation>Mark the meeting as held?</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted?</source>
        <translation>Mark the protocol as drafted?</translation>
    </message>
    <message>
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</translation>
    </message>
    <message>
        <source>Return the meeting to its previous status?</source>
        <translation>Return the meeting to its previous status?</translation>
    </message>
    <message>
        <source>Amend the protocol</source>
        <translation>Amend the protocol</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Unlock the signed protocol for a new version (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Texts in:</source>
        <translation>Texts in:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Show or hide the list of meetings</source>
        <translation>Show or hide the list of meetings</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Language of the texts being edited</translation>
    </message>
    <message>
        <source>Protocol in:</source>
        <translation>Protocol in:</translation>
    </message>
    <message>
        <source>Language of the protocol (printed and signed in it)</source>
        <translation>Language of the protocol (printed and signed in it)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Meeting editor</source>
        <translation>Meeting editor</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Meeting No. %1 of %2 — %3</translation>
    </message>
    <message>
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>agenda item %1 “%2”</source>
        <translation>agenda item %1 “%2”</translation>
    </message>
    <message>
        <source>the presentation “%1” under item %2</source>
        <translation>the presentation “%1” under item %2</translation>
    </message>
    <message>
        <source>the file %1 of the presentation “%2”</source>
        <translation>the file %1 of the presentation “%2”</translation>
    </message>
    <message>
        <source>the speech of %1 under item %2</source>
        <translation>the speech of %1 under item %2</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>resolution %1</translation>
    </message>
    <message>
        <source>an assignment of resolution %1</source>
        <translation>an assignment of resolution %1</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <source>the attendance of %1</source>
        <translation>the attendance of %1</translation>
    </message>
    <message>
        <source>who signs for %1</source>
        <translation>who signs for %1</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <source>against</source>
        <translation>against</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>abstained</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>co-rapporteur</source>
        <translation>co-rapporteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Substitute for</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>substitute</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>unanimously</source>
        <translation>unanimously</translation>
    </message>
    <message>
        <source>for %1, against %2, abstained %3</source>
        <translation>for %1, against %2, abstained %3</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Gist</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
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
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>Spea&amp;ker</translation>
    </message>
    <message>
        <source>Gi&amp;st (%1)</source>
        <translation>Gi&amp;st (%1)</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>Resolu&amp;tion (%1)</source>
        <translation>Resolu&amp;tion (%1)</translation>
    </message>
    <message>
        <source>Hea&amp;rd (%1)</source>
        <translation>Hea&amp;rd (%1)</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>F&amp;or</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>A&amp;gainst</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>A&amp;bstained</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>Outco&amp;me</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Unanimous</source>
        <translation>&amp;Unanimous</translation>
    </message>
    <message>
        <source>Unanimous: every member present votes for</source>
        <translation>Unanimous: every member present votes for</translation>
    </message>
    <message>
        <source>as the vote gives</source>
        <translation>as the vote gives</translation>
    </message>
    <message>
        <source>adopted (exception)</source>
        <translation>adopted (exception)</translation>
    </message>
    <message>
        <source>not adopted (exception)</source>
        <translation>not adopted (exception)</translation>
    </message>
    <message>
        <source>Assignments of the resolution</source>
        <translation>Assignments of the resolution</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>T&amp;ask (%1)</source>
        <translation>T&amp;ask (%1)</translation>
    </message>
    <message>
        <source>Respo&amp;nsible</source>
        <translation>Respo&amp;nsible</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Gist</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Resolution text</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstained</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Votes per body</source>
        <translation>Votes per body</translation>
    </message>
    <message>
        <source>Counted per body (for, against, abstained), where each body needs its own majority:</source>
        <translation>Counted per body (for, against, abstained), where each body needs its own majority:</translation>
    </message>
    <message>
        <source>Record per bod&amp;y</source>
        <translation>Record per bod&amp;y</translation>
    </message>
    <message>
        <source>Record the votes counted per body</source>
        <translation>Record the votes counted per body</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Add speech…</source>
        <translation>Add speech…</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Remove speech</translation>
    </message>
    <message>
        <source>Remove the selected speech</source>
        <translation>Remove the selected speech</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Add resolution…</translation>
    </message>
    <message>
        <source>Add a resolution</source>
        <translation>Add a resolution</translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation>Remove resolution</translation>
    </message>
    <message>
        <source>Remove the selected resolution</source>
        <translation>Remove the selected resolution</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Add assignment…</translation>
    </message>
    <message>
        <source>Add an assignment</source>
        <translation>Add an assignment</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation>Remove the selected assignment</translation>
    </message>
    <message>
        <source>members present: %1</source>
        <translation>members present: %1</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Who spoke?</source>
        <translation>Who spoke?</translation>
    </message>
    <message>
        <source>Add a speech</source>
        <translation>Add a speech</translation>
    </message>
    <message>
        <source>Remove a speech</source>
        <translation>Remove a speech</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <source>Resolution (%1)</source>
        <translation>Resolution (%1)</translation>
    </message>
    <message>
        <source>Remove resolution %1 with its assignments?</source>
        <translation>Remove resolution %1 with its assignments?</translation>
    </message>
    <message>
        <source>Remove a resolution</source>
        <translation>Remove a resolution</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Task (%1)</source>
        <translation>Task (%1)</translation>
    </message>
    <message>
        <source>Remove an assignment</source>
        <translation>Remove an assignment</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Council bodies (choose two or more for a joint meeting)</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>Number in %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Place (%1)</source>
        <translation>Place (%1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Start time</translation>
    </message>
    <message>
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Place (Russian)</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh)</source>
        <translation>Place (&amp;Kazakh)</translation>
    </message>
    <message>
        <source>Place (&amp;English)</source>
        <translation>Place (&amp;English)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>Sec&amp;retary</source>
        <translation>Sec&amp;retary</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Before marking the meeting held</source>
        <translation>Before marking the meeting held</translation>
    </message>
    <message>
        <source>Before signing the protocol</source>
        <translation>Before signing the protocol</translation>
    </message>
    <message>
        <source>Fix what blocks this step; the rest may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>Fix what blocks this step; the rest may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</translation>
    </message>
    <message>
        <source>These may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>These may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Blocks: </source>
        <translation>Blocks: </translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Check: </translation>
    </message>
    <message>
        <source>Reason for accepting</source>
        <translation>Reason for accepting</translation>
    </message>
    <message>
        <source>Why the protocol may go ahead as it is</source>
        <translation>Why the protocol may go ahead as it is</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting:</source>
        <translation>&amp;Reason for accepting:</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Go there</translation>
    </message>
    <message>
        <source>&amp;Accept and continue</source>
        <translation>&amp;Accept and continue</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Add a project presentation</source>
        <translation>Add a project presentation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(the project&apos;s organisation)</source>
        <translation>(the project&apos;s organisation)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>P&amp;resenter</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
</context>
</TS>
