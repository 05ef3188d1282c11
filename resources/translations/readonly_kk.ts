<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>the file cannot be written (it is read-only, or on a read-only disk)</source>
        <translation>файлға жазу мүмкін емес (ол тек оқуға арналған немесе тек оқуға арналған дискіде)</translation>
    </message>
    <message>
        <source>its folder cannot be written (a read-only folder or disk)</source>
        <translation>файлдың қалтасына жазу мүмкін емес (қалта немесе диск тек оқуға арналған)</translation>
    </message>
    <message>
        <source>This database is open read-only: %1. You can view and print; nothing can be changed. To edit, copy the file to a folder you can write to and open the copy.</source>
        <translation>Дерекқор тек оқу үшін ашылған: %1. Қарауға және басып шығаруға болады, бірақ ештеңені өзгертуге болмайды. Өңдеу үшін файлды жазуға болатын қалтаға көшіріп, көшірмесін ашыңыз.</translation>
    </message>
</context>
</TS>
