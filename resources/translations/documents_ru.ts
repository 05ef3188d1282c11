<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>&amp;Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Agenda (invitation)</source>
        <translation>Повестка дня (приглашение)</translation>
    </message>
    <message>
        <source>Chair's script</source>
        <translation>Сценарий заседания</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Явочный лист</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Выписка по вопросу</translation>
    </message>
    <message>
        <source>Register of resolutions and assignments</source>
        <translation>Реестр решений и поручений</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Meeting &amp;documents</source>
        <translation>&amp;Документы заседания</translation>
    </message>
    <message>
        <source>&amp;Agenda (invitation)…</source>
        <translation>&amp;Повестка дня (приглашение)…</translation>
    </message>
    <message>
        <source>Chair's &amp;script…</source>
        <translation>&amp;Сценарий заседания…</translation>
    </message>
    <message>
        <source>A&amp;ttendance sheet…</source>
        <translation>&amp;Явочный лист…</translation>
    </message>
    <message>
        <source>&amp;Extract of an item…</source>
        <translation>&amp;Выписка по вопросу…</translation>
    </message>
    <message>
        <source>&amp;Register of resolutions and assignments…</source>
        <translation>&amp;Реестр решений и поручений…</translation>
    </message>
    <message>
        <source>&amp;Protocol…</source>
        <translation>Про&amp;токол…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Сначала откройте заседание</translation>
    </message>
</context>
</TS>
