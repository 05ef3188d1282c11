<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="78" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="455" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="243" />
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Agenda items (Alt+Up / Alt+Down to move)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>&amp;Add item…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Add an agenda item (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="245" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="246" />
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Remove the agenda item (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move the item up (Alt+Up)</source>
        <translation>Move the item up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move the item down (Alt+Down)</source>
        <translation>Move the item down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="249" />
        <source>Add presentation…</source>
        <translation>Add presentation…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="250" />
        <source>Add a project presentation</source>
        <translation>Add a project presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="251" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="428" />
        <source>Remove presentation</source>
        <translation>Remove presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="252" />
        <source>Remove the selected presentation</source>
        <translation>Remove the selected presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="253" />
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="254" />
        <source>Attach files to the selected presentation</source>
        <translation>Attach files to the selected presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="255" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="471" />
        <source>Remove files</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="256" />
        <source>Remove the files of the selected presentation</source>
        <translation>Remove the files of the selected presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>&amp;Title (%1)</source>
        <translation>&amp;Title (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>Planned mi&amp;nutes</source>
        <translation>Planned mi&amp;nutes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Rapporteurs</source>
        <translation>&amp;Rapporteurs</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Co-rapporteurs</source>
        <translation>&amp;Co-rapporteurs</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="261" />
        <source>Internal n&amp;otes</source>
        <translation>Internal n&amp;otes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Co-rapporteurs</source>
        <translation>Co-rapporteurs</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="266" />
        <source>Internal notes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="272" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="273" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="274" />
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="275" />
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="276" />
        <source>For the chair's script; not printed in the protocol</source>
        <translation>For the chair's script; not printed in the protocol</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="277" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="278" />
        <source>Project presentations</source>
        <translation>Project presentations</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="279" />
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Drop files from the file manager onto a presentation to attach them.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>New agenda item</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>Title (%1)</source>
        <translation>Title (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="327" />
        <source>Add an agenda item</source>
        <translation>Add an agenda item</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>Remove item %1 “%2” with its minutes?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="339" />
        <source>Remove an agenda item</source>
        <translation>Remove an agenda item</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="403" />
        <source>Move item %1 to %2</source>
        <translation>Move item %1 to %2</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="420" />
        <source>Add a presentation</source>
        <translation>Add a presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="429" />
        <source>Remove the presentation “%1” and its files?</source>
        <translation>Remove the presentation “%1” and its files?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="444" />
        <source>Remove a presentation</source>
        <translation>Remove a presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="452" />
        <source>Select a presentation to attach the files to.</source>
        <translation>Select a presentation to attach the files to.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="458" />
        <source>Attach %1</source>
        <translation>Attach %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <source>Remove the files of “%1”: %2?</source>
        <translation>Remove the files of “%1”: %2?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="479" />
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="31" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="84" />
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="86" />
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="89" />
        <source>Mark the selected as %1</source>
        <translation>Mark the selected as %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="91" />
        <source>S&amp;ubstitute…</source>
        <translation>S&amp;ubstitute…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="92" />
        <source>Add a substitute for the selected member</source>
        <translation>Add a substitute for the selected member</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="93" />
        <source>Invite &amp;guest…</source>
        <translation>Invite &amp;guest…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="94" />
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Add an invited guest (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="95" />
        <source>Remo&amp;ve guest</source>
        <translation>Remo&amp;ve guest</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="96" />
        <source>Remove the selected guest or substitute</source>
        <translation>Remove the selected guest or substitute</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="97" />
        <source>Double-click a status to change it, or select people and press Ctrl+1 present, Ctrl+2 remote, Ctrl+3 absent, Ctrl+4 excused.</source>
        <translation>Double-click a status to change it, or select people and press Ctrl+1 present, Ctrl+2 remote, Ctrl+3 absent, Ctrl+4 excused.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="126" />
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: %2 of %3 members present — </translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="128" />
        <source>quorum reached</source>
        <translation>quorum reached</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="129" />
        <source>no quorum (%1 needed)</source>
        <translation>no quorum (%1 needed)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="166" />
        <source>Mark as %1</source>
        <translation>Mark as %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="175" />
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="177" />
        <source>Invite a guest</source>
        <translation>Invite a guest</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="183" />
        <source>Select the member who is being replaced first.</source>
        <translation>Select the member who is being replaced first.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="185" />
        <source>Substitute for %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="187" />
        <source>Add a substitute</source>
        <translation>Add a substitute</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="205" />
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>&amp;Place (%1)</source>
        <translation>&amp;Place (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>C&amp;ity (%1)</source>
        <translation>C&amp;ity (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Secretary</source>
        <translation>&amp;Secretary</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Restriction mark</source>
        <translation>&amp;Restriction mark</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="111" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Restriction mark</source>
        <translation>Restriction mark</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="123" />
        <source>e.g. For official use</source>
        <translation>e.g. For official use</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="124" />
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Council bodies (two or more for a joint meeting)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="130" />
        <source>Number in %1</source>
        <translation>Number in %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="163" />
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="171" />
        <source>Change the bodies</source>
        <translation>Change the bodies</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="70" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="71" />
        <source>Protocol &amp;language</source>
        <translation>Protocol &amp;language</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="72" />
        <source>Language of the protocol</source>
        <translation>Language of the protocol</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="74" />
        <source>Kazakh and Russian</source>
        <translation>Kazakh and Russian</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark as &amp;held</source>
        <translation>Mark as &amp;held</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark the meeting as held</source>
        <translation>Mark the meeting as held</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>&amp;Draft protocol</source>
        <translation>&amp;Draft protocol</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>Mark the protocol as drafted</source>
        <translation>Mark the protocol as drafted</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>&amp;Sign and lock</source>
        <translation>&amp;Sign and lock</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>Sign the protocol and lock it</source>
        <translation>Sign the protocol and lock it</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>Amend the signed protocol (a new version)</source>
        <translation>Amend the signed protocol (a new version)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Return to the previous status</source>
        <translation>Return to the previous status</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="83" />
        <source>Signed versions</source>
        <translation>Signed versions</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="98" />
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="102" />
        <source>Being amended: %1</source>
        <translation>Being amended: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="103" />
        <source>No signed version yet.</source>
        <translation>No signed version yet.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="109" />
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="117" />
        <source>The protocol cannot be rendered: %1</source>
        <translation>The protocol cannot be rendered: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="125" />
        <source>Mark the meeting as held?</source>
        <translation>Mark the meeting as held?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="129" />
        <source>Mark the protocol as drafted?</source>
        <translation>Mark the protocol as drafted?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="133" />
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="138" />
        <source>Return the meeting to its previous status?</source>
        <translation>Return the meeting to its previous status?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Amend the protocol</source>
        <translation>Amend the protocol</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="145" />
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Unlock the signed protocol for a new version (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="213" />
        <source>Texts in:</source>
        <translation>Texts in:</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="214" />
        <source>Language of the texts being edited</source>
        <translation>Language of the texts being edited</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;ttendance</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Lifecycle</source>
        <translation>&amp;Lifecycle</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Protocol</source>
        <translation>&amp;Protocol</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="221" />
        <source>Meeting editor</source>
        <translation>Meeting editor</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="222" />
        <source>The protocol preview is not available yet.</source>
        <translation>The protocol preview is not available yet.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="295" />
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Meeting No. %1 of %2 — %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="302" />
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="354" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="23" />
        <source>excused</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>co-rapporteur</source>
        <translation>co-rapporteur</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="77" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="264" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="78" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="250" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="265" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="79" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="80" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="81" />
        <source>Substitute for</source>
        <translation>Substitute for</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="120" />
        <source>substitute</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="121" />
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="134" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="229" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="135" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="141" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="136" />
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="138" />
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="203" />
        <source>unanimously</source>
        <translation>unanimously</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="206" />
        <source>for %1, against %2, abstained %3</source>
        <translation>for %1, against %2, abstained %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="222" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="223" />
        <source>Gist</source>
        <translation>Gist</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="230" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="232" />
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="233" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="239" />
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="241" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="242" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="248" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="249" />
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="251" />
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="266" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="202" />
        <source>Agenda items</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="203" />
        <source>&amp;Heard (%1)</source>
        <translation>&amp;Heard (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="204" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="205" />
        <source>Speeches</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="206" />
        <source>Spea&amp;ker</source>
        <translation>Spea&amp;ker</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="207" />
        <source>Gi&amp;st (%1)</source>
        <translation>Gi&amp;st (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="208" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="209" />
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="210" />
        <source>Resolu&amp;tion (%1)</source>
        <translation>Resolu&amp;tion (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="211" />
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="212" />
        <source>A&amp;gainst</source>
        <translation>A&amp;gainst</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="213" />
        <source>A&amp;bstained</source>
        <translation>A&amp;bstained</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="214" />
        <source>Outco&amp;me</source>
        <translation>Outco&amp;me</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="215" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="216" />
        <source>&amp;Unanimous</source>
        <translation>&amp;Unanimous</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="217" />
        <source>Unanimous: every member present votes for</source>
        <translation>Unanimous: every member present votes for</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>as the vote gives</source>
        <translation>as the vote gives</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>adopted (exception)</source>
        <translation>adopted (exception)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="219" />
        <source>not adopted (exception)</source>
        <translation>not adopted (exception)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="221" />
        <source>Assignments of the resolution</source>
        <translation>Assignments of the resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="222" />
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>T&amp;ask (%1)</source>
        <translation>T&amp;ask (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>Respo&amp;nsible</source>
        <translation>Respo&amp;nsible</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Responsible organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <source>&amp;Deadline</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Gist</source>
        <translation>Gist</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Resolution text</source>
        <translation>Resolution text</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Abstained</source>
        <translation>Abstained</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Reason for the exception</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add speech…</source>
        <translation>Add speech…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove speech</source>
        <translation>Remove speech</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove the selected speech</source>
        <translation>Remove the selected speech</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <source>Add resolution…</source>
        <translation>Add resolution…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="378" />
        <source>Add a resolution</source>
        <translation>Add a resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="387" />
        <source>Remove resolution</source>
        <translation>Remove resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <source>Remove the selected resolution</source>
        <translation>Remove the selected resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <source>Add assignment…</source>
        <translation>Add assignment…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="416" />
        <source>Add an assignment</source>
        <translation>Add an assignment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="244" />
        <source>Remove assignment</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="245" />
        <source>Remove the selected assignment</source>
        <translation>Remove the selected assignment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="316" />
        <source>members present: %1</source>
        <translation>members present: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="329" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="331" />
        <source>Unanimous</source>
        <translation>Unanimous</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="337" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="347" />
        <source>Who spoke?</source>
        <translation>Who spoke?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="353" />
        <source>Add a speech</source>
        <translation>Add a speech</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="363" />
        <source>Remove a speech</source>
        <translation>Remove a speech</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>New resolution</source>
        <translation>New resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>Resolution (%1)</source>
        <translation>Resolution (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="388" />
        <source>Remove resolution %1 with its assignments?</source>
        <translation>Remove resolution %1 with its assignments?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="401" />
        <source>Remove a resolution</source>
        <translation>Remove a resolution</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>New assignment</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>Task (%1)</source>
        <translation>Task (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="427" />
        <source>Remove an assignment</source>
        <translation>Remove an assignment</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="31" />
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="34" />
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Council bodies (choose two or more for a joint meeting)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="44" />
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="49" />
        <source>Number in %1</source>
        <translation>Number in %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="57" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="59" />
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="60" />
        <source>Place (%1)</source>
        <translation>Place (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="62" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="63" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="67" />
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="68" />
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="81" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="82" />
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="83" />
        <source>&amp;Start time</source>
        <translation>&amp;Start time</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="84" />
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Place (Russian)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="85" />
        <source>Place (&amp;Kazakh)</source>
        <translation>Place (&amp;Kazakh)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="86" />
        <source>Place (&amp;English)</source>
        <translation>Place (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="87" />
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="88" />
        <source>K&amp;ind</source>
        <translation>K&amp;ind</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="89" />
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="90" />
        <source>S&amp;ecretary</source>
        <translation>S&amp;ecretary</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="77" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="79" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="88" />
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="80" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="89" />
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="81" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="90" />
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="82" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="91" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="83" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="92" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="229" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="230" />
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="232" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="233" />
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="178" />
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="179" />
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="182" />
        <source>Clear: %1</source>
        <translation>Clear: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="183" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="118" />
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="120" />
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="121" />
        <source>Type part of a name…</source>
        <translation>Type part of a name…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="123" />
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="126" />
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="49" />
        <source>Add a project presentation</source>
        <translation>Add a project presentation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="50" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="53" />
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="54" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="55" />
        <source>(the project's organisation)</source>
        <translation>(the project's organisation)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="59" />
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="60" />
        <source>P&amp;resenter</source>
        <translation>P&amp;resenter</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="61" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
</context>
</TS>