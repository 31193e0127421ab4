"""The built-in exercises and routines, written for DeskStretch from the reference material."""

from __future__ import annotations

from collections.abc import Mapping

from deskstretch.core.routines import Equipment, Exercise, Position, Routine, Step

# Shown with every exercise: the sources agree on these two above all.
SAFETY = "Move slowly; don't bounce. Stop if the pain gets worse."

# Every line below asks for one action and names the body part; holds and reps are shown by
# the stretch window, so the text never repeats them. Holds are seconds: one source's "10 to 20
# minutes" per stretch is a slip for seconds (its own paragraph asks for four to six stretches
# per body part, and every other hold in the sources is between 1 s and 1 min).
#
# Left out on purpose:
# - the "lying static leg raise": the sources never say what it is, only that it takes
#   15-20 minutes, so it cannot be written or timed honestly;
# - the log roll for getting out of bed: a way to move, not an exercise for a break;
# - the good-morning: it needs a bar across the shoulders and loads the spine bent forward,
#   which the same source advises against; not something to do at a desk or on a break.

# --- Standing and seated: fine in office clothes ------------------------------------------------

OVERHEAD_REACH = Exercise(
    "standing_overhead_reach",
    "Overhead reach",
    Position.STANDING,
    (
        "Stand tall, feet hip-width apart.",
        "Raise both arms straight above your head.",
        "Reach up high and feel your sides lengthen.",
    ),
    purpose="Opens the chest and hip fronts that tighten while you sit.",
    hold_s=10, reps=2, rest_s=4,
    source="The sources' one-minute rule: get up every half hour, stand, reach overhead.",
)

SEATED_OVERHEAD_REACH = Exercise(
    "seated_overhead_reach",
    "Seated overhead reach",
    Position.SEATED,
    (
        "Sit tall near the front of your chair, feet flat.",
        "Raise both arms straight above your head.",
        "Reach up high and feel your sides lengthen.",
    ),
    purpose="Lengthens the trunk when you cannot stand up.",
    equipment=Equipment.CHAIR,
    hold_s=10, reps=2, rest_s=4,
    source="The overhead reach done in the chair, for when standing up is not possible.",
)

SHOULDER_ROLL = Exercise(
    "shoulder_roll",
    "Shoulder rolls",
    Position.STANDING,
    (
        "Let your arms hang loose at your sides.",
        "Lift your shoulders up toward your ears.",
        "Roll them back and down in slow circles.",
    ),
    kind="move",
    purpose="Loosens the shoulders and upper back after hunching over a desk.",
    hold_s=10,
    source="Only named in the sources; written the way shoulder rolls are usually taught. "
           "Works standing or seated.",
)

WALKING_BREAK = Exercise(
    "walking_break",
    "Walk around",
    Position.STANDING,
    (
        "Walk around the room, or march on the spot.",
        "Swing your arms naturally as you go.",
        "Keep your shoulders loose and your breathing easy.",
    ),
    kind="move",
    purpose="Gets the blood moving and takes the load off your spine.",
    caution="Go at your own pace; more is not always better.",
    hold_s=20,
)

NECK_STRETCH = Exercise(
    "neck_stretch",
    "Neck side stretch",
    Position.SEATED,
    (
        "Sit tall with your shoulders relaxed.",
        "Slowly tilt your head, ear toward shoulder.",
        "Keep both shoulders low and level.",
    ),
    per_side=True,
    purpose="Eases tension along the side of the neck.",
    equipment=Equipment.CHAIR,
    hold_s=10, reps=2, rest_s=3,
    source="Only named in the sources, which also say to start a session at the neck; "
           "written as the usual side tilt.",
)

# Feet flat and a hand on the backrest, not the legs-lifted seated rotation further down:
# with both feet on the floor the chair cannot spin or roll under you.
SEATED_TWIST = Exercise(
    "seated_lower_back_rotation",
    "Seated twist",
    Position.SEATED,
    (
        "Sit tall with both feet flat on the floor.",
        "Turn your chest slowly to the side.",
        "Hold the chair back with the hand on that side.",
        "Keep your hips and knees facing forward.",
    ),
    per_side=True,
    purpose="Turns the back gently after sitting still for a long time.",
    equipment=Equipment.CHAIR,
    hold_s=10, reps=2, rest_s=3,
    source="Only named in the sources; written as the usual seated twist with the feet down.",
)

CHEST_OPENER = Exercise(
    "chest_opener",
    "Chest opener",
    Position.STANDING,
    (
        "Stand tall and clasp your hands behind your back.",
        "Draw your shoulders back and down.",
        "Straighten your arms and lift your hands a little.",
    ),
    purpose="Stretches the chest, which tightens when you hunch over a desk.",
    hold_s=15, reps=2, rest_s=3,
    source="Not in the sources by name; they say the chest tightens from hunching while "
           "sitting.",
)

# A small lean back with the hands on the lower back, kept to mild tension: the opposite of
# sitting bent forward, without lying face down as the floor version does.
BACK_EXTENSION = Exercise(
    "standing_back_extension",
    "Standing back extension",
    Position.STANDING,
    (
        "Stand tall with your feet hip-width apart.",
        "Put your hands on your lower back.",
        "Lean back gently, only as far as feels easy.",
        "Keep your knees soft and look straight ahead.",
    ),
    purpose="Bends the back the other way after hours of sitting forward.",
    caution="Lean back only a little; stop if your back pinches.",
    hold_s=10, reps=2, rest_s=3,
    source="A standing form of the back extension, so that it needs no floor.",
)

# Standing and holding the desk rather than the kneeling hip-flexor stretch: no floor, no bare
# knee, and the desk takes care of balance.
THIGH_STRETCH = Exercise(
    "standing_quad_stretch",
    "Standing thigh stretch",
    Position.STANDING,
    (
        "Hold your desk with one hand for balance.",
        "Bend one knee and hold that ankle behind you.",
        "Keep your knees close together.",
        "Tuck your hips under a little and stand tall.",
    ),
    per_side=True,
    purpose="Stretches the front of the thigh and hip, which shorten while you sit.",
    equipment=Equipment.DESK,
    hold_s=10, reps=2, rest_s=3,
    source="An office form of the hip-flexor stretch: standing, one hand on the desk.",
)

# The standing version with one heel forward: both feet stay on the floor (no foot up on a
# chair), the back stays straight (no reaching for the toes), and it works in office clothes.
HAMSTRING_STRETCH = Exercise(
    "hamstring_stretch",
    "Hamstring stretch",
    Position.STANDING,
    (
        "Step one foot forward, heel down, toes up.",
        "Bend your back knee and rest your hands on it.",
        "Lean forward from your hips, back straight.",
        "Stop when you feel the back of your thigh.",
    ),
    per_side=True,
    purpose="Stretches the backs of the thighs, which stiffen in a chair.",
    hold_s=10, reps=2, rest_s=3,
    source="Only named in the sources (hamstrings stiffen in seats); written as the usual "
           "standing heel-forward stretch.",
)

SEATED_LEG_SWING = Exercise(
    "seated_lower_trunk_rotation",
    "Seated knee swing",
    Position.SEATED,
    (
        "Sit on a steady chair and hold your arms out wide.",
        "Lift both feet a little off the floor.",
        "Swing your knees together to one side.",
    ),
    per_side=True,
    purpose="Turns the lower back and works the trunk muscles that steady it.",
    equipment=Equipment.CHAIR,
    caution="Only on a chair that cannot roll or spin.",
    hold_s=4, reps=2, rest_s=2,
    # Not in any office routine: on a swivel or rolling chair it can spin away under you.
    source="Hold of 3-5 s from the source; 4 s. Offered only with the chair warning, since "
           "the feet are off the floor and the hands hold nothing.",
)

# --- On the floor: for home, not for the office -------------------------------------------------
#
# Everything below lies, kneels or goes on all fours, so it needs floor space and clothes to
# move in. The sources advise a clean flat surface, and waiting 5-10 minutes after getting up.

KNEE_TO_CHEST = Exercise(
    "knee_to_chest",
    "Knee to chest",
    Position.FLOOR,
    (
        "Lie on your back with both legs straight.",
        "Bend one knee and bring it toward your chest.",
        "Hold the shin with both hands and pull gently.",
    ),
    per_side=True,
    purpose="Stretches the lower back and buttocks, and settles the pelvis.",
    equipment=Equipment.MAT,
    caution="Pull gently, never hard.",
    hold_s=20, reps=2, rest_s=5,
    # Two versions sit side by side in one source: legs straight with a 20 s hold three
    # times a leg, and knees bent with a 5 s hold. The first is a real stretch and its
    # numbers fit the sources' 2-5 repeats; routines use two or three of them.
    source="Legs-straight version, 20 s hold (the other version's 5 s is too short to "
           "lengthen the muscle).",
)

LYING_KNEE_TWIST = Exercise(
    "lying_knee_twist",
    "Knee cross-over",
    Position.FLOOR,
    (
        "Lie on your back, legs long, arms out wide.",
        "Bend one knee and cross it over your body.",
        "Let it sink toward the floor on the other side.",
        "Keep both shoulders flat on the floor.",
    ),
    per_side=True,
    purpose="Stretches the muscles along the spine and the buttocks.",
    equipment=Equipment.MAT,
    caution="Go only as far as a gentle stretch.",
    hold_s=20, reps=3, rest_s=5,
    source="20 s, three times each side, as the source gives it.",
)

LOWER_TRUNK_ROTATION = Exercise(
    "lower_trunk_rotation",
    "Knee rolls",
    Position.FLOOR,
    (
        "Lie on your back, knees bent, feet flat.",
        "Keep your knees together and shoulders down.",
        "Roll both knees slowly to one side.",
    ),
    per_side=True,
    purpose="Loosens the lower back and hips, and turns the spine gently.",
    equipment=Equipment.MAT,
    caution="Keep your shoulders and upper body still.",
    hold_s=5, reps=3, rest_s=3,
    # One source holds 5-10 s, another 3-5 s: 5 s fits both.
    source="5 s hold: the only value inside both sources' ranges (5-10 s and 3-5 s).",
)

PARTIAL_CURL = Exercise(
    "partial_curl",
    "Partial curl",
    Position.FLOOR,
    (
        "Lie on your back, knees bent, feet flat.",
        "Cross your arms over your chest.",
        "Lift your head and shoulders off the floor.",
        "Lower them slowly back down.",
    ),
    purpose="Strengthens the stomach muscles that help hold the spine steady.",
    equipment=Equipment.MAT,
    caution="Keep your lower back on the floor.",
    hold_s=2, reps=8, rest_s=2,
    # The source holds the top for 1 s and gives no reps, nor where the legs go.
    source="Knees bent, the usual form (the source does not say). About 1 s at the top; the "
           "2 s phase includes the slow lift. Eight reps, as no number is given.",
)

GLUTE_BRIDGE = Exercise(
    "glute_bridge",
    "Bridge",
    Position.FLOOR,
    (
        "Lie on your back, knees bent, feet flat.",
        "Squeeze your buttocks and lift your hips.",
        "Make a straight line from shoulders to knees.",
    ),
    purpose="Strengthens the buttocks, which help support the lower back.",
    equipment=Equipment.MAT,
    hold_s=15, reps=3, rest_s=10,
    # The source's lifting step is missing and its hold is "as long as you can".
    source="The lift step follows the usual bridge (it is missing in the source). The open "
           "hold becomes about three deep breaths, 15 s.",
)

LUMBAR_FLEXION_ROTATION = Exercise(
    "lumbar_flexion_rotation_stretch",
    "Side-lying back turn",
    Position.FLOOR,
    (
        "Lie on your side, bottom leg straight.",
        "Hook your top foot behind your bottom knee.",
        "Put your top hand on your top shoulder blade.",
        "Turn your top shoulder back toward the floor.",
    ),
    per_side=True,
    purpose="Bends and turns the lower back gently to keep it moving.",
    equipment=Equipment.MAT,
    caution="Notice how your back feels; stop if it gets worse.",
    hold_s=2, reps=10, rest_s=2,
    # The source does one side, "usually" the painful one down; both sides here, so the
    # user does not have to know which side that is.
    source="1-2 s, ten times, from the source; offered on both sides.",
)

PRONE_BACK_EXTENSION = Exercise(
    "prone_back_extension",
    "Back extension",
    Position.FLOOR,
    (
        "Lie on your stomach, arms by your sides.",
        "Lift your chest a little off the floor.",
        "Keep your hips and legs on the floor.",
        "Lower your chest slowly.",
    ),
    purpose="Strengthens the muscles along the lower back.",
    equipment=Equipment.MAT,
    caution="Lift only a little; stop if your back pinches.",
    hold_s=5, reps=5, rest_s=5,
    source="The floor version, no machine. No dose in the sources: a short hold, five times. "
           "The lowering step is added.",
)

FOREARM_PLANK = Exercise(
    "kneeling_forearm_plank",
    "Kneeling plank",
    Position.FLOOR,
    (
        "Lie face down, elbows under your shoulders.",
        "Rest on your forearms and knees, feet up.",
        "Lift your hips into a line from head to knees.",
    ),
    purpose="Strengthens the stomach and back muscles that brace the spine.",
    equipment=Equipment.MAT,
    caution="Keep your hips from sagging.",
    hold_s=30, reps=2, rest_s=30,
    # The source asks for a 30-60 s hold ten times over, 5-10 minutes of planking: far more
    # than any other dose there, probably a line from a rep-based exercise.
    source="30 s, the source's shortest hold, twice; its \"repeat ten times\" is left out.",
)

HIP_EXTENSION = Exercise(
    "quadruped_hip_extension",
    "All-fours leg lift",
    Position.FLOOR,
    (
        "Kneel on all fours, hands under your shoulders.",
        "Keep one knee bent at a right angle.",
        "Lift that leg back until the thigh is level.",
        "Lower the knee without touching the floor.",
    ),
    per_side=True,
    purpose="Strengthens the buttocks and the backs of the hips.",
    equipment=Equipment.MAT,
    hold_s=2, reps=10, rest_s=2,
    source="Ten lifts each side, from the source; a short hold at the top.",
)

HIP_FLEXOR_STRETCH = Exercise(
    "kneeling_hip_flexor_stretch",
    "Kneeling hip stretch",
    Position.FLOOR,
    (
        "Kneel on one knee, the other foot flat in front.",
        "Keep your chest up and look straight ahead.",
        "Shift your hips slowly forward.",
        "Feel the stretch at the front of the back hip.",
    ),
    per_side=True,
    purpose="Stretches the hip flexors, which pull on the lower back when tight.",
    equipment=Equipment.MAT,
    caution="Pad the knee. Back pain? Ask a therapist first.",
    hold_s=20, reps=2, rest_s=5,
    # The source says to feel it in the groin and, a line later, in the back; the hip front
    # is meant, and back pain is a reason to stop.
    source="No hold in the source; 20 s. The stretch is felt at the front of the hip, not in "
           "the back.",
)

PELVIC_TILT = Exercise(
    "pelvic_tilt",
    "Pelvic tilt",
    Position.FLOOR,
    (
        "Lie on your back, knees bent, feet flat.",
        "Tighten your stomach muscles.",
        "Press the small of your back into the floor.",
        "Let your back relax again.",
    ),
    purpose="Loosens the lower back and teaches the stomach to steady it.",
    equipment=Equipment.MAT,
    hold_s=5, reps=5, rest_s=3,
    source="Only named in the sources; written as the usual lying pelvic tilt.",
)

CAT_STRETCH = Exercise(
    "cat_stretch",
    "Cat stretch",
    Position.FLOOR,
    (
        "Kneel on all fours, hands under your shoulders.",
        "Round your back up toward the ceiling.",
        "Let your head drop between your arms.",
        "Let your back sag gently as you rest.",
    ),
    purpose="Loosens the whole back by rounding and arching it in turn.",
    equipment=Equipment.MAT,
    hold_s=5, reps=4, rest_s=3,
    # One source says it makes the back "stronger": a stretch does not strengthen.
    source="Only named in the sources; written as the usual cat and cow. A stretch, not a "
           "strengthening exercise.",
)

SUPERMAN = Exercise(
    "superman",
    "Superman",
    Position.FLOOR,
    (
        "Lie on your stomach, arms stretched ahead.",
        "Lift your arms, chest and legs a little.",
        "Keep your neck long, eyes on the floor.",
    ),
    purpose="Strengthens the muscles along both sides of the spine.",
    equipment=Equipment.MAT,
    caution="Lift only a little; stop if your back pinches.",
    hold_s=5, reps=4, rest_s=5,
    source="Only named in the sources; written as the usual lying superman.",
)

SIDE_LEG_LIFT = Exercise(
    "lying_lateral_leg_lift",
    "Side-lying leg lift",
    Position.FLOOR,
    (
        "Lie on your side, legs straight, one on the other.",
        "Rest your head on your lower arm.",
        "Lift your top leg slowly, toes facing forward.",
        "Lower it without letting it drop.",
    ),
    per_side=True,
    purpose="Strengthens the outer hip, which keeps the pelvis level.",
    equipment=Equipment.MAT,
    hold_s=2, reps=10, rest_s=2,
    source="Only named in the sources; written as the usual side-lying leg lift.",
)

EXERCISES: dict[str, Exercise] = {
    e.id: e
    for e in (
        OVERHEAD_REACH, SEATED_OVERHEAD_REACH, SHOULDER_ROLL, WALKING_BREAK, NECK_STRETCH,
        SEATED_TWIST, CHEST_OPENER, BACK_EXTENSION, THIGH_STRETCH, HAMSTRING_STRETCH,
        SEATED_LEG_SWING,
        KNEE_TO_CHEST, LYING_KNEE_TWIST, LOWER_TRUNK_ROTATION, PARTIAL_CURL, GLUTE_BRIDGE,
        LUMBAR_FLEXION_ROTATION, PRONE_BACK_EXTENSION, FOREARM_PLANK, HIP_EXTENSION,
        HIP_FLEXOR_STRETCH, PELVIC_TILT, CAT_STRETCH, SUPERMAN, SIDE_LEG_LIFT,
    )
}

# --- Routines -----------------------------------------------------------------------------------

# The sources' rule: get up every 30 minutes for about a minute, stand, reach overhead,
# loosen up. Holds and reps are chosen to fill 60 seconds.
STAND_UP = Routine(
    "stand-up",
    "Stand-up break",
    "60-second stand-up break",
    (
        Step(OVERHEAD_REACH, hold_s=10, reps=2, rest_s=4, ready_s=5,
             ready_hint="Stand up and step away from your chair."),
        Step(SHOULDER_ROLL, hold_s=10),
        Step(WALKING_BREAK, hold_s=15),
    ),
)

# For when standing up is not possible: the same idea without leaving the chair. The neck
# stretch is done on both sides, so the reach is one longer hold instead of two, which keeps
# the whole break at 60 seconds (59) like the stand-up break.
SEATED = Routine(
    "seated",
    "Seated break",
    "60-second seated break",
    (
        Step(SEATED_OVERHEAD_REACH, hold_s=15, reps=1, ready_s=5,
             ready_hint="Sit tall near the front of your chair."),
        Step(SHOULDER_ROLL, hold_s=10),
        Step(NECK_STRETCH, hold_s=10, ready_s=3),
    ),
)

# Every fourth break: about five minutes, standing or seated only, nothing on the floor. The
# sources' rules: start at the neck and work down the body, repeat a stretch 2-5 times, hold
# for seconds, one side at a time. It starts in the chair, stands up once, and ends with a
# short walk.
LONG_BREAK = Routine(
    "long-break",
    "Long stretch break",
    "5-minute stretch break",
    (
        Step(NECK_STRETCH, hold_s=10, reps=2, rest_s=3, ready_s=5,
             ready_hint="Stay in your chair for now."),
        Step(SHOULDER_ROLL, hold_s=15),
        Step(SEATED_TWIST, hold_s=10, reps=2, rest_s=3),
        Step(CHEST_OPENER, hold_s=15, reps=2, rest_s=3, ready_s=5,
             ready_hint="Stand up and push your chair back."),
        Step(BACK_EXTENSION, hold_s=10, reps=2, rest_s=3),
        Step(THIGH_STRETCH, hold_s=10, reps=2, rest_s=3),
        Step(HAMSTRING_STRETCH, hold_s=10, reps=2, rest_s=3),
        Step(WALKING_BREAK, hold_s=20),
    ),
)

# At home, on a mat: three mobility stretches and one strengthening move, as one source
# advises combining three or four. Lying exercises first, then kneeling, so the user gets
# down once and up once.
LOWER_BACK = Routine(
    "lower-back",
    "Lower-back routine",
    "5-minute lower-back routine",
    (
        Step(KNEE_TO_CHEST, hold_s=20, reps=2, rest_s=5, ready_s=8,
             ready_hint="Lie on your back on a mat or rug."),
        Step(LOWER_TRUNK_ROTATION, hold_s=10, reps=3, rest_s=3),
        Step(GLUTE_BRIDGE, hold_s=15, reps=3, rest_s=10),
        Step(HIP_FLEXOR_STRETCH, hold_s=20, reps=1, ready_s=6),
    ),
)

# The back program: first align (gentle mobility), then stabilize (strength with a steady
# spine), then maintain (both, plus walking). The sources give only the order; which exercise
# belongs where follows the purpose each is given (core/program.py moves the user along).
ALIGN = Routine(
    "align",
    "Back program: Align",
    "5-minute mobility routine",
    (
        Step(KNEE_TO_CHEST, hold_s=20, reps=2, rest_s=5, ready_s=8,
             ready_hint="Lie on your back on a mat or rug."),
        Step(PELVIC_TILT, hold_s=5, reps=5, rest_s=3),
        Step(LOWER_TRUNK_ROTATION, hold_s=5, reps=3, rest_s=3),
        Step(LUMBAR_FLEXION_ROTATION, hold_s=2, reps=8, rest_s=2, ready_s=5),
        Step(HIP_FLEXOR_STRETCH, hold_s=20, reps=1, ready_s=6),
    ),
)

STABILIZE = Routine(
    "stabilize",
    "Back program: Stabilize",
    "5-minute strengthening routine",
    (
        Step(GLUTE_BRIDGE, hold_s=15, reps=3, rest_s=10, ready_s=8,
             ready_hint="Lie on your back on a mat or rug."),
        Step(PARTIAL_CURL, hold_s=2, reps=8, rest_s=2),
        Step(SUPERMAN, hold_s=5, reps=4, rest_s=5, ready_s=5,
             ready_hint="Turn over onto your stomach."),
        Step(HIP_EXTENSION, hold_s=2, reps=8, rest_s=2, ready_s=5),
        Step(FOREARM_PLANK, hold_s=30, reps=2, rest_s=30, ready_s=5),
    ),
)

MAINTAIN = Routine(
    "maintain",
    "Back program: Maintain",
    "5-minute back routine",
    (
        Step(KNEE_TO_CHEST, hold_s=20, reps=1, ready_s=8,
             ready_hint="Lie on your back on a mat or rug."),
        Step(LOWER_TRUNK_ROTATION, hold_s=5, reps=3, rest_s=3),
        Step(GLUTE_BRIDGE, hold_s=15, reps=3, rest_s=10),
        Step(CAT_STRETCH, hold_s=5, reps=4, rest_s=3, ready_s=5),
        Step(FOREARM_PLANK, hold_s=30, reps=1, ready_s=5),
        Step(HIP_FLEXOR_STRETCH, hold_s=20, reps=1),
        # Walking is the sources' low-impact exercise for keeping the back well.
        Step(WALKING_BREAK, hold_s=30, ready_s=5, ready_hint="Stand up and walk around."),
    ),
)

ROUTINES: dict[str, Routine] = {
    r.id: r for r in (STAND_UP, SEATED, LONG_BREAK, LOWER_BACK, ALIGN, STABILIZE, MAINTAIN)
}

# What a reminder falls back to in office mode when the chosen routine needs the floor.
OFFICE_FALLBACK = {"short": STAND_UP.id, "long": LONG_BREAK.id}


def for_reminder(routines: Mapping[str, Routine], chosen: str, long: bool,
                 office_mode: bool) -> Routine:
    """The routine a reminder opens: the chosen one, unless office mode is on and it needs the
    floor (or it is gone), in which case the office routine for that kind of break."""
    routine = routines.get(chosen)
    if routine is None or (office_mode and routine.uses_floor):
        return ROUTINES[OFFICE_FALLBACK["long" if long else "short"]]
    return routine
