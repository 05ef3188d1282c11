<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="78" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="455" />
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="243" />
        <source>Agenda items (Alt+Up / Alt+Down to move)</source>
        <translation>Вопросы повестки дня (Alt+Вверх / Alt+Вниз — переместить)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>&amp;Add item…</source>
        <translation>&amp;Добавить вопрос…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="244" />
        <source>Add an agenda item (Ctrl+Shift+A)</source>
        <translation>Добавить вопрос повестки дня (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="245" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="246" />
        <source>Remove the agenda item (Ctrl+Shift+Delete)</source>
        <translation>Удалить вопрос повестки дня (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="247" />
        <source>Move the item up (Alt+Up)</source>
        <translation>Переместить вопрос выше (Alt+Вверх)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="248" />
        <source>Move the item down (Alt+Down)</source>
        <translation>Переместить вопрос ниже (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="249" />
        <source>Add presentation…</source>
        <translation>Добавить презентацию…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="250" />
        <source>Add a project presentation</source>
        <translation>Добавить презентацию проекта</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="251" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="428" />
        <source>Remove presentation</source>
        <translation>Удалить презентацию</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="252" />
        <source>Remove the selected presentation</source>
        <translation>Удалить выбранную презентацию</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="253" />
        <source>Attach files…</source>
        <translation>Прикрепить файлы…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="254" />
        <source>Attach files to the selected presentation</source>
        <translation>Прикрепить файлы к выбранной презентации</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="255" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="471" />
        <source>Remove files</source>
        <translation>Удалить файлы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="256" />
        <source>Remove the files of the selected presentation</source>
        <translation>Удалить файлы выбранной презентации</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>&amp;Title (%1)</source>
        <translation>&amp;Название (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="259" />
        <source>Planned mi&amp;nutes</source>
        <translation>Регла&amp;мент, мин</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Rapporteurs</source>
        <translation>&amp;Докладчики</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="260" />
        <source>&amp;Co-rapporteurs</source>
        <translation>&amp;Содокладчики</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="261" />
        <source>Internal n&amp;otes</source>
        <translation>Служебные з&amp;аметки</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="264" />
        <source>Planned minutes</source>
        <translation>Регламент, минут</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Rapporteurs</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="265" />
        <source>Co-rapporteurs</source>
        <translation>Содокладчики</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="266" />
        <source>Internal notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="272" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="273" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="274" />
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="275" />
        <source>Remove: %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="276" />
        <source>For the chair's script; not printed in the protocol</source>
        <translation>Для сценария председателя; в протокол не печатается</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="277" />
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="278" />
        <source>Project presentations</source>
        <translation>Презентации проектов</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="279" />
        <source>Drop files from the file manager onto a presentation to attach them.</source>
        <translation>Перетащите файлы из файлового менеджера на презентацию, чтобы прикрепить их.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>New agenda item</source>
        <translation>Новый вопрос повестки дня</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="321" />
        <source>Title (%1)</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="327" />
        <source>Add an agenda item</source>
        <translation>Добавление вопроса повестки дня</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="334" />
        <source>Remove item %1 “%2” with its minutes?</source>
        <translation>Удалить вопрос %1 «%2» вместе с протокольной частью?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="339" />
        <source>Remove an agenda item</source>
        <translation>Удаление вопроса повестки дня</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="403" />
        <source>Move item %1 to %2</source>
        <translation>Перемещение вопроса %1 на место %2</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="420" />
        <source>Add a presentation</source>
        <translation>Добавление презентации</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="429" />
        <source>Remove the presentation “%1” and its files?</source>
        <translation>Удалить презентацию «%1» и её файлы?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="444" />
        <source>Remove a presentation</source>
        <translation>Удаление презентации</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="452" />
        <source>Select a presentation to attach the files to.</source>
        <translation>Выберите презентацию, к которой прикрепить файлы.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="458" />
        <source>Attach %1</source>
        <translation>Прикрепление %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="467" />
        <source>Remove the files of “%1”: %2?</source>
        <translation>Удалить файлы презентации «%1»: %2?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="479" />
        <source>Remove %1</source>
        <translation>Удаление: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="31" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="84" />
        <source>Attendance list</source>
        <translation>Список присутствующих</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="85" />
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="86" />
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="89" />
        <source>Mark the selected as %1</source>
        <translation>Отметить выбранных: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="91" />
        <source>S&amp;ubstitute…</source>
        <translation>&amp;Замена…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="92" />
        <source>Add a substitute for the selected member</source>
        <translation>Добавить замещающего для выбранного члена</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="93" />
        <source>Invite &amp;guest…</source>
        <translation>Пригласить &amp;гостя…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="94" />
        <source>Add an invited guest (Ctrl+Shift+G)</source>
        <translation>Добавить приглашённого (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="95" />
        <source>Remo&amp;ve guest</source>
        <translation>&amp;Убрать гостя</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="96" />
        <source>Remove the selected guest or substitute</source>
        <translation>Убрать выбранного гостя или замещающего</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="97" />
        <source>Double-click a status to change it, or select people and press Ctrl+1 present, Ctrl+2 remote, Ctrl+3 absent, Ctrl+4 excused.</source>
        <translation>Дважды щёлкните по статусу, чтобы изменить его, или выберите людей и нажмите Ctrl+1 — присутствует, Ctrl+2 — дистанционно, Ctrl+3 — отсутствует, Ctrl+4 — по уважительной причине.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="126" />
        <source>%1: %2 of %3 members present — </source>
        <translation>%1: присутствует %2 из %3 членов — </translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="128" />
        <source>quorum reached</source>
        <translation>кворум имеется</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="129" />
        <source>no quorum (%1 needed)</source>
        <translation>кворума нет (нужно %1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="166" />
        <source>Mark as %1</source>
        <translation>Отметка: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="175" />
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="177" />
        <source>Invite a guest</source>
        <translation>Пригласить гостя</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="183" />
        <source>Select the member who is being replaced first.</source>
        <translation>Сначала выберите члена, которого заменяют.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="185" />
        <source>Substitute for %1</source>
        <translation>Замещает: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="187" />
        <source>Add a substitute</source>
        <translation>Добавление замещающего</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/attendance_tab.py" line="205" />
        <source>Remove %1</source>
        <translation>Удаление: %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Number</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>D&amp;ate</source>
        <translation>Д&amp;ата</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="105" />
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>&amp;Place (%1)</source>
        <translation>&amp;Место (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="106" />
        <source>C&amp;ity (%1)</source>
        <translation>&amp;Город (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="107" />
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Secretary</source>
        <translation>&amp;Секретарь</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="108" />
        <source>&amp;Restriction mark</source>
        <translation>Гриф &amp;ограничения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="111" />
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="112" />
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="113" />
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="114" />
        <source>Restriction mark</source>
        <translation>Гриф ограничения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="115" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="123" />
        <source>e.g. For official use</source>
        <translation>например, Для служебного пользования</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="124" />
        <source>Council bodies (two or more for a joint meeting)</source>
        <translation>Органы (два и более — для совместного заседания)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="130" />
        <source>Number in %1</source>
        <translation>Номер в %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="163" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/details_tab.py" line="171" />
        <source>Change the bodies</source>
        <translation>Изменение органов</translation>
    </message>
</context>
<context>
    <name>LifecycleTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="70" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="71" />
        <source>Protocol &amp;language</source>
        <translation>&amp;Язык протокола</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="72" />
        <source>Language of the protocol</source>
        <translation>Язык протокола</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="73" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="74" />
        <source>Kazakh and Russian</source>
        <translation>казахский и русский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark as &amp;held</source>
        <translation>Отметить как &amp;проведённое</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="76" />
        <source>Mark the meeting as held</source>
        <translation>Отметить заседание как проведённое</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>&amp;Draft protocol</source>
        <translation>&amp;Проект протокола</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="77" />
        <source>Mark the protocol as drafted</source>
        <translation>Отметить, что проект протокола подготовлен</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>&amp;Sign and lock</source>
        <translation>&amp;Подписать и закрыть</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="78" />
        <source>Sign the protocol and lock it</source>
        <translation>Подписать протокол и закрыть его для изменений</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>&amp;Amend…</source>
        <translation>&amp;Внести изменения…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="79" />
        <source>Amend the signed protocol (a new version)</source>
        <translation>Внести изменения в подписанный протокол (новая редакция)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Step &amp;back</source>
        <translation>Ш&amp;аг назад</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="80" />
        <source>Return to the previous status</source>
        <translation>Вернуть предыдущий статус</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="83" />
        <source>Signed versions</source>
        <translation>Подписанные редакции</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="98" />
        <source>Version %1, %2, %3</source>
        <translation>Редакция %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="102" />
        <source>Being amended: %1</source>
        <translation>Вносятся изменения: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="103" />
        <source>No signed version yet.</source>
        <translation>Подписанных редакций пока нет.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="109" />
        <source>Please confirm</source>
        <translation>Подтвердите</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="117" />
        <source>The protocol cannot be rendered: %1</source>
        <translation>Не удаётся сформировать протокол: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="125" />
        <source>Mark the meeting as held?</source>
        <translation>Отметить заседание как проведённое?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="129" />
        <source>Mark the protocol as drafted?</source>
        <translation>Отметить, что проект протокола подготовлен?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="133" />
        <source>Sign the protocol and lock the meeting? After signing, changes need an amendment and a new version.</source>
        <translation>Подписать протокол и закрыть заседание для изменений? После подписания изменения вносятся только новой редакцией.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="138" />
        <source>Return the meeting to its previous status?</source>
        <translation>Вернуть заседанию предыдущий статус?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Amend the protocol</source>
        <translation>Изменение протокола</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="142" />
        <source>Reason for the amendment</source>
        <translation>Основание изменения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/lifecycle.py" line="145" />
        <source>Unlock the signed protocol for a new version (%1)?</source>
        <translation>Открыть подписанный протокол для новой редакции (%1)?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="213" />
        <source>Texts in:</source>
        <translation>Тексты на:</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="214" />
        <source>Language of the texts being edited</source>
        <translation>Язык редактируемых текстов</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="215" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;ttendance</source>
        <translation>&amp;Явка</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="218" />
        <source>A&amp;genda</source>
        <translation>П&amp;овестка дня</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Minutes</source>
        <translation>Х&amp;од заседания</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Lifecycle</source>
        <translation>Э&amp;тапы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="219" />
        <source>&amp;Protocol</source>
        <translation>П&amp;ротокол</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="221" />
        <source>Meeting editor</source>
        <translation>Редактор заседания</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="222" />
        <source>The protocol preview is not available yet.</source>
        <translation>Предварительный просмотр протокола пока недоступен.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="295" />
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Заседание № %1 от %2 — %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="302" />
        <source>The protocol is signed (version %1) and read-only. To change it, use Amend on the Lifecycle tab.</source>
        <translation>Протокол подписан (редакция %1) и закрыт для изменений. Чтобы изменить его, выберите «Внести изменения» на вкладке «Этапы».</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting_editor.py" line="354" />
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>present</source>
        <translation>присутствует</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>remote</source>
        <translation>дистанционно</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="22" />
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="23" />
        <source>excused</source>
        <translation>по уважительной причине</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>rapporteur</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="28" />
        <source>co-rapporteur</source>
        <translation>содокладчик</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="77" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="264" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="78" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="250" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="265" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="79" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="80" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="81" />
        <source>Substitute for</source>
        <translation>Замещает</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="120" />
        <source>substitute</source>
        <translation>замещающий</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="121" />
        <source>invited</source>
        <translation>приглашённый</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="134" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="229" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="135" />
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="141" />
        <source>Item</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="136" />
        <source>Rapporteurs</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="138" />
        <source>Min.</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="203" />
        <source>unanimously</source>
        <translation>единогласно</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="206" />
        <source>for %1, against %2, abstained %3</source>
        <translation>за — %1, против — %2, воздержались — %3</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>adopted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="212" />
        <source>not adopted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="222" />
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="223" />
        <source>Gist</source>
        <translation>Суть выступления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="230" />
        <source>Resolution</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="232" />
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="233" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="239" />
        <source>Assignment</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="241" />
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="242" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="248" />
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="249" />
        <source>Presenter</source>
        <translation>Представляет</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="251" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/models/meeting_models.py" line="266" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="202" />
        <source>Agenda items</source>
        <translation>Вопросы повестки дня</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="203" />
        <source>&amp;Heard (%1)</source>
        <translation>&amp;Слушали (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="204" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="205" />
        <source>Speeches</source>
        <translation>Выступили</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="206" />
        <source>Spea&amp;ker</source>
        <translation>Выступ&amp;ающий</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="207" />
        <source>Gi&amp;st (%1)</source>
        <translation>С&amp;уть (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="208" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="209" />
        <source>Resolutions</source>
        <translation>Постановили</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="210" />
        <source>Resolu&amp;tion (%1)</source>
        <translation>Пос&amp;тановление (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="211" />
        <source>&amp;For</source>
        <translation>&amp;За</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="212" />
        <source>A&amp;gainst</source>
        <translation>П&amp;ротив</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="213" />
        <source>A&amp;bstained</source>
        <translation>Воз&amp;держались</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="214" />
        <source>Outco&amp;me</source>
        <translation>&amp;Итог</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="215" />
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="216" />
        <source>&amp;Unanimous</source>
        <translation>&amp;Единогласно</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="217" />
        <source>Unanimous: every member present votes for</source>
        <translation>Единогласно: все присутствующие члены — «за»</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>as the vote gives</source>
        <translation>по итогам голосования</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="218" />
        <source>adopted (exception)</source>
        <translation>принято (исключение)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="219" />
        <source>not adopted (exception)</source>
        <translation>не принято (исключение)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="221" />
        <source>Assignments of the resolution</source>
        <translation>Поручения по постановлению</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="222" />
        <source>Assignments</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>T&amp;ask (%1)</source>
        <translation>П&amp;оручение (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="223" />
        <source>Respo&amp;nsible</source>
        <translation>От&amp;ветственный</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Responsible organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="224" />
        <source>&amp;Deadline</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Heard</source>
        <translation>Слушали</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="226" />
        <source>Gist</source>
        <translation>Суть выступления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Resolution text</source>
        <translation>Текст постановления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="227" />
        <source>Votes for</source>
        <translation>Голосов «за»</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Votes against</source>
        <translation>Голосов «против»</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="228" />
        <source>Abstained</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="229" />
        <source>Reason for the exception</source>
        <translation>Основание исключения</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Task</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="230" />
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="231" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add speech…</source>
        <translation>Добавить выступление…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="239" />
        <source>Add a speaker</source>
        <translation>Добавить выступающего</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove speech</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="240" />
        <source>Remove the selected speech</source>
        <translation>Удалить выбранное выступление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <source>Add resolution…</source>
        <translation>Добавить постановление…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="241" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="378" />
        <source>Add a resolution</source>
        <translation>Добавить постановление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="387" />
        <source>Remove resolution</source>
        <translation>Удалить постановление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="242" />
        <source>Remove the selected resolution</source>
        <translation>Удалить выбранное постановление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <source>Add assignment…</source>
        <translation>Добавить поручение…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="243" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="416" />
        <source>Add an assignment</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="244" />
        <source>Remove assignment</source>
        <translation>Удалить поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="245" />
        <source>Remove the selected assignment</source>
        <translation>Удалить выбранное поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="316" />
        <source>members present: %1</source>
        <translation>присутствует членов: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="329" />
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="331" />
        <source>Unanimous</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="337" />
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="347" />
        <source>Who spoke?</source>
        <translation>Кто выступил?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="353" />
        <source>Add a speech</source>
        <translation>Добавление выступления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="363" />
        <source>Remove a speech</source>
        <translation>Удаление выступления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>New resolution</source>
        <translation>Новое постановление</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="372" />
        <source>Resolution (%1)</source>
        <translation>Постановление (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="388" />
        <source>Remove resolution %1 with its assignments?</source>
        <translation>Удалить постановление %1 вместе с поручениями?</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="401" />
        <source>Remove a resolution</source>
        <translation>Удаление постановления</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>New assignment</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="409" />
        <source>Task (%1)</source>
        <translation>Поручение (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/minutes_tab.py" line="427" />
        <source>Remove an assignment</source>
        <translation>Удаление поручения</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="31" />
        <source>New meeting</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="34" />
        <source>Council bodies (choose two or more for a joint meeting)</source>
        <translation>Органы (для совместного заседания выберите два и более)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="44" />
        <source>Body: %1</source>
        <translation>Орган: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="49" />
        <source>Number in %1</source>
        <translation>Номер в %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="57" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="59" />
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="60" />
        <source>Place (%1)</source>
        <translation>Место (%1)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="61" />
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="62" />
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="63" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="67" />
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="68" />
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="81" />
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="82" />
        <source>N&amp;umber</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="83" />
        <source>&amp;Start time</source>
        <translation>&amp;Время начала</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="84" />
        <source>&amp;Place (Russian)</source>
        <translation>&amp;Место (на русском)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="85" />
        <source>Place (&amp;Kazakh)</source>
        <translation>Место (на &amp;казахском)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="86" />
        <source>Place (&amp;English)</source>
        <translation>Место (на &amp;английском)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="87" />
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="88" />
        <source>K&amp;ind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="89" />
        <source>&amp;Chair</source>
        <translation>&amp;Председатель</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/new_meeting_dialog.py" line="90" />
        <source>S&amp;ecretary</source>
        <translation>С&amp;екретарь</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="77" />
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="79" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="88" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="80" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="89" />
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="81" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="90" />
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="82" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="91" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="83" />
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="92" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>PeopleListField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="229" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="230" />
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="232" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="233" />
        <source>Remove: %1</source>
        <translation>Удалить: %1</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="178" />
        <source>Choose: %1</source>
        <translation>Выбрать: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="179" />
        <source>Choose a person</source>
        <translation>Выбор лица</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="182" />
        <source>Clear: %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="183" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="118" />
        <source>Choose a person</source>
        <translation>Выбор лица</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="120" />
        <source>Search people</source>
        <translation>Поиск людей</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="121" />
        <source>Type part of a name…</source>
        <translation>Введите часть имени…</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="123" />
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/widgets.py" line="126" />
        <source>&amp;New person…</source>
        <translation>&amp;Новое лицо…</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="49" />
        <source>Add a project presentation</source>
        <translation>Добавить презентацию проекта</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="50" />
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="53" />
        <source>Presenter</source>
        <translation>Представляет</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="54" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="55" />
        <source>(the project's organisation)</source>
        <translation>(организация проекта)</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="59" />
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="60" />
        <source>P&amp;resenter</source>
        <translation>П&amp;редставляет</translation>
    </message>
    <message>
        <location filename="../../council_desktop/ui/meeting/agenda_tab.py" line="61" />
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
</context>
</TS>