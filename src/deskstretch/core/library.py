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

EXERCISES = {
    e.id: e
    for e in (OVERHEAD_REACH, SEATED_OVERHEAD_REACH, SHOULDER_ROLL, WALKING_BREAK, NECK_STRETCH)
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

ROUTINES = {r.id: r for r in (STAND_UP, SEATED)}
