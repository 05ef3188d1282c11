<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and Qt for Python: the window</source>
        <translation>Qt и Qt for Python: окно программы</translation>
    </message>
    <message>
        <source>Qt PDF: the protocol preview</source>
        <translation>Qt PDF: просмотр протокола</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>связки Qt for Python</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>доступ к базе данных</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>обновление схемы базы данных</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>документы PDF</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerator</source>
        <translation>ускоритель ReportLab</translation>
    </message>
    <message>
        <source>the user&apos;s folders</source>
        <translation>папки пользователя</translation>
    </message>
    <message>
        <source>the QR code of a signed protocol</source>
        <translation>QR-код подписанного протокола</translation>
    </message>
    <message>
        <source>Word files</source>
        <translation>файлы Word</translation>
    </message>
    <message>
        <source>Excel files</source>
        <translation>файлы Excel</translation>
    </message>
    <message>
        <source>XML for Word files</source>
        <translation>XML для файлов Word</translation>
    </message>
    <message>
        <source>reading protocol copies</source>
        <translation>чтение копий протокола</translation>
    </message>
    <message>
        <source>calendar entries</source>
        <translation>события календаря</translation>
    </message>
    <message>
        <source>the encoding of imported lists</source>
        <translation>кодировка загружаемых списков</translation>
    </message>
    <message>
        <source>the Unicode confusables table</source>
        <translation>таблица похожих символов Unicode</translation>
    </message>
    <message>
        <source>hyphenation dictionaries</source>
        <translation>словари переносов</translation>
    </message>
    <message>
        <source>the archival copy (PDF/A)</source>
        <translation>архивная копия (PDF/A)</translation>
    </message>
    <message>
        <source>digital signatures (PAdES)</source>
        <translation>электронная подпись (PAdES)</translation>
    </message>
    <message>
        <source>checking a signature&apos;s certificate</source>
        <translation>проверка сертификата подписи</translation>
    </message>
    <message>
        <source>the letterhead&apos;s logo</source>
        <translation>логотип на бланке</translation>
    </message>
    <message>
        <source>PostgreSQL (shared office)</source>
        <translation>PostgreSQL (общая база отдела)</translation>
    </message>
    <message>
        <source>About Council Desktop</source>
        <translation>О программе Council Desktop</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Шрифты</translation>
    </message>
    <message>
        <source>The secretariat&apos;s desktop tool for a scientific or governmental council.</source>
        <translation>Настольная программа секретариата научного или государственного совета.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Лицензия: GNU General Public License версии 3 или более поздней (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}, PySide6 {2}.</source>
        <translation>Python {0}, Qt {1}, PySide6 {2}.</translation>
    </message>
    <message>
        <source>It works offline: it sends nothing anywhere and checks for no updates.</source>
        <translation>Программа работает без сети: ничего никуда не отправляет и не проверяет обновления.</translation>
    </message>
    <message>
        <source>Council Desktop is built on these libraries; each keeps its own licence.</source>
        <translation>Council Desktop построен на этих библиотеках; у каждой — своя лицензия.</translation>
    </message>
    <message>
        <source>The documents are printed with the Liberation Serif and Liberation Sans fonts (version 2), carried inside the program, under the SIL Open Font License 1.1:</source>
        <translation>Документы печатаются шрифтами Liberation Serif и Liberation Sans (версия 2), которые поставляются внутри программы по лицензии SIL Open Font License 1.1:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Council Desktop — user guide</source>
        <translation>Council Desktop — руководство пользователя</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
</context>
</TS>
