<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodySignatories</name>
    <message>
        <source>Who signs the protocol for each body</source>
        <translation>Кто подписывает протокол от каждого органа</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Chair signing for %1</source>
        <translation>Председатель, подписывающий от %1</translation>
    </message>
    <message>
        <source>Secretary signing for %1</source>
        <translation>Секретарь, подписывающий от %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <source>Default: nobody</source>
        <translation>По умолчанию: никто</translation>
    </message>
    <message>
        <source>Who signs for %1</source>
        <translation>Кто подписывает от %1</translation>
    </message>
</context>
</TS>
