<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BodiesView</name>
    <message>
        <source>Council bodies</source>
        <translation>Кеңес органдары</translation>
    </message>
    <message>
        <source>New council body</source>
        <translation>Жаңа кеңес органы</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Кворум ережесі</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Тіркелген кворум (мүшелер)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Көпшілік ережесі</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Көпшілік</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the council body</source>
        <translation>Кеңес органын сақтау</translation>
    </message>
    <message>
        <source>the term of %1</source>
        <translation>мүшелік мерзімі (%1)</translation>
    </message>
    <message>
        <source>a membership term</source>
        <translation>мүшелік мерзімі</translation>
    </message>
</context>
<context>
    <name>Columns</name>
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
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Council bodies</source>
        <translation>Кеңес органдары</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Мүше</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өткізілетін орны</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Жетекшісі</translation>
    </message>
</context>
<context>
    <name>CopyChooser</name>
    <message>
        <source>Check a copy of a protocol</source>
        <translation>Хаттама көшірмесін тексеру</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF құжаттары (*.pdf);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>Кеңес дерекқоры (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Council database (*.db)</source>
        <translation>Кеңес дерекқоры (*.db)</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>Something went wrong and the action was not completed. Your saved work is safe.
Details were written to: %1</source>
        <translation>Бірдеңе дұрыс болмай, әрекет аяқталмады. Сақталған жұмысыңыз аман.
Толығырақ мына файлға жазылды: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Responsible person or organisation…</source>
        <translation>Жауапты тұлға немесе ұйым…</translation>
    </message>
    <message>
        <source>Council body</source>
        <translation>Кеңес органы</translation>
    </message>
    <message>
        <source>All council bodies</source>
        <translation>Барлық кеңес органдары</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <source>Summary of assignments</source>
        <translation>Тапсырмалар бойынша қорытынды</translation>
    </message>
    <message>
        <source>Follow-up of the selected assignment</source>
        <translation>Таңдалған тапсырманың орындалуын бақылау</translation>
    </message>
    <message>
        <source>Checked at meeting</source>
        <translation>Қай отырыста тексерілді</translation>
    </message>
    <message>
        <source>(not at a meeting)</source>
        <translation>(отырыста емес)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Орындалуы туралы есеп</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Mark the selected assignment done</source>
        <translation>Таңдалған тапсырманы орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>Open the selected assignment again</source>
        <translation>Таңдалған тапсырманы қайта ашу</translation>
    </message>
    <message>
        <source>Cancel assignment</source>
        <translation>Тапсырманың күшін жою</translation>
    </message>
    <message>
        <source>Cancel the selected assignment</source>
        <translation>Таңдалған тапсырманың күшін жою</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n тапсырма</numerusform>
            <numerusform>%n тапсырма</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n мерзімі өткен</numerusform>
            <numerusform>%n мерзімі өткен</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment first</source>
        <translation>Алдымен тапсырманы таңдаңыз</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>{what} өзгерістерін сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>Council Desktop</source>
        <translation>Council Desktop</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <comment>inside a label</comment>
        <translation>орысша</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>inside a label</comment>
        <translation>қазақша</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a label</comment>
        <translation>ағылшынша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақша және орысша</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Council bodies and membership</source>
        <translation>Кеңес органдары және құрамы</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Resolutions and assignments</source>
        <translation>Шешімдер мен тапсырмалар</translation>
    </message>
    <message>
        <source>Council Desktop — {0}</source>
        <translation>Council Desktop — {0}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Дерекқор: {0}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Print protocol…</source>
        <translation>Хаттаманы &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Check a protocol copy…</source>
        <translation>Хаттама көшірмесін &amp;тексеру…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Жаңа &amp;дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Council Desktop</source>
        <translation>Council Desktop &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Соңғы дерекқорлар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Алдымен отырысты ашыңыз</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation>Отырыстар</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Жаңа отырыс…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>Choose a meeting in the list (double-click or Enter), or create a new one with Ctrl+N.</source>
        <translation>Тізімнен отырысты таңдаңыз (екі рет шерту немесе Enter) немесе Ctrl+N арқылы жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>осы отырыс</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Membership</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <source>Membership terms</source>
        <translation>Мүшелік мерзімдері</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Жаңа мүше</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Мүше болған күннен бастап</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Мүше болған күнге дейін</translation>
    </message>
    <message>
        <source>Basis (decision, order)</source>
        <translation>Негіздеме (шешім, бұйрық)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>Мерзімді аяқтау</translation>
    </message>
    <message>
        <source>End the selected term on this date</source>
        <translation>Таңдалған мерзімді осы күні аяқтау</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Selected term ends on</source>
        <translation>Таңдалған мерзім аяқталатын күн</translation>
    </message>
    <message>
        <source>Choose a person from the list</source>
        <translation>Тізімнен тұлғаны таңдаңыз</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Мүше қосу: %1</translation>
    </message>
    <message>
        <source>Select a term first</source>
        <translation>Алдымен мерзімді таңдаңыз</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>Өкілеттік мерзімін аяқтау: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>Екі жазбаны біріктіру</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s attendance, memberships, speeches and assignments move to it, then it is deleted.</source>
        <translation>Қай жазба қалсын? Екіншісінің қатысуы, мүшелігі, сөйлеген сөздері мен тапсырмалары оған ауысады, содан кейін ол жойылады.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Ұйымды сақтау</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>A name in at least one language is required</source>
        <translation>Кемінде бір тілдегі атауы қажет</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations…</source>
        <translation>Ұйымдарды іздеу…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search people by name or e-mail…</source>
        <translation>Тұлғаларды аты-жөні немесе e-mail бойынша іздеу…</translation>
    </message>
    <message>
        <source>Number of people found</source>
        <translation>Табылған тұлғалар саны</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Merge two selected people</source>
        <translation>Таңдалған екі тұлғаны біріктіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Таңдалған тұлғаны жою</translation>
    </message>
    <message numerus="yes">
        <source>more than %n people</source>
        <translation>
            <numerusform>%n тұлғадан астам</numerusform>
            <numerusform>%n тұлғадан астам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n тұлға</numerusform>
            <numerusform>%n тұлға</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two people to merge.</source>
        <translation>Біріктіру үшін дәл екі тұлғаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Бұл тұлғаны жою керек пе?</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
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
        <source>Mixed alphabets warning</source>
        <translation>Аралас әліпби туралы ескерту</translation>
    </message>
    <message>
        <source>Fix letters</source>
        <translation>Әріптерді түзету</translation>
    </message>
    <message>
        <source>Rewrite each mixed word in one alphabet</source>
        <translation>Әр аралас сөзді бір әліпбимен қайта жазу</translation>
    </message>
    <message>
        <source>Probable duplicate warning</source>
        <translation>Ықтимал қайталану туралы ескерту</translation>
    </message>
    <message>
        <source>Merge into it…</source>
        <translation>Соған біріктіру…</translation>
    </message>
    <message>
        <source>Merge into the existing record</source>
        <translation>Бар жазбамен біріктіру</translation>
    </message>
    <message>
        <source>Work and contacts</source>
        <translation>Жұмысы және байланыс</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Ғылыми дәрежесі</translation>
    </message>
    <message>
        <source>Degree, title and position</source>
        <translation>Дәреже, атақ және лауазым</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Ғылыми атағы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Documents in Kazakh or English print the Russian text where these are left empty</source>
        <translation>Қазақша немесе ағылшынша өріс бос болса, сол тілдегі құжаттар орысша мәтінді басады</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Тұлғаны сақтау</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Сақталмаған өзгерістерді қайтару</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>«{0}» is not an e-mail address</source>
        <translation>«{0}» — электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters are mixed in: {0}. Such a name sorts and searches wrongly.</source>
        <translation>Латын және кирилл әріптері аралас жазылған: {0}. Мұндай атау дұрыс сұрыпталмайды және табылмайды.</translation>
    </message>
    <message>
        <source>Probably already in the registry: {0}</source>
        <translation>Тізілімде бұрыннан бар болуы мүмкін: {0}</translation>
    </message>
    <message>
        <source>The surname is required</source>
        <translation>Тегін толтыру қажет</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Title in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Field of research</source>
        <translation>Зерттеу саласы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>Жоба жетекшісі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>A title in at least one language is required</source>
        <translation>Кемінде бір тілде атауы қажет</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search projects…</source>
        <translation>Жобаларды іздеу…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Жаңа жоба</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Ағылшынша атауы</translation>
    </message>
    <message>
        <source>Short name in Kazakh</source>
        <translation>Қазақша қысқаша атауы</translation>
    </message>
    <message>
        <source>Short name in Russian</source>
        <translation>Орысша қысқаша атауы</translation>
    </message>
    <message>
        <source>Short name in English</source>
        <translation>Ағылшынша қысқаша атауы</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Time zone of meetings</source>
        <translation>Отырыстардың уақыт белдеуі</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Баптаулар беттері</translation>
    </message>
    <message>
        <source>Letterhead in Kazakh</source>
        <translation>Бланк тақырыбы қазақша</translation>
    </message>
    <message>
        <source>Letterhead in Russian</source>
        <translation>Бланк тақырыбы орысша</translation>
    </message>
    <message>
        <source>Letterhead in English</source>
        <translation>Бланк тақырыбы ағылшынша</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Суретті таңдау…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Логотип суретін таңдау</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Логотипті алып тастау</translation>
    </message>
    <message>
        <source>Default chair</source>
        <translation>Әдепкі төраға</translation>
    </message>
    <message>
        <source>Default secretary</source>
        <translation>Әдепкі хатшы</translation>
    </message>
    <message>
        <source>Default quorum rule</source>
        <translation>Әдепкі кворум ережесі</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Құжаттардың әдепкі тілі</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Терезе тілі</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Деректер қалтасы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Деректер қалтасын таңдау</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірме қалтасы</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Сақтық көшірме қалтасын таңдау</translation>
    </message>
    <message>
        <source>Back up the database when the program closes</source>
        <translation>Бағдарлама жабылғанда дерекқордың сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Сақталатын автоматты көшірмелер саны</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Дерекқордың сақтық көшірмесін қазір жасау</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Сақтық көшірме нәтижесі</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Осы компьютер</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>логотип жоқ</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Дерекқордың сақтық көшірмесі жасалуда</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
</context>
<context>
    <name>StagedEditor</name>
    <message>
        <source>Not undone: %1 was changed by someone else after this step, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Болдырылмады: осы қадамнан кейін %1 жазбасын басқа біреу өзгертті, оның өзгерісі сақталды. Басқаша болуы керек болса, қолмен өзгертіңіз.</translation>
    </message>
    <message>
        <source>Not redone: %1 was changed by someone else after this step was undone, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Қайталанбады: осы қадам болдырылмағаннан кейін %1 жазбасын басқа біреу өзгертті, оның өзгерісі сақталды. Басқаша болуы керек болса, қолмен өзгертіңіз.</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation>Сақталмаған өзгерістерді тастау</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>Сақталмаған өзгерістер табылды</translation>
    </message>
    <message>
        <source>What you typed, to copy</source>
        <translation>Сіз терген мәтін, көшіріп алу үшін</translation>
    </message>
    <message>
        <source>Edits that could not be saved were kept when the program stopped (%1). Restore them?</source>
        <translation>Бағдарлама тоқтағанда сақталмай қалған өзгерістер бар (%1). Қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>%1 no longer exists (a backup was restored, or it was removed elsewhere), so what you typed in it could not be saved. It is kept here to copy where it belongs; Discard forgets it.</source>
        <translation>%1 енді жоқ (сақтық көшірме қалпына келтірілді немесе басқа жерде жойылды), сондықтан оған терілген мәтін сақталмады. Ол қажет жерге көшіріп алу үшін осында сақталды; «Тастау» оны ұмытады.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile, so your edits were not saved over their change; they are kept here. Restore them to put them over it, or discard them.</source>
        <translation>Мұны осы уақытта басқа біреу өзгертті, сондықтан сіздің түзетулеріңіз оның өзгерісінің үстінен сақталмады; олар осында сақтаулы. Оларды өзгеріс үстіне қою үшін қалпына келтіріңіз немесе бас тартыңыз.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>planned</source>
        <translation>жоспарланған</translation>
    </message>
    <message>
        <source>held</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source>protocol drafted</source>
        <translation>хаттама жобасы дайын</translation>
    </message>
    <message>
        <source>protocol signed</source>
        <translation>хаттамаға қол қойылды</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>кезекті</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>кезектен тыс</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>бірлескен</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>күндізгі</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>қашықтан</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>аралас</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>төраға</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>төраға орынбасары</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>хатшы</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>open</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>мүшелердің жартысынан астамы</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>мүшелердің үштен екісі</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>мүшелердің тіркелген саны</translation>
    </message>
    <message>
        <source>simple majority of those present</source>
        <translation>қатысушылардың жай көпшілігі</translation>
    </message>
    <message>
        <source>majority of all members</source>
        <translation>барлық мүшелердің көпшілігі</translation>
    </message>
    <message>
        <source>two thirds of those present</source>
        <translation>қатысушылардың үштен екісі</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>министрлік</translation>
    </message>
    <message>
        <source>research centre</source>
        <translation>ғылыми орталық</translation>
    </message>
    <message>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <source>academy</source>
        <translation>академия</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>холдинг</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>аурухана</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>жүзеге асырылуда</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>тоқтатылған</translation>
    </message>
</context>
</TS>
