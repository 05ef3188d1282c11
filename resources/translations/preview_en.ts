<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ProtocolPreview</name>
    <message>
        <source>Language of the protocol</source>
        <translation>Language of the protocol</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>PDF/&amp;A-2b (archival)</source>
        <translation>PDF/&amp;A-2b (archival)</translation>
    </message>
    <message>
        <source>Save as PDF/A-2b, the archival format: every font embedded, a colour profile and the document&apos;s metadata in the file</source>
        <translation>Save as PDF/A-2b, the archival format: every font embedded, a colour profile and the document&apos;s metadata in the file</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>Not in the document&apos;s language:</source>
        <translation>Not in the document&apos;s language:</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the protocol</source>
        <translation>Print the protocol</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
</TS>
