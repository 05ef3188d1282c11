<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>the file cannot be written (it is read-only, or on a read-only disk)</source>
        <translation>файл недоступен для записи (он только для чтения или на диске только для чтения)</translation>
    </message>
    <message>
        <source>its folder cannot be written (a read-only folder or disk)</source>
        <translation>папка файла недоступна для записи (папка или диск только для чтения)</translation>
    </message>
    <message>
        <source>This database is open read-only: %1. You can view and print; nothing can be changed. To edit, copy the file to a folder you can write to and open the copy.</source>
        <translation>База данных открыта только для чтения: %1. Можно просматривать и печатать, но ничего нельзя изменить. Чтобы редактировать, скопируйте файл в папку, доступную для записи, и откройте копию.</translation>
    </message>
</context>
</TS>
