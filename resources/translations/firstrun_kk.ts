<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BodyPage</name>
    <message>
        <source>Council body</source>
        <translation>Кеңес органы</translation>
    </message>
    <message>
        <source>The council (or commission) whose meetings you keep, with its quorum and majority rules. More bodies can be added later under Council bodies and membership.</source>
        <translation>Отырыстарын жүргізетін кеңес (немесе комиссия), кворум және көпшілік дауыс ережелерімен. Басқа органдарды кейін «Кеңес органдары және мүшелік» бөлімінде қосуға болады.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>&amp;Ағылшынша атауы</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Кворум</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>&amp;Көпшілік дауыс</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Кворум ережесі</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Белгіленген кворум (мүше)</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Көпшілік дауыс ережесі</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Plan a meeting with Ctrl+N in Meetings. Help (F1) opens the guide at the page of the view you are in; Help → Guided start… brings these steps back.</source>
        <translation>«Отырыстар» бөлімінде Ctrl+N арқылы отырысты жоспарлаңыз. Анықтама (F1) нұсқаулықты ағымдағы бөлімнің бетінде ашады; Анықтама → Бастапқы баптау… осы қадамдарды қайтарады.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Council Desktop — guided start</source>
        <translation>Council Desktop — бастапқы баптау</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>Қадамды &amp;өткізу</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>&amp;Барлығын өткізу</translation>
    </message>
    <message>
        <source>&amp;Guided start…</source>
        <translation>&amp;Бастапқы баптау…</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The language of the window. Documents are printed in any of the three.</source>
        <translation>Бағдарлама терезесінің тілі. Құжаттар үш тілдің кез келгенінде басылады.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Интерфейс тілі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
    <message>
        <source>The members of the council body, from a spreadsheet (CSV or Excel, one person a row: surname, name, patronymic, position, organisation…), or the demo meeting to look around first.</source>
        <translation>Кеңес органының мүшелері — электрондық кестеден (CSV немесе Excel, әр жолда бір адам: тегі, аты, әкесінің аты, лауазымы, ұйымы…), немесе алдымен танысу үшін демонстрациялық отырыс.</translation>
    </message>
    <message>
        <source>&amp;Import members from a spreadsheet…</source>
        <translation>Мүшелерді электрондық кестеден &amp;жүктеу…</translation>
    </message>
    <message>
        <source>Load the &amp;demo meeting</source>
        <translation>&amp;Демонстрациялық отырысты жүктеу</translation>
    </message>
    <message numerus="yes">
        <source>%n people imported.</source>
        <translation>
            <numerusform>%n адам жүктелді.</numerusform><numerusform>%n адам жүктелді.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them made members of %1 from today.</source>
        <translation>
            <numerusform>Олардың %n-і бүгіннен бастап «%1» құрамына енгізілді.</numerusform><numerusform>Олардың %n-і бүгіннен бастап «%1» құрамына енгізілді.</numerusform></translation>
    </message>
    <message>
        <source>The demo meeting is loaded: a joint meeting of two councils with its agenda, minutes and assignments.</source>
        <translation>Демонстрациялық отырыс жүктелді: екі кеңестің күн тәртібі, барысы және тапсырмалары бар бірлескен отырысы.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Сіздің ұйымыңыз</translation>
    </message>
    <message>
        <source>Its name as the letterhead of every document prints it, in each language, and its logo.</source>
        <translation>Оның әр тілдегі атауы — әр құжаттың бланкісі қалай басса, солай — және логотипі.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>&amp;Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Логотипті таңдау…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Логотип суретін таңдау</translation>
    </message>
    <message>
        <source>Type the organisation's name in at least one language, or skip this step.</source>
        <translation>Ұйымның атауын кемінде бір тілде енгізіңіз немесе бұл қадамды өткізіп жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Members from a spreadsheet</source>
        <translation>Мүшелер электрондық кестеден</translation>
    </message>
    <message>
        <source>Lists of people (*.xlsx *.csv);;All files (*)</source>
        <translation>Адамдар тізімдері (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
</TS>