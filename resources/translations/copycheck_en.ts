<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CopyCheck</name>
    <message>
        <source>What this database stores of a signed protocol was found damaged: check the database (council check).</source>
        <translation>What this database stores of a signed protocol was found damaged: check the database (council check).</translation>
    </message>
    <message>
        <source>This file is not a protocol signed in this database.</source>
        <translation>This file is not a protocol signed in this database.</translation>
    </message>
    <message>
        <source>This is the very file signed: protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>This is the very file signed: protocol No. {0} of {1}, version {2}, signed {3}.</translation>
    </message>
    <message>
        <source>This is another print of the signed data (another language, or printed again) of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>This is another print of the signed data (another language, or printed again) of protocol No. {0} of {1}, version {2}, signed {3}.</translation>
    </message>
    <message>
        <source>This is the fingerprint of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>This is the fingerprint of protocol No. {0} of {1}, version {2}, signed {3}.</translation>
    </message>
    <message>
        <source>This file is NOT recognised. Its text is that of protocol No. {0} of {1}, version {2}, signed {3}, but its bytes are not those of any print of it: another program saved it again or altered it. Ask for the file as it was signed, or check the fingerprint printed on it.</source>
        <translation>This file is NOT recognised. Its text is that of protocol No. {0} of {1}, version {2}, signed {3}, but its bytes are not those of any print of it: another program saved it again or altered it. Ask for the file as it was signed, or check the fingerprint printed on it.</translation>
    </message>
    <message>
        <source>This version is no longer in force: the protocol now has version {0}.</source>
        <translation>This version is no longer in force: the protocol now has version {0}.</translation>
    </message>
    <message>
        <source>Check a protocol copy</source>
        <translation>Check a protocol copy</translation>
    </message>
    <message>
        <source>{0}: cannot read the file: {1}</source>
        <translation>{0}: cannot read the file: {1}</translation>
    </message>
</context>
</TS>
