<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>Agenda &amp;item</translation>
    </message>
    <message>
        <source>Agenda (invitation)</source>
        <translation>Agenda (invitation)</translation>
    </message>
    <message>
        <source>Chair's script</source>
        <translation>Chair's script</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Extract of an item</translation>
    </message>
    <message>
        <source>Register of resolutions and assignments</source>
        <translation>Register of resolutions and assignments</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Meeting &amp;documents</source>
        <translation>Meeting &amp;documents</translation>
    </message>
    <message>
        <source>&amp;Agenda (invitation)…</source>
        <translation>&amp;Agenda (invitation)…</translation>
    </message>
    <message>
        <source>Chair's &amp;script…</source>
        <translation>Chair's &amp;script…</translation>
    </message>
    <message>
        <source>A&amp;ttendance sheet…</source>
        <translation>A&amp;ttendance sheet…</translation>
    </message>
    <message>
        <source>&amp;Extract of an item…</source>
        <translation>&amp;Extract of an item…</translation>
    </message>
    <message>
        <source>&amp;Register of resolutions and assignments…</source>
        <translation>&amp;Register of resolutions and assignments…</translation>
    </message>
    <message>
        <source>&amp;Protocol…</source>
        <translation>&amp;Protocol…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Open a meeting first</translation>
    </message>
</context>
</TS>
