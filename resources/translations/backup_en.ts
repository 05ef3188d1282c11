<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>Council database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>{0} (it will be upgraded to this version&apos;s {1})</source>
        <translation>{0} (it will be upgraded to this version's {1})</translation>
    </message>
    <message>
        <source>Restore the data of {0} from the backup {1}?</source>
        <translation>Restore the data of {0} from the backup {1}?</translation>
    </message>
    <message>
        <source>Meetings in the backup: {0}</source>
        <translation>Meetings in the backup: {0}</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Written: {0}</translation>
    </message>
    <message>
        <source>Schema revision: {0}</source>
        <translation>Schema revision: {0}</translation>
    </message>
    <message>
        <source>The data now in the database is kept as a backup in {0} first.</source>
        <translation>The data now in the database is kept as a backup in {0} first.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the data from this backup</source>
        <translation>Restore the data from this backup</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <source>Restored from {0}; the previous data is kept in {1}</source>
        <translation>Restored from {0}; the previous data is kept in {1}</translation>
    </message>
</context>
</TS>
