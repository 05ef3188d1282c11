<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="78" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="455" />
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="243" />
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Күн тәртібінің мәселелері (Alt+Жоғары / Alt+Төмен — жылжыту)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>&amp;Add item…</source>
        <translation>&amp;Мәселе қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Күн тәртібіне мәселе қосу (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="245" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="246" />
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Күн тәртібінің мәселесін жою (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move the item up (Alt+Up)</source>
        <translation>Мәселені жоғары жылжыту (Alt+Жоғары)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move the item down (Alt+Down)</source>
        <translation>Мәселені төмен жылжыту (Alt+Төмен)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="249" />
        <source>Add presentation…</source>
        <translation>Таныстырылым қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="250" />
        <source>Add a project presentation</source>
        <translation>Жоба таныстырылымын қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="251" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="428" />
        <source>Remove presentation</source>
        <translation>Таныстырылымды жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="252" />
        <source>Remove the selected presentation</source>
        <translation>Таңдалған таныстырылымды жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="253" />
        <source>Attach files…</source>
        <translation>Файлдарды тіркеу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="254" />
        <source>Attach files to the selected presentation</source>
        <translation>Таңдалған таныстырылымға файлдар тіркеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="255" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="471" />
        <source>Remove files</source>
        <translation>Файлдарды жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="256" />
        <source>Remove the files of the selected presentation</source>
        <translation>Таңдалған таныстырылымның файлдарын жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>&amp;Title (%1)</source>
        <translation>&amp;Атауы (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>Planned mi&amp;nutes</source>
        <translation>Рег&amp;ламент, мин</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Rapporteurs</source>
        <translation>&amp;Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Co-rapporteurs</source>
        <translation>&amp;Қосымша баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="261" />
        <source>Internal n&amp;otes</source>
        <translation>Қызметтік ж&amp;азбалар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Planned minutes</source>
        <translation>Регламент, минут</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Rapporteurs</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Co-rapporteurs</source>
        <translation>Қосымша баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="266" />
        <source>Internal notes</source>
        <translation>Қызметтік жазбалар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="272" />
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="273" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="274" />
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="275" />
        <source>Remove: %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="276" />
        <source>For the chair's script; not printed in the protocol</source>
        <translation>Төрағаның сценарийі үшін; хаттамада басылмайды</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="277" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="278" />
        <source>Project presentations</source>
        <translation>Жобалар таныстырылымы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="279" />
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Файлдарды тіркеу үшін оларды файл менеджерінен таныстырылымға сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>New agenda item</source>
        <translation>Күн тәртібінің жаңа мәселесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>Title (%1)</source>
        <translation>Атауы (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="327" />
        <source>Add an agenda item</source>
        <translation>Күн тәртібіне мәселе қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>%1-мәселені «%2» хаттамалық бөлігімен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="339" />
        <source>Remove an agenda item</source>
        <translation>Күн тәртібінің мәселесін жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="403" />
        <source>Move item %1 to %2</source>
        <translation>%1-мәселені %2-орынға жылжыту</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="420" />
        <source>Add a presentation</source>
        <translation>Таныстырылым қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="429" />
        <source>Remove the presentation “%1” and its files?</source>
        <translation>«%1» таныстырылымын және оның файлдарын жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="444" />
        <source>Remove a presentation</source>
        <translation>Таныстырылымды жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="452" />
        <source>Select a presentation to attach the files to.</source>
        <translation>Файлдар тіркелетін таныстырылымды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="458" />
        <source>Attach %1</source>
        <translation>%1 тіркеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <source>Remove the files of “%1”: %2?</source>
        <translation>«%1» таныстырылымының файлдарын жою керек пе: %2?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="479" />
        <source>Remove %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="31" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="84" />
        <source>Attendance list</source>
        <translation>Қатысушылар тізімі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Present</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Remote</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Absent</source>
        <translation>Қатыспайды</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="86" />
        <source>Excused</source>
        <translation>Дәлелді себеппен</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="89" />
        <source>Mark the selected as %1</source>
        <translation>Таңдалғандарды белгілеу: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="91" />
        <source>S&amp;ubstitute…</source>
        <translation>&amp;Алмастырушы…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="92" />
        <source>Add a substitute for the selected member</source>
        <translation>Таңдалған мүшенің орнына алмастырушыны қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="93" />
        <source>Invite &amp;guest…</source>
        <translation>&amp;Қонақ шақыру…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="94" />
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Шақырылған қонақты қосу (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="95" />
        <source>Remo&amp;ve guest</source>
        <translation>Қонақты а&amp;лып тастау</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="96" />
        <source>Remove the selected guest or substitute</source>
        <translation>Таңдалған қонақты немесе алмастырушыны алып тастау</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="97" />
        <source>Double-click a status to change it, or select people and press Ctrl+1 present, Ctrl+2 remote, Ctrl+3 absent, Ctrl+4 excused.</source>
        <translation>Мәртебені өзгерту үшін оны екі рет басыңыз немесе адамдарды таңдап, Ctrl+1 — қатысады, Ctrl+2 — қашықтан, Ctrl+3 — қатыспайды, Ctrl+4 — дәлелді себеппен пернелерін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="126" />
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: %3 мүшенің %2-і қатысады — </translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="128" />
        <source>quorum reached</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="129" />
        <source>no quorum (%1 needed)</source>
        <translation>кворум жоқ (%1 қажет)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="166" />
        <source>Mark as %1</source>
        <translation>Белгілеу: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="175" />
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="177" />
        <source>Invite a guest</source>
        <translation>Қонақ шақыру</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="183" />
        <source>Select the member who is being replaced first.</source>
        <translation>Алдымен алмастырылатын мүшені таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="185" />
        <source>Substitute for %1</source>
        <translation>Алмастырады: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="187" />
        <source>Add a substitute</source>
        <translation>Алмастырушыны қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="205" />
        <source>Remove %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>D&amp;ate</source>
        <translation>Кү&amp;ні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>&amp;Place (%1)</source>
        <translation>&amp;Өтетін орны (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>C&amp;ity (%1)</source>
        <translation>Қа&amp;ла (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Format</source>
        <translation>&amp;Форматы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Chair</source>
        <translation>&amp;Төраға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Secretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Restriction mark</source>
        <translation>Шектеу &amp;белгісі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="111" />
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Restriction mark</source>
        <translation>Шектеу белгісі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="123" />
        <source>e.g. For official use</source>
        <translation>мысалы, Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="124" />
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Органдар (бірлескен отырыс үшін екі немесе одан көп)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="130" />
        <source>Number in %1</source>
        <translation>%1 бойынша нөмірі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="163" />
        <source>number</source>
        <translation>нөмір</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="171" />
        <source>Change the bodies</source>
        <translation>Органдарды өзгерту</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="70" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="71" />
        <source>Protocol &amp;language</source>
        <translation>Хаттама &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="72" />
        <source>Language of the protocol</source>
        <translation>Хаттама тілі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="74" />
        <source>Kazakh and Russian</source>
        <translation>қазақша және орысша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark as &amp;held</source>
        <translation>&amp;Өткізілді деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark the meeting as held</source>
        <translation>Отырысты өткізілді деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>&amp;Draft protocol</source>
        <translation>Хаттама &amp;жобасы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>Mark the protocol as drafted</source>
        <translation>Хаттама жобасы дайындалды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>&amp;Sign and lock</source>
        <translation>&amp;Қол қойып, бекіту</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>Sign the protocol and lock it</source>
        <translation>Хаттамаға қол қойып, өзгертуге жабу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>&amp;Amend…</source>
        <translation>&amp;Түзету енгізу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>Amend the signed protocol (a new version)</source>
        <translation>Қол қойылған хаттамаға түзету енгізу (жаңа нұсқа)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Step &amp;back</source>
        <translation>Бір қадам &amp;артқа</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Return to the previous status</source>
        <translation>Алдыңғы мәртебеге қайтару</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="83" />
        <source>Signed versions</source>
        <translation>Қол қойылған нұсқалар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="98" />
        <source>Version %1, %2, %3</source>
        <translation>%1-нұсқа, %2, %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="102" />
        <source>Being amended: %1</source>
        <translation>Түзету енгізілуде: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="103" />
        <source>No signed version yet.</source>
        <translation>Әзірге қол қойылған нұсқа жоқ.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="109" />
        <source>Please confirm</source>
        <translation>Растаңыз</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="117" />
        <source>The protocol cannot be rendered: %1</source>
        <translation>Хаттаманы жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="125" />
        <source>Mark the meeting as held?</source>
        <translation>Отырысты өткізілді деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="129" />
        <source>Mark the protocol as drafted?</source>
        <translation>Хаттама жобасы дайындалды деп белгілеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="133" />
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Хаттамаға қол қойып, отырысты өзгертуге жабу керек пе? Қол қойылғаннан кейін өзгерістер тек жаңа нұсқамен енгізіледі.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="138" />
        <source>Return the meeting to its previous status?</source>
        <translation>Отырысты алдыңғы мәртебесіне қайтару керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Amend the protocol</source>
        <translation>Хаттамаға түзету енгізу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Reason for the amendment</source>
        <translation>Түзету негізі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="145" />
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Қол қойылған хаттаманы жаңа нұсқа үшін ашу керек пе (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="213" />
        <source>Texts in:</source>
        <translation>Мәтін тілі:</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="214" />
        <source>Language of the texts being edited</source>
        <translation>Өңделетін мәтіндердің тілі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>&amp;Details</source>
        <translation>&amp;Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;ttendance</source>
        <translation>&amp;Қатысу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;genda</source>
        <translation>Күн &amp;тәртібі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Minutes</source>
        <translation>Отырыстың &amp;барысы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Lifecycle</source>
        <translation>&amp;Кезеңдері</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Protocol</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="221" />
        <source>Meeting editor</source>
        <translation>Отырыс редакторы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="222" />
        <source>The protocol preview is not available yet.</source>
        <translation>Хаттаманы алдын ала қарау әзірге қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="295" />
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>%2 күнгі № %1 отырыс — %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="302" />
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>Хаттамаға қол қойылған (%1-нұсқа), оны өзгертуге болмайды. Өзгерту үшін «Кезеңдері» қойындысында «Түзету енгізу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="354" />
        <source>Edit %1</source>
        <translation>Өзгерту: %1</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>present</source>
        <translation>қатысады</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>remote</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>absent</source>
        <translation>қатыспайды</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="23" />
        <source>excused</source>
        <translation>дәлелді себеппен</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>rapporteur</source>
        <translation>баяндамашы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>co-rapporteur</source>
        <translation>қосымша баяндамашы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="77" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="264" />
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="78" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="250" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="265" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="79" />
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="80" />
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="81" />
        <source>Substitute for</source>
        <translation>Алмастырады</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="120" />
        <source>substitute</source>
        <translation>алмастырушы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="121" />
        <source>invited</source>
        <translation>шақырылған</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="134" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="229" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="135" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="141" />
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="136" />
        <source>Rapporteurs</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="138" />
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="203" />
        <source>unanimously</source>
        <translation>бірауыздан</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="206" />
        <source>for %1, against %2, abstained %3</source>
        <translation>жақтап — %1, қарсы — %2, қалыс — %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>not adopted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="222" />
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="223" />
        <source>Gist</source>
        <translation>Сөйлеген сөздің мәні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="230" />
        <source>Resolution</source>
        <translation>Қаулы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="232" />
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="233" />
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="239" />
        <source>Assignment</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="241" />
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="242" />
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="248" />
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="249" />
        <source>Presenter</source>
        <translation>Таныстырушы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="251" />
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="266" />
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="202" />
        <source>Agenda items</source>
        <translation>Күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="203" />
        <source>&amp;Heard (%1)</source>
        <translation>&amp;Тыңдалды (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="204" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="205" />
        <source>Speeches</source>
        <translation>Сөйлегендер</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="206" />
        <source>Spea&amp;ker</source>
        <translation>Сөй&amp;леуші</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="207" />
        <source>Gi&amp;st (%1)</source>
        <translation>Мә&amp;ні (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="208" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="209" />
        <source>Resolutions</source>
        <translation>Қаулы етті</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="210" />
        <source>Resolu&amp;tion (%1)</source>
        <translation>Қа&amp;улы (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="211" />
        <source>&amp;For</source>
        <translation>&amp;Жақтап</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="212" />
        <source>A&amp;gainst</source>
        <translation>Қа&amp;рсы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="213" />
        <source>A&amp;bstained</source>
        <translation>Қа&amp;лыс</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="214" />
        <source>Outco&amp;me</source>
        <translation>Нә&amp;тижесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="215" />
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="216" />
        <source>&amp;Unanimous</source>
        <translation>&amp;Бірауыздан</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="217" />
        <source>Unanimous: every member present votes for</source>
        <translation>Бірауыздан: қатысқан барлық мүше — «жақтап»</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>as the vote gives</source>
        <translation>дауыс беру нәтижесі бойынша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>adopted (exception)</source>
        <translation>қабылданды (ерекшелік)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="219" />
        <source>not adopted (exception)</source>
        <translation>қабылданбады (ерекшелік)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="221" />
        <source>Assignments of the resolution</source>
        <translation>Қаулы бойынша тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="222" />
        <source>Assignments</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>T&amp;ask (%1)</source>
        <translation>Тап&amp;сырма (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>Respo&amp;nsible</source>
        <translation>Жау&amp;апты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Responsible organisation</source>
        <translation>Жауапты ұйым</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <source>&amp;Deadline</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Gist</source>
        <translation>Сөйлеген сөздің мәні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Resolution text</source>
        <translation>Қаулы мәтіні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Votes for</source>
        <translation>«Жақтап» дауыстар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Votes against</source>
        <translation>«Қарсы» дауыстар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Abstained</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Reason for the exception</source>
        <translation>Ерекшелік негізі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add speech…</source>
        <translation>Сөз сөйлеуді қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add a speaker</source>
        <translation>Сөйлеушіні қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove speech</source>
        <translation>Сөз сөйлеуді жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove the selected speech</source>
        <translation>Таңдалған сөз сөйлеуді жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <source>Add resolution…</source>
        <translation>Қаулы қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="378" />
        <source>Add a resolution</source>
        <translation>Қаулы қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="387" />
        <source>Remove resolution</source>
        <translation>Қаулыны жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <source>Remove the selected resolution</source>
        <translation>Таңдалған қаулыны жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <source>Add assignment…</source>
        <translation>Тапсырма қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="416" />
        <source>Add an assignment</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="244" />
        <source>Remove assignment</source>
        <translation>Тапсырманы жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="245" />
        <source>Remove the selected assignment</source>
        <translation>Таңдалған тапсырманы жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="316" />
        <source>members present: %1</source>
        <translation>қатысқан мүшелер: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="329" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="331" />
        <source>Unanimous</source>
        <translation>Бірауыздан</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="337" />
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="347" />
        <source>Who spoke?</source>
        <translation>Кім сөйледі?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="353" />
        <source>Add a speech</source>
        <translation>Сөз сөйлеуді қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="363" />
        <source>Remove a speech</source>
        <translation>Сөз сөйлеуді жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>New resolution</source>
        <translation>Жаңа қаулы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>Resolution (%1)</source>
        <translation>Қаулы (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="388" />
        <source>Remove resolution %1 with its assignments?</source>
        <translation>%1 қаулысын тапсырмаларымен бірге жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="401" />
        <source>Remove a resolution</source>
        <translation>Қаулыны жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>New assignment</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>Task (%1)</source>
        <translation>Тапсырма (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="427" />
        <source>Remove an assignment</source>
        <translation>Тапсырманы жою</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="31" />
        <source>New meeting</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="34" />
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Органдар (бірлескен отырыс үшін екі немесе одан көп таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="44" />
        <source>Body: %1</source>
        <translation>Орган: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="49" />
        <source>Number in %1</source>
        <translation>%1 бойынша нөмірі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="57" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="59" />
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="60" />
        <source>Place (%1)</source>
        <translation>Өтетін орны (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="62" />
        <source>English</source>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="63" />
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="67" />
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="68" />
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="81" />
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="82" />
        <source>N&amp;umber</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="83" />
        <source>&amp;Start time</source>
        <translation>&amp;Басталу уақыты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="84" />
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Өтетін орны (орысша)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="85" />
        <source>Place (&amp;Kazakh)</source>
        <translation>Өтетін орны (&amp;қазақша)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="86" />
        <source>Place (&amp;English)</source>
        <translation>Өтетін орны (&amp;ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="87" />
        <source>&amp;Format</source>
        <translation>&amp;Форматы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="88" />
        <source>K&amp;ind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="89" />
        <source>&amp;Chair</source>
        <translation>&amp;Төраға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="90" />
        <source>S&amp;ecretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="77" />
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="79" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="88" />
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="80" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="89" />
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="81" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="90" />
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="82" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="91" />
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="83" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="92" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="229" />
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="230" />
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="232" />
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="233" />
        <source>Remove: %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="178" />
        <source>Choose: %1</source>
        <translation>Таңдау: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="179" />
        <source>Choose a person</source>
        <translation>Тұлғаны таңдау</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="182" />
        <source>Clear: %1</source>
        <translation>Тазалау: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="183" />
        <source>Clear</source>
        <translation>Тазалау</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="118" />
        <source>Choose a person</source>
        <translation>Тұлғаны таңдау</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="120" />
        <source>Search people</source>
        <translation>Адамдарды іздеу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="121" />
        <source>Type part of a name…</source>
        <translation>Аты-жөнінің бір бөлігін теріңіз…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="123" />
        <source>People found</source>
        <translation>Табылған адамдар</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="126" />
        <source>&amp;New person…</source>
        <translation>&amp;Жаңа тұлға…</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="49" />
        <source>Add a project presentation</source>
        <translation>Жоба таныстырылымын қосу</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="50" />
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="53" />
        <source>Presenter</source>
        <translation>Таныстырушы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="54" />
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="55" />
        <source>(the project's organisation)</source>
        <translation>(жобаның ұйымы)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="59" />
        <source>&amp;Project</source>
        <translation>&amp;Жоба</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="60" />
        <source>P&amp;resenter</source>
        <translation>&amp;Таныстырушы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="61" />
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
</context>
</TS>