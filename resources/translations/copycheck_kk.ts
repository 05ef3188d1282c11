<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CopyCheck</name>
    <message>
        <source>Root certificates the office trusts (Cancel: do not check the signer&apos;s certificate)</source>
        <translation>Кеңсе сенетін түбірлік сертификаттар (Болдырмау: қол қоюшының сертификаты тексерілмейді)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer *.der);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>intact, nothing changed after signing</source>
        <translation>бүтін, қол қойылғаннан кейін ештеңе өзгермеген</translation>
    </message>
    <message>
        <source>the document was CHANGED after signing</source>
        <translation>құжат қол қойылғаннан кейін ӨЗГЕРТІЛГЕН</translation>
    </message>
    <message>
        <source>intact, but something was ADDED to the file after signing</source>
        <translation>бүтін, бірақ қол қойылғаннан кейін файлға бірдеңе ҚОСЫЛҒАН</translation>
    </message>
    <message>
        <source>the certificate chains to a root certificate given</source>
        <translation>сертификат берілген түбірлік сертификатқа дейін тізбектеледі</translation>
    </message>
    <message>
        <source>the certificate does NOT chain to the root certificates given</source>
        <translation>сертификат берілген түбірлік сертификаттардың ешқайсысына тізбектелМЕЙДІ</translation>
    </message>
    <message>
        <source>the certificate was not checked: no root certificate was given</source>
        <translation>сертификат тексерілмеді: түбірлік сертификат берілмеген</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}.</source>
        <translation>{0} қойған электрондық цифрлық қолтаңба (сертификатты {1} берген, сериялық нөмірі {2}), қол қойылған уақыты {3} UTC: {4}.</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}; {5}.</source>
        <translation>{0} қойған электрондық цифрлық қолтаңба (сертификатты {1} берген, сериялық нөмірі {2}), қол қойылған уақыты {3} UTC: {4}; {5}.</translation>
    </message>
    <message>
        <source>What this database stores of a signed protocol was found damaged: check the database (council check).</source>
        <translation>Осы дерекқорда қол қойылған хаттама туралы сақталғаны зақымдалған болып шықты: дерекқорды тексеріңіз (council check).</translation>
    </message>
    <message>
        <source>This file is not a protocol signed in this database.</source>
        <translation>Бұл файл осы дерекқорда қол қойылған хаттама емес.</translation>
    </message>
    <message>
        <source>This is the very file signed: protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Бұл қол қойылған файлдың өзі: {1} күнгі № {0} хаттама, {2}-редакция, қол қойылған уақыты {3}.</translation>
    </message>
    <message>
        <source>This is another print of the signed data (another language, or printed again) of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Бұл {1} күнгі № {0} хаттаманың ({2}-редакция, қол қойылған уақыты {3}) қол қойылған деректерінің басқа басылымы (басқа тілде немесе қайта басылған).</translation>
    </message>
    <message>
        <source>This is the fingerprint of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Бұл {1} күнгі № {0} хаттаманың бақылау сомасы, {2}-редакция, қол қойылған уақыты {3}.</translation>
    </message>
    <message>
        <source>This file is NOT recognised. Its text is that of protocol No. {0} of {1}, version {2}, signed {3}, but its bytes are not those of any print of it: another program saved it again or altered it. Ask for the file as it was signed, or check the fingerprint printed on it.</source>
        <translation>Бұл файл ТАНЫЛМАДЫ. Оның мәтіні — {1} күнгі № {0} хаттаманың ({2}-редакция, қол қойылған уақыты {3}) мәтіні, бірақ оның байттары бұл хаттаманың ешбір басылымымен сәйкес келмейді: басқа бағдарлама оны қайта сақтаған немесе өзгерткен. Файлды қол қойылған күйінде сұратыңыз немесе оған басылған бақылау сомасын тексеріңіз.</translation>
    </message>
    <message>
        <source>This version is no longer in force: the protocol now has version {0}.</source>
        <translation>Бұл редакция күшін жойған: хаттаманың қазіргі редакциясы — {0}.</translation>
    </message>
    <message>
        <source>Check a protocol copy</source>
        <translation>Хаттама көшірмесін тексеру</translation>
    </message>
    <message>
        <source>{0}: cannot read the file: {1}</source>
        <translation>{0}: файлды оқу мүмкін емес: {1}</translation>
    </message>
</context>
</TS>
