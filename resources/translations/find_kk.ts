<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>FindDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Тыңдалды</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Сөйлеген сөз</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>No. %1 of %2, %3</source>
        <translation>№ %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Отырыс</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Қайда табылды</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Words to find (the beginnings of words are enough)</source>
        <translation>Іздейтін сөздер (сөздің басы жеткілікті)</translation>
    </message>
    <message>
        <source>Find in minutes</source>
        <translation>Хаттамалардан іздеу</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылғандар</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Words of a title, heard, speech, resolution or assignment, any language.</source>
        <translation>Мәселе атауындағы, тыңдалғандағы, сөйлеген сөздегі, шешімдегі не тапсырмадағы сөздер, кез келген тілде.</translation>
    </message>
    <message>
        <source>The first %1 found; add a word to narrow the search.</source>
        <translation>Алғашқы %1 табылды; іздеуді тарылту үшін сөз қосыңыз.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Табылды: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Find in &amp;minutes…</source>
        <translation>&amp;Хаттамалардан іздеу…</translation>
    </message>
</context>
</TS>
