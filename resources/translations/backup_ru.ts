<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>База данных Council (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>{0} (it will be upgraded to this version&apos;s {1})</source>
        <translation>{0} (будет обновлена до версии {1} этой программы)</translation>
    </message>
    <message>
        <source>Restore the data of {0} from the backup {1}?</source>
        <translation>Восстановить данные {0} из резервной копии {1}?</translation>
    </message>
    <message>
        <source>Meetings in the backup: {0}</source>
        <translation>Заседаний в копии: {0}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Записана: {0}</translation>
    </message>
    <message>
        <source>Schema revision: {0}</source>
        <translation>Версия схемы: {0}</translation>
    </message>
    <message>
        <source>The data now in the database is kept as a backup in {0} first.</source>
        <translation>Текущие данные базы сначала сохраняются как резервная копия в {0}.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Содержимое резервной копии</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the data from this backup</source>
        <translation>Восстановить данные из этой копии</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>Резервная &amp;копия базы данных…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <source>Restored from {0}; the previous data is kept in {1}</source>
        <translation>Восстановлено из {0}; прежние данные сохранены в {1}</translation>
    </message>
</context>
</TS>
