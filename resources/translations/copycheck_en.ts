<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CopyCheck</name>
    <message>
        <source>Root certificates the office trusts (Cancel: do not check the signer&apos;s certificate)</source>
        <translation>Root certificates the office trusts (Cancel: do not check the signer&apos;s certificate)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>intact, nothing changed after signing</source>
        <translation>intact, nothing changed after signing</translation>
    </message>
    <message>
        <source>the document was CHANGED after signing</source>
        <translation>the document was CHANGED after signing</translation>
    </message>
    <message>
        <source>intact, but something was ADDED to the file after signing</source>
        <translation>intact, but something was ADDED to the file after signing</translation>
    </message>
    <message>
        <source>the certificate chains to a root certificate given</source>
        <translation>the certificate chains to a root certificate given</translation>
    </message>
    <message>
        <source>the certificate does NOT chain to the root certificates given</source>
        <translation>the certificate does NOT chain to the root certificates given</translation>
    </message>
    <message>
        <source>the certificate was not checked: no root certificate was given</source>
        <translation>the certificate was not checked: no root certificate was given</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}.</source>
        <translation>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}.</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}; {5}.</source>
        <translation>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}; {5}.</translation>
    </message>
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
