<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgendaTab</name>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Вопросы повестки дня (Alt+Вверх / Alt+Вниз — переместить)</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить вопрос…</translation>
    </message>
    <message>
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Добавить вопрос повестки дня (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Удалить вопрос повестки дня (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Переместить вопрос выше (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Переместить вопрос ниже (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Add presentation…</source>
        <translation>Добавить презентацию…</translation>
    </message>
    <message>
        <source>Add a project presentation</source>
        <translation>Добавить презентацию проекта</translation>
    </message>
    <message>
        <source>Remove presentation</source>
        <translation>Удалить презентацию</translation>
    </message>
    <message>
        <source>Remove the selected presentation</source>
        <translation>Удалить выбранную презентацию</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Attach files to the selected presentation</source>
        <translation>Прикрепить файлы к выбранной презентации</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Удалить файлы</translation>
    </message>
    <message>
        <source>Remove the files of the selected presentation</source>
        <translation>Удалить файлы выбранной презентации</translation>
    </message>
    <message>
        <source>Remove the agenda item</source>
        <translation>Удалить вопрос повестки дня</translation>
    </message>
    <message>
        <source>&amp;Title (%1)</source>
        <translation>&amp;Название (%1)</translation>
    </message>
    <message>
        <source>Planned mi&amp;nutes</source>
        <translation>Регла&amp;мент, мин</translation>
    </message>
    <message>
        <source>&amp;Rapporteurs</source>
        <translation>До&amp;кладчики</translation>
    </message>
    <message>
        <source>&amp;Co-rapporteurs</source>
        <translation>Содокладч&amp;ики</translation>
    </message>
    <message>
        <source>Internal n&amp;otes</source>
        <translation>Служебные з&amp;аметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Регламент, минут</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Co-rapporteurs</source>
        <translation>Содокладчики</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>For the chair&apos;s script; not printed in the protocol</source>
        <translation>Для сценария председателя; в протокол не печатается</translation>
    </message>
    <message>
        <source>Project presentations</source>
        <translation>Презентации проектов</translation>
    </message>
    <message>
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Перетащите файлы из файлового менеджера на презентацию, чтобы прикрепить их.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Новый вопрос повестки дня</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Добавить вопрос повестки дня</translation>
    </message>
    <message>
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>Удалить вопрос %1 «%2» вместе с протокольной частью?</translation>
    </message>
    <message>
        <source>Remove an agenda item</source>
        <translation>Удаление вопроса повестки дня</translation>
    </message>
    <message>
        <source>Move item %1 to %2</source>
        <translation>Перемещение вопроса %1 на место %2</translation>
    </message>
    <message>
        <source>Add a presentation</source>
        <translation>Добавление презентации</translation>
    </message>
    <message>
        <source>Remove the presentation “%1” and its files?</source>
        <translation>Удалить презентацию «%1» и её файлы?</translation>
    </message>
    <message>
        <source>Remove a presentation</source>
        <translation>Удаление презентации</translation>
    </message>
    <message>
        <source>Select a presentation to attach the files to.</source>
        <translation>Выберите презентацию, к которой прикрепить файлы.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Прикрепление %1</translation>
    </message>
    <message>
        <source>Remove the files of “%1”: %2?</source>
        <translation>Удалить файлы презентации «%1»: %2?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удаление: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>Список присутствующих</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <source>Mark the selected as %1</source>
        <translation>Отметить выбранных: %1</translation>
    </message>
    <message>
        <source>%1 (key %2 on the list)</source>
        <translation>%1 (клавиша %2 в списке)</translation>
    </message>
    <message>
        <source>Everyone &amp;present</source>
        <translation>Все прису&amp;тствуют</translation>
    </message>
    <message>
        <source>Mark everyone on the list as present</source>
        <translation>Отметить всех в списке как присутствующих</translation>
    </message>
    <message>
        <source>Add an invited guest</source>
        <translation>Добавить приглашённого гостя</translation>
    </message>
    <message>
        <source>S&amp;ubstitute…</source>
        <translation>&amp;Замена…</translation>
    </message>
    <message>
        <source>Add a substitute for the selected member</source>
        <translation>Добавить замещающего для выбранного члена</translation>
    </message>
    <message>
        <source>Invite &amp;guest…</source>
        <translation>Пригласить &amp;гостя…</translation>
    </message>
    <message>
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Добавить приглашённого (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>&amp;Remove guest</source>
        <translation>&amp;Убрать гостя</translation>
    </message>
    <message>
        <source>Double-click a status to change it, or select people in the list and press 1 present, 2 remote, 3 absent, 4 excused; Ctrl+Shift+P marks everyone present.</source>
        <translation>Дважды щёлкните по статусу, чтобы изменить его, или выберите людей в списке и нажмите 1 — присутствует, 2 — дистанционно, 3 — отсутствует, 4 — по уважительной причине; Ctrl+Shift+P отмечает всех присутствующими.</translation>
    </message>
    <message>
        <source>Remove the selected guest or substitute</source>
        <translation>Убрать выбранного гостя или замещающего</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: присутствует %2 из %3 членов — </translation>
    </message>
    <message>
        <source>quorum reached</source>
        <translation>кворум имеется</translation>
    </message>
    <message>
        <source>no quorum (%1 needed)</source>
        <translation>кворума нет (нужно %1)</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Отметка: %1</translation>
    </message>
    <message>
        <source>Invite a guest</source>
        <translation>Пригласить гостя</translation>
    </message>
    <message>
        <source>Select the member who is being replaced first.</source>
        <translation>Сначала выберите члена, которого заменяют.</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Замещает: %1</translation>
    </message>
    <message>
        <source>Add a substitute</source>
        <translation>Добавление замещающего</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удаление: %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Вр&amp;емя</translation>
    </message>
    <message>
        <source>&amp;Place (%1)</source>
        <translation>&amp;Место (%1)</translation>
    </message>
    <message>
        <source>C&amp;ity (%1)</source>
        <translation>&amp;Город (%1)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ви&amp;д</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>П&amp;редседатель</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Форма&amp;т</translation>
    </message>
    <message>
        <source>&amp;Secretary</source>
        <translation>Се&amp;кретарь</translation>
    </message>
    <message>
        <source>&amp;Restriction mark</source>
        <translation>Гриф &amp;ограничения</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Restriction mark</source>
        <translation>Гриф ограничения</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>e.g. For official use</source>
        <translation>например, Для служебного пользования</translation>
    </message>
    <message>
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Органы (два и более — для совместного заседания)</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>Номер в %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Change the bodies</source>
        <translation>Изменение органов</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Mark the meeting as held</source>
        <translation>Отметить заседание как проведённое</translation>
    </message>
    <message>
        <source>Protocol language</source>
        <translation>Язык протокола</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>Отметить как пр&amp;оведённое</translation>
    </message>
    <message>
        <source>&amp;Draft protocol</source>
        <translation>Про&amp;ект протокола</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted</source>
        <translation>Отметить, что проект протокола подготовлен</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>Подписать и &amp;закрыть</translation>
    </message>
    <message>
        <source>Sign the protocol and lock it</source>
        <translation>Подписать протокол и закрыть его для изменений</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Внести &amp;изменения…</translation>
    </message>
    <message>
        <source>Amend the signed protocol (a new version)</source>
        <translation>Внести изменения в подписанный протокол (новая редакция)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Ш&amp;аг назад</translation>
    </message>
    <message>
        <source>Return to the previous status</source>
        <translation>Вернуть предыдущий статус</translation>
    </message>
    <message>
        <source>Signed versions</source>
        <translation>Подписанные редакции</translation>
    </message>
    <message>
        <source>%1 (chosen at the top, “Protocol in”)</source>
        <translation>%1 (выбирается вверху, «Протокол на»)</translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Редакция %1, %2, %3</translation>
    </message>
    <message>
        <source>Being amended: %1</source>
        <translation>Вносятся изменения: %1</translation>
    </message>
    <message>
        <source>No signed version yet.</source>
        <translation>Подписанных редакций пока нет.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Подтвердите</translation>
    </message>
    <message>
        <source>Mark the meeting as held?</source>
        <translation>Отметить заседание как проведённое?</translation>
    </message>
    <message>
        <source>Mark the protocol as drafted?</source>
        <translation>Отметить, что проект протокола подготовлен?</translation>
    </message>
    <message>
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Подписать протокол и закрыть заседание для изменений? После подписания изменения вносятся только новой редакцией.</translation>
    </message>
    <message>
        <source>Return the meeting to its previous status?</source>
        <translation>Вернуть заседанию предыдущий статус?</translation>
    </message>
    <message>
        <source>Amend the protocol</source>
        <translation>Изменение протокола</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Основание изменения</translation>
    </message>
    <message>
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Открыть подписанный протокол для новой редакции (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Texts in:</source>
        <translation>Тексты на:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Заседания</translation>
    </message>
    <message>
        <source>Show or hide the list of meetings</source>
        <translation>Показать или скрыть список заседаний</translation>
    </message>
    <message>
        <source>Language of the texts being edited</source>
        <translation>Язык редактируемых текстов</translation>
    </message>
    <message>
        <source>Protocol in:</source>
        <translation>Протокол на:</translation>
    </message>
    <message>
        <source>Language of the protocol (printed and signed in it)</source>
        <translation>Язык протокола (на нём он печатается и подписывается)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
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
        <source>Minutes</source>
        <translation>Ход заседания</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Meeting editor</source>
        <translation>Редактор заседания</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Заседание № %1 от %2 — %3</translation>
    </message>
    <message>
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>Протокол подписан (редакция %1) и закрыт для изменений. Чтобы изменить его, выберите «Внести изменения» на вкладке «Этапы».</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>agenda item %1 “%2”</source>
        <translation>пункт повестки %1 «%2»</translation>
    </message>
    <message>
        <source>the presentation “%1” under item %2</source>
        <translation>презентацию «%1» по пункту %2</translation>
    </message>
    <message>
        <source>the file %1 of the presentation “%2”</source>
        <translation>файл %1 презентации «%2»</translation>
    </message>
    <message>
        <source>the speech of %1 under item %2</source>
        <translation>выступление (%1) по пункту %2</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>решение %1</translation>
    </message>
    <message>
        <source>an assignment of resolution %1</source>
        <translation>поручение по решению %1</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>the attendance of %1</source>
        <translation>отметку присутствия (%1)</translation>
    </message>
    <message>
        <source>who signs for %1</source>
        <translation>выбор подписывающих за %1</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <source>for</source>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <translation>против</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>воздержался</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <source>co-rapporteur</source>
        <translation>содокладчик</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Substitute for</source>
        <translation>Замещает</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>замещающий</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>приглашённый</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>unanimously</source>
        <translation>единогласно</translation>
    </message>
    <message>
        <source>for %1, against %2, abstained %3</source>
        <translation>за — %1, против — %2, воздержались — %3</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Суть выступления</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
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
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Представляет</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Agenda items</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <source>Spea&amp;ker</source>
        <translation>Выступ&amp;ающий</translation>
    </message>
    <message>
        <source>Gi&amp;st (%1)</source>
        <translation>С&amp;уть (%1)</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Постановили</translation>
    </message>
    <message>
        <source>Resolu&amp;tion (%1)</source>
        <translation>Пос&amp;тановление (%1)</translation>
    </message>
    <message>
        <source>Hea&amp;rd (%1)</source>
        <translation>Слу&amp;шали (%1)</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>&amp;За</translation>
    </message>
    <message>
        <source>A&amp;gainst</source>
        <translation>П&amp;ротив</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>Воз&amp;держались</translation>
    </message>
    <message>
        <source>Outco&amp;me</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>&amp;Unanimous</source>
        <translation>&amp;Единогласно</translation>
    </message>
    <message>
        <source>Unanimous: every member present votes for</source>
        <translation>Единогласно: все присутствующие члены — «за»</translation>
    </message>
    <message>
        <source>as the vote gives</source>
        <translation>по итогам голосования</translation>
    </message>
    <message>
        <source>adopted (exception)</source>
        <translation>принято (исключение)</translation>
    </message>
    <message>
        <source>not adopted (exception)</source>
        <translation>не принято (исключение)</translation>
    </message>
    <message>
        <source>Assignments of the resolution</source>
        <translation>Поручения по постановлению</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>T&amp;ask (%1)</source>
        <translation>П&amp;оручение (%1)</translation>
    </message>
    <message>
        <source>Respo&amp;nsible</source>
        <translation>Ответстве&amp;нный</translation>
    </message>
    <message>
        <source>Responsible organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>Сро&amp;к</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Gist</source>
        <translation>Суть выступления</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Текст постановления</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Голоса «за»</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Голоса «против»</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Votes per body</source>
        <translation>Голоса по органам</translation>
    </message>
    <message>
        <source>Counted per body (for, against, abstained), where each body needs its own majority:</source>
        <translation>Подсчёт по органам («за», «против», «воздержались»), где каждому органу нужно своё большинство:</translation>
    </message>
    <message>
        <source>Record per bod&amp;y</source>
        <translation>Записать по ор&amp;ганам</translation>
    </message>
    <message>
        <source>Record the votes counted per body</source>
        <translation>Записать голоса, подсчитанные по органам</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>Основание исключения</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Add speech…</source>
        <translation>Добавить выступление…</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <source>Remove speech</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <source>Remove the selected speech</source>
        <translation>Удалить выбранное выступление</translation>
    </message>
    <message>
        <source>Add resolution…</source>
        <translation>Добавить постановление…</translation>
    </message>
    <message>
        <source>Add a resolution</source>
        <translation>Добавить постановление</translation>
    </message>
    <message>
        <source>Remove resolution</source>
        <translation>Удалить постановление</translation>
    </message>
    <message>
        <source>Remove the selected resolution</source>
        <translation>Удалить выбранное постановление</translation>
    </message>
    <message>
        <source>Add assignment…</source>
        <translation>Добавить поручение…</translation>
    </message>
    <message>
        <source>Add an assignment</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <source>Remove the selected assignment</source>
        <translation>Удалить выбранное поручение</translation>
    </message>
    <message>
        <source>members present: %1</source>
        <translation>присутствует членов: %1</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Who spoke?</source>
        <translation>Кто выступил?</translation>
    </message>
    <message>
        <source>Add a speech</source>
        <translation>Добавление выступления</translation>
    </message>
    <message>
        <source>Remove a speech</source>
        <translation>Удаление выступления</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Новое постановление</translation>
    </message>
    <message>
        <source>Resolution (%1)</source>
        <translation>Постановление (%1)</translation>
    </message>
    <message>
        <source>Remove resolution %1 with its assignments?</source>
        <translation>Удалить постановление %1 вместе с поручениями?</translation>
    </message>
    <message>
        <source>Remove a resolution</source>
        <translation>Удаление постановления</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>Task (%1)</source>
        <translation>Поручение (%1)</translation>
    </message>
    <message>
        <source>Remove an assignment</source>
        <translation>Удаление поручения</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Органы (для совместного заседания выберите два и более)</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Орган: %1</translation>
    </message>
    <message>
        <source>Number in %1</source>
        <translation>Номер в %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Place (%1)</source>
        <translation>Место (%1)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>&amp;Start time</source>
        <translation>&amp;Время начала</translation>
    </message>
    <message>
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Место (на русском)</translation>
    </message>
    <message>
        <source>Place (&amp;Kazakh)</source>
        <translation>Место (на &amp;казахском)</translation>
    </message>
    <message>
        <source>Place (&amp;English)</source>
        <translation>Место (на &amp;английском)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <source>Sec&amp;retary</source>
        <translation>С&amp;екретарь</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Удалить: %1</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Before marking the meeting held</source>
        <translation>Перед отметкой о проведении заседания</translation>
    </message>
    <message>
        <source>Before signing the protocol</source>
        <translation>Перед подписанием протокола</translation>
    </message>
    <message>
        <source>Fix what blocks this step; the rest may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>Исправьте то, что препятствует этому шагу; остальное можно принять с указанием причины, она сохраняется в журнале изменений. Двойной щелчок по строке ведёт туда, где это исправляется.</translation>
    </message>
    <message>
        <source>These may be accepted with a reason, which is kept in the audit trail. Double-click a line to go where it is fixed.</source>
        <translation>Это можно принять с указанием причины, она сохраняется в журнале изменений. Двойной щелчок по строке ведёт туда, где это исправляется.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Найденное</translation>
    </message>
    <message>
        <source>Blocks: </source>
        <translation>Препятствует: </translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Проверьте: </translation>
    </message>
    <message>
        <source>Reason for accepting</source>
        <translation>Причина принятия</translation>
    </message>
    <message>
        <source>Why the protocol may go ahead as it is</source>
        <translation>Почему протокол можно оставить как есть</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting:</source>
        <translation>&amp;Причина принятия:</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>П&amp;ерейти</translation>
    </message>
    <message>
        <source>&amp;Accept and continue</source>
        <translation>Принять и &amp;продолжить</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <source>Add a project presentation</source>
        <translation>Добавить презентацию проекта</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Представляет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>(the project&apos;s organisation)</source>
        <translation>(организация проекта)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>P&amp;resenter</source>
        <translation>П&amp;редставляет</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
</context>
</TS>
