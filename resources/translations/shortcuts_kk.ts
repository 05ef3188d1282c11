<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <source>Agenda: move the item up / down</source>
        <translation>Күн тәртібі: мәселені жоғары / төмен жылжыту</translation>
    </message>
    <message>
        <source>Agenda: add / remove an item</source>
        <translation>Күн тәртібі: мәселе қосу / алып тастау</translation>
    </message>
    <message>
        <source>The meeting: next / previous tab</source>
        <translation>Отырыс: келесі / алдыңғы қойынды</translation>
    </message>
    <message>
        <source>A list: open the record</source>
        <translation>Тізім: жазбаны ашу</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Every key of the window</source>
        <translation>Терезенің барлық пернелер тіркесімдері</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a button or a field label goes there.</source>
        <translation>Alt пернесі мен батырманың немесе өріс атауының астын сызылған әрпі сол жерге апарады.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Болдырмау: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Қайталау: %1</translation>
    </message>
</context>
</TS>
