<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CopyCheck</name>
    <message>
        <source>Root certificates the office trusts (Cancel: do not check the signer&apos;s certificate)</source>
        <translation>Корневые сертификаты, которым доверяет аппарат (Отмена: сертификат подписавшего не проверяется)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>intact, nothing changed after signing</source>
        <translation>цела, после подписания ничего не изменено</translation>
    </message>
    <message>
        <source>the document was CHANGED after signing</source>
        <translation>документ ИЗМЕНЁН после подписания</translation>
    </message>
    <message>
        <source>intact, but something was ADDED to the file after signing</source>
        <translation>цела, но после подписания в файл что-то ДОБАВЛЕНО</translation>
    </message>
    <message>
        <source>the certificate chains to a root certificate given</source>
        <translation>сертификат восходит к заданному корневому сертификату</translation>
    </message>
    <message>
        <source>the certificate does NOT chain to the root certificates given</source>
        <translation>сертификат НЕ восходит ни к одному из заданных корневых сертификатов</translation>
    </message>
    <message>
        <source>the certificate was not checked: no root certificate was given</source>
        <translation>сертификат не проверен: корневой сертификат не задан</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}.</source>
        <translation>Электронная цифровая подпись: {0} (сертификат выдан: {1}, серийный номер {2}), подписано {3} UTC: {4}.</translation>
    </message>
    <message>
        <source>Digital signature by {0} (certificate issued by {1}, serial {2}), signed {3} UTC: {4}; {5}.</source>
        <translation>Электронная цифровая подпись: {0} (сертификат выдан: {1}, серийный номер {2}), подписано {3} UTC: {4}; {5}.</translation>
    </message>
    <message>
        <source>What this database stores of a signed protocol was found damaged: check the database (council check).</source>
        <translation>Хранимое в этой базе данных о подписанном протоколе оказалось повреждено: проверьте базу данных (council check).</translation>
    </message>
    <message>
        <source>This file is not a protocol signed in this database.</source>
        <translation>Этот файл не является протоколом, подписанным в этой базе данных.</translation>
    </message>
    <message>
        <source>This is the very file signed: protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Это тот самый подписанный файл: протокол № {0} от {1}, редакция {2}, подписан {3}.</translation>
    </message>
    <message>
        <source>This is another print of the signed data (another language, or printed again) of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Это другой экземпляр подписанных данных (на другом языке или напечатанный заново) протокола № {0} от {1}, редакция {2}, подписан {3}.</translation>
    </message>
    <message>
        <source>This is the fingerprint of protocol No. {0} of {1}, version {2}, signed {3}.</source>
        <translation>Это контрольная сумма протокола № {0} от {1}, редакция {2}, подписан {3}.</translation>
    </message>
    <message>
        <source>This file is NOT recognised. Its text is that of protocol No. {0} of {1}, version {2}, signed {3}, but its bytes are not those of any print of it: another program saved it again or altered it. Ask for the file as it was signed, or check the fingerprint printed on it.</source>
        <translation>Этот файл НЕ признан. Его текст — это текст протокола № {0} от {1}, редакция {2}, подписан {3}, но его байты не совпадают ни с одним экземпляром этого протокола: другая программа пересохранила или изменила его. Запросите файл в том виде, в каком он был подписан, или проверьте напечатанную на нём контрольную сумму.</translation>
    </message>
    <message>
        <source>This version is no longer in force: the protocol now has version {0}.</source>
        <translation>Эта редакция утратила силу: действующая редакция протокола — {0}.</translation>
    </message>
    <message>
        <source>Check a protocol copy</source>
        <translation>Проверка копии протокола</translation>
    </message>
    <message>
        <source>{0}: cannot read the file: {1}</source>
        <translation>{0}: не удаётся прочитать файл: {1}</translation>
    </message>
</context>
</TS>
