<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Күн тәртібінің мәселелері (Alt+Жоғары / Alt+Төмен — жылжыту)</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Мәселе қосу…</translation>
    </message>
    <message>
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Күн тәртібіне мәселе қосу (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Мәселені жою</translation>
    </message>
    <message>
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Күн тәртібінің мәселесін жою (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Мәселені жоғары жылжыту (Alt+Жоғары)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Мәселені төмен жылжыту (Alt+Төмен)</translation>
    </message>
    <message>
        <source>Add presentation…</source>
        <translation>Таныстырылым қосу…</translation>
    </message>
    <message>
        <source>Add a project presentation</source>
        <translation>Жоба таныстырылымын қосу</translation>
    </message>
    <message>
        <source>Remove presentation</source>
        <translation>Таныстырылымды жою</translation>
    </message>
    <message>
        <source>Remove the selected presentation</source>
        <translation>Таңдалған таныстырылымды жою</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Файлдарды тіркеу…</translation>
    </message>
    <message>
        <source>Attach files to the selected presentation</source>
        <translation>Таңдалған таныстырылымға файлдар тіркеу</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Файлдарды жою</translation>
    </message>
    <message>
        <source>Remove the files of the selected presentation</source>
        <translation>Таңдалған таныстырылымның файлдарын жою</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Күн тәртібінің мәселесін жою</translation>
    </message>
    <message>
        <source>&amp;Title (%1)</source>
        <translation>А&amp;тауы (%1)</translation>
    </message>
    <message>
        <source>Planned mi&amp;nutes</source>
        <translation>Рег&amp;ламент, мин</translation>
    </message>
    <message>
        <source>&amp;Rapporteurs</source>
        <translation>&amp;Баяндамашылар</translation>
    </message>
    <message>
        <source>&amp;Co-rapporteurs</source>
        <translation>&amp;Қосымша баяндамашылар</translation>
    </message>
    <message>
        <source>Internal n&amp;otes</source>
        <translation>Қызметтік &amp;жазбалар</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Регламент, минут</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation>Қосымша баяндамашылар</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Қызметтік жазбалар</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Жою: %1</translation>
    </message>
    <message>
        <source>For the chair&apos;s script; not printed in the protocol</source>
        <translation>Төрағаның сценарийі үшін; хаттамада басылмайды</translation>
    </message>
    <message>
        <source>Project presentations</source>
        <translation>Жобалар таныстырылымы</translation>
    </message>
    <message>
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Файлдарды тіркеу үшін оларды файл менеджерінен таныстырылымға сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Күн тәртібінің жаңа мәселесі</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Атауы (%1)</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Күн тәртібіне мәселе қосу</translation>
    </message>
    <message>
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>%1-мәселені «%2» хаттамалық бөлігімен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Күн тәртібінің мәселесін жою</translation>
    </message>
    <message>
        <source>Move item %1 to %2</source>
        <translation>%1-мәселені %2-орынға жылжыту</translation>
    </message>
    <message>
        <source>Add a presentation</source>
        <translation>Таныстырылым қосу</translation>
    </message>
    <message>
        <source>Remove the presentation “%1” and its files?</source>
        <translation>«%1» таныстырылымын және оның файлдарын жою керек пе?</translation>
    </message>
    <message>
        <source>Remove a presentation</source>
        <translation>Таныстырылымды жою</translation>
    </message>
    <message>
        <source>Select a presentation to attach the files to.</source>
        <translation>Файлдар тіркелетін таныстырылымды таңдаңыз.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 тіркеу</translation>
    </message>
    <message>
        <source>Remove the files of “%1”: %2?</source>
        <translation>«%1» таныстырылымының файлдарын жою керек пе: %2?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Қатысушылар тізімі</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысады</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Қатыспайды</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Дәлелді себеппен</translation>
    </message>
    <message>
        <source>Mark the selected as %1</source>
        <translation>Таңдалғандарды белгілеу: %1</translation>
    </message>
    <message>
        <source>%1 (key %2 on the list)</source>
        <translation>%1 (тізімде %2 пернесі)</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>&amp;Барлығы қатысады</translation>
    </message>
    <message>
        <source>Mark everyone on the list as present</source>
        <translation>Тізімдегі барлығын қатысады деп белгілеу</translation>
    </message>
    <message>
        <source>Add an invited guest</source>
        <translation>Шақырылған қонақты қосу</translation>
    </message>
    <message>
        <source>S&amp;ubstitute…</source>
        <translation>Алмас&amp;тырушы…</translation>
    </message>
    <message>
        <source>Add a substitute for the selected member</source>
        <translation>Таңдалған мүшенің орнына алмастырушыны қосу</translation>
    </message>
    <message>
        <source>Invite &amp;guest…</source>
        <translation>&amp;Қонақ шақыру…</translation>
    </message>
    <message>
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Шақырылған қонақты қосу (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&amp;Remove guest</source>
        <translation>Қонақты а&amp;лып тастау</translation>
    </message>
    <message>
        <source>Double-click a status to change it, or select people in the list and press 1 present, 2 remote, 3 absent, 4 excused; Ctrl+Shift+P marks everyone present.</source>
        <translation>Мәртебені өзгерту үшін оны екі рет басыңыз немесе тізімнен адамдарды таңдап, 1 — қатысады, 2 — қашықтан, 3 — қатыспайды, 4 — дәлелді себеппен пернелерін басыңыз; Ctrl+Shift+P барлығын қатысады деп белгілейді.</translation>
    </message>
    <message>
        <source>Remove the selected guest or substitute</source>
        <translation>Таңдалған қонақты немесе алмастырушыны алып тастау</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: %3 мүшенің %2-і қатысады — </translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <source>no quorum (%1 needed)</source>
        <translation>кворум жоқ (%1 қажет)</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Белгілеу: %1</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Қонақ шақыру</translation>
    </message>
    <message>
        <source>Select the member who is being replaced first.</source>
        <translation>Алдымен алмастырылатын мүшені таңдаңыз.</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Алмастырады: %1</translation>
    </message>
    <message>
        <source>Add a substitute</source>
        <translation>Алмастырушыны қосу</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>К&amp;үні</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <source>&amp;Place (%1)</source>
        <translation>Өтетін &amp;орны (%1)</translation>
    </message>
    <message>
        <source>C&amp;ity (%1)</source>
        <translation>Қа&amp;ла (%1)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Төраға</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Фор&amp;маты</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>&amp;Хатшы</translation>
    </message>
    <message>
        <source>&amp;Restriction mark</source>
        <translation>Шектеу &amp;белгісі</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Аяқталу уақыты</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Restriction mark</source>
        <translation>Шектеу белгісі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>e.g. For official use</source>
        <translation>мысалы, Қызмет бабында пайдалану үшін</translation>
    </message>
    <message>
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Органдар (бірлескен отырыс үшін екі немесе одан көп)</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>%1 бойынша нөмірі</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмір</translation>
    </message>
    <message>
        <source>Change the bodies</source>
        <translation>Органдарды өзгерту</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation>Отырысты өткізілді деп белгілеу</translation>
    </message>
    <message>
        <source>Protocol language</source>
        <translation>Хаттама тілі</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>Өткізілді деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>&amp;Draft protocol</source>
        <translation>Хаттама &amp;жобасы</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted</source>
        <translation>Хаттама жобасы дайындалды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Қол қойып, бекіту</translation>
    </message>
    <message>
        <source>Sign the protocol and lock it</source>
        <translation>Хаттамаға қол қойып, өзгертуге жабу</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Түзету &amp;енгізу…</translation>
    </message>
    <message>
        <source>Amend the signed protocol (a new version)</source>
        <translation>Қол қойылған хаттамаға түзету енгізу (жаңа нұсқа)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Бір қадам а&amp;ртқа</translation>
    </message>
    <message>
        <source>Return to the previous status</source>
        <translation>Алдыңғы мәртебеге қайтару</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Қол қойылған нұсқалар</translation>
    </message>
    <message>
        <source>%1 (chosen at the top, “Protocol in”)</source>
        <translation>%1 (жоғарыда таңдалады, «Хаттама тілі»)</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>%1-нұсқа, %2, %3</translation>
    </message>
    <message>
        <source>Being amended: %1</source>
        <translation>Түзету енгізілуде: %1</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>Әзірге қол қойылған нұсқа жоқ.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Растаңыз</translation>
    </message>
    <message>
        <source>Mark the meeting as held?</source>
        <translation>Отырысты өткізілді деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted?</source>
        <translation>Хаттама жобасы дайындалды деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Хаттамаға қол қойып, отырысты өзгертуге жабу керек пе? Қол қойылғаннан кейін өзгерістер тек жаңа нұсқамен енгізіледі.</translation>
    </message>
    <message>
        <source>Return the meeting to its previous status?</source>
        <translation>Отырысты алдыңғы мәртебесіне қайтару керек пе?</translation>
    </message>
    <message>
        <source>Amend the protocol</source>
        <translation>Хаттамаға түзету енгізу</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Түзету негізі</translation>
    </message>
    <message>
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Қол қойылған хаттаманы жаңа нұсқа үшін ашу керек пе (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Texts in:</source>
        <translation>Мәтін тілі:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>Show or hide the list of meetings</source>
        <translation>Отырыстар тізімін көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Өңделетін мәтіндердің тілі</translation>
    </message>
    <message>
        <source>Protocol in:</source>
        <translation>Хаттама тілі:</translation>
    </message>
    <message>
        <source>Language of the protocol (printed and signed in it)</source>
        <translation>Хаттама тілі (хаттама осы тілде басылып, қол қойылады)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
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
        <source>Minutes</source>
        <translation>Отырыстың барысы</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Кезеңдері</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Meeting editor</source>
        <translation>Отырыс редакторы</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>%2 күнгі № %1 отырыс — %3</translation>
    </message>
    <message>
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>Хаттамаға қол қойылған (%1-нұсқа), оны өзгертуге болмайды. Өзгерту үшін «Кезеңдері» қойындысында «Түзету енгізу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>agenda item %1 “%2”</source>
        <translation>күн тәртібінің %1-тармағы «%2»</translation>
    </message>
    <message>
        <source>the presentation “%1” under item %2</source>
        <translation>%2-тармақ бойынша «%1» таныстырылымы</translation>
    </message>
    <message>
        <source>the file %1 of the presentation “%2”</source>
        <translation>«%2» таныстырылымының %1 файлы</translation>
    </message>
    <message>
        <source>the speech of %1 under item %2</source>
        <translation>%2-тармақ бойынша сөз (%1)</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>%1 шешімі</translation>
    </message>
    <message>
        <source>an assignment of resolution %1</source>
        <translation>%1 шешімі бойынша тапсырма</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>отырыс</translation>
    </message>
    <message>
        <source>the attendance of %1</source>
        <translation>қатысу белгісі (%1)</translation>
    </message>
    <message>
        <source>who signs for %1</source>
        <translation>%1 атынан қол қоятындар</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>present</source>
        <translation>қатысады</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>қатыспайды</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>дәлелді себеппен</translation>
    </message>
    <message>
        <source>for</source>
        <translation>жақтап</translation>
    </message>
    <message>
        <source>against</source>
        <translation>қарсы</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>қалыс</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>баяндамашы</translation>
    </message>
    <message>
        <source>co-rapporteur</source>
        <translation>қосымша баяндамашы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Алмастырады</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>алмастырушы</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>шақырылған</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Баяндамашылар</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>unanimously</source>
        <translation>бірауыздан</translation>
    </message>
    <message>
        <source>for %1, against %2, abstained %3</source>
        <translation>жақтап — %1, қарсы — %2, қалыс — %3</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Сөйлеген сөздің мәні</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Қаулы</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Таныстырушы</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Agenda items</source>
        <translation>Күн тәртібінің мәселелері</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Сөйлегендер</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>Сөйлеу&amp;ші</translation>
    </message>
    <message>
        <source>Gi&amp;st (%1)</source>
        <translation>Мә&amp;ні (%1)</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Қаулы етті</translation>
    </message>
    <message>
        <source>Resolu&amp;tion (%1)</source>
        <translation>Қа&amp;улы (%1)</translation>
    </message>
    <message>
        <source>Hea&amp;rd (%1)</source>
        <translation>Т&amp;ыңдалды (%1)</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>&amp;Жақтап</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>Қа&amp;рсы</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>Қа&amp;лыс</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>Нәт&amp;ижесі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>&amp;Unanimous</source>
        <translation>&amp;Бірауыздан</translation>
    </message>
    <message>
        <source>Unanimous: every member present votes for</source>
        <translation>Бірауыздан: қатысқан барлық мүше — «жақтап»</translation>
    </message>
    <message>
        <source>as the vote gives</source>
        <translation>дауыс беру нәтижесі бойынша</translation>
    </message>
    <message>
        <source>adopted (exception)</source>
        <translation>қабылданды (ерекшелік)</translation>
    </message>
    <message>
        <source>not adopted (exception)</source>
        <translation>қабылданбады (ерекшелік)</translation>
    </message>
    <message>
        <source>Assignments of the resolution</source>
        <translation>Қаулы бойынша тапсырмалар</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>T&amp;ask (%1)</source>
        <translation>Тап&amp;сырма (%1)</translation>
    </message>
    <message>
        <source>Respo&amp;nsible</source>
        <translation>Жауап&amp;ты</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Жауапты ұйым</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Мерзімі</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Сөйлеген сөздің мәні</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Қаулы мәтіні</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>«Жақтап» дауыстар</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>«Қарсы» дауыстар</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Қалыс қалғандар</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Votes per body</source>
        <translation>Органдар бойынша дауыстар</translation>
    </message>
    <message>
        <source>Counted per body (for, against, abstained), where each body needs its own majority:</source>
        <translation>Органдар бойынша санау («жақтап», «қарсы», «қалыс»), әр органға өз көпшілігі қажет болғанда:</translation>
    </message>
    <message>
        <source>Record per bod&amp;y</source>
        <translation>&amp;Органдар бойынша жазу</translation>
    </message>
    <message>
        <source>Record the votes counted per body</source>
        <translation>Органдар бойынша есептелген дауыстарды жазу</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Ерекшелік негізі</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Add speech…</source>
        <translation>Сөз сөйлеуді қосу…</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Сөйлеушіні қосу</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Сөз сөйлеуді жою</translation>
    </message>
    <message>
        <source>Remove the selected speech</source>
        <translation>Таңдалған сөз сөйлеуді жою</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Қаулы қосу…</translation>
    </message>
    <message>
        <source>Add a resolution</source>
        <translation>Қаулы қосу</translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation>Қаулыны жою</translation>
    </message>
    <message>
        <source>Remove the selected resolution</source>
        <translation>Таңдалған қаулыны жою</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Тапсырма қосу…</translation>
    </message>
    <message>
        <source>Add an assignment</source>
        <translation>Тапсырма қосу</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Тапсырманы жою</translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation>Таңдалған тапсырманы жою</translation>
    </message>
    <message>
        <source>members present: %1</source>
        <translation>қатысқан мүшелер: %1</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Бірауыздан</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Who spoke?</source>
        <translation>Кім сөйледі?</translation>
    </message>
    <message>
        <source>Add a speech</source>
        <translation>Сөз сөйлеуді қосу</translation>
    </message>
    <message>
        <source>Remove a speech</source>
        <translation>Сөз сөйлеуді жою</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Жаңа қаулы</translation>
    </message>
    <message>
        <source>Resolution (%1)</source>
        <translation>Қаулы (%1)</translation>
    </message>
    <message>
        <source>Remove resolution %1 with its assignments?</source>
        <translation>%1 қаулысын тапсырмаларымен бірге жою керек пе?</translation>
    </message>
    <message>
        <source>Remove a resolution</source>
        <translation>Қаулыны жою</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <source>Task (%1)</source>
        <translation>Тапсырма (%1)</translation>
    </message>
    <message>
        <source>Remove an assignment</source>
        <translation>Тапсырманы жою</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Органдар (бірлескен отырыс үшін екі немесе одан көп таңдаңыз)</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Орган: %1</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>%1 бойынша нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Басталу уақыты</translation>
    </message>
    <message>
        <source>Place (%1)</source>
        <translation>Өтетін орны (%1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Нөмірі</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Басталу уақыты</translation>
    </message>
    <message>
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Өтетін орны (орысша)</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh)</source>
        <translation>Өтетін орны (&amp;қазақша)</translation>
    </message>
    <message>
        <source>Place (&amp;English)</source>
        <translation>Өтетін орны (&amp;ағылшынша)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Форматы</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>Тү&amp;рі</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Төраға</translation>
    </message>
    <message>
        <source>Sec&amp;retary</source>
        <translation>&amp;Хатшы</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Қосу: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Жою: %1</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Before marking the meeting held</source>
        <translation>Отырысты өткізілді деп белгілеу алдында</translation>
    </message>
    <message>
        <source>Before signing the protocol</source>
        <translation>Хаттамаға қол қою алдында</translation>
    </message>
    <message>
        <source>Fix what blocks this step; the rest may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>Бұл қадамға кедергі болатынын түзетіңіз; қалғанын себебін көрсетіп қабылдауға болады, ол өзгерістер журналында сақталады. Жолды екі рет басу оны түзететін жерге апарады.</translation>
    </message>
    <message>
        <source>These may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>Мұны себебін көрсетіп қабылдауға болады, ол өзгерістер журналында сақталады. Жолды екі рет басу оны түзететін жерге апарады.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Табылғандар</translation>
    </message>
    <message>
        <source>Blocks: </source>
        <translation>Кедергі: </translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Тексеріңіз: </translation>
    </message>
    <message>
        <source>Reason for accepting</source>
        <translation>Қабылдау себебі</translation>
    </message>
    <message>
        <source>Why the protocol may go ahead as it is</source>
        <translation>Хаттаманы неге осы күйінде қалдыруға болады</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting:</source>
        <translation>Қабылдау &amp;себебі:</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Accept and continue</source>
        <translation>Қабылдап, &amp;жалғастыру</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Add a project presentation</source>
        <translation>Жоба таныстырылымын қосу</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Таныстырушы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>(the project&apos;s organisation)</source>
        <translation>(жобаның ұйымы)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Жоба</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>&amp;Таныстырушы</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Ұйым</translation>
    </message>
</context>
</TS>
