<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Agenda: move the item up / down</source>
        <translation>Agenda: move the item up / down</translation>
    </message>
    <message>
        <source>Agenda: add / remove an item</source>
        <translation>Agenda: add / remove an item</translation>
    </message>
    <message>
        <source>The meeting: next / previous tab</source>
        <translation>The meeting: next / previous tab</translation>
    </message>
    <message>
        <source>A list: open the record</source>
        <translation>A list: open the record</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every key of the window</source>
        <translation>Every key of the window</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a button or a field label goes there.</source>
        <translation>Alt with the underlined letter of a button or a field label goes there.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
</context>
</TS>
