"""The built-in exercises and routines, written for DeskStretch from the reference material."""

from __future__ import annotations

from deskstretch.core.routines import Exercise, Position, Routine, Step

# Shown with every exercise: the sources agree on these two above all.
SAFETY = "Move slowly; don't bounce. Stop if the pain gets worse."

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
)

# --- For the long break: office-safe stretches, standing or seated, no floor and no equipment ---
#
# The reference material only names most of these (catalogue rows 24 and 27) or not at all; the
# steps follow the usual way each stretch is taught. Every line names the body part and asks for
# one action; holds and reps come from the routine.

# Feet flat and a hand on the backrest, not the legs-lifted seated rotation (catalogue row 12):
# with both feet on the floor the chair cannot spin or roll under you (D17).
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
)

# A small lean back with the hands on the lower back, kept to mild tension (S3, S4): the
# opposite of sitting bent forward, without the floor version's lying face down.
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
)

# Standing and holding the desk rather than the kneeling hip-flexor stretch (catalogue row 11):
# no floor, no bare knee, and the desk takes care of balance.
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
)

# The standing version with one heel forward: both feet stay on the floor (no foot up on a
# chair), the back stays straight (no reaching for the toes), it works in office clothes, and the
# routine is already standing at this point. The seated version (sitting on the chair's edge
# with one leg straight) suits someone who cannot stand.
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
)

EXERCISES = {
    e.id: e
    for e in (OVERHEAD_REACH, SEATED_OVERHEAD_REACH, SHOULDER_ROLL, WALKING_BREAK, NECK_STRETCH,
              SEATED_TWIST, CHEST_OPENER, BACK_EXTENSION, THIGH_STRETCH, HAMSTRING_STRETCH)
}

# The sources' rule: get up every 30 minutes for about a minute, stand, reach overhead,
# loosen up. Holds and reps are chosen to fill 60 seconds.
STAND_UP = Routine(
    "stand-up",
    "Stand-up break",
    "a 60-second stand-up break",
    (
        Step(OVERHEAD_REACH, hold_s=10, reps=2, rest_s=4, ready_s=5,
             ready_hint="Stand up and step away from your chair."),
        Step(SHOULDER_ROLL, hold_s=10),
        Step(WALKING_BREAK, hold_s=15),
    ),
)

# For when standing up is not possible: the same idea without leaving the chair.
SEATED = Routine(
    "seated",
    "Seated break",
    "a 60-second seated break",
    (
        Step(SEATED_OVERHEAD_REACH, hold_s=10, reps=2, rest_s=4, ready_s=5,
             ready_hint="Sit tall near the front of your chair."),
        Step(SHOULDER_ROLL, hold_s=10),
        Step(NECK_STRETCH, hold_s=10, ready_s=3),
    ),
)

# Every fourth break: about five minutes, standing or seated only, nothing on the floor. The
# sources' rules: start at the neck and work down the body (T13), repeat a stretch 2-5 times (T4),
# hold for seconds, not minutes (D1), one side at a time (S15). It starts in the chair, stands up
# once, and ends with a short walk.
LONG_BREAK = Routine(
    "long-break",
    "Long stretch break",
    "a 5-minute stretch break",
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

ROUTINES = {r.id: r for r in (STAND_UP, SEATED, LONG_BREAK)}
