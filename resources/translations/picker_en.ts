<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Names and position are saved in %1, the window&apos;s language; the People view holds the other languages.</source>
        <translation>Names and position are saved in %1, the window&apos;s language; the People view holds the other languages.</translation>
    </message>
    <message>
        <source>Surname (%1)</source>
        <translation>Surname (%1)</translation>
    </message>
    <message>
        <source>Given name (%1)</source>
        <translation>Given name (%1)</translation>
    </message>
    <message>
        <source>Patronymic (%1)</source>
        <translation>Patronymic (%1)</translation>
    </message>
    <message>
        <source>Position (%1)</source>
        <translation>Position (%1)</translation>
    </message>
    <message>
        <source>Surname in Russian (the registry needs it)</source>
        <translation>Surname in Russian (the registry needs it)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>%1 (in Russian)</source>
        <translation>%1 (in Russian)</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Type part of a name…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>register “%1”</source>
        <translation>register “%1”</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
</context>
</TS>
