<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжат тілі</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Күн тәртібінің мәселесі</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>Күн тәртібінің &amp;мәселесі</translation>
    </message>
    <message>
        <source>Agenda (invitation)</source>
        <translation>Күн тәртібі (шақыру)</translation>
    </message>
    <message>
        <source>Chair's script</source>
        <translation>Отырыс сценарийі</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Қатысу парағы</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Мәселе бойынша үзінді</translation>
    </message>
    <message>
        <source>Register of resolutions and assignments</source>
        <translation>Шешімдер мен тапсырмалар тізілімі</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Meeting &amp;documents</source>
        <translation>Отырыс &amp;құжаттары</translation>
    </message>
    <message>
        <source>&amp;Agenda (invitation)…</source>
        <translation>&amp;Күн тәртібі (шақыру)…</translation>
    </message>
    <message>
        <source>Chair's &amp;script…</source>
        <translation>Отырыс &amp;сценарийі…</translation>
    </message>
    <message>
        <source>A&amp;ttendance sheet…</source>
        <translation>&amp;Қатысу парағы…</translation>
    </message>
    <message>
        <source>&amp;Extract of an item…</source>
        <translation>Мәселе бойынша &amp;үзінді…</translation>
    </message>
    <message>
        <source>&amp;Register of resolutions and assignments…</source>
        <translation>Шешімдер мен тапсырмалар &amp;тізілімі…</translation>
    </message>
    <message>
        <source>&amp;Protocol…</source>
        <translation>&amp;Хаттама…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Алдымен отырысты ашыңыз</translation>
    </message>
</context>
</TS>
