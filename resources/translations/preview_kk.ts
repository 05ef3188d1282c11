<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ProtocolPreview</name>
    <message>
        <source>Language of the protocol</source>
        <translation>Хаттаманың тілі</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <source>PDF/&amp;A-2b (archival)</source>
        <translation>PDF/&amp;A-2b (мұрағаттық)</translation>
    </message>
    <message>
        <source>Save as PDF/A-2b, the archival format: every font embedded, a colour profile and the document&apos;s metadata in the file</source>
        <translation>PDF/A-2b мұрағаттық форматында сақтау: барлық қаріп ендірілген, түс профилі мен құжат метадеректері файлдың ішінде</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Дайындалуда…</translation>
    </message>
    <message>
        <source>Not in the document&apos;s language:</source>
        <translation>Құжат тілінде жоқ:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Хаттаманы басып шығару</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
</context>
</TS>
