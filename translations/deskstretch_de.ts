<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Start at login not allowed</source>
        <translation>Start bei der Anmeldung nicht erlaubt</translation>
    </message>
    <message>
        <source>The system did not allow DeskStretch to start at login. You can allow it in your desktop&apos;s settings for background apps.</source>
        <translation>Das System hat DeskStretch den Start bei der Anmeldung nicht erlaubt. Du kannst es in den Einstellungen deiner Arbeitsfläche für Hintergrund-Apps erlauben.</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>And now, after the stretches?</source>
        <translation>Und jetzt, nach den Übungen?</translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation>Bevor es losgeht: Wie fühlt sich dein Rücken an?</translation>
    </message>
    <message>
        <source>Comfort check-in — DeskStretch</source>
        <translation>Wie geht’s dem Rücken? — DeskStretch</translation>
    </message>
    <message>
        <source>0 means no discomfort at all, 10 the worst you can imagine.</source>
        <translation>0 heißt gar keine Beschwerden, 10 die schlimmsten, die du dir vorstellen kannst.</translation>
    </message>
    <message>
        <source>Kept on this computer, for your statistics.</source>
        <translation>Bleibt auf diesem Computer, für deine Statistik.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the question</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <source>Discomfort %1 of 10</source>
        <translation>Beschwerden %1 von 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>DeskStretch is already running.</source>
        <translation>DeskStretch läuft bereits.</translation>
    </message>
    <message>
        <source>DeskStretch is quitting.</source>
        <translation>DeskStretch wird beendet.</translation>
    </message>
    <message>
        <source>DeskStretch is already running. %1</source>
        <translation>DeskStretch läuft bereits. %1</translation>
    </message>
    <message>
        <source>Skipped. %1</source>
        <translation>Übersprungen. %1</translation>
    </message>
    <message>
        <source>Not paused. %1</source>
        <translation>Nicht pausiert. %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Welcome to DeskStretch</source>
        <translation>Willkommen bei DeskStretch</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</source>
        <translation>
            <numerusform>Jede Minute erinnert dich DeskStretch daran, aufzustehen. Soll DeskStretch bei der Anmeldung starten? Du kannst das später in den Einstellungen ändern.</numerusform>
            <numerusform>Alle %n Minuten erinnert dich DeskStretch daran, aufzustehen. Soll DeskStretch bei der Anmeldung starten? Du kannst das später in den Einstellungen ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nice work.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Back program: %1.</source>
        <translation>Rückenprogramm: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 min · on the floor</source>
        <translation>%1 · %2 Min. · am Boden</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
    <message>
        <source>DeskStretch is running</source>
        <translation>DeskStretch läuft</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop yet, so there is no icon. Reminders still come as notifications; click one to stretch.</source>
        <translation>Diese Arbeitsfläche hat noch keinen Systembereich, daher gibt es kein Symbol. Erinnerungen kommen trotzdem als Benachrichtigung; klicke darauf, um zu dehnen.</translation>
    </message>
    <message>
        <source>Some settings were not used</source>
        <translation>Einige Einstellungen wurden nicht übernommen</translation>
    </message>
    <message>
        <source>Some of your routines were not loaded</source>
        <translation>Einige deiner Routinen wurden nicht geladen</translation>
    </message>
    <message>
        <source>Break history</source>
        <translation>Pausenverlauf</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Routine not available</source>
        <translation>Routine nicht verfügbar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>routine &quot;%1&quot;</source>
        <translation>Routine „%1“</translation>
    </message>
    <message>
        <source>Break in %1</source>
        <translation>Pause in %1</translation>
    </message>
    <message>
        <source>Your %1 is coming up.</source>
        <translation>Gleich geht’s los: %1.</translation>
    </message>
    <message>
        <source>Time for a longer stretch</source>
        <translation>Zeit für eine längere Dehnpause</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Zeit aufzustehen</translation>
    </message>
    <message>
        <source>Your %1 is ready.</source>
        <translation>Jetzt ist Zeit für: %1.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>Kein Aufschieben mehr</translation>
    </message>
    <message>
        <source>This break has been put off as often as your settings allow. Take it now, or skip it.</source>
        <translation>Diese Pause wurde so oft verschoben, wie deine Einstellungen erlauben. Mach sie jetzt oder überspringe sie.</translation>
    </message>
    <message>
        <source>Nice work — %1.</source>
        <translation>Gut gemacht — %1.</translation>
    </message>
    <message>
        <source>Next break at %1, in %2.</source>
        <translation>Nächste Pause um %1, in %2.</translation>
    </message>
    <message>
        <source>Back program: %1 complete. Next time: %2.</source>
        <translation>Rückenprogramm: %1 geschafft. Nächstes Mal: %2.</translation>
    </message>
    <message>
        <source>Office mode is on</source>
        <translation>Büromodus ist an</translation>
    </message>
    <message>
        <source>Settings file replaced</source>
        <translation>Einstellungsdatei ersetzt</translation>
    </message>
    <message>
        <source>Back program: %1</source>
        <translation>Rückenprogramm: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see the log.</source>
        <translation>
            <numerusform>…und %n weiteres; siehe Protokoll.</numerusform>
            <numerusform>…und %n weitere; siehe Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Your routine “%1” was removed or can no longer be read, so reminders open the %2 instead.</source>
        <translation>Deine Routine „%1“ wurde entfernt oder lässt sich nicht mehr lesen, daher öffnen Erinnerungen jetzt „%2“.</translation>
    </message>
    <message>
        <source>%1 (on the floor)</source>
        <translation>%1 (am Boden)</translation>
    </message>
    <message>
        <source>%1 was changed outside DeskStretch while you used Preferences. That version was kept as %2.</source>
        <translation>%1 wurde außerhalb von DeskStretch geändert, während die Einstellungen offen waren. Diese Fassung wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Start bei der Anmeldung nicht geändert</translation>
    </message>
    <message>
        <source>The original was kept as %1.</source>
        <translation>Das Original wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Office mode is on, so reminders open the %1 instead of the %2, which is done on the floor.</source>
        <translation>Der Büromodus ist an: Erinnerungen öffnen „%1“ statt „%2“, denn das wird am Boden gemacht.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Your changes apply until DeskStretch quits.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Deine Änderungen gelten, bis DeskStretch beendet wird.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Illustration: %1, other side</source>
        <translation>Zeichnung: %1, andere Seite</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Zeichnung: %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move slowly; don&apos;t bounce. Stop if the pain gets worse.</source>
        <translation>Langsam bewegen, nicht wippen. Hör auf, wenn der Schmerz stärker wird.</translation>
    </message>
    <message>
        <source>Overhead reach</source>
        <translation>Strecken nach oben</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart.</source>
        <translation>Steh aufrecht, Füße hüftbreit auseinander.</translation>
    </message>
    <message>
        <source>Raise both arms straight above your head.</source>
        <translation>Heb beide Arme gerade über den Kopf.</translation>
    </message>
    <message>
        <source>Reach up high and feel your sides lengthen.</source>
        <translation>Streck dich hoch und spür deine Flanken.</translation>
    </message>
    <message>
        <source>Seated overhead reach</source>
        <translation>Strecken im Sitzen</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat.</source>
        <translation>Sitz aufrecht vorn auf dem Stuhl, Füße flach.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Let your arms hang loose at your sides.</source>
        <translation>Lass die Arme locker seitlich hängen.</translation>
    </message>
    <message>
        <source>Lift your shoulders up toward your ears.</source>
        <translation>Zieh die Schultern zu den Ohren hoch.</translation>
    </message>
    <message>
        <source>Roll them back and down in slow circles.</source>
        <translation>Kreise sie langsam nach hinten und unten.</translation>
    </message>
    <message>
        <source>Walk around</source>
        <translation>Herumgehen</translation>
    </message>
    <message>
        <source>Walk around the room, or march on the spot.</source>
        <translation>Geh durch den Raum oder marschier auf der Stelle.</translation>
    </message>
    <message>
        <source>Swing your arms naturally as you go.</source>
        <translation>Lass die Arme beim Gehen natürlich schwingen.</translation>
    </message>
    <message>
        <source>Keep your shoulders loose and your breathing easy.</source>
        <translation>Schultern locker, Atem ruhig.</translation>
    </message>
    <message>
        <source>Go at your own pace; more is not always better.</source>
        <translation>Geh in deinem Tempo; mehr ist nicht immer besser.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <translation>Seitliche Nackendehnung</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Sitz aufrecht, die Schultern entspannt.</translation>
    </message>
    <message>
        <source>Slowly tilt your head, ear toward shoulder.</source>
        <translation>Neig den Kopf langsam, Ohr zur Schulter.</translation>
    </message>
    <message>
        <source>Keep both shoulders low and level.</source>
        <translation>Halt beide Schultern tief und gerade.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <translation>Drehung im Sitzen</translation>
    </message>
    <message>
        <source>Sit tall with both feet flat on the floor.</source>
        <translation>Sitz aufrecht, beide Füße flach am Boden.</translation>
    </message>
    <message>
        <source>Turn your chest slowly to the side.</source>
        <translation>Dreh den Oberkörper langsam zur Seite.</translation>
    </message>
    <message>
        <source>Hold the chair back with the hand on that side.</source>
        <translation>Halt dich mit der Hand dieser Seite an der Lehne.</translation>
    </message>
    <message>
        <source>Keep your hips and knees facing forward.</source>
        <translation>Hüfte und Knie zeigen weiter nach vorn.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Brustöffner</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Steh gerade, Hände hinterm Rücken verschränkt.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and down.</source>
        <translation>Zieh die Schultern nach hinten und unten.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift your hands a little.</source>
        <translation>Streck die Arme und heb die Hände etwas an.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Rückbeuge im Stehen</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Steh aufrecht, die Füße hüftbreit.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back.</source>
        <translation>Leg die Hände auf den unteren Rücken.</translation>
    </message>
    <message>
        <source>Lean back gently, only as far as feels easy.</source>
        <translation>Lehn dich sanft zurück, nur so weit es leicht geht.</translation>
    </message>
    <message>
        <source>Keep your knees soft and look straight ahead.</source>
        <translation>Knie locker, Blick geradeaus.</translation>
    </message>
    <message>
        <source>Lean back only a little; stop if your back pinches.</source>
        <translation>Nur wenig zurücklehnen; hör auf, wenn es im Rücken zwickt.</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Oberschenkeldehnung</translation>
    </message>
    <message>
        <source>Hold your desk with one hand for balance.</source>
        <translation>Halt dich mit einer Hand am Schreibtisch fest.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Beug ein Knie und fass den Knöchel hinter dir.</translation>
    </message>
    <message>
        <source>Keep your knees close together.</source>
        <translation>Halt die Knie eng beieinander.</translation>
    </message>
    <message>
        <source>Tuck your hips under a little and stand tall.</source>
        <translation>Kipp das Becken leicht ein und steh aufrecht.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Dehnung der Beinrückseite</translation>
    </message>
    <message>
        <source>Step one foot forward, heel down, toes up.</source>
        <translation>Stell einen Fuß vor, Ferse unten, Zehen hoch.</translation>
    </message>
    <message>
        <source>Bend your back knee and rest your hands on it.</source>
        <translation>Beug das hintere Knie, stütz die Hände darauf.</translation>
    </message>
    <message>
        <source>Lean forward from your hips, back straight.</source>
        <translation>Neig dich aus der Hüfte vor, Rücken gerade.</translation>
    </message>
    <message>
        <source>Stop when you feel the back of your thigh.</source>
        <translation>Stopp, wenn du die Oberschenkelrückseite spürst.</translation>
    </message>
    <message>
        <source>Seated knee swing</source>
        <translation>Knieschwung im Sitzen</translation>
    </message>
    <message>
        <source>Sit on a steady chair and hold your arms out wide.</source>
        <translation>Sitz auf einem festen Stuhl, Arme weit zur Seite.</translation>
    </message>
    <message>
        <source>Lift both feet a little off the floor.</source>
        <translation>Heb beide Füße etwas vom Boden.</translation>
    </message>
    <message>
        <source>Swing your knees together to one side.</source>
        <translation>Schwing beide Knie zusammen zu einer Seite.</translation>
    </message>
    <message>
        <source>Only on a chair that cannot roll or spin.</source>
        <translation>Nur auf einem Stuhl, der nicht rollt oder sich dreht.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight.</source>
        <translation>Leg dich auf den Rücken, beide Beine gestreckt.</translation>
    </message>
    <message>
        <source>Bend one knee and bring it toward your chest.</source>
        <translation>Beug ein Knie und zieh es zur Brust.</translation>
    </message>
    <message>
        <source>Hold the shin with both hands and pull gently.</source>
        <translation>Fass das Schienbein mit beiden Händen, zieh sanft.</translation>
    </message>
    <message>
        <source>Pull gently, never hard.</source>
        <translation>Sanft ziehen, nie kräftig.</translation>
    </message>
    <message>
        <source>Lie on your back, legs long, arms out wide.</source>
        <translation>Leg dich auf den Rücken, Beine lang, Arme weit.</translation>
    </message>
    <message>
        <source>Bend one knee and cross it over your body.</source>
        <translation>Beug ein Knie und führ es über den Körper.</translation>
    </message>
    <message>
        <source>Let it sink toward the floor on the other side.</source>
        <translation>Lass es zur anderen Seite Richtung Boden sinken.</translation>
    </message>
    <message>
        <source>Keep both shoulders flat on the floor.</source>
        <translation>Beide Schultern bleiben flach am Boden.</translation>
    </message>
    <message>
        <source>Go only as far as a gentle stretch.</source>
        <translation>Nur bis zu einer sanften Dehnung gehen.</translation>
    </message>
    <message>
        <source>Knee cross-over</source>
        <translation>Knie überkreuzen</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Knierollen</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat.</source>
        <translation>Leg dich auf den Rücken, Knie gebeugt, Füße flach.</translation>
    </message>
    <message>
        <source>Keep your knees together and shoulders down.</source>
        <translation>Knie zusammen, Schultern unten.</translation>
    </message>
    <message>
        <source>Roll both knees slowly to one side.</source>
        <translation>Roll beide Knie langsam zu einer Seite.</translation>
    </message>
    <message>
        <source>Keep your shoulders and upper body still.</source>
        <translation>Schultern und Oberkörper bleiben ruhig.</translation>
    </message>
    <message>
        <source>Partial curl</source>
        <translation>Halber Crunch</translation>
    </message>
    <message>
        <source>Cross your arms over your chest.</source>
        <translation>Verschränk die Arme vor der Brust.</translation>
    </message>
    <message>
        <source>Lift your head and shoulders off the floor.</source>
        <translation>Heb Kopf und Schultern vom Boden.</translation>
    </message>
    <message>
        <source>Lower them slowly back down.</source>
        <translation>Senk sie langsam wieder ab.</translation>
    </message>
    <message>
        <source>Keep your lower back on the floor.</source>
        <translation>Der untere Rücken bleibt am Boden.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <source>Squeeze your buttocks and lift your hips.</source>
        <translation>Spann den Po an und heb die Hüfte.</translation>
    </message>
    <message>
        <source>Make a straight line from shoulders to knees.</source>
        <translation>Schultern bis Knie bilden eine gerade Linie.</translation>
    </message>
    <message>
        <source>Side-lying back turn</source>
        <translation>Seitliche Rückendrehung</translation>
    </message>
    <message>
        <source>Lie on your side, bottom leg straight.</source>
        <translation>Leg dich auf die Seite, unteres Bein gestreckt.</translation>
    </message>
    <message>
        <source>Hook your top foot behind your bottom knee.</source>
        <translation>Hak den oberen Fuß hinter dem unteren Knie ein.</translation>
    </message>
    <message>
        <source>Put your top hand on your top shoulder blade.</source>
        <translation>Leg die obere Hand aufs obere Schulterblatt.</translation>
    </message>
    <message>
        <source>Turn your top shoulder back toward the floor.</source>
        <translation>Dreh die obere Schulter nach hinten zum Boden.</translation>
    </message>
    <message>
        <source>Notice how your back feels; stop if it gets worse.</source>
        <translation>Achte auf deinen Rücken; hör auf, wenn es schlimmer wird.</translation>
    </message>
    <message>
        <source>Back extension</source>
        <translation>Rückenstrecker</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms by your sides.</source>
        <translation>Leg dich auf den Bauch, Arme neben dem Körper.</translation>
    </message>
    <message>
        <source>Lift your chest a little off the floor.</source>
        <translation>Heb die Brust etwas vom Boden.</translation>
    </message>
    <message>
        <source>Keep your hips and legs on the floor.</source>
        <translation>Hüfte und Beine bleiben am Boden.</translation>
    </message>
    <message>
        <source>Lower your chest slowly.</source>
        <translation>Senk die Brust langsam ab.</translation>
    </message>
    <message>
        <source>Lift only a little; stop if your back pinches.</source>
        <translation>Nur wenig anheben; hör auf, wenn es im Rücken zwickt.</translation>
    </message>
    <message>
        <source>Kneeling plank</source>
        <translation>Unterarmstütz kniend</translation>
    </message>
    <message>
        <source>Lie face down, elbows under your shoulders.</source>
        <translation>Lieg bäuchlings, Ellbogen unter den Schultern.</translation>
    </message>
    <message>
        <source>Rest on your forearms and knees, feet up.</source>
        <translation>Stütz dich auf Unterarme und Knie, Füße hoch.</translation>
    </message>
    <message>
        <source>Lift your hips into a line from head to knees.</source>
        <translation>Heb die Hüfte, bis Kopf und Knie eine Linie bilden.</translation>
    </message>
    <message>
        <source>Keep your hips from sagging.</source>
        <translation>Lass die Hüfte nicht durchhängen.</translation>
    </message>
    <message>
        <source>All-fours leg lift</source>
        <translation>Vierfüßler-Beinheben</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders.</source>
        <translation>Geh auf alle viere, Hände unter den Schultern.</translation>
    </message>
    <message>
        <source>Keep one knee bent at a right angle.</source>
        <translation>Halt ein Knie im rechten Winkel gebeugt.</translation>
    </message>
    <message>
        <source>Lift that leg back until the thigh is level.</source>
        <translation>Heb das Bein, bis der Oberschenkel waagrecht ist.</translation>
    </message>
    <message>
        <source>Lower the knee without touching the floor.</source>
        <translation>Senk das Knie, ohne den Boden zu berühren.</translation>
    </message>
    <message>
        <source>Kneeling hip stretch</source>
        <translation>Hüftdehnung im Knien</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front.</source>
        <translation>Knie auf einem Knie, der andere Fuß flach davor.</translation>
    </message>
    <message>
        <source>Keep your chest up and look straight ahead.</source>
        <translation>Brust aufrecht, Blick geradeaus.</translation>
    </message>
    <message>
        <source>Shift your hips slowly forward.</source>
        <translation>Schieb die Hüfte langsam nach vorn.</translation>
    </message>
    <message>
        <source>Feel the stretch at the front of the back hip.</source>
        <translation>Spür die Dehnung vorn an der hinteren Hüfte.</translation>
    </message>
    <message>
        <source>Pad the knee. Back pain? Ask a therapist first.</source>
        <translation>Knie polstern. Rückenschmerzen? Erst Therapeuten fragen.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Beckenkippen</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles.</source>
        <translation>Spann die Bauchmuskeln an.</translation>
    </message>
    <message>
        <source>Press the small of your back into the floor.</source>
        <translation>Drück den unteren Rücken in den Boden.</translation>
    </message>
    <message>
        <source>Let your back relax again.</source>
        <translation>Lass den Rücken wieder locker.</translation>
    </message>
    <message>
        <source>Cat stretch</source>
        <translation>Katzenbuckel</translation>
    </message>
    <message>
        <source>Round your back up toward the ceiling.</source>
        <translation>Mach den Rücken rund, zur Decke hin.</translation>
    </message>
    <message>
        <source>Let your head drop between your arms.</source>
        <translation>Lass den Kopf zwischen die Arme sinken.</translation>
    </message>
    <message>
        <source>Let your back sag gently as you rest.</source>
        <translation>Lass den Rücken in der Pause sanft durchhängen.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms stretched ahead.</source>
        <translation>Leg dich auf den Bauch, Arme nach vorn gestreckt.</translation>
    </message>
    <message>
        <source>Lift your arms, chest and legs a little.</source>
        <translation>Heb Arme, Brust und Beine etwas an.</translation>
    </message>
    <message>
        <source>Keep your neck long, eyes on the floor.</source>
        <translation>Nacken lang, Blick zum Boden.</translation>
    </message>
    <message>
        <source>Side-lying leg lift</source>
        <translation>Beinheben in Seitenlage</translation>
    </message>
    <message>
        <source>Lie on your side, legs straight, one on the other.</source>
        <translation>Lieg seitlich, Beine gestreckt übereinander.</translation>
    </message>
    <message>
        <source>Rest your head on your lower arm.</source>
        <translation>Leg den Kopf auf den unteren Arm.</translation>
    </message>
    <message>
        <source>Lift your top leg slowly, toes facing forward.</source>
        <translation>Heb das obere Bein langsam, Zehen nach vorn.</translation>
    </message>
    <message>
        <source>Lower it without letting it drop.</source>
        <translation>Senk es ab, ohne es fallen zu lassen.</translation>
    </message>
    <message>
        <source>Stand-up break</source>
        <translation>Aufstehpause</translation>
    </message>
    <message>
        <source>60-second stand-up break</source>
        <translation>60-Sekunden-Aufstehpause</translation>
    </message>
    <message>
        <source>Stand up and step away from your chair.</source>
        <translation>Steh auf und tritt vom Stuhl weg.</translation>
    </message>
    <message>
        <source>Seated break</source>
        <translation>Pause im Sitzen</translation>
    </message>
    <message>
        <source>60-second seated break</source>
        <translation>60-Sekunden-Pause im Sitzen</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair.</source>
        <translation>Sitz aufrecht vorn auf dem Stuhl.</translation>
    </message>
    <message>
        <source>Long stretch break</source>
        <translation>Lange Dehnpause</translation>
    </message>
    <message>
        <source>5-minute stretch break</source>
        <translation>5-Minuten-Dehnpause</translation>
    </message>
    <message>
        <source>Stay in your chair for now.</source>
        <translation>Bleib vorerst auf dem Stuhl sitzen.</translation>
    </message>
    <message>
        <source>Stand up and push your chair back.</source>
        <translation>Steh auf und schieb den Stuhl zurück.</translation>
    </message>
    <message>
        <source>Lower-back routine</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>5-minute lower-back routine</source>
        <translation>5-Minuten-Routine für den unteren Rücken</translation>
    </message>
    <message>
        <source>Lie on your back on a mat or rug.</source>
        <translation>Leg dich auf eine Matte oder einen Teppich.</translation>
    </message>
    <message>
        <source>Back program: Align</source>
        <translation>Rückenprogramm: Ausrichten</translation>
    </message>
    <message>
        <source>5-minute mobility routine</source>
        <translation>5-Minuten-Routine für Beweglichkeit</translation>
    </message>
    <message>
        <source>Back program: Stabilize</source>
        <translation>Rückenprogramm: Stabilisieren</translation>
    </message>
    <message>
        <source>5-minute strengthening routine</source>
        <translation>5-Minuten-Kräftigungsroutine</translation>
    </message>
    <message>
        <source>Turn over onto your stomach.</source>
        <translation>Dreh dich auf den Bauch.</translation>
    </message>
    <message>
        <source>Back program: Maintain</source>
        <translation>Rückenprogramm: Erhalten</translation>
    </message>
    <message>
        <source>5-minute back routine</source>
        <translation>5-Minuten-Rückenroutine</translation>
    </message>
    <message>
        <source>Stand up and walk around.</source>
        <translation>Steh auf und geh ein paar Schritte.</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Stabilize</source>
        <translation>Stabilisieren</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Erhalten</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Automatic (follows the colour scheme)</source>
        <translation>Automatisch (folgt dem Farbschema)</translation>
    </message>
    <message>
        <source>For light panels</source>
        <translation>Für helle Leisten</translation>
    </message>
    <message>
        <source>For dark panels</source>
        <translation>Für dunkle Leisten</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Einfarbig</translation>
    </message>
    <message>
        <source>DeskStretch Preferences</source>
        <translation>DeskStretch-Einstellungen</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Gruppen von Einstellungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 not understood: %2</source>
        <translation>%1 nicht verstanden: %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a setting&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <comment>help text, smallest, largest</comment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>always, or e.g. Mon-Fri 09:00-12:30, 13:30-17:30</source>
        <translation>immer, oder z. B. Mon-Fri 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3 %4.</source>
        <translation>%1: Gib eine ganze Zahl von %2 bis %3 %4 ein.</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3.</source>
        <translation>%1: Gib eine ganze Zahl von %2 bis %3 ein.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Remind me every</source>
        <translation>Erinnern alle</translation>
    </message>
    <message>
        <source>Sitting time between two breaks.</source>
        <translation>Sitzzeit zwischen zwei Pausen.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <source>The routine a reminder opens.</source>
        <translation>Die Routine, die eine Erinnerung öffnet.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Lange Pause alle</translation>
    </message>
    <message>
        <source>Every how many breaks one is long; 0 for never.</source>
        <translation>Jede wievielte Pause lang ist; 0 für nie.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Long break</source>
        <translation>Lange Pause</translation>
    </message>
    <message>
        <source>The routine for the long break.</source>
        <translation>Die Routine für die lange Pause.</translation>
    </message>
    <message>
        <source>Office mode</source>
        <translation>Büromodus</translation>
    </message>
    <message>
        <source>Reminders never open routines done on the floor.</source>
        <translation>Erinnerungen öffnen nie Routinen am Boden.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Stretch breaks a day that keep your streak going.</source>
        <translation>Dehnpausen am Tag, die deine Serie fortsetzen.</translation>
    </message>
    <message>
        <source>Warn before a break</source>
        <translation>Vorwarnung</translation>
    </message>
    <message>
        <source>Notice before a break; 0 for none.</source>
        <translation>Hinweis vor einer Pause; 0 für keinen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Aufschieben um</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Wie lange „Später“ eine Pause verschiebt.</translation>
    </message>
    <message>
        <source>Snoozes in a row</source>
        <translation>Aufschübe nacheinander</translation>
    </message>
    <message>
        <source>How often in a row a break can be put off.</source>
        <translation>Wie oft sich eine Pause verschieben lässt.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Remind only during these hours; empty for always.</source>
        <translation>Nur in diesen Zeiten erinnern; leer für immer.</translation>
    </message>
    <message>
        <source>Wait while busy for</source>
        <translation>Bei Beschäftigung warten</translation>
    </message>
    <message>
        <source>Busy: a full-screen app or do not disturb.</source>
        <translation>Beschäftigt: Vollbild-App oder „Nicht stören“.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei Anmeldung starten</translation>
    </message>
    <message>
        <source>Start DeskStretch when you log in.</source>
        <translation>DeskStretch starten, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <source>Morning starts at</source>
        <translation>Morgen beginnt um</translation>
    </message>
    <message>
        <source>When &quot;Pause until tomorrow&quot; ends.</source>
        <translation>Wann „Bis morgen“ pausieren endet.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Show each stretch&apos;s end pose, without animation.</source>
        <translation>Nur die Endhaltung zeigen, ohne Animation.</translation>
    </message>
    <message>
        <source>Sound at each phase</source>
        <translation>Ton bei jeder Phase</translation>
    </message>
    <message>
        <source>A soft chime when a hold, rest or side begins.</source>
        <translation>Ein leiser Klang, wenn Halten, Ruhe oder Seite beginnt.</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>How loud the chime is.</source>
        <translation>Wie laut der Klang ist.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Rücken-Check</translation>
    </message>
    <message>
        <source>Rate back discomfort before and after long breaks.</source>
        <translation>Rückenbeschwerden vor und nach langen Pausen bewerten.</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Symbol im Systembereich</translation>
    </message>
    <message>
        <source>Colours to suit your panel.</source>
        <translation>Farben passend zu deiner Leiste.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Applies the next time DeskStretch starts.</source>
        <translation>Gilt ab dem nächsten Start von DeskStretch.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Notifications &amp; sound</source>
        <translation>Hinweise &amp; Ton</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>d MMM</source>
        <comment>a date format: day and short month</comment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln break(s)</source>
        <translation>
            <numerusform>%Ln Pause</numerusform>
            <numerusform>%Ln Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pausen pro Tag, letzter Tag</numerusform>
            <numerusform>Pausen pro Tag, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Back discomfort before and after long breaks, last 30 days</source>
        <translation>Rückenbeschwerden vor und nach langen Pausen, letzte 30 Tage</translation>
    </message>
    <message>
        <source>DeskStretch Statistics</source>
        <translation>DeskStretch-Statistik</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Save every break event to a CSV file</source>
        <translation>Jedes Pausenereignis in eine CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>Statistik schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Noch keine Pausen</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Back comfort summary</source>
        <translation>Rückenbefinden im Überblick</translation>
    </message>
    <message numerus="yes">
        <source>break(s) taken</source>
        <translation>
            <numerusform>Pause gemacht</numerusform>
            <numerusform>Pausen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Pausenverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>day: breaks</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goal %1 a day. %2</source>
        <translation>Ziel: %1 am Tag. %2</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>after</source>
        <comment>a chart legend</comment>
        <translation>nachher</translation>
    </message>
    <message>
        <source>before</source>
        <comment>a chart legend</comment>
        <translation>vorher</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Den letzten Tag zeigen</numerusform>
            <numerusform>Die letzten %n Tage zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Häufigste Übungen</translation>
    </message>
    <message>
        <source>None yet: they are counted as you stretch.</source>
        <translation>Noch keine: Sie werden gezählt, während du dehnst.</translation>
    </message>
    <message>
        <source>Back comfort, last 30 days</source>
        <translation>Rückenbefinden, letzte 30 Tage</translation>
    </message>
    <message>
        <source>Breaks taken today: %1 of %2 due</source>
        <translation>Heute gemachte Pausen: %1 von %2 fälligen</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a chart label</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Your breaks will show up here: today at a glance, the last 7 and 30 days, your streak and the exercises you do most. Everything stays on this computer.</source>
        <translation>Hier erscheinen deine Pausen: heute auf einen Blick, die letzten 7 und 30 Tage, deine Serie und deine häufigsten Übungen. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>breaks taken of due</comment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>average of %Ln rating(s), 0 to 10</source>
        <translation>
            <numerusform>Mittel aus %Ln Bewertung, 0 bis 10</numerusform>
            <numerusform>Mittel aus %Ln Bewertungen, 0 bis 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%Ln Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln-mal</numerusform>
            <numerusform>%Ln-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>weekday, date, breaks</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>gedehnt</translation>
    </message>
    <message>
        <source>longest seated</source>
        <translation>am längsten gesessen</translation>
    </message>
    <message>
        <source>current</source>
        <comment>streak</comment>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>best</source>
        <comment>streak</comment>
        <translation>beste</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>rank, exercise</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>times, duration</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>%1 konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 before long breaks, %2 after</source>
        <translation>%1 vor langen Pausen, %2 danach</translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Move slowly and gently; don&apos;t bounce.</source>
        <translation>Beweg dich langsam und sanft, ohne zu wippen.</translation>
    </message>
    <message>
        <source>A stretch should feel like mild tension, never pain. Stop if the pain gets worse.</source>
        <translation>Dehnen soll sich nach leichter Spannung anfühlen, nie nach Schmerz. Hör auf, wenn der Schmerz stärker wird.</translation>
    </message>
    <message>
        <source>Not sure an exercise suits you? Ask a physiotherapist or doctor first.</source>
        <translation>Unsicher, ob eine Übung zu dir passt? Frag zuerst eine Physiotherapeutin oder einen Arzt.</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Lockern</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>Break done</source>
        <translation>Pause geschafft</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Zurück an die Arbeit</translation>
    </message>
    <message>
        <source>Close the window (Esc)</source>
        <translation>Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>Before your first stretch</source>
        <translation>Vor deiner ersten Dehnpause</translation>
    </message>
    <message>
        <source>OK, let&apos;s start</source>
        <translation>OK, los geht’s</translation>
    </message>
    <message>
        <source>Close this note and start the countdown</source>
        <translation>Hinweis schließen und Countdown starten</translation>
    </message>
    <message>
        <source>Before your first stretch — DeskStretch</source>
        <translation>Vor deiner ersten Dehnpause — DeskStretch</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Break done — DeskStretch</source>
        <translation>Pause geschafft — DeskStretch</translation>
    </message>
    <message>
        <source>Right side · rep %1 of %2</source>
        <translation>Rechte Seite · Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Left side · rep %1 of %2</source>
        <translation>Linke Seite · Wiederholung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n seconds left</source>
        <translation>
            <numerusform>%1: noch %n Sekunde</numerusform>
            <numerusform>%1: noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start this exercise again (←)</source>
        <translation>Diese Übung neu beginnen (←)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go to the next exercise (→)</source>
        <translation>Zur nächsten Übung (→)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>End the break (Esc)</source>
        <translation>Pause beenden (Esc)</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>%1 · %2 — DeskStretch</source>
        <comment>exercise, phase</comment>
        <translation>%1 · %2 — DeskStretch</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation>Für &amp;2 Stunden</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Until I &amp;resume</source>
        <translation>Bis ich &amp;fortsetze</translation>
    </message>
    <message>
        <source>&amp;Stretch now</source>
        <translation>Jetzt &amp;dehnen</translation>
    </message>
    <message>
        <source>&amp;Choose a routine</source>
        <translation>&amp;Routine wählen</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Diese Pause aus&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No snoozes left</source>
        <translation>Kein Aufschieben mehr möglich</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <comment>snoozes</comment>
        <translation>
            <numerusform>%1 (noch %n)</numerusform>
            <numerusform>%1 (noch %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n break(s) today</source>
        <translation>
            <numerusform>heute %n Pause</numerusform>
            <numerusform>heute %n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>%1 Min. später</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Stretching now</source>
        <translation>Gerade beim Dehnen</translation>
    </message>
    <message>
        <source>Away from the desk: that counts as a break</source>
        <translation>Weg vom Schreibtisch: Das zählt als Pause</translation>
    </message>
    <message>
        <source>Time for a break — click to stretch</source>
        <translation>Zeit für eine Pause — zum Dehnen klicken</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <comment>a time of day</comment>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausiert, bis du fortsetzt</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Long break in less than a minute</source>
        <translation>Lange Pause in weniger als einer Minute</translation>
    </message>
    <message>
        <source>Long break in %1</source>
        <translation>Lange Pause in %1</translation>
    </message>
    <message>
        <source>Next break in less than a minute</source>
        <translation>Nächste Pause in weniger als einer Minute</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Nächste Pause in %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>breaks today, streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 done</source>
        <comment>stage, sessions</comment>
        <translation>%1, %2 von %3 geschafft</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n done</source>
        <comment>stage, sessions</comment>
        <translation>
            <numerusform>%1, %n geschafft</numerusform>
            <numerusform>%1, %n geschafft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>Reminders resume %1</source>
        <translation>Erinnerungen ab %1</translation>
    </message>
</context>
</TS>
