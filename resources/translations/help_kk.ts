<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and Qt for Python: the window</source>
        <translation>Qt және Qt for Python: бағдарлама терезесі</translation>
    </message>
    <message>
        <source>Qt PDF: the protocol preview</source>
        <translation>Qt PDF: хаттаманы қарау</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>Qt for Python байланыстырғыштары</translation>
    </message>
    <message>
        <source>database access</source>
        <translation>дерекқорға қол жеткізу</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>дерекқор сұлбасын жаңарту</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF құжаттары</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerator</source>
        <translation>ReportLab жылдамдатқышы</translation>
    </message>
    <message>
        <source>the user&apos;s folders</source>
        <translation>пайдаланушы қалталары</translation>
    </message>
    <message>
        <source>the QR code of a signed protocol</source>
        <translation>қол қойылған хаттаманың QR-коды</translation>
    </message>
    <message>
        <source>Word files</source>
        <translation>Word файлдары</translation>
    </message>
    <message>
        <source>Excel files</source>
        <translation>Excel файлдары</translation>
    </message>
    <message>
        <source>XML for Word files</source>
        <translation>Word файлдарына арналған XML</translation>
    </message>
    <message>
        <source>reading protocol copies</source>
        <translation>хаттама көшірмелерін оқу</translation>
    </message>
    <message>
        <source>calendar entries</source>
        <translation>күнтізбе оқиғалары</translation>
    </message>
    <message>
        <source>the encoding of imported lists</source>
        <translation>жүктелетін тізімдердің кодтауы</translation>
    </message>
    <message>
        <source>the Unicode confusables table</source>
        <translation>Unicode ұқсас таңбалар кестесі</translation>
    </message>
    <message>
        <source>hyphenation dictionaries</source>
        <translation>тасымалдау сөздіктері</translation>
    </message>
    <message>
        <source>the archival copy (PDF/A)</source>
        <translation>мұрағаттық көшірме (PDF/A)</translation>
    </message>
    <message>
        <source>digital signatures (PAdES)</source>
        <translation>электрондық қолтаңба (PAdES)</translation>
    </message>
    <message>
        <source>checking a signature&apos;s certificate</source>
        <translation>қолтаңба сертификатын тексеру</translation>
    </message>
    <message>
        <source>the letterhead&apos;s logo</source>
        <translation>бланктегі логотип</translation>
    </message>
    <message>
        <source>PostgreSQL (shared office)</source>
        <translation>PostgreSQL (бөлімнің ортақ дерекқоры)</translation>
    </message>
    <message>
        <source>About Council Desktop</source>
        <translation>Council Desktop туралы</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Кітапханалар</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Қаріптер</translation>
    </message>
    <message>
        <source>The secretariat&apos;s desktop tool for a scientific or governmental council.</source>
        <translation>Ғылыми немесе мемлекеттік кеңес хатшылығының жұмыс үстелі бағдарламасы.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Лицензиясы: GNU General Public License, 3-нұсқасы немесе кейінгісі (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}, PySide6 {2}.</source>
        <translation>Python {0}, Qt {1}, PySide6 {2}.</translation>
    </message>
    <message>
        <source>It works offline: it sends nothing anywhere and checks for no updates.</source>
        <translation>Бағдарлама желісіз жұмыс істейді: ешнәрсені ешқайда жібермейді және жаңартуларды тексермейді.</translation>
    </message>
    <message>
        <source>Council Desktop is built on these libraries; each keeps its own licence.</source>
        <translation>Council Desktop осы кітапханаларға негізделген; әрқайсысының өз лицензиясы бар.</translation>
    </message>
    <message>
        <source>The documents are printed with the Liberation Serif and Liberation Sans fonts (version 2), carried inside the program, under the SIL Open Font License 1.1:</source>
        <translation>Құжаттар бағдарламаның ішінде жеткізілетін Liberation Serif және Liberation Sans қаріптерімен (2-нұсқа) SIL Open Font License 1.1 лицензиясы бойынша басылады:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Council Desktop — user guide</source>
        <translation>Council Desktop — пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Нұсқаулық беті</translation>
    </message>
</context>
</TS>
