<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Full name (surname, given name, patronymic)</source>
        <translation>Full name (surname, given name, patronymic)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>the bundle holds no signed data or no PDF for it</source>
        <translation>the bundle holds no signed data or no PDF for it</translation>
    </message>
    <message>
        <source>the PDF made again from its signed data differs from the bundle&apos;s PDF at byte {0} ({1} against {2} bytes)</source>
        <translation>the PDF made again from its signed data differs from the bundle&apos;s PDF at byte {0} ({1} against {2} bytes)</translation>
    </message>
    <message>
        <source>kept as here: the meeting is signed in this copy; to take the bundle&apos;s version, amend the protocol here first</source>
        <translation>kept as here: the meeting is signed in this copy; to take the bundle&apos;s version, amend the protocol here first</translation>
    </message>
    <message>
        <source>kept as here: an import never overwrites a file here</source>
        <translation>kept as here: an import never overwrites a file here</translation>
    </message>
    <message>
        <source>kept as here: the bundle&apos;s version would change who belonged to the body at a meeting signed in this copy; amend its protocol here first</source>
        <translation>kept as here: the bundle&apos;s version would change who belonged to the body at a meeting signed in this copy; amend its protocol here first</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bundles and lists of people (*.council *.zip *.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Bundles and lists of people (*.council *.zip *.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Export the meeting</source>
        <translation>Export the meeting</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Spreadsheet (XLSX)</translation>
    </message>
    <message>
        <source>Table as text (CSV)</source>
        <translation>Table as text (CSV)</translation>
    </message>
    <message>
        <source>Calendar invitation (ICS)</source>
        <translation>Calendar invitation (ICS)</translation>
    </message>
    <message>
        <source>Mail draft with documents (EML)</source>
        <translation>Mail draft with documents (EML)</translation>
    </message>
    <message>
        <source>Bundle for another office (.council)</source>
        <translation>Bundle for another office (.council)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Extract of an item</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Agenda item of the extract</source>
        <translation>Agenda item of the extract</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Resolutions and votes</source>
        <translation>Resolutions and votes</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Semicolon (Excel in Russian or Kazakh)</source>
        <translation>Semicolon (Excel in Russian or Kazakh)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Protocol (PDF)</source>
        <translation>Protocol (PDF)</translation>
    </message>
    <message>
        <source>Protocol (DOCX)</source>
        <translation>Protocol (DOCX)</translation>
    </message>
    <message>
        <source>Lists (XLSX)</source>
        <translation>Lists (XLSX)</translation>
    </message>
    <message>
        <source>Invitation (ICS)</source>
        <translation>Invitation (ICS)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>Li&amp;st:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>&amp;Attach:</source>
        <translation>&amp;Attach:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Choose the file and export</translation>
    </message>
    <message>
        <source>Exporting to {0}</source>
        <translation>Exporting to {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Import {0}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Store names that mix Latin and Cyrillic letters in one script</source>
        <translation>Store names that mix Latin and Cyrillic letters in one script</translation>
    </message>
    <message>
        <source>Conflicts: tick a record to take the bundle&apos;s version</source>
        <translation>Conflicts: tick a record to take the bundle&apos;s version</translation>
    </message>
    <message>
        <source>What the file would bring</source>
        <translation>What the file would bring</translation>
    </message>
    <message>
        <source>Records changed both here and there (kept as here unless ticked):</source>
        <translation>Records changed both here and there (kept as here unless ticked):</translation>
    </message>
    <message>
        <source>Write what is shown into the database</source>
        <translation>Write what is shown into the database</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Read the file again as it is now</source>
        <translation>Read the file again as it is now</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>This database is open read-only: the file is shown, nothing can be imported into it. To import, copy the database to a folder you can write to and open the copy.</source>
        <translation>This database is open read-only: the file is shown, nothing can be imported into it. To import, copy the database to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>{0} rows; {1} to import.</source>
        <translation>Rows: {0}; to import: {1}.</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has problems: correct them (listed below) in the file, save it and press Read again.</source>
        <translation>Nothing is imported while the file has problems: correct them (listed below) in the file, save it and press Read again.</translation>
    </message>
    <message>
        <source>Encoding {0}, delimiter {1}</source>
        <translation>Encoding {0}, delimiter {1}</translation>
    </message>
    <message>
        <source>Sheet «{0}» (the first with a surname or full-name column)</source>
        <translation>Sheet «{0}» (the first with a surname or full-name column)</translation>
    </message>
    <message>
        <source>Column names on row {0}; the rows above are not imported.</source>
        <translation>Column names on row {0}; the rows above are not imported.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>Row {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>Row {0}: Latin and Cyrillic letters mixed: {1}</translation>
    </message>
    <message>
        <source>Row {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>Row {0}: probably already in the registry as {1} (no. {2}); not imported</translation>
    </message>
    <message>
        <source>Column names on line {0}; the lines above are not imported.</source>
        <translation>Column names on line {0}; the lines above are not imported.</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>Line {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>Line {0}: Latin and Cyrillic letters mixed: {1}</translation>
    </message>
    <message>
        <source>Line {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>Line {0}: probably already in the registry as {1} (no. {2}); not imported</translation>
    </message>
    <message>
        <source>New organisations: {0}</source>
        <translation>New organisations: {0}</translation>
    </message>
    <message>
        <source>Meeting of {0} from {1}, made {2}</source>
        <translation>Meeting of {0} from {1}, made {2}</translation>
    </message>
    <message>
        <source>Meeting of {0}, made {1}</source>
        <translation>Meeting of {0}, made {1}</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>To update</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Already here</translation>
    </message>
    <message>
        <source>Changed here only since, kept as here</source>
        <translation>Changed here only since, kept as here</translation>
    </message>
    <message>
        <source>Found here by name: {0}</source>
        <translation>Found here by name: {0}</translation>
    </message>
    <message>
        <source>Nothing new: everything in this bundle is already here.</source>
        <translation>Nothing new: everything in this bundle is already here.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT verified: {0}</source>
        <translation>NOT verified: {0}</translation>
    </message>
    <message>
        <source>Signed protocol, revision {0} ({1}): {2}</source>
        <translation>Signed protocol, revision {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importing {0}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Open a meeting first</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>Imported {0}</translation>
    </message>
</context>
</TS>
