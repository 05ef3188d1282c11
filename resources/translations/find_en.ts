<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FindDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Speech</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>No. %1 of %2, %3</source>
        <translation>No. %1 of %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Found in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Words to find (the beginnings of words are enough)</source>
        <translation>Words to find (the beginnings of words are enough)</translation>
    </message>
    <message>
        <source>Find in minutes</source>
        <translation>Find in minutes</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Words of a title, heard, speech, resolution or assignment, any language.</source>
        <translation>Words of a title, heard, speech, resolution or assignment, any language.</translation>
    </message>
    <message>
        <source>The first %1 found; add a word to narrow the search.</source>
        <translation>The first %1 found; add a word to narrow the search.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>Find in &amp;minutes…</source>
        <translation>Find in &amp;minutes…</translation>
    </message>
</context>
</TS>
