<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MeetingSearch</name>
    <message>
        <source>Search meetings (number, date, body…)</source>
        <translation>Search meetings (number, date, body…)</translation>
    </message>
</context>
</TS>
