<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BodyPage</name>
    <message>
        <source>Council body</source>
        <translation>Council body</translation>
    </message>
    <message>
        <source>The council (or commission) whose meetings you keep, with its quorum and majority rules. More bodies can be added later under Council bodies and membership.</source>
        <translation>The council (or commission) whose meetings you keep, with its quorum and majority rules. More bodies can be added later under Council bodies and membership.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Name in &amp;Kazakh</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Name in &amp;Russian</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Name in &amp;English</translation>
    </message>
    <message>
        <source>&amp;Quorum</source>
        <translation>&amp;Quorum</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>&amp;Majority</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Quorum rule</translation>
    </message>
    <message>
        <source>Fixed quorum (members)</source>
        <translation>Fixed quorum (members)</translation>
    </message>
    <message>
        <source>Majority rule</source>
        <translation>Majority rule</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Plan a meeting with Ctrl+N in Meetings. Help (F1) opens the guide at the page of the view you are in; Help → Guided start… brings these steps back.</source>
        <translation>Plan a meeting with Ctrl+N in Meetings. Help (F1) opens the guide at the page of the view you are in; Help → Guided start… brings these steps back.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Council Desktop — guided start</source>
        <translation>Council Desktop — guided start</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Skip this step</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>Skip &amp;all</translation>
    </message>
    <message>
        <source>&amp;Guided start…</source>
        <translation>&amp;Guided start…</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the window. Documents are printed in any of the three.</source>
        <translation>The language of the window. Documents are printed in any of the three.</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>The members of the council body, from a spreadsheet (CSV or Excel, one person a row: surname, name, patronymic, position, organisation…), or the demo meeting to look around first.</source>
        <translation>The members of the council body, from a spreadsheet (CSV or Excel, one person a row: surname, name, patronymic, position, organisation…), or the demo meeting to look around first.</translation>
    </message>
    <message>
        <source>&amp;Import members from a spreadsheet…</source>
        <translation>&amp;Import members from a spreadsheet…</translation>
    </message>
    <message>
        <source>Load the &amp;demo meeting</source>
        <translation>Load the &amp;demo meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n people imported.</source>
        <translation>
            <numerusform>%n person imported.</numerusform><numerusform>%n people imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them made members of %1 from today.</source>
        <translation>
            <numerusform>%n of them made a member of %1 from today.</numerusform><numerusform>%n of them made members of %1 from today.</numerusform></translation>
    </message>
    <message>
        <source>The demo meeting is loaded: a joint meeting of two councils with its agenda, minutes and assignments.</source>
        <translation>The demo meeting is loaded: a joint meeting of two councils with its agenda, minutes and assignments.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Its name as the letterhead of every document prints it, in each language, and its logo.</source>
        <translation>Its name as the letterhead of every document prints it, in each language, and its logo.</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Name in &amp;Kazakh</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Name in &amp;Russian</translation>
    </message>
    <message>
        <source>Name in &amp;English</source>
        <translation>Name in &amp;English</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Choose the logo image</translation>
    </message>
    <message>
        <source>Type the organisation's name in at least one language, or skip this step.</source>
        <translation>Type the organisation's name in at least one language, or skip this step.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Members from a spreadsheet</source>
        <translation>Members from a spreadsheet</translation>
    </message>
    <message>
        <source>Lists of people (*.xlsx *.csv);;All files (*)</source>
        <translation>Lists of people (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
</context>
</TS>