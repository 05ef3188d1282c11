<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BodySignatories</name>
    <message>
        <source>Who signs the protocol for each body</source>
        <translation>Хаттамаға әр орган бойынша кім қол қояды</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>Chair signing for %1</source>
        <translation>%1 атынан қол қоятын төраға</translation>
    </message>
    <message>
        <source>Secretary signing for %1</source>
        <translation>%1 атынан қол қоятын хатшы</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Әдепкі бойынша: %1</translation>
    </message>
    <message>
        <source>Default: nobody</source>
        <translation>Әдепкі бойынша: ешкім</translation>
    </message>
    <message>
        <source>Who signs for %1</source>
        <translation>%1 атынан кім қол қояды</translation>
    </message>
</context>
</TS>
