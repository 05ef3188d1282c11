<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>the file cannot be written (it is read-only, or on a read-only disk)</source>
        <translation>the file cannot be written (it is read-only, or on a read-only disk)</translation>
    </message>
    <message>
        <source>its folder cannot be written (a read-only folder or disk)</source>
        <translation>its folder cannot be written (a read-only folder or disk)</translation>
    </message>
    <message>
        <source>This database is open read-only: %1. You can view and print; nothing can be changed. To edit, copy the file to a folder you can write to and open the copy.</source>
        <translation>This database is open read-only: %1. You can view and print; nothing can be changed. To edit, copy the file to a folder you can write to and open the copy.</translation>
    </message>
</context>
</TS>
