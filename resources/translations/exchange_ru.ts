<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>(not imported)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name (surname, given name, patronymic)</source>
        <translation>ФИО (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>the bundle holds no signed data or no PDF for it</source>
        <translation>в пакете нет подписанных данных или PDF для него</translation>
    </message>
    <message>
        <source>the PDF made again from its signed data differs from the bundle&apos;s PDF at byte {0} ({1} against {2} bytes)</source>
        <translation>PDF, заново построенный по подписанным данным, отличается от PDF пакета начиная с байта {0} ({1} против {2} байт)</translation>
    </message>
    <message>
        <source>kept as here: the meeting is signed in this copy; to take the bundle&apos;s version, amend the protocol here first</source>
        <translation>оставлено как здесь: заседание в этой копии подписано; чтобы принять версию пакета, сначала создайте здесь новую редакцию протокола</translation>
    </message>
    <message>
        <source>kept as here: an import never overwrites a file here</source>
        <translation>оставлено как здесь: импорт никогда не перезаписывает файл, который уже есть здесь</translation>
    </message>
    <message>
        <source>kept as here: the bundle&apos;s version would change who belonged to the body at a meeting signed in this copy; amend its protocol here first</source>
        <translation>оставлено как здесь: версия пакета изменила бы состав органа на заседании, подписанном в этой копии; сначала создайте здесь новую редакцию его протокола</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Bundles and lists of people (*.council *.zip *.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Пакеты и списки лиц (*.council *.zip *.csv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the meeting</source>
        <translation>Экспорт заседания</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Документ Word (DOCX)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Электронная таблица (XLSX)</translation>
    </message>
    <message>
        <source>Table as text (CSV)</source>
        <translation>Таблица в тексте (CSV)</translation>
    </message>
    <message>
        <source>Calendar invitation (ICS)</source>
        <translation>Приглашение в календарь (ICS)</translation>
    </message>
    <message>
        <source>Mail draft with documents (EML)</source>
        <translation>Черновик письма с документами (EML)</translation>
    </message>
    <message>
        <source>Bundle for another office (.council)</source>
        <translation>Пакет для другой организации (.council)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Extract of an item</source>
        <translation>Выписка по вопросу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Agenda item of the extract</source>
        <translation>Вопрос повестки для выписки</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Resolutions and votes</source>
        <translation>Решения и голосование</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Semicolon (Excel in Russian or Kazakh)</source>
        <translation>Точка с запятой (Excel на русском или казахском)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Protocol (PDF)</source>
        <translation>Протокол (PDF)</translation>
    </message>
    <message>
        <source>Protocol (DOCX)</source>
        <translation>Протокол (DOCX)</translation>
    </message>
    <message>
        <source>Lists (XLSX)</source>
        <translation>Списки (XLSX)</translation>
    </message>
    <message>
        <source>Invitation (ICS)</source>
        <translation>Приглашение (ICS)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Вопрос повестки:</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Attach:</source>
        <translation>&amp;Вложить:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Получатели:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Выбрать файл и экспортировать</translation>
    </message>
    <message>
        <source>Exporting to {0}</source>
        <translation>Экспорт в {0}</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Store names that mix Latin and Cyrillic letters in one script</source>
        <translation>Записать имена со смесью латиницы и кириллицы в одном алфавите</translation>
    </message>
    <message>
        <source>Conflicts: tick a record to take the bundle&apos;s version</source>
        <translation>Конфликты: отметьте запись, чтобы взять версию из пакета</translation>
    </message>
    <message>
        <source>What the file would bring</source>
        <translation>Что принесёт файл</translation>
    </message>
    <message>
        <source>Records changed both here and there (kept as here unless ticked):</source>
        <translation>Записи, изменённые и здесь, и там (остаются как здесь, если не отмечены):</translation>
    </message>
    <message>
        <source>Write what is shown into the database</source>
        <translation>Записать показанное в базу данных</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Прочитать снова</translation>
    </message>
    <message>
        <source>Read the file again as it is now</source>
        <translation>Прочитать файл заново, как он есть сейчас</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>This database is open read-only: the file is shown, nothing can be imported into it. To import, copy the database to a folder you can write to and open the copy.</source>
        <translation>Эта база данных открыта только для чтения: файл показан, но импортировать в неё ничего нельзя. Чтобы импортировать, скопируйте базу данных в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <source>{0} rows; {1} to import.</source>
        <translation>Строк: {0}; к импорту: {1}.</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has problems: correct them (listed below) in the file, save it and press Read again.</source>
        <translation>Пока в файле есть ошибки, ничего не импортируется: исправьте их в файле (они перечислены ниже), сохраните его и нажмите «Прочитать снова».</translation>
    </message>
    <message>
        <source>Encoding {0}, delimiter {1}</source>
        <translation>Кодировка {0}, разделитель {1}</translation>
    </message>
    <message>
        <source>Sheet «{0}» (the first with a surname or full-name column)</source>
        <translation>Лист «{0}» (первый, где есть столбец фамилии или ФИО)</translation>
    </message>
    <message>
        <source>Column names on row {0}; the rows above are not imported.</source>
        <translation>Названия столбцов в строке {0}; строки выше не импортируются.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <source>Row {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>Строка {0}: смешаны латиница и кириллица: {1}</translation>
    </message>
    <message>
        <source>Row {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>Строка {0}: вероятно, уже есть в реестре: {1} (№ {2}); не импортируется</translation>
    </message>
    <message>
        <source>Column names on line {0}; the lines above are not imported.</source>
        <translation>Названия столбцов в строке {0}; строки выше не импортируются.</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <source>Line {0}: Latin and Cyrillic letters mixed: {1}</source>
        <translation>Строка {0}: смешаны латиница и кириллица: {1}</translation>
    </message>
    <message>
        <source>Line {0}: probably already in the registry as {1} (no. {2}); not imported</source>
        <translation>Строка {0}: вероятно, уже есть в реестре: {1} (№ {2}); не импортируется</translation>
    </message>
    <message>
        <source>New organisations: {0}</source>
        <translation>Новые организации: {0}</translation>
    </message>
    <message>
        <source>Meeting of {0} from {1}, made {2}</source>
        <translation>Заседание {0}, отправитель: {1}, пакет создан {2}</translation>
    </message>
    <message>
        <source>Meeting of {0}, made {1}</source>
        <translation>Заседание {0}, пакет создан {1}</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Будет добавлено</translation>
    </message>
    <message>
        <source>To update</source>
        <translation>Будет обновлено</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Уже есть</translation>
    </message>
    <message>
        <source>Changed here only since, kept as here</source>
        <translation>Изменено с тех пор только здесь, оставлено как здесь</translation>
    </message>
    <message>
        <source>Found here by name: {0}</source>
        <translation>Найдено здесь по имени: {0}</translation>
    </message>
    <message>
        <source>Nothing new: everything in this bundle is already here.</source>
        <translation>Нового нет: всё, что в этом пакете, здесь уже есть.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>NOT verified: {0}</source>
        <translation>НЕ подтверждён: {0}</translation>
    </message>
    <message>
        <source>Signed protocol, revision {0} ({1}): {2}</source>
        <translation>Подписанный протокол, редакция {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Сначала откройте заседание</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Экспортировано в {0}</translation>
    </message>
    <message>
        <source>Imported {0}</source>
        <translation>Импортировано: {0}</translation>
    </message>
</context>
</TS>
