<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Keys of meeting mode (Esc closes this list)</source>
        <translation>Отырыс режимінің пернелері (Esc тізімді жабады)</translation>
    </message>
    <message>
        <source>Keys of meeting mode</source>
        <translation>Отырыс режимінің пернелері</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Speaker field: add the speaker typed</source>
        <translation>Сөйлеуші өрісі: терілген адамды қосу</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Әріптер</translation>
    </message>
    <message>
        <source>Attendees: type the start of a name to go to it</source>
        <translation>Қатысушылар: тегінің басын теріп, соған өтіңіз</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+әріп</translation>
    </message>
    <message>
        <source>The field whose label has that letter underlined</source>
        <translation>Атауында осы әріптің асты сызылған өріс</translation>
    </message>
</context>
<context>
    <name>MeetingModeLauncher</name>
    <message>
        <source>Meeting mode</source>
        <translation>Отырыс режимі</translation>
    </message>
    <message>
        <source>Open meeting mode: the meeting as it happens, by keyboard (F11)</source>
        <translation>Отырыс режимін ашу: отырыс барысы, пернетақтамен (F11)</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Отырыс режимі</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Сөйлеушілер тізімі</translation>
    </message>
    <message>
        <source>Add a speaker: type a name, Enter</source>
        <translation>Сөйлеушіні қосу: тегін теріп, Enter</translation>
    </message>
    <message>
        <source>Type a name, Enter adds the speaker (F3)</source>
        <translation>Тегін теріңіз, Enter сөйлеушіні қосады (F3)</translation>
    </message>
    <message>
        <source>Speakers waiting, the first speaks next</source>
        <translation>Сөз күтушілер, біріншісі келесі сөйлейді</translation>
    </message>
    <message>
        <source>&amp;Limit, min:</source>
        <translation>&amp;Регламент, мин:</translation>
    </message>
    <message>
        <source>Speaking time limit in minutes</source>
        <translation>Сөз сөйлеу регламенті, минутпен</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Дауыс беру</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Жақтап</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Қарсы</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>Қа&amp;лыс</translation>
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
        <source>Member</source>
        <translation>Кеңес мүшесі</translation>
    </message>
    <message>
        <source>Roll-call vote: 1 for, 2 against, 3 abstained, 0 none</source>
        <translation>Атаулы дауыс беру: 1 жақтап, 2 қарсы, 3 қалыс, 0 дауыс бермеді</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Залда</translation>
    </message>
    <message>
        <source>Attendees: Space marks an arrival or a departure</source>
        <translation>Қатысушылар: бос орын пернесі келгенін немесе кеткенін белгілейді</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Жоспарлы және нақты уақыты бар күн тәртібі</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Экран:</translation>
    </message>
    <message>
        <source>Screen the projector view opens on</source>
        <translation>Проектор көрінісі ашылатын экран</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Language of the projector view</source>
        <translation>Проектор көрінісінің тілі</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Пернелер (F1)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Күн тәртібінің келесі мәселесі</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Күн тәртібінің алдыңғы мәселесі</translation>
    </message>
    <message>
        <source>Go to the attendees</source>
        <translation>Қатысушыларға өту</translation>
    </message>
    <message>
        <source>Attendees: mark an arrival or a departure</source>
        <translation>Қатысушылар: келгенін немесе кеткенін белгілеу</translation>
    </message>
    <message>
        <source>Add a speaker (type-ahead over the attendees)</source>
        <translation>Сөйлеушіні қосу (қатысушылар бойынша ұсыныс)</translation>
    </message>
    <message>
        <source>Speakers: move up</source>
        <translation>Сөйлеушілер: жоғары</translation>
    </message>
    <message>
        <source>Speakers: move down</source>
        <translation>Сөйлеушілер: төмен</translation>
    </message>
    <message>
        <source>Speakers: remove from the list</source>
        <translation>Сөйлеушілер: тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s timer</source>
        <translation>Сөйлеушінің таймерін қосу немесе кідірту</translation>
    </message>
    <message>
        <source>The speaker has finished: record the speech</source>
        <translation>Сөйлеуші сөзін аяқтады: сөзді жазу</translation>
    </message>
    <message>
        <source>Next resolution to vote on</source>
        <translation>Дауысқа қойылатын келесі шешім</translation>
    </message>
    <message>
        <source>Vote by show of hands: enter the counts</source>
        <translation>Қол көтеру арқылы дауыс беру: дауыс санын енгізу</translation>
    </message>
    <message>
        <source>Show of hands: record the counts</source>
        <translation>Қол көтеру арқылы дауыс беру: нәтижесін жазу</translation>
    </message>
    <message>
        <source>Unanimous vote</source>
        <translation>Бірауыздан</translation>
    </message>
    <message>
        <source>Roll-call vote: each member by name</source>
        <translation>Атаулы дауыс беру: әр мүше аты-жөнімен</translation>
    </message>
    <message>
        <source>Roll call: for</source>
        <translation>Атаулы: жақтап</translation>
    </message>
    <message>
        <source>Roll call: against</source>
        <translation>Атаулы: қарсы</translation>
    </message>
    <message>
        <source>Roll call: abstained</source>
        <translation>Атаулы: қалыс</translation>
    </message>
    <message>
        <source>Roll call: no vote</source>
        <translation>Атаулы: дауыс бермеді</translation>
    </message>
    <message>
        <source>Roll call: record the vote</source>
        <translation>Атаулы: дауыс беруді жазу</translation>
    </message>
    <message>
        <source>Close the vote entry or the key list</source>
        <translation>Дауыс енгізуді немесе пернелер тізімін жабу</translation>
    </message>
    <message>
        <source>Projector view on or off</source>
        <translation>Проектор көрінісін қосу немесе өшіру</translation>
    </message>
    <message>
        <source>Blank the projector, or show it again</source>
        <translation>Проекторды қараңғылау немесе қайта көрсету</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Толық экран режимі қосу/өшіру</translation>
    </message>
    <message>
        <source>List of keys</source>
        <translation>Пернелер тізімі</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Отырыс режимінен шығу</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>%2 күнгі № %1 отырыс — %3</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>кворум бар</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>КВОРУМ ЖОҚ</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present, %4 needed — %5</source>
        <translation>%1: %3 мүшенің %2-і қатысуда, %4 қажет — %5</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>No item is open: PgDown opens the next one</source>
        <translation>Ешбір мәселе ашылмаған: PgDown келесісін ашады</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>%2 мәселенің %1-і</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Баяндамашы: %1</translation>
    </message>
    <message>
        <source>(guest)</source>
        <translation>(шақырылған)</translation>
    </message>
    <message>
        <source>No resolution to vote on in this item</source>
        <translation>Бұл мәселеде дауысқа қойылатын шешім жоқ</translation>
    </message>
    <message>
        <source>Not voted yet: F7 show of hands, F8 unanimous, F9 roll call</source>
        <translation>Әлі дауыс берілмеді: F7 қол көтеру, F8 бірауыздан, F9 атаулы</translation>
    </message>
    <message>
        <source>Unanimous (%1)</source>
        <translation>Бірауыздан (%1)</translation>
    </message>
    <message>
        <source>For %1, against %2, abstained %3</source>
        <translation>Жақтап %1, қарсы %2, қалыс %3</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>атаулы</translation>
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
        <source>Started %1, running %2</source>
        <translation>%1-де басталды, жүріп жатыр %2</translation>
    </message>
    <message>
        <source>planned %1 min</source>
        <translation>жоспар бойынша %1 мин</translation>
    </message>
    <message>
        <source>overrun %1</source>
        <translation>асып кетті %1</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>сөйлеп тұр</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>кідіріс</translation>
    </message>
    <message>
        <source>next: F5 starts</source>
        <translation>келесі: F5 — бастау</translation>
    </message>
    <message>
        <source>No one is waiting to speak</source>
        <translation>Ешкім сөз күтпейді</translation>
    </message>
    <message>
        <source>Open an item first (PgDown)</source>
        <translation>Алдымен мәселені ашыңыз (PgDown)</translation>
    </message>
    <message>
        <source>No single attendee matches “%1”</source>
        <translation>«%1» сәйкес келетін жалғыз қатысушы жоқ</translation>
    </message>
    <message>
        <source>Start the speaker&apos;s timer first (F5)</source>
        <translation>Алдымен сөйлеушінің таймерін қосыңыз (F5)</translation>
    </message>
    <message>
        <source>Projector: blank (Ctrl+B shows it)</source>
        <translation>Проектор: қараңғы (Ctrl+B — көрсету)</translation>
    </message>
    <message>
        <source>Projector: on (F12)</source>
        <translation>Проектор: қосулы (F12)</translation>
    </message>
    <message>
        <source>Projector: off (F12)</source>
        <translation>Проектор: өшірулі (F12)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>%2 мәселенің %1-і</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Баяндамашы: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Сөйлеуде: %1</translation>
    </message>
    <message>
        <source>Vote on %1: for %2, against %3, abstained %4</source>
        <translation>%1 бойынша дауыс беру: жақтап — %2, қарсы — %3, қалыс — %4</translation>
    </message>
    <message>
        <source>Vote on %1: unanimous (%2)</source>
        <translation>%1 бойынша дауыс беру: бірауыздан (%2)</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — adopted</source>
        <translation>%1: жақтап %2, қарсы %3, қалыс %4 — қабылданды</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — not adopted</source>
        <translation>%1: жақтап %2, қарсы %3, қалыс %4 — қабылданбады</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Шешім қабылданбады</translation>
    </message>
    <message>
        <source>Meeting No. %1</source>
        <translation>№ %1 отырыс</translation>
    </message>
</context>
</TS>
