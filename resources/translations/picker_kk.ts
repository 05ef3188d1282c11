<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <source>Names and position are saved in %1, the window&apos;s language; the People view holds the other languages.</source>
        <translation>Аты-жөні мен лауазымы терезе тілінде (%1) сақталады; басқа тілдер «Тұлғалар» бөлімінде толтырылады.</translation>
    </message>
    <message>
        <source>Surname (%1)</source>
        <translation>Тегі (%1)</translation>
    </message>
    <message>
        <source>Given name (%1)</source>
        <translation>Аты (%1)</translation>
    </message>
    <message>
        <source>Patronymic (%1)</source>
        <translation>Әкесінің аты (%1)</translation>
    </message>
    <message>
        <source>Position (%1)</source>
        <translation>Лауазымы (%1)</translation>
    </message>
    <message>
        <source>Surname in Russian (the registry needs it)</source>
        <translation>Тегі орысша (тізілімге қажет)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>%1 (in Russian)</source>
        <translation>%1 (орысша)</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Аты-жөнінің бір бөлігін теріңіз…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Жаңа тұлға…</translation>
    </message>
    <message>
        <source>register “%1”</source>
        <translation>«%1» тіркеу</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Тұлғаны таңдау</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Табылған тұлғалар</translation>
    </message>
</context>
</TS>
