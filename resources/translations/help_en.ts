<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and Qt for Python: the window</source>
        <translation>Qt and Qt for Python: the window</translation>
    </message>
    <message>
        <source>Qt PDF: the protocol preview</source>
        <translation>Qt PDF: the protocol preview</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>Qt for Python&apos;s bindings</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>database access</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>database migrations</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerator</source>
        <translation>ReportLab&apos;s accelerator</translation>
    </message>
    <message>
        <source>the user&apos;s folders</source>
        <translation>the user&apos;s folders</translation>
    </message>
    <message>
        <source>the QR code of a signed protocol</source>
        <translation>the QR code of a signed protocol</translation>
    </message>
    <message>
        <source>Word files</source>
        <translation>Word files</translation>
    </message>
    <message>
        <source>Excel files</source>
        <translation>Excel files</translation>
    </message>
    <message>
        <source>XML for Word files</source>
        <translation>XML for Word files</translation>
    </message>
    <message>
        <source>reading protocol copies</source>
        <translation>reading protocol copies</translation>
    </message>
    <message>
        <source>calendar entries</source>
        <translation>calendar entries</translation>
    </message>
    <message>
        <source>the encoding of imported lists</source>
        <translation>the encoding of imported lists</translation>
    </message>
    <message>
        <source>the Unicode confusables table</source>
        <translation>the Unicode confusables table</translation>
    </message>
    <message>
        <source>hyphenation dictionaries</source>
        <translation>hyphenation dictionaries</translation>
    </message>
    <message>
        <source>the archival copy (PDF/A)</source>
        <translation>the archival copy (PDF/A)</translation>
    </message>
    <message>
        <source>digital signatures (PAdES)</source>
        <translation>digital signatures (PAdES)</translation>
    </message>
    <message>
        <source>checking a signature&apos;s certificate</source>
        <translation>checking a signature&apos;s certificate</translation>
    </message>
    <message>
        <source>the letterhead&apos;s logo</source>
        <translation>the letterhead&apos;s logo</translation>
    </message>
    <message>
        <source>PostgreSQL (shared office)</source>
        <translation>PostgreSQL (shared office)</translation>
    </message>
    <message>
        <source>About Council Desktop</source>
        <translation>About Council Desktop</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>The secretariat&apos;s desktop tool for a scientific or governmental council.</source>
        <translation>The secretariat&apos;s desktop tool for a scientific or governmental council.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}, PySide6 {2}.</source>
        <translation>Python {0}, Qt {1}, PySide6 {2}.</translation>
    </message>
    <message>
        <source>It works offline: it sends nothing anywhere and checks for no updates.</source>
        <translation>It works offline: it sends nothing anywhere and checks for no updates.</translation>
    </message>
    <message>
        <source>Council Desktop is built on these libraries; each keeps its own licence.</source>
        <translation>Council Desktop is built on these libraries; each keeps its own licence.</translation>
    </message>
    <message>
        <source>The documents are printed with the Liberation Serif and Liberation Sans fonts (version 2), carried inside the program, under the SIL Open Font License 1.1:</source>
        <translation>The documents are printed with the Liberation Serif and Liberation Sans fonts (version 2), carried inside the program, under the SIL Open Font License 1.1:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Council Desktop — user guide</source>
        <translation>Council Desktop — user guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
</context>
</TS>
