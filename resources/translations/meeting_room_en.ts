<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KeysOverlay</name>
    <message>
        <source>Keys of meeting mode (Esc closes this list)</source>
        <translation>Keys of meeting mode (Esc closes this list)</translation>
    </message>
    <message>
        <source>Keys of meeting mode</source>
        <translation>Keys of meeting mode</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Speaker field: add the speaker typed</source>
        <translation>Speaker field: add the speaker typed</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Attendees: type the start of a name to go to it</source>
        <translation>Attendees: type the start of a name to go to it</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>The field whose label has that letter underlined</source>
        <translation>The field whose label has that letter underlined</translation>
    </message>
</context>
<context>
    <name>MeetingModeLauncher</name>
    <message>
        <source>Meeting mode</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Open meeting mode: the meeting as it happens, by keyboard (F11)</source>
        <translation>Open meeting mode: the meeting as it happens, by keyboard (F11)</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Meeting mode</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>Speakers&apos; list</source>
        <translation>Speakers&apos; list</translation>
    </message>
    <message>
        <source>Add a speaker: type a name, Enter</source>
        <translation>Add a speaker: type a name, Enter</translation>
    </message>
    <message>
        <source>Type a name, Enter adds the speaker (F3)</source>
        <translation>Type a name, Enter adds the speaker (F3)</translation>
    </message>
    <message>
        <source>Speakers waiting, the first speaks next</source>
        <translation>Speakers waiting, the first speaks next</translation>
    </message>
    <message>
        <source>&amp;Limit, min:</source>
        <translation>&amp;Limit, min:</translation>
    </message>
    <message>
        <source>Speaking time limit in minutes</source>
        <translation>Speaking time limit in minutes</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;For</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Against</translation>
    </message>
    <message>
        <source>A&amp;bstained</source>
        <translation>A&amp;bstained</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Abstained</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Roll-call vote: 1 for, 2 against, 3 abstained, 0 none</source>
        <translation>Roll-call vote: 1 for, 2 against, 3 abstained, 0 none</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>In the room</translation>
    </message>
    <message>
        <source>Attendees: Space marks an arrival or a departure</source>
        <translation>Attendees: Space marks an arrival or a departure</translation>
    </message>
    <message>
        <source>Agenda with planned and actual times</source>
        <translation>Agenda with planned and actual times</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>&amp;Screen:</source>
        <translation>&amp;Screen:</translation>
    </message>
    <message>
        <source>Screen the projector view opens on</source>
        <translation>Screen the projector view opens on</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>Language of the projector view</source>
        <translation>Language of the projector view</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Keys (F1)</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Next agenda item</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>Previous agenda item</translation>
    </message>
    <message>
        <source>Go to the attendees</source>
        <translation>Go to the attendees</translation>
    </message>
    <message>
        <source>Attendees: mark an arrival or a departure</source>
        <translation>Attendees: mark an arrival or a departure</translation>
    </message>
    <message>
        <source>Add a speaker (type-ahead over the attendees)</source>
        <translation>Add a speaker (type-ahead over the attendees)</translation>
    </message>
    <message>
        <source>Speakers: move up</source>
        <translation>Speakers: move up</translation>
    </message>
    <message>
        <source>Speakers: move down</source>
        <translation>Speakers: move down</translation>
    </message>
    <message>
        <source>Speakers: remove from the list</source>
        <translation>Speakers: remove from the list</translation>
    </message>
    <message>
        <source>Start or pause the speaker&apos;s timer</source>
        <translation>Start or pause the speaker&apos;s timer</translation>
    </message>
    <message>
        <source>The speaker has finished: record the speech</source>
        <translation>The speaker has finished: record the speech</translation>
    </message>
    <message>
        <source>Next resolution to vote on</source>
        <translation>Next resolution to vote on</translation>
    </message>
    <message>
        <source>Vote by show of hands: enter the counts</source>
        <translation>Vote by show of hands: enter the counts</translation>
    </message>
    <message>
        <source>Show of hands: record the counts</source>
        <translation>Show of hands: record the counts</translation>
    </message>
    <message>
        <source>Unanimous vote</source>
        <translation>Unanimous vote</translation>
    </message>
    <message>
        <source>Roll-call vote: each member by name</source>
        <translation>Roll-call vote: each member by name</translation>
    </message>
    <message>
        <source>Roll call: for</source>
        <translation>Roll call: for</translation>
    </message>
    <message>
        <source>Roll call: against</source>
        <translation>Roll call: against</translation>
    </message>
    <message>
        <source>Roll call: abstained</source>
        <translation>Roll call: abstained</translation>
    </message>
    <message>
        <source>Roll call: no vote</source>
        <translation>Roll call: no vote</translation>
    </message>
    <message>
        <source>Roll call: record the vote</source>
        <translation>Roll call: record the vote</translation>
    </message>
    <message>
        <source>Close the vote entry or the key list</source>
        <translation>Close the vote entry or the key list</translation>
    </message>
    <message>
        <source>Projector view on or off</source>
        <translation>Projector view on or off</translation>
    </message>
    <message>
        <source>Blank the projector, or show it again</source>
        <translation>Blank the projector, or show it again</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Full screen on or off</translation>
    </message>
    <message>
        <source>List of keys</source>
        <translation>List of keys</translation>
    </message>
    <message>
        <source>Leave meeting mode</source>
        <translation>Leave meeting mode</translation>
    </message>
    <message>
        <source>Meeting No. %1 of %2 — %3</source>
        <translation>Meeting No. %1 of %2 — %3</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>NO QUORUM</translation>
    </message>
    <message>
        <source>%1: %2 of %3 present, %4 needed — %5</source>
        <translation>%1: %2 of %3 present, %4 needed — %5</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No item is open: PgDown opens the next one</source>
        <translation>No item is open: PgDown opens the next one</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur: %1</translation>
    </message>
    <message>
        <source>(guest)</source>
        <translation>(guest)</translation>
    </message>
    <message>
        <source>No resolution to vote on in this item</source>
        <translation>No resolution to vote on in this item</translation>
    </message>
    <message>
        <source>Not voted yet: F7 show of hands, F8 unanimous, F9 roll call</source>
        <translation>Not voted yet: F7 show of hands, F8 unanimous, F9 roll call</translation>
    </message>
    <message>
        <source>Unanimous (%1)</source>
        <translation>Unanimous (%1)</translation>
    </message>
    <message>
        <source>For %1, against %2, abstained %3</source>
        <translation>For %1, against %2, abstained %3</translation>
    </message>
    <message>
        <source>roll call</source>
        <translation>roll call</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>Started %1, running %2</source>
        <translation>Started %1, running %2</translation>
    </message>
    <message>
        <source>planned %1 min</source>
        <translation>planned %1 min</translation>
    </message>
    <message>
        <source>overrun %1</source>
        <translation>overrun %1</translation>
    </message>
    <message>
        <source>speaking</source>
        <translation>speaking</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>next: F5 starts</source>
        <translation>next: F5 starts</translation>
    </message>
    <message>
        <source>No one is waiting to speak</source>
        <translation>No one is waiting to speak</translation>
    </message>
    <message>
        <source>Open an item first (PgDown)</source>
        <translation>Open an item first (PgDown)</translation>
    </message>
    <message>
        <source>No single attendee matches “%1”</source>
        <translation>No single attendee matches “%1”</translation>
    </message>
    <message>
        <source>Start the speaker&apos;s timer first (F5)</source>
        <translation>Start the speaker&apos;s timer first (F5)</translation>
    </message>
    <message>
        <source>Projector: blank (Ctrl+B shows it)</source>
        <translation>Projector: blank (Ctrl+B shows it)</translation>
    </message>
    <message>
        <source>Projector: on (F12)</source>
        <translation>Projector: on (F12)</translation>
    </message>
    <message>
        <source>Projector: off (F12)</source>
        <translation>Projector: off (F12)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <source>Rapporteur: %1</source>
        <translation>Rapporteur: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Speaker: %1</translation>
    </message>
    <message>
        <source>Vote on %1: for %2, against %3, abstained %4</source>
        <translation>Vote on %1: for %2, against %3, abstained %4</translation>
    </message>
    <message>
        <source>Vote on %1: unanimous (%2)</source>
        <translation>Vote on %1: unanimous (%2)</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — adopted</source>
        <translation>%1: for %2, against %3, abstained %4 — adopted</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstained %4 — not adopted</source>
        <translation>%1: for %2, against %3, abstained %4 — not adopted</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>Meeting No. %1</source>
        <translation>Meeting No. %1</translation>
    </message>
</context>
</TS>
