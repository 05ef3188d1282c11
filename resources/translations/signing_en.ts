<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodySignatories</name>
    <message>
        <source>Who signs the protocol for each body</source>
        <translation>Who signs the protocol for each body</translation>
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
        <source>Chair signing for %1</source>
        <translation>Chair signing for %1</translation>
    </message>
    <message>
        <source>Secretary signing for %1</source>
        <translation>Secretary signing for %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>Default: nobody</source>
        <translation>Default: nobody</translation>
    </message>
    <message>
        <source>Who signs for %1</source>
        <translation>Who signs for %1</translation>
    </message>
</context>
</TS>
