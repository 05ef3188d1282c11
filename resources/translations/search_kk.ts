<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>MeetingSearch</name>
    <message>
        <source>Search meetings (number, date, body…)</source>
        <translation>Отырыстарды іздеу (нөмірі, күні, органы…)</translation>
    </message>
</context>
</TS>
