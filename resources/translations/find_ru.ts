<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FindDialog</name>
    <message>
        <source>Agenda item</source>
        <translation>Вопрос повестки дня</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>No. %1 of %2, %3</source>
        <translation>№ %1 от %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Words to find (the beginnings of words are enough)</source>
        <translation>Слова для поиска (достаточно начала слова)</translation>
    </message>
    <message>
        <source>Find in minutes</source>
        <translation>Поиск по протоколам</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Words of a title, heard, speech, resolution or assignment, any language.</source>
        <translation>Слова из названия вопроса, слушали, выступления, решения или поручения, на любом языке.</translation>
    </message>
    <message>
        <source>The first %1 found; add a word to narrow the search.</source>
        <translation>Показаны первые %1; добавьте слово, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Find in &amp;minutes…</source>
        <translation>Поиск по &amp;протоколам…</translation>
    </message>
</context>
</TS>
