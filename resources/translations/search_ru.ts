<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MeetingSearch</name>
    <message>
        <source>Search meetings (number, date, body…)</source>
        <translation>Поиск заседаний (номер, дата, орган…)</translation>
    </message>
</context>
</TS>
