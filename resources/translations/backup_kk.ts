<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up the database</source>
        <translation>Дерекқордың сақтық көшірмесі</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>Council дерекқоры (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>{0} (it will be upgraded to this version&apos;s {1})</source>
        <translation>{0} (бағдарламаның осы нұсқасының {1} схемасына жаңартылады)</translation>
    </message>
    <message>
        <source>Restore the data of {0} from the backup {1}?</source>
        <translation>{0} деректерін {1} сақтық көшірмесінен қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>Meetings in the backup: {0}</source>
        <translation>Көшірмедегі отырыстар: {0}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Жазылған уақыты: {0}</translation>
    </message>
    <message>
        <source>Schema revision: {0}</source>
        <translation>Схема нұсқасы: {0}</translation>
    </message>
    <message>
        <source>The data now in the database is kept as a backup in {0} first.</source>
        <translation>Дерекқордағы қазіргі деректер алдымен {0} ішінде сақтық көшірме ретінде сақталады.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Сақтық көшірменің мазмұны</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the data from this backup</source>
        <translation>Деректерді осы көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Дерекқордың сақтық &amp;көшірмесі…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Сақтық көшірме сақталды: {0}</translation>
    </message>
    <message>
        <source>Restored from {0}; the previous data is kept in {1}</source>
        <translation>{0} көшірмесінен қалпына келтірілді; бұрынғы деректер {1} ішінде сақталды</translation>
    </message>
</context>
</TS>
