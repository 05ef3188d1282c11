<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ProtocolPreview</name>
    <message>
        <source>Language of the protocol</source>
        <translation>Язык протокола</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>PDF/&amp;A-2b (archival)</source>
        <translation>PDF/&amp;A-2b (архивный)</translation>
    </message>
    <message>
        <source>Save as PDF/A-2b, the archival format: every font embedded, a colour profile and the document&apos;s metadata in the file</source>
        <translation>Сохранить в архивном формате PDF/A-2b: все шрифты встроены, цветовой профиль и метаданные документа в файле</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Формируется…</translation>
    </message>
    <message>
        <source>Not in the document&apos;s language:</source>
        <translation>Нет на языке документа:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Печать протокола</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
</TS>
