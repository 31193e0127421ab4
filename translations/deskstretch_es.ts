<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Start at login not allowed</source>
        <translation>No se permite iniciar con la sesión</translation>
    </message>
    <message>
        <source>The system did not allow DeskStretch to start at login. You can allow it in your desktop&apos;s settings for background apps.</source>
        <translation>El sistema no ha permitido que DeskStretch se inicie con la sesión. Puedes permitirlo en los ajustes de aplicaciones en segundo plano de tu escritorio.</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>And now, after the stretches?</source>
        <translation>¿Y ahora, después de los estiramientos?</translation>
    </message>
    <message>
        <source>Before you start: how does your back feel?</source>
        <translation>Antes de empezar: ¿cómo sientes la espalda?</translation>
    </message>
    <message>
        <source>Comfort check-in — DeskStretch</source>
        <translation>¿Qué tal la espalda? — DeskStretch</translation>
    </message>
    <message>
        <source>0 means no discomfort at all, 10 the worst you can imagine.</source>
        <translation>0 es ninguna molestia, 10 la peor que puedas imaginar.</translation>
    </message>
    <message>
        <source>Kept on this computer, for your statistics.</source>
        <translation>Se guarda en este ordenador, para tus estadísticas.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip the question</source>
        <translation>Omitir la pregunta</translation>
    </message>
    <message>
        <source>Skip (Esc)</source>
        <translation>Omitir (Esc)</translation>
    </message>
    <message>
        <source>Discomfort %1 of 10</source>
        <translation>Molestia %1 de 10</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>DeskStretch is already running.</source>
        <translation>DeskStretch ya está en marcha.</translation>
    </message>
    <message>
        <source>DeskStretch is quitting.</source>
        <translation>DeskStretch se está cerrando.</translation>
    </message>
    <message>
        <source>DeskStretch is already running. %1</source>
        <translation>DeskStretch ya está en marcha. %1</translation>
    </message>
    <message>
        <source>Skipped. %1</source>
        <translation>Omitida. %1</translation>
    </message>
    <message>
        <source>Not paused. %1</source>
        <translation>No está en pausa. %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Welcome to DeskStretch</source>
        <translation>Te damos la bienvenida a DeskStretch</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes a reminder asks you to stand up. Start DeskStretch when you log in? You can change this later in Preferences.</source>
        <translation>
            <numerusform>Cada minuto un aviso te pide que te levantes. ¿Iniciar DeskStretch con la sesión? Puedes cambiarlo más tarde en Preferencias.</numerusform>
            <numerusform>Cada %n minutos un aviso te pide que te levantes. ¿Iniciar DeskStretch con la sesión? Puedes cambiarlo más tarde en Preferencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nice work.</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <source>Back program: %1.</source>
        <translation>Programa de espalda: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 min · on the floor</source>
        <translation>%1 · %2 min · en el suelo</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>DeskStretch is running</source>
        <translation>DeskStretch está en marcha</translation>
    </message>
    <message>
        <source>There is no system tray on this desktop yet, so there is no icon. Reminders still come as notifications; click one to stretch.</source>
        <translation>Este escritorio aún no tiene bandeja del sistema, así que no hay icono. Los avisos llegan igualmente como notificaciones; haz clic en una para estirarte.</translation>
    </message>
    <message>
        <source>Some settings were not used</source>
        <translation>Algunos ajustes no se aplicaron</translation>
    </message>
    <message>
        <source>Some of your routines were not loaded</source>
        <translation>Algunas de tus rutinas no se cargaron</translation>
    </message>
    <message>
        <source>Break history</source>
        <translation>Historial de pausas</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <source>Routine not available</source>
        <translation>Rutina no disponible</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>routine &quot;%1&quot;</source>
        <translation>rutina «%1»</translation>
    </message>
    <message>
        <source>Break in %1</source>
        <translation>Pausa en %1</translation>
    </message>
    <message>
        <source>Your %1 is coming up.</source>
        <translation>En breve: %1.</translation>
    </message>
    <message>
        <source>Time for a longer stretch</source>
        <translation>Hora de un estiramiento más largo</translation>
    </message>
    <message>
        <source>Time to stand up</source>
        <translation>Hora de levantarse</translation>
    </message>
    <message>
        <source>Your %1 is ready.</source>
        <translation>Ya toca: %1.</translation>
    </message>
    <message>
        <source>No more snoozes</source>
        <translation>No se puede posponer más</translation>
    </message>
    <message>
        <source>This break has been put off as often as your settings allow. Take it now, or skip it.</source>
        <translation>Esta pausa ya se ha pospuesto tantas veces como permiten tus ajustes. Hazla ahora u omítela.</translation>
    </message>
    <message>
        <source>Nice work — %1.</source>
        <translation>¡Bien hecho! — %1.</translation>
    </message>
    <message>
        <source>Next break at %1, in %2.</source>
        <translation>Próxima pausa a las %1, dentro de %2.</translation>
    </message>
    <message>
        <source>Back program: %1 complete. Next time: %2.</source>
        <translation>Programa de espalda: %1 completada. La próxima vez: %2.</translation>
    </message>
    <message>
        <source>Office mode is on</source>
        <translation>El modo oficina está activado</translation>
    </message>
    <message>
        <source>Settings file replaced</source>
        <translation>Archivo de ajustes sustituido</translation>
    </message>
    <message>
        <source>Back program: %1</source>
        <translation>Programa de espalda: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more; see the log.</source>
        <translation>
            <numerusform>…y %n más; consulta el registro.</numerusform>
            <numerusform>…y %n más; consulta el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Your routine “%1” was removed or can no longer be read, so reminders open the %2 instead.</source>
        <translation>Tu rutina «%1» se ha eliminado o ya no se puede leer, así que los avisos abren «%2» en su lugar.</translation>
    </message>
    <message>
        <source>%1 (on the floor)</source>
        <translation>%1 (en el suelo)</translation>
    </message>
    <message>
        <source>%1 was changed outside DeskStretch while you used Preferences. That version was kept as %2.</source>
        <translation>%1 se modificó fuera de DeskStretch mientras usabas las preferencias. Esa versión se guardó como %2.</translation>
    </message>
    <message>
        <source>Start at login not changed</source>
        <translation>No se cambió el inicio con la sesión</translation>
    </message>
    <message>
        <source>The original was kept as %1.</source>
        <translation>El original se guardó como %1.</translation>
    </message>
    <message>
        <source>Office mode is on, so reminders open the %1 instead of the %2, which is done on the floor.</source>
        <translation>El modo oficina está activado: los avisos abren «%1» en lugar de «%2», que se hace en el suelo.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Your changes apply until DeskStretch quits.</source>
        <translation>No se pudo escribir %1 (%2). Tus cambios valen hasta que cierres DeskStretch.</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Illustration: %1, other side</source>
        <translation>Ilustración: %1, otro lado</translation>
    </message>
    <message>
        <source>Illustration: %1</source>
        <translation>Ilustración: %1</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move slowly; don&apos;t bounce. Stop if the pain gets worse.</source>
        <translation>Muévete despacio, sin rebotes. Para si el dolor aumenta.</translation>
    </message>
    <message>
        <source>Overhead reach</source>
        <translation>Brazos arriba</translation>
    </message>
    <message>
        <source>Stand tall, feet hip-width apart.</source>
        <translation>De pie y erguido, pies a la anchura de la cadera.</translation>
    </message>
    <message>
        <source>Raise both arms straight above your head.</source>
        <translation>Sube los dos brazos rectos sobre la cabeza.</translation>
    </message>
    <message>
        <source>Reach up high and feel your sides lengthen.</source>
        <translation>Estírate hacia arriba y alarga los costados.</translation>
    </message>
    <message>
        <source>Seated overhead reach</source>
        <translation>Brazos arriba sentado</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair, feet flat.</source>
        <translation>Siéntate erguido al borde de la silla, pies planos.</translation>
    </message>
    <message>
        <source>Shoulder rolls</source>
        <translation>Círculos de hombros</translation>
    </message>
    <message>
        <source>Let your arms hang loose at your sides.</source>
        <translation>Deja los brazos sueltos a los lados.</translation>
    </message>
    <message>
        <source>Lift your shoulders up toward your ears.</source>
        <translation>Sube los hombros hacia las orejas.</translation>
    </message>
    <message>
        <source>Roll them back and down in slow circles.</source>
        <translation>Llévalos atrás y abajo en círculos lentos.</translation>
    </message>
    <message>
        <source>Walk around</source>
        <translation>Camina un poco</translation>
    </message>
    <message>
        <source>Walk around the room, or march on the spot.</source>
        <translation>Camina por la habitación o marcha en el sitio.</translation>
    </message>
    <message>
        <source>Swing your arms naturally as you go.</source>
        <translation>Balancea los brazos con naturalidad.</translation>
    </message>
    <message>
        <source>Keep your shoulders loose and your breathing easy.</source>
        <translation>Hombros sueltos y respiración tranquila.</translation>
    </message>
    <message>
        <source>Go at your own pace; more is not always better.</source>
        <translation>Ve a tu ritmo; más no siempre es mejor.</translation>
    </message>
    <message>
        <source>Neck side stretch</source>
        <translation>Estiramiento de cuello</translation>
    </message>
    <message>
        <source>Sit tall with your shoulders relaxed.</source>
        <translation>Siéntate erguido con los hombros relajados.</translation>
    </message>
    <message>
        <source>Slowly tilt your head, ear toward shoulder.</source>
        <translation>Inclina la cabeza despacio, oreja al hombro.</translation>
    </message>
    <message>
        <source>Keep both shoulders low and level.</source>
        <translation>Mantén los hombros bajos y nivelados.</translation>
    </message>
    <message>
        <source>Seated twist</source>
        <translation>Giro sentado</translation>
    </message>
    <message>
        <source>Sit tall with both feet flat on the floor.</source>
        <translation>Siéntate erguido, pies planos en el suelo.</translation>
    </message>
    <message>
        <source>Turn your chest slowly to the side.</source>
        <translation>Gira el pecho despacio hacia un lado.</translation>
    </message>
    <message>
        <source>Hold the chair back with the hand on that side.</source>
        <translation>Sujeta el respaldo con la mano de ese lado.</translation>
    </message>
    <message>
        <source>Keep your hips and knees facing forward.</source>
        <translation>Cadera y rodillas miran hacia delante.</translation>
    </message>
    <message>
        <source>Chest opener</source>
        <translation>Apertura de pecho</translation>
    </message>
    <message>
        <source>Stand tall and clasp your hands behind your back.</source>
        <translation>De pie, junta las manos detrás de la espalda.</translation>
    </message>
    <message>
        <source>Draw your shoulders back and down.</source>
        <translation>Lleva los hombros atrás y abajo.</translation>
    </message>
    <message>
        <source>Straighten your arms and lift your hands a little.</source>
        <translation>Estira los brazos y sube un poco las manos.</translation>
    </message>
    <message>
        <source>Standing back extension</source>
        <translation>Extensión de espalda de pie</translation>
    </message>
    <message>
        <source>Stand tall with your feet hip-width apart.</source>
        <translation>De pie, pies a la anchura de la cadera.</translation>
    </message>
    <message>
        <source>Put your hands on your lower back.</source>
        <translation>Pon las manos en la zona lumbar.</translation>
    </message>
    <message>
        <source>Lean back gently, only as far as feels easy.</source>
        <translation>Inclínate atrás con suavidad, sin forzar.</translation>
    </message>
    <message>
        <source>Keep your knees soft and look straight ahead.</source>
        <translation>Rodillas sueltas, mirada al frente.</translation>
    </message>
    <message>
        <source>Lean back only a little; stop if your back pinches.</source>
        <translation>Inclínate solo un poco; para si la espalda pincha.</translation>
    </message>
    <message>
        <source>Standing thigh stretch</source>
        <translation>Cuádriceps de pie</translation>
    </message>
    <message>
        <source>Hold your desk with one hand for balance.</source>
        <translation>Apóyate en la mesa con una mano.</translation>
    </message>
    <message>
        <source>Bend one knee and hold that ankle behind you.</source>
        <translation>Dobla una rodilla y sujeta ese tobillo detrás.</translation>
    </message>
    <message>
        <source>Keep your knees close together.</source>
        <translation>Mantén las rodillas juntas.</translation>
    </message>
    <message>
        <source>Tuck your hips under a little and stand tall.</source>
        <translation>Mete un poco la pelvis y mantente erguido.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <source>Step one foot forward, heel down, toes up.</source>
        <translation>Adelanta un pie, talón abajo, puntera arriba.</translation>
    </message>
    <message>
        <source>Bend your back knee and rest your hands on it.</source>
        <translation>Dobla la rodilla de atrás y apoya las manos.</translation>
    </message>
    <message>
        <source>Lean forward from your hips, back straight.</source>
        <translation>Inclínate desde la cadera, espalda recta.</translation>
    </message>
    <message>
        <source>Stop when you feel the back of your thigh.</source>
        <translation>Para al notar la parte de atrás del muslo.</translation>
    </message>
    <message>
        <source>Seated knee swing</source>
        <translation>Balanceo de rodillas</translation>
    </message>
    <message>
        <source>Sit on a steady chair and hold your arms out wide.</source>
        <translation>Siéntate en una silla firme, brazos abiertos.</translation>
    </message>
    <message>
        <source>Lift both feet a little off the floor.</source>
        <translation>Levanta un poco los dos pies del suelo.</translation>
    </message>
    <message>
        <source>Swing your knees together to one side.</source>
        <translation>Lleva las rodillas juntas hacia un lado.</translation>
    </message>
    <message>
        <source>Only on a chair that cannot roll or spin.</source>
        <translation>Solo en una silla que no ruede ni gire.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Rodilla al pecho</translation>
    </message>
    <message>
        <source>Lie on your back with both legs straight.</source>
        <translation>Túmbate boca arriba con las piernas rectas.</translation>
    </message>
    <message>
        <source>Bend one knee and bring it toward your chest.</source>
        <translation>Dobla una rodilla y llévala hacia el pecho.</translation>
    </message>
    <message>
        <source>Hold the shin with both hands and pull gently.</source>
        <translation>Sujeta la espinilla y tira con suavidad.</translation>
    </message>
    <message>
        <source>Pull gently, never hard.</source>
        <translation>Tira con suavidad, nunca fuerte.</translation>
    </message>
    <message>
        <source>Lie on your back, legs long, arms out wide.</source>
        <translation>Boca arriba, piernas estiradas, brazos abiertos.</translation>
    </message>
    <message>
        <source>Bend one knee and cross it over your body.</source>
        <translation>Dobla una rodilla y crúzala sobre el cuerpo.</translation>
    </message>
    <message>
        <source>Let it sink toward the floor on the other side.</source>
        <translation>Déjala bajar hacia el suelo del otro lado.</translation>
    </message>
    <message>
        <source>Keep both shoulders flat on the floor.</source>
        <translation>Los dos hombros siguen en el suelo.</translation>
    </message>
    <message>
        <source>Go only as far as a gentle stretch.</source>
        <translation>Llega solo hasta un estiramiento suave.</translation>
    </message>
    <message>
        <source>Knee cross-over</source>
        <translation>Cruce de rodilla</translation>
    </message>
    <message>
        <source>Knee rolls</source>
        <translation>Balanceo de rodillas</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat.</source>
        <translation>Boca arriba, rodillas dobladas, pies planos.</translation>
    </message>
    <message>
        <source>Keep your knees together and shoulders down.</source>
        <translation>Rodillas juntas y hombros abajo.</translation>
    </message>
    <message>
        <source>Roll both knees slowly to one side.</source>
        <translation>Lleva las rodillas despacio hacia un lado.</translation>
    </message>
    <message>
        <source>Keep your shoulders and upper body still.</source>
        <translation>Hombros y tronco superior quietos.</translation>
    </message>
    <message>
        <source>Partial curl</source>
        <translation>Abdominal corto</translation>
    </message>
    <message>
        <source>Cross your arms over your chest.</source>
        <translation>Cruza los brazos sobre el pecho.</translation>
    </message>
    <message>
        <source>Lift your head and shoulders off the floor.</source>
        <translation>Levanta cabeza y hombros del suelo.</translation>
    </message>
    <message>
        <source>Lower them slowly back down.</source>
        <translation>Bájalos despacio.</translation>
    </message>
    <message>
        <source>Keep your lower back on the floor.</source>
        <translation>La zona lumbar sigue en el suelo.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Puente</translation>
    </message>
    <message>
        <source>Squeeze your buttocks and lift your hips.</source>
        <translation>Aprieta los glúteos y sube la cadera.</translation>
    </message>
    <message>
        <source>Make a straight line from shoulders to knees.</source>
        <translation>Forma una línea recta de hombros a rodillas.</translation>
    </message>
    <message>
        <source>Side-lying back turn</source>
        <translation>Giro de espalda de lado</translation>
    </message>
    <message>
        <source>Lie on your side, bottom leg straight.</source>
        <translation>Túmbate de lado, pierna de abajo recta.</translation>
    </message>
    <message>
        <source>Hook your top foot behind your bottom knee.</source>
        <translation>Engancha el pie de arriba tras la otra rodilla.</translation>
    </message>
    <message>
        <source>Put your top hand on your top shoulder blade.</source>
        <translation>Pon la mano de arriba en su omóplato.</translation>
    </message>
    <message>
        <source>Turn your top shoulder back toward the floor.</source>
        <translation>Gira el hombro de arriba hacia el suelo.</translation>
    </message>
    <message>
        <source>Notice how your back feels; stop if it gets worse.</source>
        <translation>Atiende a tu espalda; para si empeora.</translation>
    </message>
    <message>
        <source>Back extension</source>
        <translation>Extensión de espalda</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms by your sides.</source>
        <translation>Boca abajo, brazos a los lados.</translation>
    </message>
    <message>
        <source>Lift your chest a little off the floor.</source>
        <translation>Separa un poco el pecho del suelo.</translation>
    </message>
    <message>
        <source>Keep your hips and legs on the floor.</source>
        <translation>Cadera y piernas siguen en el suelo.</translation>
    </message>
    <message>
        <source>Lower your chest slowly.</source>
        <translation>Baja el pecho despacio.</translation>
    </message>
    <message>
        <source>Lift only a little; stop if your back pinches.</source>
        <translation>Sube solo un poco; para si la espalda pincha.</translation>
    </message>
    <message>
        <source>Kneeling plank</source>
        <translation>Plancha de rodillas</translation>
    </message>
    <message>
        <source>Lie face down, elbows under your shoulders.</source>
        <translation>Boca abajo, codos bajo los hombros.</translation>
    </message>
    <message>
        <source>Rest on your forearms and knees, feet up.</source>
        <translation>Apóyate en antebrazos y rodillas, pies arriba.</translation>
    </message>
    <message>
        <source>Lift your hips into a line from head to knees.</source>
        <translation>Sube la cadera en línea de cabeza a rodillas.</translation>
    </message>
    <message>
        <source>Keep your hips from sagging.</source>
        <translation>Que la cadera no se hunda.</translation>
    </message>
    <message>
        <source>All-fours leg lift</source>
        <translation>Elevación a cuatro patas</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders.</source>
        <translation>A cuatro patas, manos bajo los hombros.</translation>
    </message>
    <message>
        <source>Keep one knee bent at a right angle.</source>
        <translation>Una rodilla doblada en ángulo recto.</translation>
    </message>
    <message>
        <source>Lift that leg back until the thigh is level.</source>
        <translation>Sube esa pierna atrás hasta nivelar el muslo.</translation>
    </message>
    <message>
        <source>Lower the knee without touching the floor.</source>
        <translation>Baja la rodilla sin tocar el suelo.</translation>
    </message>
    <message>
        <source>Kneeling hip stretch</source>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front.</source>
        <translation>Una rodilla al suelo, el otro pie delante.</translation>
    </message>
    <message>
        <source>Keep your chest up and look straight ahead.</source>
        <translation>Pecho arriba y mirada al frente.</translation>
    </message>
    <message>
        <source>Shift your hips slowly forward.</source>
        <translation>Lleva la cadera despacio hacia delante.</translation>
    </message>
    <message>
        <source>Feel the stretch at the front of the back hip.</source>
        <translation>Nota el estiramiento delante de la cadera de atrás.</translation>
    </message>
    <message>
        <source>Pad the knee. Back pain? Ask a therapist first.</source>
        <translation>Acolcha la rodilla. ¿Dolor de espalda? Consulta antes.</translation>
    </message>
    <message>
        <source>Pelvic tilt</source>
        <translation>Basculación pélvica</translation>
    </message>
    <message>
        <source>Tighten your stomach muscles.</source>
        <translation>Contrae los abdominales.</translation>
    </message>
    <message>
        <source>Press the small of your back into the floor.</source>
        <translation>Presiona la zona lumbar contra el suelo.</translation>
    </message>
    <message>
        <source>Let your back relax again.</source>
        <translation>Relaja de nuevo la espalda.</translation>
    </message>
    <message>
        <source>Cat stretch</source>
        <translation>Estiramiento del gato</translation>
    </message>
    <message>
        <source>Round your back up toward the ceiling.</source>
        <translation>Redondea la espalda hacia el techo.</translation>
    </message>
    <message>
        <source>Let your head drop between your arms.</source>
        <translation>Deja caer la cabeza entre los brazos.</translation>
    </message>
    <message>
        <source>Let your back sag gently as you rest.</source>
        <translation>Al descansar, deja que la espalda se hunda.</translation>
    </message>
    <message>
        <source>Superman</source>
        <translation>Superman</translation>
    </message>
    <message>
        <source>Lie on your stomach, arms stretched ahead.</source>
        <translation>Boca abajo, brazos estirados al frente.</translation>
    </message>
    <message>
        <source>Lift your arms, chest and legs a little.</source>
        <translation>Sube un poco brazos, pecho y piernas.</translation>
    </message>
    <message>
        <source>Keep your neck long, eyes on the floor.</source>
        <translation>Cuello largo, mirada al suelo.</translation>
    </message>
    <message>
        <source>Side-lying leg lift</source>
        <translation>Elevación lateral de pierna</translation>
    </message>
    <message>
        <source>Lie on your side, legs straight, one on the other.</source>
        <translation>De lado, piernas rectas, una sobre otra.</translation>
    </message>
    <message>
        <source>Rest your head on your lower arm.</source>
        <translation>Apoya la cabeza en el brazo de abajo.</translation>
    </message>
    <message>
        <source>Lift your top leg slowly, toes facing forward.</source>
        <translation>Sube la pierna de arriba, puntera al frente.</translation>
    </message>
    <message>
        <source>Lower it without letting it drop.</source>
        <translation>Bájala sin dejarla caer.</translation>
    </message>
    <message>
        <source>Stand-up break</source>
        <translation>Pausa de pie</translation>
    </message>
    <message>
        <source>60-second stand-up break</source>
        <translation>pausa de pie de 60 segundos</translation>
    </message>
    <message>
        <source>Stand up and step away from your chair.</source>
        <translation>Levántate y aléjate de la silla.</translation>
    </message>
    <message>
        <source>Seated break</source>
        <translation>Pausa sentado</translation>
    </message>
    <message>
        <source>60-second seated break</source>
        <translation>pausa sentado de 60 segundos</translation>
    </message>
    <message>
        <source>Sit tall near the front of your chair.</source>
        <translation>Siéntate erguido al borde de la silla.</translation>
    </message>
    <message>
        <source>Long stretch break</source>
        <translation>Pausa larga de estiramientos</translation>
    </message>
    <message>
        <source>5-minute stretch break</source>
        <translation>pausa de estiramientos de 5 minutos</translation>
    </message>
    <message>
        <source>Stay in your chair for now.</source>
        <translation>De momento, quédate sentado.</translation>
    </message>
    <message>
        <source>Stand up and push your chair back.</source>
        <translation>Levántate y aparta la silla.</translation>
    </message>
    <message>
        <source>Lower-back routine</source>
        <translation>Rutina lumbar</translation>
    </message>
    <message>
        <source>5-minute lower-back routine</source>
        <translation>rutina lumbar de 5 minutos</translation>
    </message>
    <message>
        <source>Lie on your back on a mat or rug.</source>
        <translation>Túmbate boca arriba en una esterilla o alfombra.</translation>
    </message>
    <message>
        <source>Back program: Align</source>
        <translation>Programa de espalda: Alinear</translation>
    </message>
    <message>
        <source>5-minute mobility routine</source>
        <translation>rutina de movilidad de 5 minutos</translation>
    </message>
    <message>
        <source>Back program: Stabilize</source>
        <translation>Programa de espalda: Estabilizar</translation>
    </message>
    <message>
        <source>5-minute strengthening routine</source>
        <translation>rutina de fuerza de 5 minutos</translation>
    </message>
    <message>
        <source>Turn over onto your stomach.</source>
        <translation>Date la vuelta y ponte boca abajo.</translation>
    </message>
    <message>
        <source>Back program: Maintain</source>
        <translation>Programa de espalda: Mantener</translation>
    </message>
    <message>
        <source>5-minute back routine</source>
        <translation>rutina de espalda de 5 minutos</translation>
    </message>
    <message>
        <source>Stand up and walk around.</source>
        <translation>Levántate y camina un poco.</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Alinear</translation>
    </message>
    <message>
        <source>Stabilize</source>
        <translation>Estabilizar</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Mantener</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>System default</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Automatic (follows the colour scheme)</source>
        <translation>Automático (sigue el esquema de colores)</translation>
    </message>
    <message>
        <source>For light panels</source>
        <translation>Para paneles claros</translation>
    </message>
    <message>
        <source>For dark panels</source>
        <translation>Para paneles oscuros</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monocromo</translation>
    </message>
    <message>
        <source>DeskStretch Preferences</source>
        <translation>Preferencias de DeskStretch</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de ajustes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>%1 not understood: %2</source>
        <translation>%1: no se entiende: %2</translation>
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
        <translation>siempre, o p. ej. Mon-Fri 09:00-12:30, 13:30-17:30</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3 %4.</source>
        <translation>%1: usa un número entero de %2 a %3 %4.</translation>
    </message>
    <message>
        <source>%1: use a whole number from %2 to %3.</source>
        <translation>%1: usa un número entero de %2 a %3.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Remind me every</source>
        <translation>Avisarme cada</translation>
    </message>
    <message>
        <source>Sitting time between two breaks.</source>
        <translation>Tiempo sentado entre dos pausas.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Pausa corta</translation>
    </message>
    <message>
        <source>The routine a reminder opens.</source>
        <translation>La rutina que abre un aviso.</translation>
    </message>
    <message>
        <source>Long break every</source>
        <translation>Pausa larga cada</translation>
    </message>
    <message>
        <source>Every how many breaks one is long; 0 for never.</source>
        <translation>Cada cuántas pausas hay una larga; 0 para nunca.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>Long break</source>
        <translation>Pausa larga</translation>
    </message>
    <message>
        <source>The routine for the long break.</source>
        <translation>La rutina de la pausa larga.</translation>
    </message>
    <message>
        <source>Office mode</source>
        <translation>Modo oficina</translation>
    </message>
    <message>
        <source>Reminders never open routines done on the floor.</source>
        <translation>Los avisos nunca abren rutinas en el suelo.</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Stretch breaks a day that keep your streak going.</source>
        <translation>Pausas al día que mantienen tu racha.</translation>
    </message>
    <message>
        <source>Warn before a break</source>
        <translation>Avisar antes de una pausa</translation>
    </message>
    <message>
        <source>Notice before a break; 0 for none.</source>
        <translation>Aviso previo a una pausa; 0 para ninguno.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Cuánto retrasa una pausa «Posponer».</translation>
    </message>
    <message>
        <source>Snoozes in a row</source>
        <translation>Aplazamientos seguidos</translation>
    </message>
    <message>
        <source>How often in a row a break can be put off.</source>
        <translation>Cuántas veces seguidas se puede posponer.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Remind only during these hours; empty for always.</source>
        <translation>Avisar solo en este horario; vacío para siempre.</translation>
    </message>
    <message>
        <source>Wait while busy for</source>
        <translation>Esperar si estás ocupado</translation>
    </message>
    <message>
        <source>Busy: a full-screen app or do not disturb.</source>
        <translation>Ocupado: app a pantalla completa o «No molestar».</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Start DeskStretch when you log in.</source>
        <translation>Iniciar DeskStretch al entrar en tu sesión.</translation>
    </message>
    <message>
        <source>Morning starts at</source>
        <translation>La mañana empieza a las</translation>
    </message>
    <message>
        <source>When &quot;Pause until tomorrow&quot; ends.</source>
        <translation>Cuándo termina «Pausa hasta mañana».</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir movimiento</translation>
    </message>
    <message>
        <source>Show each stretch&apos;s end pose, without animation.</source>
        <translation>Mostrar la postura final, sin animación.</translation>
    </message>
    <message>
        <source>Sound at each phase</source>
        <translation>Sonido en cada fase</translation>
    </message>
    <message>
        <source>A soft chime when a hold, rest or side begins.</source>
        <translation>Un suave tono al empezar mantener, descanso o lado.</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volumen del tono</translation>
    </message>
    <message>
        <source>How loud the chime is.</source>
        <translation>Qué tan fuerte suena el tono.</translation>
    </message>
    <message>
        <source>Comfort check-in</source>
        <translation>Control de molestias</translation>
    </message>
    <message>
        <source>Rate back discomfort before and after long breaks.</source>
        <translation>Valorar las molestias de espalda antes y después de pausas largas.</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Icono de la bandeja</translation>
    </message>
    <message>
        <source>Colours to suit your panel.</source>
        <translation>Colores a juego con tu panel.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Applies the next time DeskStretch starts.</source>
        <translation>Se aplica la próxima vez que se inicie DeskStretch.</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Notifications &amp; sound</source>
        <translation>Avisos y sonido</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
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
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln break(s)</source>
        <translation>
            <numerusform>%Ln pausa</numerusform>
            <numerusform>%Ln pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, date</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pausas por día, último día</numerusform>
            <numerusform>Pausas por día, últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Back discomfort before and after long breaks, last 30 days</source>
        <translation>Molestias de espalda antes y después de pausas largas, últimos 30 días</translation>
    </message>
    <message>
        <source>DeskStretch Statistics</source>
        <translation>Estadísticas de DeskStretch</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>Save every break event to a CSV file</source>
        <translation>Guardar cada evento de pausa en un archivo CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close statistics</source>
        <translation>Cerrar estadísticas</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Aún no hay pausas</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Back comfort summary</source>
        <translation>Resumen de la espalda</translation>
    </message>
    <message numerus="yes">
        <source>break(s) taken</source>
        <translation>
            <numerusform>pausa hecha</numerusform>
            <numerusform>pausas hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Exportar historial de pausas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>day: breaks</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goal %1 a day. %2</source>
        <translation>Objetivo: %1 al día. %2</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>after</source>
        <comment>a chart legend</comment>
        <translation>después</translation>
    </message>
    <message>
        <source>before</source>
        <comment>a chart legend</comment>
        <translation>antes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausas por día</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n day(s)</source>
        <translation>
            <numerusform>Mostrar el último día</numerusform>
            <numerusform>Mostrar los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises done most</source>
        <translation>Ejercicios más hechos</translation>
    </message>
    <message>
        <source>None yet: they are counted as you stretch.</source>
        <translation>Ninguno aún: se cuentan a medida que te estiras.</translation>
    </message>
    <message>
        <source>Back comfort, last 30 days</source>
        <translation>Espalda, últimos 30 días</translation>
    </message>
    <message>
        <source>Breaks taken today: %1 of %2 due</source>
        <translation>Pausas hechas hoy: %1 de %2 previstas</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a chart label</comment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Your breaks will show up here: today at a glance, the last 7 and 30 days, your streak and the exercises you do most. Everything stays on this computer.</source>
        <translation>Aquí aparecerán tus pausas: el día de hoy de un vistazo, los últimos 7 y 30 días, tu racha y los ejercicios que más haces. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>breaks taken of due</comment>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>average of %Ln rating(s), 0 to 10</source>
        <translation>
            <numerusform>media de %Ln valoración, de 0 a 10</numerusform>
            <numerusform>media de %Ln valoraciones, de 0 a 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln evento guardado en %1.</numerusform>
            <numerusform>%Ln eventos guardados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln vez</numerusform>
            <numerusform>%Ln veces</numerusform>
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
        <translation>pausas hechas</translation>
    </message>
    <message>
        <source>stretched</source>
        <translation>estirando</translation>
    </message>
    <message>
        <source>longest seated</source>
        <translation>más tiempo sentado</translation>
    </message>
    <message>
        <source>current</source>
        <comment>streak</comment>
        <translation>actual</translation>
    </message>
    <message>
        <source>best</source>
        <comment>streak</comment>
        <translation>mejor</translation>
    </message>
    <message>
        <source>daily goal</source>
        <translation>objetivo diario</translation>
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
        <translation>No se pudo guardar %1: %2.</translation>
    </message>
    <message>
        <source>%1 before long breaks, %2 after</source>
        <translation>%1 antes de pausas largas, %2 después</translation>
    </message>
</context>
<context>
    <name>StretchWindow</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Sigue así</translation>
    </message>
    <message>
        <source>Move slowly and gently; don&apos;t bounce.</source>
        <translation>Muévete despacio y con suavidad, sin rebotes.</translation>
    </message>
    <message>
        <source>A stretch should feel like mild tension, never pain. Stop if the pain gets worse.</source>
        <translation>Un estiramiento debe sentirse como una tensión suave, nunca dolor. Para si el dolor aumenta.</translation>
    </message>
    <message>
        <source>Not sure an exercise suits you? Ask a physiotherapist or doctor first.</source>
        <translation>¿No sabes si un ejercicio es para ti? Consulta antes a un fisioterapeuta o médico.</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>rep %1 of %2</source>
        <translation>repetición %1 de %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Break done</source>
        <translation>Pausa hecha</translation>
    </message>
    <message>
        <source>Back to work</source>
        <translation>Volver al trabajo</translation>
    </message>
    <message>
        <source>Close the window (Esc)</source>
        <translation>Cerrar la ventana (Esc)</translation>
    </message>
    <message>
        <source>Before your first stretch</source>
        <translation>Antes de tu primer estiramiento</translation>
    </message>
    <message>
        <source>OK, let&apos;s start</source>
        <translation>Vale, empecemos</translation>
    </message>
    <message>
        <source>Close this note and start the countdown</source>
        <translation>Cerrar esta nota e iniciar la cuenta atrás</translation>
    </message>
    <message>
        <source>Before your first stretch — DeskStretch</source>
        <translation>Antes de tu primer estiramiento — DeskStretch</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Break done — DeskStretch</source>
        <translation>Pausa hecha — DeskStretch</translation>
    </message>
    <message>
        <source>Right side · rep %1 of %2</source>
        <translation>Lado derecho · repetición %1 de %2</translation>
    </message>
    <message>
        <source>Left side · rep %1 of %2</source>
        <translation>Lado izquierdo · repetición %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n seconds left</source>
        <translation>
            <numerusform>%1: queda %n segundo</numerusform>
            <numerusform>%1: quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Start this exercise again (←)</source>
        <translation>Repetir este ejercicio desde el principio (←)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Go to the next exercise (→)</source>
        <translation>Ir al siguiente ejercicio (→)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>End the break (Esc)</source>
        <translation>Terminar la pausa (Esc)</translation>
    </message>
    <message>
        <source>%1 · step %2 of %3</source>
        <translation>%1 · paso %2 de %3</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>El último</translation>
    </message>
    <message>
        <source>%1 · %2 — DeskStretch</source>
        <comment>exercise, phase</comment>
        <translation>%1 · %2 — DeskStretch</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Durante &amp;30 minutos</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Durante &amp;1 hora</translation>
    </message>
    <message>
        <source>For &amp;2 hours</source>
        <translation>Durante &amp;2 horas</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Hasta &amp;mañana</translation>
    </message>
    <message>
        <source>Until I &amp;resume</source>
        <translation>Hasta que &amp;reanude</translation>
    </message>
    <message>
        <source>&amp;Stretch now</source>
        <translation>&amp;Estirarse ahora</translation>
    </message>
    <message>
        <source>&amp;Choose a routine</source>
        <translation>Elegir una &amp;rutina</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>&amp;Omitir esta pausa</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>P&amp;ausar avisos</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Re&amp;anudar avisos</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>Es&amp;tadísticas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>No snoozes left</source>
        <translation>No se puede posponer más</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n left)</source>
        <comment>snoozes</comment>
        <translation>
            <numerusform>%1 (queda %n)</numerusform>
            <numerusform>%1 (quedan %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n break(s) today</source>
        <translation>
            <numerusform>%n pausa hoy</numerusform>
            <numerusform>%n pausas hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, time of day</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Posponer %1 min</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>Stretching now</source>
        <translation>Estirando ahora</translation>
    </message>
    <message>
        <source>Away from the desk: that counts as a break</source>
        <translation>Lejos del escritorio: eso cuenta como pausa</translation>
    </message>
    <message>
        <source>Time for a break — click to stretch</source>
        <translation>Hora de una pausa — haz clic para estirarte</translation>
    </message>
    <message>
        <source>%1 tomorrow</source>
        <comment>a time of day</comment>
        <translation>mañana a las %1</translation>
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
        <translation>En pausa hasta que reanudes</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Long break in less than a minute</source>
        <translation>Pausa larga en menos de un minuto</translation>
    </message>
    <message>
        <source>Long break in %1</source>
        <translation>Pausa larga en %1</translation>
    </message>
    <message>
        <source>Next break in less than a minute</source>
        <translation>Próxima pausa en menos de un minuto</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Próxima pausa en %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>breaks today, streak</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n-day streak</source>
        <translation>
            <numerusform>racha de %n día</numerusform>
            <numerusform>racha de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 done</source>
        <comment>stage, sessions</comment>
        <translation>%1, %2 de %3 hechas</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n done</source>
        <comment>stage, sessions</comment>
        <translation>
            <numerusform>%1, %n hecha</numerusform>
            <numerusform>%1, %n hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Reminders resume %1</source>
        <translation>Los avisos vuelven %1</translation>
    </message>
</context>
</TS>
