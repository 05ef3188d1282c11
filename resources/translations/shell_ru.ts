<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodiesView</name>
    <message>
        <source>Council bodies</source>
        <translation>Органы совета</translation>
    </message>
    <message>
        <source>New council body</source>
        <translation>Новый орган совета</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Правило кворума</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Фиксированный кворум (членов)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Правило большинства</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the council body</source>
        <translation>Сохранить орган совета</translation>
    </message>
    <message>
        <source>the term of %1</source>
        <translation>срок членства (%1)</translation>
    </message>
    <message>
        <source>a membership term</source>
        <translation>срок членства</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Заседание</translation>
    </message>
    <message>
        <source>Council bodies</source>
        <translation>Органы совета</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>CopyChooser</name>
    <message>
        <source>Check a copy of a protocol</source>
        <translation>Проверка копии протокола</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Документы PDF (*.pdf);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Council database (*.db);;All files (*)</source>
        <translation>База данных совета (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Council database (*.db)</source>
        <translation>База данных совета (*.db)</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>Something went wrong and the action was not completed. Your saved work is safe.
Details were written to: %1</source>
        <translation>Что-то пошло не так, действие не выполнено. Сохранённая работа не пострадала.
Подробности записаны в файл: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Responsible person or organisation…</source>
        <translation>Ответственное лицо или организация…</translation>
    </message>
    <message>
        <source>Council body</source>
        <translation>Орган совета</translation>
    </message>
    <message>
        <source>All council bodies</source>
        <translation>Все органы совета</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Summary of assignments</source>
        <translation>Сводка по поручениям</translation>
    </message>
    <message>
        <source>Follow-up of the selected assignment</source>
        <translation>Контроль исполнения выбранного поручения</translation>
    </message>
    <message>
        <source>Checked at meeting</source>
        <translation>Рассмотрено на заседании</translation>
    </message>
    <message>
        <source>(not at a meeting)</source>
        <translation>(не на заседании)</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Report on execution</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить исполненным</translation>
    </message>
    <message>
        <source>Mark the selected assignment done</source>
        <translation>Отметить выбранное поручение исполненным</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Open the selected assignment again</source>
        <translation>Снова открыть выбранное поручение</translation>
    </message>
    <message>
        <source>Cancel assignment</source>
        <translation>Отменить поручение</translation>
    </message>
    <message>
        <source>Cancel the selected assignment</source>
        <translation>Отменить выбранное поручение</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n поручение</numerusform>
            <numerusform>%n поручения</numerusform>
            <numerusform>%n поручений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an assignment first</source>
        <translation>Сначала выберите поручение</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Сохранить изменения: {what}?</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Council Desktop</source>
        <translation>Council Desktop</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Russian</source>
        <comment>inside a label</comment>
        <translation>русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <comment>inside a label</comment>
        <translation>казахский</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a label</comment>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Council bodies and membership</source>
        <translation>Органы совета и состав</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Resolutions and assignments</source>
        <translation>Решения и поручения</translation>
    </message>
    <message>
        <source>Council Desktop — {0}</source>
        <translation>Council Desktop — {0}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Print protocol…</source>
        <translation>&amp;Печать протокола…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Check a protocol copy…</source>
        <translation>Проверить &amp;копию протокола…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Новая &amp;база данных…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Council Desktop</source>
        <translation>&amp;О программе Council Desktop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Open a meeting first</source>
        <translation>Сначала откройте заседание</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Choose a meeting in the list (double-click or Enter), or create a new one with Ctrl+N.</source>
        <translation>Выберите заседание в списке (двойной щелчок или Enter) или создайте новое клавишами Ctrl+N.</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>это заседание</translation>
    </message>
</context>
<context>
    <name>MembershipPanel</name>
    <message>
        <source>Membership</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Membership terms</source>
        <translation>Сроки членства</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Новый член</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Member from</source>
        <translation>Член с</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Член по</translation>
    </message>
    <message>
        <source>Basis (decision, order)</source>
        <translation>Основание (решение, приказ)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Окончание срока</translation>
    </message>
    <message>
        <source>End term</source>
        <translation>Завершить срок</translation>
    </message>
    <message>
        <source>End the selected term on this date</source>
        <translation>Завершить выбранный срок этой датой</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Selected term ends on</source>
        <translation>Выбранный срок заканчивается</translation>
    </message>
    <message>
        <source>Choose a person from the list</source>
        <translation>Выберите лицо из списка</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Добавить члена: %1</translation>
    </message>
    <message>
        <source>Select a term first</source>
        <translation>Сначала выберите срок</translation>
    </message>
    <message>
        <source>End the term of %1</source>
        <translation>Завершить срок: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two people</source>
        <translation>Объединить две записи</translation>
    </message>
    <message>
        <source>Keep which record? The other one&apos;s attendance, memberships, speeches and assignments move to it, then it is deleted.</source>
        <translation>Какую запись оставить? Явка, членство, выступления и поручения другой записи перейдут к ней, а сама она будет удалена.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the organisation</source>
        <translation>Сохранить организацию</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>A name in at least one language is required</source>
        <translation>Нужно название хотя бы на одном языке</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Search organisations…</source>
        <translation>Поиск организаций…</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Search people by name or e-mail…</source>
        <translation>Поиск лиц по ФИО или e-mail…</translation>
    </message>
    <message>
        <source>Number of people found</source>
        <translation>Найдено лиц</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Merge two selected people</source>
        <translation>Объединить двух выбранных лиц</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected person</source>
        <translation>Удалить выбранное лицо</translation>
    </message>
    <message numerus="yes">
        <source>more than %n people</source>
        <translation>
            <numerusform>более %n лица</numerusform>
            <numerusform>более %n лиц</numerusform>
            <numerusform>более %n лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n лицо</numerusform>
            <numerusform>%n лица</numerusform>
            <numerusform>%n лиц</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two people to merge.</source>
        <translation>Для объединения выберите ровно двух лиц.</translation>
    </message>
    <message>
        <source>Delete this person?</source>
        <translation>Удалить это лицо?</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
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
        <source>Mixed alphabets warning</source>
        <translation>Предупреждение о смешанных алфавитах</translation>
    </message>
    <message>
        <source>Fix letters</source>
        <translation>Исправить буквы</translation>
    </message>
    <message>
        <source>Rewrite each mixed word in one alphabet</source>
        <translation>Переписать каждое смешанное слово одним алфавитом</translation>
    </message>
    <message>
        <source>Probable duplicate warning</source>
        <translation>Предупреждение о вероятном дубликате</translation>
    </message>
    <message>
        <source>Merge into it…</source>
        <translation>Объединить с ней…</translation>
    </message>
    <message>
        <source>Merge into the existing record</source>
        <translation>Объединить с существующей записью</translation>
    </message>
    <message>
        <source>Work and contacts</source>
        <translation>Работа и контакты</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Учёная степень</translation>
    </message>
    <message>
        <source>Degree, title and position</source>
        <translation>Степень, звание и должность</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Учёное звание</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Documents in Kazakh or English print the Russian text where these are left empty</source>
        <translation>Если поле на казахском или английском пусто, документы на этом языке печатают русский текст</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the person</source>
        <translation>Сохранить лицо</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Отменить несохранённые изменения</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>«{0}» is not an e-mail address</source>
        <translation>«{0}» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>Latin and Cyrillic letters are mixed in: {0}. Such a name sorts and searches wrongly.</source>
        <translation>Латинские и кириллические буквы смешаны в: {0}. Такое имя неправильно сортируется и не находится поиском.</translation>
    </message>
    <message>
        <source>Probably already in the registry: {0}</source>
        <translation>Вероятно, уже есть в реестре: {0}</translation>
    </message>
    <message>
        <source>The surname is required</source>
        <translation>Фамилия обязательна</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Title in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Title in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Field of research</source>
        <translation>Область исследований</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>Руководитель проекта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>A title in at least one language is required</source>
        <translation>Нужно название хотя бы на одном языке</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Search projects…</source>
        <translation>Поиск проектов…</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Short name in Kazakh</source>
        <translation>Краткое название на казахском</translation>
    </message>
    <message>
        <source>Short name in Russian</source>
        <translation>Краткое название на русском</translation>
    </message>
    <message>
        <source>Short name in English</source>
        <translation>Краткое название на английском</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Time zone of meetings</source>
        <translation>Часовой пояс заседаний</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <source>Letterhead in Kazakh</source>
        <translation>Шапка бланка на казахском</translation>
    </message>
    <message>
        <source>Letterhead in Russian</source>
        <translation>Шапка бланка на русском</translation>
    </message>
    <message>
        <source>Letterhead in English</source>
        <translation>Шапка бланка на английском</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Выбрать изображение логотипа</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Default chair</source>
        <translation>Председатель по умолчанию</translation>
    </message>
    <message>
        <source>Default secretary</source>
        <translation>Секретарь по умолчанию</translation>
    </message>
    <message>
        <source>Default quorum rule</source>
        <translation>Правило кворума по умолчанию</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Язык документов по умолчанию</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Аппарат</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Выбрать папку данных</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выбрать папку резервных копий</translation>
    </message>
    <message>
        <source>Back up the database when the program closes</source>
        <translation>Делать резервную копию базы при закрытии программы</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Сколько автоматических копий хранить</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Создать резервную копию базы сейчас</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Результат резервного копирования</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>нет логотипа</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся копия…</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>StagedEditor</name>
    <message>
        <source>Not undone: %1 was changed by someone else after this step, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Не отменено: %1 после этого шага изменил кто-то другой, и его изменение сохранено. Если нужно иначе, измените вручную.</translation>
    </message>
    <message>
        <source>Not redone: %1 was changed by someone else after this step was undone, and their change is kept. Change it by hand if it should be different.</source>
        <translation>Не повторено: %1 после отмены этого шага изменил кто-то другой, и его изменение сохранено. Если нужно иначе, измените вручную.</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restore the unsaved edits</source>
        <translation>Восстановить несохранённые изменения</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>Найдены несохранённые изменения</translation>
    </message>
    <message>
        <source>What you typed, to copy</source>
        <translation>Набранное вами, чтобы скопировать</translation>
    </message>
    <message>
        <source>Edits that could not be saved were kept when the program stopped (%1). Restore them?</source>
        <translation>Изменения, которые не удалось сохранить, остались после остановки программы (%1). Восстановить их?</translation>
    </message>
    <message>
        <source>%1 no longer exists (a backup was restored, or it was removed elsewhere), so what you typed in it could not be saved. It is kept here to copy where it belongs; Discard forgets it.</source>
        <translation>%1 больше не существует (восстановлена резервная копия, или запись удалена в другом месте), поэтому набранное там не удалось сохранить. Оно сохранено здесь, чтобы его можно было скопировать куда нужно; «Отбросить» его забудет.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile, so your edits were not saved over their change; they are kept here. Restore them to put them over it, or discard them.</source>
        <translation>Это тем временем изменил кто-то другой, поэтому ваши правки не записаны поверх его изменения; они сохранены здесь. Восстановите их, чтобы записать поверх, или откажитесь от них.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <source>protocol drafted</source>
        <translation>проект протокола</translation>
    </message>
    <message>
        <source>protocol signed</source>
        <translation>протокол подписан</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>очередное</translation>
    </message>
    <message>
        <source>extraordinary</source>
        <translation>внеочередное</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>совместное</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>очное</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>дистанционное</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>смешанное</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <source>deputy chair</source>
        <translation>заместитель председателя</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>open</source>
        <translation>на исполнении</translation>
    </message>
    <message>
        <source>done</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>more than half of the members</source>
        <translation>более половины членов</translation>
    </message>
    <message>
        <source>two thirds of the members</source>
        <translation>две трети членов</translation>
    </message>
    <message>
        <source>a fixed number of members</source>
        <translation>фиксированное число членов</translation>
    </message>
    <message>
        <source>simple majority of those present</source>
        <translation>простое большинство присутствующих</translation>
    </message>
    <message>
        <source>majority of all members</source>
        <translation>большинство от всех членов</translation>
    </message>
    <message>
        <source>two thirds of those present</source>
        <translation>две трети присутствующих</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>министерство</translation>
    </message>
    <message>
        <source>research centre</source>
        <translation>научный центр</translation>
    </message>
    <message>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <source>academy</source>
        <translation>академия</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>холдинг</translation>
    </message>
    <message>
        <source>hospital</source>
        <translation>больница</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
</context>
</TS>
