<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Keys of meeting mode (Esc closes this list)</source>
        <translation>Клавиши режима заседания (Esc закрывает список)</translation>
    </message>
    <message>
        <source>Keys of meeting mode</source>
        <translation>Клавиши режима заседания</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Speaker field: add the speaker typed</source>
        <translation>Поле выступающего: добавить набранного</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <source>Attendees: type the start of a name to go to it</source>
        <translation>Присутствующие: наберите начало фамилии, чтобы перейти к ней</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+буква</translation>
    </message>
    <message>
        <source>The field whose label has that letter underlined</source>
        <translation>Поле, в названии которого подчёркнута эта буква</translation>
    </message>
</context>
<context>
    <name>MeetingModeLauncher</name>
    <message>
        <source>Meeting mode</source>
        <translation>Режим заседания</translation>
    </message>
    <message>
        <source>Open meeting mode: the meeting as it happens, by keyboard (F11)</source>
        <translation>Открыть режим заседания: заседание по ходу, с клавиатуры (F11)</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Режим заседания</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Список выступающих</translation>
    </message>
    <message>
        <source>Add a speaker: type a name, Enter</source>
        <translation>Добавить выступающего: наберите фамилию, Enter</translation>
    </message>
    <message>
        <source>Type a name, Enter adds the speaker (F3)</source>
        <translation>Наберите фамилию, Enter добавляет выступающего (F3)</translation>
    </message>
    <message>
        <source>Speakers waiting, the first speaks next</source>
        <translation>Ожидающие слова, первый выступает следующим</translation>
    </message>
    <message>
        <source>&amp;Limit, min:</source>
        <translation>&amp;Регламент, мин:</translation>
    </message>
    <message>
        <source>Speaking time limit in minutes</source>
        <translation>Регламент выступления в минутах</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;За</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>Про&amp;тив</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>&amp;Воздержались</translation>
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
        <source>Member</source>
        <translation>Член совета</translation>
    </message>
    <message>
        <source>Roll-call vote: 1 for, 2 against, 3 abstained, 0 none</source>
        <translation>Поимённое голосование: 1 за, 2 против, 3 воздержался, 0 не голосовал</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>В зале</translation>
    </message>
    <message>
        <source>Attendees: Space marks an arrival or a departure</source>
        <translation>Присутствующие: пробел отмечает приход или уход</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Повестка с плановым и фактическим временем</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Экран:</translation>
    </message>
    <message>
        <source>Screen the projector view opens on</source>
        <translation>Экран, на котором открывается вид для проектора</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the projector view</source>
        <translation>Язык вида для проектора</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Клавиши (F1)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Следующий вопрос повестки</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Предыдущий вопрос повестки</translation>
    </message>
    <message>
        <source>Go to the attendees</source>
        <translation>Перейти к присутствующим</translation>
    </message>
    <message>
        <source>Attendees: mark an arrival or a departure</source>
        <translation>Присутствующие: отметить приход или уход</translation>
    </message>
    <message>
        <source>Add a speaker (type-ahead over the attendees)</source>
        <translation>Добавить выступающего (подсказка по присутствующим)</translation>
    </message>
    <message>
        <source>Speakers: move up</source>
        <translation>Выступающие: выше</translation>
    </message>
    <message>
        <source>Speakers: move down</source>
        <translation>Выступающие: ниже</translation>
    </message>
    <message>
        <source>Speakers: remove from the list</source>
        <translation>Выступающие: убрать из списка</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s timer</source>
        <translation>Запустить или приостановить таймер выступающего</translation>
    </message>
    <message>
        <source>The speaker has finished: record the speech</source>
        <translation>Выступление окончено: записать его</translation>
    </message>
    <message>
        <source>Next resolution to vote on</source>
        <translation>Следующее решение для голосования</translation>
    </message>
    <message>
        <source>Vote by show of hands: enter the counts</source>
        <translation>Открытое голосование: ввести число голосов</translation>
    </message>
    <message>
        <source>Show of hands: record the counts</source>
        <translation>Открытое голосование: записать итоги</translation>
    </message>
    <message>
        <source>Unanimous vote</source>
        <translation>Единогласно</translation>
    </message>
    <message>
        <source>Roll-call vote: each member by name</source>
        <translation>Поимённое голосование: каждый член совета по фамилии</translation>
    </message>
    <message>
        <source>Roll call: for</source>
        <translation>Поимённо: за</translation>
    </message>
    <message>
        <source>Roll call: against</source>
        <translation>Поимённо: против</translation>
    </message>
    <message>
        <source>Roll call: abstained</source>
        <translation>Поимённо: воздержался</translation>
    </message>
    <message>
        <source>Roll call: no vote</source>
        <translation>Поимённо: не голосовал</translation>
    </message>
    <message>
        <source>Roll call: record the vote</source>
        <translation>Поимённо: записать голосование</translation>
    </message>
    <message>
        <source>Close the vote entry or the key list</source>
        <translation>Закрыть ввод голосов или список клавиш</translation>
    </message>
    <message>
        <source>Projector view on or off</source>
        <translation>Включить или выключить вид для проектора</translation>
    </message>
    <message>
        <source>Blank the projector, or show it again</source>
        <translation>Погасить проектор или показать снова</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Полноэкранный режим вкл./выкл.</translation>
    </message>
    <message>
        <source>List of keys</source>
        <translation>Список клавиш</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Выйти из режима заседания</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Заседание № %1 от %2 — %3</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>кворум есть</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>НЕТ КВОРУМА</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present, %4 needed — %5</source>
        <translation>%1: присутствуют %2 из %3, нужно %4 — %5</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>No item is open: PgDown opens the next one</source>
        <translation>Ни один вопрос не открыт: PgDown открывает следующий</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Докладчик: %1</translation>
    </message>
    <message>
        <source>(guest)</source>
        <translation>(приглашённый)</translation>
    </message>
    <message>
        <source>No resolution to vote on in this item</source>
        <translation>В этом вопросе нет решения для голосования</translation>
    </message>
    <message>
        <source>Not voted yet: F7 show of hands, F8 unanimous, F9 roll call</source>
        <translation>Ещё не голосовали: F7 открыто, F8 единогласно, F9 поимённо</translation>
    </message>
    <message>
        <source>Unanimous (%1)</source>
        <translation>Единогласно (%1)</translation>
    </message>
    <message>
        <source>For %1, against %2, abstained %3</source>
        <translation>За %1, против %2, воздержались %3</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>поимённо</translation>
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
        <source>Started %1, running %2</source>
        <translation>Начат в %1, идёт %2</translation>
    </message>
    <message>
        <source>planned %1 min</source>
        <translation>по плану %1 мин</translation>
    </message>
    <message>
        <source>overrun %1</source>
        <translation>превышение %1</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>выступает</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>next: F5 starts</source>
        <translation>следующий: F5 — начать</translation>
    </message>
    <message>
        <source>No one is waiting to speak</source>
        <translation>Никто не ждёт слова</translation>
    </message>
    <message>
        <source>Open an item first (PgDown)</source>
        <translation>Сначала откройте вопрос (PgDown)</translation>
    </message>
    <message>
        <source>No single attendee matches “%1”</source>
        <translation>Нет единственного присутствующего, подходящего под «%1»</translation>
    </message>
    <message>
        <source>Start the speaker&apos;s timer first (F5)</source>
        <translation>Сначала запустите таймер выступающего (F5)</translation>
    </message>
    <message>
        <source>Projector: blank (Ctrl+B shows it)</source>
        <translation>Проектор: погашен (Ctrl+B — показать)</translation>
    </message>
    <message>
        <source>Projector: on (F12)</source>
        <translation>Проектор: включён (F12)</translation>
    </message>
    <message>
        <source>Projector: off (F12)</source>
        <translation>Проектор: выключен (F12)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Докладчик: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Выступает: %1</translation>
    </message>
    <message>
        <source>Vote on %1: for %2, against %3, abstained %4</source>
        <translation>Голосование по %1: за — %2, против — %3, воздержались — %4</translation>
    </message>
    <message>
        <source>Vote on %1: unanimous (%2)</source>
        <translation>Голосование по %1: единогласно (%2)</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — adopted</source>
        <translation>%1: за %2, против %3, воздержались %4 — принято</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — not adopted</source>
        <translation>%1: за %2, против %3, воздержались %4 — не принято</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Решение не принято</translation>
    </message>
    <message>
        <source>Meeting No. %1</source>
        <translation>Заседание № %1</translation>
    </message>
</context>
</TS>
