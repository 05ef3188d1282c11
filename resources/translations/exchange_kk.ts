<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>(not imported)</source>
        <translation>(импорттамау)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name (surname, given name, patronymic)</source>
        <translation>Аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>the bundle holds no signed data or no PDF for it</source>
        <translation>пакетте ол үшін қол қойылған деректер немесе PDF жоқ</translation>
    </message>
    <message>
        <source>the PDF made again from its signed data differs from the bundle&apos;s PDF at byte {0} ({1} against {2} bytes)</source>
        <translation>қол қойылған деректерден қайта жасалған PDF пакеттегі PDF-тен {0}-байттан бастап ерекшеленеді ({1} және {2} байт)</translation>
    </message>
    <message>
        <source>kept as here: the meeting is signed in this copy; to take the bundle&apos;s version, amend the protocol here first</source>
        <translation>осындағыдай қалдырылды: отырысқа бұл көшірмеде қол қойылған; пакеттің нұсқасын алу үшін алдымен мұнда хаттаманың жаңа нұсқасын жасаңыз</translation>
    </message>
    <message>
        <source>kept as here: an import never overwrites a file here</source>
        <translation>осындағыдай қалдырылды: импорт мұндағы файлды ешқашан қайта жазбайды</translation>
    </message>
    <message>
        <source>kept as here: the bundle&apos;s version would change who belonged to the body at a meeting signed in this copy; amend its protocol here first</source>
        <translation>осындағыдай қалдырылды: пакеттің нұсқасы бұл көшірмеде қол қойылған отырыстағы органның құрамын өзгертер еді; алдымен мұнда оның хаттамасының жаңа нұсқасын жасаңыз</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Bundles and lists of people (*.council *.zip *.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Пакеттер мен тұлғалар тізімдері (*.council *.zip *.csv *.txt *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export the meeting</source>
        <translation>Отырысты экспорттау</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word құжаты (DOCX)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Электрондық кесте (XLSX)</translation>
    </message>
    <message>
        <source>Table as text (CSV)</source>
        <translation>Мәтін түріндегі кесте (CSV)</translation>
    </message>
    <message>
        <source>Calendar invitation (ICS)</source>
        <translation>Күнтізбеге шақыру (ICS)</translation>
    </message>
    <message>
        <source>Mail draft with documents (EML)</source>
        <translation>Құжаттары бар хат жобасы (EML)</translation>
    </message>
    <message>
        <source>Bundle for another office (.council)</source>
        <translation>Басқа ұйымға арналған пакет (.council)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Мәселе бойынша үзінді</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Agenda item of the extract</source>
        <translation>Үзіндіге арналған күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Resolutions and votes</source>
        <translation>Шешімдер мен дауыс беру</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Semicolon (Excel in Russian or Kazakh)</source>
        <translation>Нүктелі үтір (орысша не қазақша Excel)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Үтір</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <source>Protocol (PDF)</source>
        <translation>Хаттама (PDF)</translation>
    </message>
    <message>
        <source>Protocol (DOCX)</source>
        <translation>Хаттама (DOCX)</translation>
    </message>
    <message>
        <source>Lists (XLSX)</source>
        <translation>Тізімдер (XLSX)</translation>
    </message>
    <message>
        <source>Invitation (ICS)</source>
        <translation>Шақыру (ICS)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>Күн тәртібінің &amp;мәселесі:</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>&amp;Тізім:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <source>&amp;Attach:</source>
        <translation>&amp;Тіркеу:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Алушылар:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Файлды таңдап, экспорттау</translation>
    </message>
    <message>
        <source>Exporting to {0}</source>
        <translation>{0} файлына экспортталуда</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} импорттау</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Қалай импортталады</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Бағандарды сәйкестендіру</translation>
    </message>
    <message>
        <source>Store names that mix Latin and Cyrillic letters in one script</source>
        <translation>Латын мен кирилл әріптері араласқан есімдерді бір әліпбиде жазу</translation>
    </message>
    <message>
        <source>Conflicts: tick a record to take the bundle&apos;s version</source>
        <translation>Қайшылықтар: пакеттегі нұсқаны алу үшін жазбаны белгілеңіз</translation>
    </message>
    <message>
        <source>What the file would bring</source>
        <translation>Файл не әкеледі</translation>
    </message>
    <message>
        <source>Records changed both here and there (kept as here unless ticked):</source>
        <translation>Мұнда да, сонда да өзгертілген жазбалар (белгіленбесе, мұндағыдай қалады):</translation>
    </message>
    <message>
        <source>Write what is shown into the database</source>
        <translation>Көрсетілгенді дерекқорға жазу</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Қайта оқу</translation>
    </message>
    <message>
        <source>Read the file again as it is now</source>
        <translation>Файлды қазіргі күйінде қайта оқу</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} оқылуда…</translation>
    </message>
    <message>
        <source>This database is open read-only: the file is shown, nothing can be imported into it. To import, copy the database to a folder you can write to and open the copy.</source>
        <translation>Бұл дерекқор тек оқу үшін ашылған: файл көрсетілді, бірақ оған ештеңе импорттау мүмкін емес. Импорттау үшін дерекқорды жазуға болатын қалтаға көшіріп, көшірмесін ашыңыз.</translation>
    </message>
    <message>
        <source>{0} rows; {1} to import.</source>
        <translation>Жолдар: {0}; импортталатыны: {1}.</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has problems: correct them (listed below) in the file, save it and press Read again.</source>
        <translation>Файлда қателер бар кезде ештеңе импортталмайды: оларды файлда түзетіп (төменде тізілген), файлды сақтаңыз да, «Қайта оқу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Encoding {0}, delimiter {1}</source>
        <translation>Кодтау {0}, бөлгіш {1}</translation>
    </message>
    <message>
        <source>Sheet «{0}» (the first with a surname or full-name column)</source>
        <translation>«{0}» парағы (тегі немесе аты-жөні бағаны бар алғашқысы)</translation>
    </message>
    <message>
        <source>Column names on row {0}; the rows above are not imported.</source>
        <translation>Бағандардың атаулары {0}-жолда; одан жоғары жолдар импортталмайды.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>{0}-жол: {1}</translation>
    </message>
    <message>
        <source>Row {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>{0}-жол: латын мен кирилл әріптері араласқан: {1}</translation>
    </message>
    <message>
        <source>Row {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>{0}-жол: тізілімде бұрыннан бар болуы мүмкін: {1} (№ {2}); импортталмайды</translation>
    </message>
    <message>
        <source>Column names on line {0}; the lines above are not imported.</source>
        <translation>Бағандардың атаулары {0}-жолда; одан жоғары жолдар импортталмайды.</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>{0}-жол: {1}</translation>
    </message>
    <message>
        <source>Line {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>{0}-жол: латын мен кирилл әріптері араласқан: {1}</translation>
    </message>
    <message>
        <source>Line {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>{0}-жол: тізілімде бұрыннан бар болуы мүмкін: {1} (№ {2}); импортталмайды</translation>
    </message>
    <message>
        <source>New organisations: {0}</source>
        <translation>Жаңа ұйымдар: {0}</translation>
    </message>
    <message>
        <source>Meeting of {0} from {1}, made {2}</source>
        <translation>{0} отырысы, жіберуші {1}, жасалған {2}</translation>
    </message>
    <message>
        <source>Meeting of {0}, made {1}</source>
        <translation>{0} отырысы, жасалған {1}</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Қосылады</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Жаңартылады</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Бұрыннан бар</translation>
    </message>
    <message>
        <source>Changed here only since, kept as here</source>
        <translation>Содан бері тек осында өзгертілген, осындағыдай қалдырылды</translation>
    </message>
    <message>
        <source>Found here by name: {0}</source>
        <translation>Мұнда аты бойынша табылды: {0}</translation>
    </message>
    <message>
        <source>Nothing new: everything in this bundle is already here.</source>
        <translation>Жаңа ештеңе жоқ: бұл пакеттегінің бәрі осында бар.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>NOT verified: {0}</source>
        <translation>РАСТАЛМАДЫ: {0}</translation>
    </message>
    <message>
        <source>Signed protocol, revision {0} ({1}): {2}</source>
        <translation>Қол қойылған хаттама, {0}-редакция ({1}): {2}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>{0} импортталуда</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Алдымен отырысты ашыңыз</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>{0} файлына экспортталды</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>{0} импортталды</translation>
    </message>
</context>
</TS>
