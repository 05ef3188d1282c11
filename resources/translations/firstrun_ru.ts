<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BodyPage</name>
    <message>
        <source>Council body</source>
        <translation>Орган совета</translation>
    </message>
    <message>
        <source>The council (or commission) whose meetings you keep, with its quorum and majority rules. More bodies can be added later under Council bodies and membership.</source>
        <translation>Совет (или комиссия), заседания которого вы ведёте, с правилами кворума и большинства. Другие органы можно добавить позже в разделе «Органы совета и членство».</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на &amp;русском</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Наименование на &amp;английском</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Кворум</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>&amp;Большинство</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Правило кворума</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Кворум числом (членов)</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Правило большинства</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Plan a meeting with Ctrl+N in Meetings. Help (F1) opens the guide at the page of the view you are in; Help → Guided start… brings these steps back.</source>
        <translation>Запланируйте заседание клавишами Ctrl+N в разделе «Заседания». Справка (F1) открывает руководство на странице текущего раздела; Справка → Начальная настройка… возвращает эти шаги.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Council Desktop — guided start</source>
        <translation>Council Desktop — начальная настройка</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Пропустить шаг</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>Пропустить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Guided start…</source>
        <translation>&amp;Начальная настройка…</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of the window. Documents are printed in any of the three.</source>
        <translation>Язык окна программы. Документы печатаются на любом из трёх языков.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>The members of the council body, from a spreadsheet (CSV or Excel, one person a row: surname, name, patronymic, position, organisation…), or the demo meeting to look around first.</source>
        <translation>Члены органа совета — из электронной таблицы (CSV или Excel, по человеку в строке: фамилия, имя, отчество, должность, организация…), или демонстрационное заседание, чтобы сначала осмотреться.</translation>
    </message>
    <message>
        <source>&amp;Import members from a spreadsheet…</source>
        <translation>&amp;Загрузить членов из электронной таблицы…</translation>
    </message>
    <message>
        <source>Load the &amp;demo meeting</source>
        <translation>Загрузить &amp;демонстрационное заседание</translation>
    </message>
    <message numerus="yes">
        <source>%n people imported.</source>
        <translation>
            <numerusform>Загружен %n человек.</numerusform><numerusform>Загружено %n человека.</numerusform><numerusform>Загружено %n человек.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them made members of %1 from today.</source>
        <translation>
            <numerusform>Из них %n включён в состав органа «%1» с сегодняшнего дня.</numerusform><numerusform>Из них %n включены в состав органа «%1» с сегодняшнего дня.</numerusform><numerusform>Из них %n включены в состав органа «%1» с сегодняшнего дня.</numerusform></translation>
    </message>
    <message>
        <source>The demo meeting is loaded: a joint meeting of two councils with its agenda, minutes and assignments.</source>
        <translation>Демонстрационное заседание загружено: совместное заседание двух советов с повесткой, ходом заседания и поручениями.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>Its name as the letterhead of every document prints it, in each language, and its logo.</source>
        <translation>Её наименование на каждом языке — так, как его печатает бланк каждого документа, — и её логотип.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на &amp;казахском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на &amp;русском</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Наименование на &amp;английском</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Выбрать &amp;логотип…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Выбрать изображение логотипа</translation>
    </message>
    <message>
        <source>Type the organisation's name in at least one language, or skip this step.</source>
        <translation>Введите наименование организации хотя бы на одном языке или пропустите этот шаг.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Members from a spreadsheet</source>
        <translation>Члены из электронной таблицы</translation>
    </message>
    <message>
        <source>Lists of people (*.xlsx *.csv);;All files (*)</source>
        <translation>Списки людей (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
</TS>