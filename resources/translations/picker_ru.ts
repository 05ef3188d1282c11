<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Names and position are saved in %1, the window&apos;s language; the People view holds the other languages.</source>
        <translation>Имя и должность сохраняются на языке окна (%1); остальные языки заполняются в разделе «Лица».</translation>
    </message>
    <message>
        <source>Surname (%1)</source>
        <translation>Фамилия (%1)</translation>
    </message>
    <message>
        <source>Given name (%1)</source>
        <translation>Имя (%1)</translation>
    </message>
    <message>
        <source>Patronymic (%1)</source>
        <translation>Отчество (%1)</translation>
    </message>
    <message>
        <source>Position (%1)</source>
        <translation>Должность (%1)</translation>
    </message>
    <message>
        <source>Surname in Russian (the registry needs it)</source>
        <translation>Фамилия на русском (нужна для реестра)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>%1 (in Russian)</source>
        <translation>%1 (по-русски)</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Введите часть имени…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <source>register “%1”</source>
        <translation>зарегистрировать «%1»</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Выбор лица</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные лица</translation>
    </message>
</context>
</TS>
