<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Agenda: move the item up / down</source>
        <translation>Повестка: переместить вопрос вверх / вниз</translation>
    </message>
    <message>
        <source>Agenda: add / remove an item</source>
        <translation>Повестка: добавить / удалить вопрос</translation>
    </message>
    <message>
        <source>The meeting: next / previous tab</source>
        <translation>Заседание: следующая / предыдущая вкладка</translation>
    </message>
    <message>
        <source>A list: open the record</source>
        <translation>Список: открыть запись</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every key of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Alt with the underlined letter of a button or a field label goes there.</source>
        <translation>Alt и подчёркнутая буква кнопки или подписи поля переводят туда.</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
</context>
</TS>
