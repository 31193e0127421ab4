<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Controller</name>
    <message numerus="yes">
        <source>Every %n minutes a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</source>
        <translation>
            <numerusform>Every minute a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</numerusform>
            <numerusform>Every %n minutes a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see the log.</source>
        <translation>
            <numerusform>…and %n more; see the log.</numerusform>
            <numerusform>…and %n more; see the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln break(s)</source>
        <translation>
            <numerusform>%Ln break</numerusform>
            <numerusform>%Ln breaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Breaks per day, last day</numerusform>
            <numerusform>Breaks per day, last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>break(s) taken</source>
        <translation>
            <numerusform>break taken</numerusform>
            <numerusform>breaks taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Show the last day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>average of %Ln rating(s), 0 to 10</source>
        <translation>
            <numerusform>average of %Ln rating, 0 to 10</numerusform>
            <numerusform>average of %Ln ratings, 0 to 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln event to %1.</numerusform>
            <numerusform>Saved %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message numerus="yes">
        <source>%1: %n seconds left</source>
        <translation>
            <numerusform>%1: %n second left</numerusform>
            <numerusform>%1: %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <comment>snoozes</comment>
        <translation>
            <numerusform>%1 (%n left)</numerusform>
            <numerusform>%1 (%n left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n break(s) today</source>
        <translation>
            <numerusform>%n break today</numerusform>
            <numerusform>%n breaks today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n-day streak</numerusform>
            <numerusform>%n-day streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n done</source>
        <comment>stage, sessions</comment>
        <translation>
            <numerusform>%1, %n done</numerusform>
            <numerusform>%1, %n done</numerusform>
        </translation>
    </message>
</context>
</TS>
