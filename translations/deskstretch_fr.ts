<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Start at login not allowed</source>
        <translation>Lancement à la connexion refusé</translation>
    </message>
    <message>
        <source>The system did not allow DeskStretch to start at login. You can allow it in your desktop&apos;s settings for background apps.</source>
        <translation>Le système n’a pas autorisé DeskStretch à se lancer à la connexion. Vous pouvez l’autoriser dans les réglages des applications en arrière-plan de votre bureau.</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>And now, after the stretches?</source>
        <translation>Et maintenant, après les étirements ?</translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation>Avant de commencer : comment va votre dos ?</translation>
    </message>
    <message>
        <source>Comfort check-in — DeskStretch</source>
        <translation>Comment va le dos ? — DeskStretch</translation>
    </message>
    <message>
        <source>0 means no discomfort at all, 10 the worst you can imagine.</source>
        <translation>0 : aucune gêne, 10 : la pire que vous puissiez imaginer.</translation>
    </message>
    <message>
        <source>Kept on this computer, for your statistics.</source>
        <translation>Conservé sur cet ordinateur, pour vos statistiques.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip the question</source>
        <translation>Passer la question</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Passer (Échap)</translation>
    </message>
    <message>
        <source>Discomfort %1 of 10</source>
        <translation>Gêne %1 sur 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>DeskStretch is already running.</source>
        <translation>DeskStretch est déjà lancé.</translation>
    </message>
    <message>
        <source>DeskStretch is quitting.</source>
        <translation>DeskStretch se ferme.</translation>
    </message>
    <message>
        <source>DeskStretch is already running. %1</source>
        <translation>DeskStretch est déjà lancé. %1</translation>
    </message>
    <message>
        <source>Skipped. %1</source>
        <translation>Pause passée. %1</translation>
    </message>
    <message>
        <source>Not paused. %1</source>
        <translation>Pas en pause. %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Welcome to DeskStretch</source>
        <translation>Bienvenue dans DeskStretch</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</source>
        <translation>
            <numerusform>Chaque minute, un rappel vous invite à vous lever. Lancer DeskStretch à la connexion ? Vous pourrez le modifier plus tard dans les Préférences.</numerusform>
            <numerusform>Toutes les %n minutes, un rappel vous invite à vous lever. Lancer DeskStretch à la connexion ? Vous pourrez le modifier plus tard dans les Préférences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nice work.</source>
        <translation>Bien joué.</translation>
    </message>
    <message>
        <source>Back program: %1.</source>
        <translation>Programme dos : %1.</translation>
    </message>
    <message>
        <source>%1 · %2 min · on the floor</source>
        <translation>%1 · %2 min · au sol</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>DeskStretch is running</source>
        <translation>DeskStretch est lancé</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop yet, so there is no icon. Reminders still come as notifications; click one to stretch.</source>
        <translation>Ce bureau n’a pas encore de zone de notification, donc pas d’icône. Les rappels arrivent quand même en notifications ; cliquez sur l’une d’elles pour vous étirer.</translation>
    </message>
    <message>
        <source>Some settings were not used</source>
        <translation>Certains réglages n’ont pas été appliqués</translation>
    </message>
    <message>
        <source>Some of your routines were not loaded</source>
        <translation>Certaines de vos routines n’ont pas été chargées</translation>
    </message>
    <message>
        <source>Break history</source>
        <translation>Historique des pauses</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Routine not available</source>
        <translation>Routine indisponible</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>routine &quot;%1&quot;</source>
        <translation>routine « %1 »</translation>
    </message>
    <message>
        <source>Break in %1</source>
        <translation>Pause dans %1</translation>
    </message>
    <message>
        <source>Your %1 is coming up.</source>
        <translation>Bientôt : %1.</translation>
    </message>
    <message>
        <source>Time for a longer stretch</source>
        <translation>L’heure d’un étirement plus long</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>L’heure de se lever</translation>
    </message>
    <message>
        <source>Your %1 is ready.</source>
        <translation>C’est l’heure : %1.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>Plus de report possible</translation>
    </message>
    <message>
        <source>This break has been put off as often as your settings allow. Take it now, or skip it.</source>
        <translation>Cette pause a été reportée autant de fois que vos réglages le permettent. Faites-la maintenant ou passez-la.</translation>
    </message>
    <message>
        <source>Nice work — %1.</source>
        <translation>Bien joué — %1.</translation>
    </message>
    <message>
        <source>Next break at %1, in %2.</source>
        <translation>Prochaine pause à %1, dans %2.</translation>
    </message>
    <message>
        <source>Back program: %1 complete. Next time: %2.</source>
        <translation>Programme dos : étape %1 terminée. La prochaine fois : %2.</translation>
    </message>
    <message>
        <source>Office mode is on</source>
        <translation>Le mode bureau est activé</translation>
    </message>
    <message>
        <source>Settings file replaced</source>
        <translation>Fichier de réglages remplacé</translation>
    </message>
    <message>
        <source>Back program: %1</source>
        <translation>Programme dos : %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see the log.</source>
        <translation>
            <numerusform>…et %n autre ; voir le journal.</numerusform>
            <numerusform>…et %n autres ; voir le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Your routine “%1” was removed or can no longer be read, so reminders open the %2 instead.</source>
        <translation>Votre routine « %1 » a été supprimée ou ne peut plus être lue : les rappels ouvrent « %2 » à la place.</translation>
    </message>
    <message>
        <source>%1 (on the floor)</source>
        <translation>%1 (au sol)</translation>
    </message>
    <message>
        <source>%1 was changed outside DeskStretch while you used Preferences. That version was kept as %2.</source>
        <translation>%1 a été modifié hors de DeskStretch pendant que vous utilisiez les préférences. Cette version a été conservée sous %2.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>Lancement à l’ouverture de session inchangé</translation>
    </message>
    <message>
        <source>The original was kept as %1.</source>
        <translation>L’original a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Office mode is on, so reminders open the %1 instead of the %2, which is done on the floor.</source>
        <translation>Le mode bureau est activé : les rappels ouvrent « %1 » au lieu de « %2 », qui se fait au sol.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Your changes apply until DeskStretch quits.</source>
        <translation>Impossible d’écrire %1 (%2). Vos modifications valent jusqu’à la fermeture de DeskStretch.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Illustration: %1, other side</source>
        <translation>Illustration : %1, autre côté</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Illustration : %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move slowly; don&apos;t bounce. Stop if the pain gets worse.</source>
        <translation>Bougez lentement, sans à-coups. Arrêtez si la douleur augmente.</translation>
    </message>
    <message>
        <source>Overhead reach</source>
        <translation>Bras tendus vers le haut</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart.</source>
        <translation>Debout bien droit, pieds à largeur de hanches.</translation>
    </message>
    <message>
        <source>Raise both arms straight above your head.</source>
        <translation>Levez les deux bras tendus au-dessus de la tête.</translation>
    </message>
    <message>
        <source>Reach up high and feel your sides lengthen.</source>
        <translation>Grandissez-vous et sentez vos flancs s’allonger.</translation>
    </message>
    <message>
        <source>Seated overhead reach</source>
        <translation>Bras en haut, assis</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat.</source>
        <translation>Assis droit au bord de la chaise, pieds à plat.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Rotations des épaules</translation>
    </message>
    <message>
        <source>Let your arms hang loose at your sides.</source>
        <translation>Laissez pendre les bras le long du corps.</translation>
    </message>
    <message>
        <source>Lift your shoulders up toward your ears.</source>
        <translation>Montez les épaules vers les oreilles.</translation>
    </message>
    <message>
        <source>Roll them back and down in slow circles.</source>
        <translation>Roulez-les en arrière et en bas, lentement.</translation>
    </message>
    <message>
        <source>Walk around</source>
        <translation>Marcher un peu</translation>
    </message>
    <message>
        <source>Walk around the room, or march on the spot.</source>
        <translation>Marchez dans la pièce ou sur place.</translation>
    </message>
    <message>
        <source>Swing your arms naturally as you go.</source>
        <translation>Balancez les bras naturellement.</translation>
    </message>
    <message>
        <source>Keep your shoulders loose and your breathing easy.</source>
        <translation>Épaules relâchées, respiration calme.</translation>
    </message>
    <message>
        <source>Go at your own pace; more is not always better.</source>
        <translation>À votre rythme ; plus n’est pas toujours mieux.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <translation>Étirement latéral du cou</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Assis droit, épaules relâchées.</translation>
    </message>
    <message>
        <source>Slowly tilt your head, ear toward shoulder.</source>
        <translation>Inclinez la tête lentement, oreille vers l’épaule.</translation>
    </message>
    <message>
        <source>Keep both shoulders low and level.</source>
        <translation>Gardez les épaules basses et au même niveau.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <translation>Torsion assise</translation>
    </message>
    <message>
        <source>Sit tall with both feet flat on the floor.</source>
        <translation>Assis droit, les deux pieds à plat au sol.</translation>
    </message>
    <message>
        <source>Turn your chest slowly to the side.</source>
        <translation>Tournez lentement le buste sur le côté.</translation>
    </message>
    <message>
        <source>Hold the chair back with the hand on that side.</source>
        <translation>Tenez le dossier avec la main de ce côté.</translation>
    </message>
    <message>
        <source>Keep your hips and knees facing forward.</source>
        <translation>Hanches et genoux restent face à l’avant.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Ouverture de la poitrine</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>Debout, croisez les mains derrière le dos.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and down.</source>
        <translation>Tirez les épaules en arrière et vers le bas.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift your hands a little.</source>
        <translation>Tendez les bras et levez un peu les mains.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Extension du dos debout</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>Debout, pieds écartés comme les hanches.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back.</source>
        <translation>Posez les mains sur le bas du dos.</translation>
    </message>
    <message>
        <source>Lean back gently, only as far as feels easy.</source>
        <translation>Penchez-vous en arrière, sans forcer.</translation>
    </message>
    <message>
        <source>Keep your knees soft and look straight ahead.</source>
        <translation>Genoux souples, regard droit devant.</translation>
    </message>
    <message>
        <source>Lean back only a little; stop if your back pinches.</source>
        <translation>Penchez-vous peu ; arrêtez si le dos pince.</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Étirement de la cuisse</translation>
    </message>
    <message>
        <source>Hold your desk with one hand for balance.</source>
        <translation>Tenez le bureau d’une main pour l’équilibre.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Pliez un genou et tenez la cheville derrière.</translation>
    </message>
    <message>
        <source>Keep your knees close together.</source>
        <translation>Gardez les genoux proches.</translation>
    </message>
    <message>
        <source>Tuck your hips under a little and stand tall.</source>
        <translation>Rentrez un peu le bassin, restez droit.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Étirement des ischios</translation>
    </message>
    <message>
        <source>Step one foot forward, heel down, toes up.</source>
        <translation>Avancez un pied, talon au sol, orteils levés.</translation>
    </message>
    <message>
        <source>Bend your back knee and rest your hands on it.</source>
        <translation>Pliez le genou arrière, mains posées dessus.</translation>
    </message>
    <message>
        <source>Lean forward from your hips, back straight.</source>
        <translation>Penchez-vous depuis les hanches, dos droit.</translation>
    </message>
    <message>
        <source>Stop when you feel the back of your thigh.</source>
        <translation>Arrêtez quand l’arrière de la cuisse tire.</translation>
    </message>
    <message>
        <source>Seated knee swing</source>
        <translation>Balancier des genoux</translation>
    </message>
    <message>
        <source>Sit on a steady chair and hold your arms out wide.</source>
        <translation>Sur une chaise stable, bras écartés.</translation>
    </message>
    <message>
        <source>Lift both feet a little off the floor.</source>
        <translation>Décollez un peu les deux pieds du sol.</translation>
    </message>
    <message>
        <source>Swing your knees together to one side.</source>
        <translation>Basculez les genoux ensemble d’un côté.</translation>
    </message>
    <message>
        <source>Only on a chair that cannot roll or spin.</source>
        <translation>Seulement sur une chaise sans roulettes ni pivot.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Genou à la poitrine</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight.</source>
        <translation>Allongé sur le dos, jambes tendues.</translation>
    </message>
    <message>
        <source>Bend one knee and bring it toward your chest.</source>
        <translation>Pliez un genou et ramenez-le vers la poitrine.</translation>
    </message>
    <message>
        <source>Hold the shin with both hands and pull gently.</source>
        <translation>Tenez le tibia à deux mains, tirez doucement.</translation>
    </message>
    <message>
        <source>Pull gently, never hard.</source>
        <translation>Tirez doucement, jamais fort.</translation>
    </message>
    <message>
        <source>Lie on your back, legs long, arms out wide.</source>
        <translation>Sur le dos, jambes tendues, bras écartés.</translation>
    </message>
    <message>
        <source>Bend one knee and cross it over your body.</source>
        <translation>Pliez un genou et croisez-le sur le corps.</translation>
    </message>
    <message>
        <source>Let it sink toward the floor on the other side.</source>
        <translation>Laissez-le descendre vers le sol de l’autre côté.</translation>
    </message>
    <message>
        <source>Keep both shoulders flat on the floor.</source>
        <translation>Les deux épaules restent au sol.</translation>
    </message>
    <message>
        <source>Go only as far as a gentle stretch.</source>
        <translation>N’allez pas au-delà d’un étirement doux.</translation>
    </message>
    <message>
        <source>Knee cross-over</source>
        <translation>Genou croisé</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Bascule des genoux</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat.</source>
        <translation>Sur le dos, genoux pliés, pieds à plat.</translation>
    </message>
    <message>
        <source>Keep your knees together and shoulders down.</source>
        <translation>Genoux serrés, épaules au sol.</translation>
    </message>
    <message>
        <source>Roll both knees slowly to one side.</source>
        <translation>Basculez lentement les genoux d’un côté.</translation>
    </message>
    <message>
        <source>Keep your shoulders and upper body still.</source>
        <translation>Épaules et haut du corps immobiles.</translation>
    </message>
    <message>
        <source>Partial curl</source>
        <translation>Demi-relevé de buste</translation>
    </message>
    <message>
        <source>Cross your arms over your chest.</source>
        <translation>Croisez les bras sur la poitrine.</translation>
    </message>
    <message>
        <source>Lift your head and shoulders off the floor.</source>
        <translation>Décollez la tête et les épaules du sol.</translation>
    </message>
    <message>
        <source>Lower them slowly back down.</source>
        <translation>Redescendez lentement.</translation>
    </message>
    <message>
        <source>Keep your lower back on the floor.</source>
        <translation>Le bas du dos reste au sol.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Pont</translation>
    </message>
    <message>
        <source>Squeeze your buttocks and lift your hips.</source>
        <translation>Serrez les fessiers et levez le bassin.</translation>
    </message>
    <message>
        <source>Make a straight line from shoulders to knees.</source>
        <translation>Formez une ligne droite des épaules aux genoux.</translation>
    </message>
    <message>
        <source>Side-lying back turn</source>
        <translation>Rotation du dos sur le côté</translation>
    </message>
    <message>
        <source>Lie on your side, bottom leg straight.</source>
        <translation>Allongé sur le côté, jambe du dessous tendue.</translation>
    </message>
    <message>
        <source>Hook your top foot behind your bottom knee.</source>
        <translation>Calez le pied du dessus derrière l’autre genou.</translation>
    </message>
    <message>
        <source>Put your top hand on your top shoulder blade.</source>
        <translation>Main du dessus sur l’omoplate du dessus.</translation>
    </message>
    <message>
        <source>Turn your top shoulder back toward the floor.</source>
        <translation>Tournez l’épaule du dessus vers le sol.</translation>
    </message>
    <message>
        <source>Notice how your back feels; stop if it gets worse.</source>
        <translation>Écoutez votre dos ; arrêtez si ça empire.</translation>
    </message>
    <message>
        <source>Back extension</source>
        <translation>Extension du dos</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms by your sides.</source>
        <translation>Sur le ventre, bras le long du corps.</translation>
    </message>
    <message>
        <source>Lift your chest a little off the floor.</source>
        <translation>Décollez un peu la poitrine du sol.</translation>
    </message>
    <message>
        <source>Keep your hips and legs on the floor.</source>
        <translation>Hanches et jambes restent au sol.</translation>
    </message>
    <message>
        <source>Lower your chest slowly.</source>
        <translation>Redescendez lentement la poitrine.</translation>
    </message>
    <message>
        <source>Lift only a little; stop if your back pinches.</source>
        <translation>Montez peu ; arrêtez si le dos pince.</translation>
    </message>
    <message>
        <source>Kneeling plank</source>
        <translation>Gainage sur les genoux</translation>
    </message>
    <message>
        <source>Lie face down, elbows under your shoulders.</source>
        <translation>À plat ventre, coudes sous les épaules.</translation>
    </message>
    <message>
        <source>Rest on your forearms and knees, feet up.</source>
        <translation>Appui sur avant-bras et genoux, pieds levés.</translation>
    </message>
    <message>
        <source>Lift your hips into a line from head to knees.</source>
        <translation>Levez le bassin : tête et genoux alignés.</translation>
    </message>
    <message>
        <source>Keep your hips from sagging.</source>
        <translation>Ne laissez pas le bassin s’affaisser.</translation>
    </message>
    <message>
        <source>All-fours leg lift</source>
        <translation>Jambe levée à quatre pattes</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders.</source>
        <translation>À quatre pattes, mains sous les épaules.</translation>
    </message>
    <message>
        <source>Keep one knee bent at a right angle.</source>
        <translation>Un genou plié à angle droit.</translation>
    </message>
    <message>
        <source>Lift that leg back until the thigh is level.</source>
        <translation>Levez la jambe jusqu’à la cuisse à l’horizontale.</translation>
    </message>
    <message>
        <source>Lower the knee without touching the floor.</source>
        <translation>Redescendez le genou sans toucher le sol.</translation>
    </message>
    <message>
        <source>Kneeling hip stretch</source>
        <translation>Étirement de la hanche</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front.</source>
        <translation>Un genou au sol, l’autre pied à plat devant.</translation>
    </message>
    <message>
        <source>Keep your chest up and look straight ahead.</source>
        <translation>Buste droit, regard devant.</translation>
    </message>
    <message>
        <source>Shift your hips slowly forward.</source>
        <translation>Avancez lentement le bassin.</translation>
    </message>
    <message>
        <source>Feel the stretch at the front of the back hip.</source>
        <translation>Sentez l’étirement devant la hanche arrière.</translation>
    </message>
    <message>
        <source>Pad the knee. Back pain? Ask a therapist first.</source>
        <translation>Protégez le genou. Mal au dos ? Demandez d’abord à un kiné.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Bascule du bassin</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles.</source>
        <translation>Contractez les abdominaux.</translation>
    </message>
    <message>
        <source>Press the small of your back into the floor.</source>
        <translation>Plaquez le creux du dos contre le sol.</translation>
    </message>
    <message>
        <source>Let your back relax again.</source>
        <translation>Relâchez le dos.</translation>
    </message>
    <message>
        <source>Cat stretch</source>
        <translation>Étirement du chat</translation>
    </message>
    <message>
        <source>Round your back up toward the ceiling.</source>
        <translation>Arrondissez le dos vers le plafond.</translation>
    </message>
    <message>
        <source>Let your head drop between your arms.</source>
        <translation>Laissez tomber la tête entre les bras.</translation>
    </message>
    <message>
        <source>Let your back sag gently as you rest.</source>
        <translation>Au repos, laissez le dos se creuser doucement.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms stretched ahead.</source>
        <translation>Sur le ventre, bras tendus devant.</translation>
    </message>
    <message>
        <source>Lift your arms, chest and legs a little.</source>
        <translation>Levez un peu les bras, la poitrine et les jambes.</translation>
    </message>
    <message>
        <source>Keep your neck long, eyes on the floor.</source>
        <translation>Nuque longue, regard vers le sol.</translation>
    </message>
    <message>
        <source>Side-lying leg lift</source>
        <translation>Jambe levée sur le côté</translation>
    </message>
    <message>
        <source>Lie on your side, legs straight, one on the other.</source>
        <translation>Sur le côté, jambes tendues l’une sur l’autre.</translation>
    </message>
    <message>
        <source>Rest your head on your lower arm.</source>
        <translation>Posez la tête sur le bras du dessous.</translation>
    </message>
    <message>
        <source>Lift your top leg slowly, toes facing forward.</source>
        <translation>Levez lentement la jambe, orteils vers l’avant.</translation>
    </message>
    <message>
        <source>Lower it without letting it drop.</source>
        <translation>Redescendez-la sans la laisser tomber.</translation>
    </message>
    <message>
        <source>Stand-up break</source>
        <translation>Pause debout</translation>
    </message>
    <message>
        <source>60-second stand-up break</source>
        <translation>une pause debout de 60 secondes</translation>
    </message>
    <message>
        <source>Stand up and step away from your chair.</source>
        <translation>Levez-vous et éloignez-vous de la chaise.</translation>
    </message>
    <message>
        <source>Seated break</source>
        <translation>Pause assise</translation>
    </message>
    <message>
        <source>60-second seated break</source>
        <translation>une pause assise de 60 secondes</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair.</source>
        <translation>Asseyez-vous droit au bord de la chaise.</translation>
    </message>
    <message>
        <source>Long stretch break</source>
        <translation>Longue pause étirements</translation>
    </message>
    <message>
        <source>5-minute stretch break</source>
        <translation>une pause étirements de 5 minutes</translation>
    </message>
    <message>
        <source>Stay in your chair for now.</source>
        <translation>Restez assis pour l’instant.</translation>
    </message>
    <message>
        <source>Stand up and push your chair back.</source>
        <translation>Levez-vous et reculez la chaise.</translation>
    </message>
    <message>
        <source>Lower-back routine</source>
        <translation>Routine bas du dos</translation>
    </message>
    <message>
        <source>5-minute lower-back routine</source>
        <translation>une routine bas du dos de 5 minutes</translation>
    </message>
    <message>
        <source>Lie on your back on a mat or rug.</source>
        <translation>Allongez-vous sur un tapis, sur le dos.</translation>
    </message>
    <message>
        <source>Back program: Align</source>
        <translation>Programme dos : Aligner</translation>
    </message>
    <message>
        <source>5-minute mobility routine</source>
        <translation>une routine de mobilité de 5 minutes</translation>
    </message>
    <message>
        <source>Back program: Stabilize</source>
        <translation>Programme dos : Stabiliser</translation>
    </message>
    <message>
        <source>5-minute strengthening routine</source>
        <translation>une routine de renforcement de 5 minutes</translation>
    </message>
    <message>
        <source>Turn over onto your stomach.</source>
        <translation>Mettez-vous sur le ventre.</translation>
    </message>
    <message>
        <source>Back program: Maintain</source>
        <translation>Programme dos : Entretenir</translation>
    </message>
    <message>
        <source>5-minute back routine</source>
        <translation>une routine dos de 5 minutes</translation>
    </message>
    <message>
        <source>Stand up and walk around.</source>
        <translation>Levez-vous et marchez un peu.</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Aligner</translation>
    </message>
    <message>
        <source>Stabilize</source>
        <translation>Stabiliser</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Entretenir</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Automatic (follows the colour scheme)</source>
        <translation>Automatique (suit le jeu de couleurs)</translation>
    </message>
    <message>
        <source>For light panels</source>
        <translation>Pour les panneaux clairs</translation>
    </message>
    <message>
        <source>For dark panels</source>
        <translation>Pour les panneaux sombres</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monochrome</translation>
    </message>
    <message>
        <source>DeskStretch Preferences</source>
        <translation>Préférences de DeskStretch</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Groupes de réglages</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 not understood: %2</source>
        <translation>%1 : incompris : %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a setting&apos;s label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <comment>help text, smallest, largest</comment>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>always, or e.g. Mon-Fri 09:00-12:30, 13:30-17:30</source>
        <translation>toujours, ou p. ex. Mon-Fri 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3 %4.</source>
        <translation>%1 : indiquez un nombre entier de %2 à %3 %4.</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3.</source>
        <translation>%1 : indiquez un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Remind me every</source>
        <translation>Me rappeler toutes les</translation>
    </message>
    <message>
        <source>Sitting time between two breaks.</source>
        <translation>Temps assis entre deux pauses.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Pause courte</translation>
    </message>
    <message>
        <source>The routine a reminder opens.</source>
        <translation>La routine qu’ouvre un rappel.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Pause longue toutes les</translation>
    </message>
    <message>
        <source>Every how many breaks one is long; 0 for never.</source>
        <translation>Toutes les combien de pauses une est longue ; 0 pour jamais.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>Long break</source>
        <translation>Pause longue</translation>
    </message>
    <message>
        <source>The routine for the long break.</source>
        <translation>La routine de la pause longue.</translation>
    </message>
    <message>
        <source>Office mode</source>
        <translation>Mode bureau</translation>
    </message>
    <message>
        <source>Reminders never open routines done on the floor.</source>
        <translation>Les rappels n’ouvrent jamais de routine au sol.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Stretch breaks a day that keep your streak going.</source>
        <translation>Pauses par jour pour prolonger votre série.</translation>
    </message>
    <message>
        <source>Warn before a break</source>
        <translation>Prévenir avant une pause</translation>
    </message>
    <message>
        <source>Notice before a break; 0 for none.</source>
        <translation>Préavis avant une pause ; 0 pour aucun.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>De combien « Reporter » décale une pause.</translation>
    </message>
    <message>
        <source>Snoozes in a row</source>
        <translation>Reports d’affilée</translation>
    </message>
    <message>
        <source>How often in a row a break can be put off.</source>
        <translation>Combien de fois de suite une pause peut être reportée.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Remind only during these hours; empty for always.</source>
        <translation>Rappels seulement à ces heures ; vide pour toujours.</translation>
    </message>
    <message>
        <source>Wait while busy for</source>
        <translation>Attendre si occupé</translation>
    </message>
    <message>
        <source>Busy: a full-screen app or do not disturb.</source>
        <translation>Occupé : appli en plein écran ou « Ne pas déranger ».</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à la connexion</translation>
    </message>
    <message>
        <source>Start DeskStretch when you log in.</source>
        <translation>Lancer DeskStretch à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Morning starts at</source>
        <translation>Le matin commence à</translation>
    </message>
    <message>
        <source>When &quot;Pause until tomorrow&quot; ends.</source>
        <translation>Fin de « Pause jusqu’à demain ».</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>Show each stretch&apos;s end pose, without animation.</source>
        <translation>Afficher la position finale, sans animation.</translation>
    </message>
    <message>
        <source>Sound at each phase</source>
        <translation>Son à chaque phase</translation>
    </message>
    <message>
        <source>A soft chime when a hold, rest or side begins.</source>
        <translation>Un léger carillon au début d’un maintien, repos ou côté.</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume du carillon</translation>
    </message>
    <message>
        <source>How loud the chime is.</source>
        <translation>Le volume du carillon.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Suivi du confort</translation>
    </message>
    <message>
        <source>Rate back discomfort before and after long breaks.</source>
        <translation>Noter la gêne au dos avant et après les pauses longues.</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Icône de la zone de notification</translation>
    </message>
    <message>
        <source>Colours to suit your panel.</source>
        <translation>Des couleurs adaptées à votre panneau.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Applies the next time DeskStretch starts.</source>
        <translation>S’applique au prochain lancement de DeskStretch.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Notifications &amp; sound</source>
        <translation>Notifications et son</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>d MMM</source>
        <comment>a date format: day and short month</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln break(s)</source>
        <translation>
            <numerusform>%Ln pause</numerusform>
            <numerusform>%Ln pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pauses par jour, dernier jour</numerusform>
            <numerusform>Pauses par jour, %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Back discomfort before and after long breaks, last 30 days</source>
        <translation>Gêne au dos avant et après les pauses longues, 30 derniers jours</translation>
    </message>
    <message>
        <source>DeskStretch Statistics</source>
        <translation>Statistiques de DeskStretch</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <source>Save every break event to a CSV file</source>
        <translation>Enregistrer chaque événement de pause dans un fichier CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>Fermer les statistiques</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Pas encore de pause</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Faire une pause</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Back comfort summary</source>
        <translation>Résumé du confort du dos</translation>
    </message>
    <message numerus="yes">
        <source>break(s) taken</source>
        <translation>
            <numerusform>pause faite</numerusform>
            <numerusform>pauses faites</numerusform>
        </translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Exporter l’historique des pauses</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>day: breaks</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Goal %1 a day. %2</source>
        <translation>Objectif : %1 par jour. %2</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>but %1</translation>
    </message>
    <message>
        <source>after</source>
        <comment>a chart legend</comment>
        <translation>après</translation>
    </message>
    <message>
        <source>before</source>
        <comment>a chart legend</comment>
        <translation>avant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pauses par jour</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Afficher le dernier jour</numerusform>
            <numerusform>Afficher les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Exercices les plus faits</translation>
    </message>
    <message>
        <source>None yet: they are counted as you stretch.</source>
        <translation>Aucun pour l’instant : ils se comptent au fil des étirements.</translation>
    </message>
    <message>
        <source>Back comfort, last 30 days</source>
        <translation>Confort du dos, 30 derniers jours</translation>
    </message>
    <message>
        <source>Breaks taken today: %1 of %2 due</source>
        <translation>Pauses faites aujourd’hui : %1 sur %2 prévues</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a chart label</comment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Your breaks will show up here: today at a glance, the last 7 and 30 days, your streak and the exercises you do most. Everything stays on this computer.</source>
        <translation>Vos pauses s’afficheront ici : la journée en un coup d’œil, les 7 et 30 derniers jours, votre série et vos exercices les plus fréquents. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>breaks taken of due</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>average of %Ln rating(s), 0 to 10</source>
        <translation>
            <numerusform>moyenne de %Ln note, de 0 à 10</numerusform>
            <numerusform>moyenne de %Ln notes, de 0 à 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln événement enregistré dans %1.</numerusform>
            <numerusform>%Ln événements enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln fois</numerusform>
            <numerusform>%Ln fois</numerusform>
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
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>breaks taken</source>
        <translation>pauses faites</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>d’étirements</translation>
    </message>
    <message>
        <source>longest seated</source>
        <translation>plus long temps assis</translation>
    </message>
    <message>
        <source>current</source>
        <comment>streak</comment>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>best</source>
        <comment>streak</comment>
        <translation>meilleure</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objectif du jour</translation>
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
        <translation>Impossible d’enregistrer %1 : %2.</translation>
    </message>
    <message>
        <source>%1 before long breaks, %2 after</source>
        <translation>%1 avant les pauses longues, %2 après</translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Continuez</translation>
    </message>
    <message>
        <source>Move slowly and gently; don&apos;t bounce.</source>
        <translation>Bougez lentement et en douceur, sans à-coups.</translation>
    </message>
    <message>
        <source>A stretch should feel like mild tension, never pain. Stop if the pain gets worse.</source>
        <translation>Un étirement doit donner une légère tension, jamais une douleur. Arrêtez si la douleur augmente.</translation>
    </message>
    <message>
        <source>Not sure an exercise suits you? Ask a physiotherapist or doctor first.</source>
        <translation>Un doute sur un exercice ? Demandez d’abord à un kinésithérapeute ou à un médecin.</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>répétition %1 sur %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progression de la routine</translation>
    </message>
    <message>
        <source>Break done</source>
        <translation>Pause terminée</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Retour au travail</translation>
    </message>
    <message>
        <source>Close the window (Esc)</source>
        <translation>Fermer la fenêtre (Échap)</translation>
    </message>
    <message>
        <source>Before your first stretch</source>
        <translation>Avant votre premier étirement</translation>
    </message>
    <message>
        <source>OK, let&apos;s start</source>
        <translation>D’accord, c’est parti</translation>
    </message>
    <message>
        <source>Close this note and start the countdown</source>
        <translation>Fermer cette note et lancer le compte à rebours</translation>
    </message>
    <message>
        <source>Before your first stretch — DeskStretch</source>
        <translation>Avant votre premier étirement — DeskStretch</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Break done — DeskStretch</source>
        <translation>Pause terminée — DeskStretch</translation>
    </message>
    <message>
        <source>Right side · rep %1 of %2</source>
        <translation>Côté droit · répétition %1 sur %2</translation>
    </message>
    <message>
        <source>Left side · rep %1 of %2</source>
        <translation>Côté gauche · répétition %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n seconds left</source>
        <translation>
            <numerusform>%1 : encore %n seconde</numerusform>
            <numerusform>%1 : encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Start this exercise again (←)</source>
        <translation>Recommencer cet exercice (←)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Go to the next exercise (→)</source>
        <translation>Passer à l’exercice suivant (→)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>End the break (Esc)</source>
        <translation>Terminer la pause (Échap)</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · étape %2 sur %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <source>%1 · %2 — DeskStretch</source>
        <comment>exercise, phase</comment>
        <translation>%1 · %2 — DeskStretch</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Pendant &amp;30 minutes</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Pendant &amp;1 heure</translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation>Pendant &amp;2 heures</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <source>Until I &amp;resume</source>
        <translation>Jusqu’à ce que je &amp;reprenne</translation>
    </message>
    <message>
        <source>&amp;Stretch now</source>
        <translation>S’étirer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Choose a routine</source>
        <translation>&amp;Choisir une routine</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>Passer cette pa&amp;use</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Suspendre les &amp;rappels</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Reprendre les &amp;rappels</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistiques…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No snoozes left</source>
        <translation>Plus de report possible</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <comment>snoozes</comment>
        <translation>
            <numerusform>%1 (encore %n)</numerusform>
            <numerusform>%1 (encore %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n break(s) today</source>
        <translation>
            <numerusform>%n pause aujourd’hui</numerusform>
            <numerusform>%n pauses aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Reporter de %1 min</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>En dehors des heures de travail</translation>
    </message>
    <message>
        <source>Stretching now</source>
        <translation>Étirement en cours</translation>
    </message>
    <message>
        <source>Away from the desk: that counts as a break</source>
        <translation>Loin du bureau : cela compte comme une pause</translation>
    </message>
    <message>
        <source>Time for a break — click to stretch</source>
        <translation>L’heure d’une pause — cliquez pour vous étirer</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <comment>a time of day</comment>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pause jusqu’à reprise</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’à %1</translation>
    </message>
    <message>
        <source>Long break in less than a minute</source>
        <translation>Pause longue dans moins d’une minute</translation>
    </message>
    <message>
        <source>Long break in %1</source>
        <translation>Pause longue dans %1</translation>
    </message>
    <message>
        <source>Next break in less than a minute</source>
        <translation>Prochaine pause dans moins d’une minute</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Prochaine pause dans %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>breaks today, streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>série de %n jour</numerusform>
            <numerusform>série de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 done</source>
        <comment>stage, sessions</comment>
        <translation>%1, %2 sur %3 faites</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n done</source>
        <comment>stage, sessions</comment>
        <translation>
            <numerusform>%1, %n faite</numerusform>
            <numerusform>%1, %n faites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Reminders resume %1</source>
        <translation>Reprise des rappels : %1</translation>
    </message>
</context>
</TS>
