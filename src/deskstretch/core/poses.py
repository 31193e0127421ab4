"""A small 2D pose model of one figure and the line-art SVG drawn from it for each exercise."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

# --- Canvas and style ---------------------------------------------------------------------------

SIZE = 200  # the view box is SIZE x SIZE
CENTRE_X = SIZE / 2
GROUND_Y = 186.0  # the centre line of the floor stroke

INK = "#1F2A30"  # figure and props; the app swaps it for the dark scheme's text colour
ACCENT = "#2A7F8F"  # what moves or stretches, and arrows

STROKE = 7.0  # every stroke of the figure
PROP_STROKE = 4.0  # floor and chair
GAP = 1.0  # air between a foot (or a seat) and the stroke it rests on
HEAD_R = 10.0

# Where the centre line of a resting foot lies: its stroke just clears the floor's stroke.
FOOT_Y = GROUND_Y - PROP_STROKE / 2 - GAP - STROKE / 2

# --- Skeleton -------------------------------------------------------------------------------------
#
# Every joint but the pelvis hangs off a parent joint by a bone of fixed length. A pose gives each
# bone a direction in degrees: 0 points up the page and angles grow clockwise, so 90 points right,
# 180 down and 270 left. "Right" and "left" in joint names are the figure's own sides; in the front
# view the figure faces the viewer, so its right side is on the viewer's left.
#
# A bone may also point out of the picture (towards or away from the viewer) by a foreshortening
# angle; it is then drawn cos(angle) times its length. Its true length never changes.

SIDES = ("r", "l")

_LIMBS = (
    # joint, parent, bone length in the front view, in the side view
    ("shoulder", "neck", 15.0, 3.0),
    ("elbow", "shoulder", 27.0, 27.0),
    ("wrist", "elbow", 23.0, 23.0),
    ("hand", "wrist", 8.0, 8.0),
    ("hip", "pelvis", 6.0, 0.0),
    ("knee", "hip", 33.0, 33.0),
    ("ankle", "knee", 31.0, 31.0),
    ("toe", "ankle", 7.0, 11.0),
)


def _skeleton(view: str) -> dict[str, tuple[str, float]]:
    column = 2 if view == "front" else 3
    bones: dict[str, tuple[str, float]] = {
        "neck": ("pelvis", 40.0),  # the torso: pelvis to the base of the neck
        "head": ("neck", 12.0 + HEAD_R),  # the neck and on to the centre of the head
    }
    for side in SIDES:
        for limb in _LIMBS:
            parent = limb[1] if limb[1] in ("neck", "pelvis") else f"{side}_{limb[1]}"
            bones[f"{side}_{limb[0]}"] = (parent, limb[column])
    return bones


# Joint -> (parent joint, bone length), parents listed before their children.
SKELETONS: dict[str, dict[str, tuple[str, float]]] = {
    "front": _skeleton("front"),
    "side": _skeleton("side"),
}
JOINTS = ("pelvis",) + tuple(SKELETONS["front"])


@dataclass(frozen=True)
class Pose:
    """One posture: where the pelvis is, and which way every bone points.

    `x` is the pelvis's offset from the vertical centre line of the picture and `y` its height
    (down the page). `angles` has a direction for every bone (keyed by the joint it ends at);
    `foreshortening` is optional and defaults to 0 (the bone lies in the picture plane). In the
    side view `facing` is 1 when the figure looks to the right and -1 when it looks to the left.
    """

    view: str
    x: float
    y: float
    angles: dict[str, float]
    foreshortening: dict[str, float] = field(default_factory=dict)
    facing: int = 0

    def __post_init__(self) -> None:
        # The pose keeps its own copies; a bone lying in the picture plane needs no entry, so two
        # poses that look the same compare equal.
        object.__setattr__(self, "angles", dict(self.angles))
        object.__setattr__(self, "foreshortening",
                           {j: d for j, d in self.foreshortening.items() if d != 0.0})
        if self.view not in SKELETONS:
            raise ValueError(f"unknown view {self.view!r}")
        missing = set(SKELETONS[self.view]) - set(self.angles)
        if missing:
            raise ValueError(f"pose has no angle for {sorted(missing)}")


def joints(pose: Pose) -> dict[str, tuple[float, float]]:
    """Where every joint of the pose lies in the picture, in view-box units."""
    points = {"pelvis": (CENTRE_X + pose.x, pose.y)}
    for joint, (parent, length) in SKELETONS[pose.view].items():
        angle = math.radians(pose.angles[joint])
        drawn = length * math.cos(math.radians(pose.foreshortening.get(joint, 0.0)))
        px, py = points[parent]
        points[joint] = (px + drawn * math.sin(angle), py - drawn * math.cos(angle))
    return points


def bone_length(pose: Pose, joint: str) -> float:
    """How long the bone ending at `joint` should be drawn in this pose."""
    length = SKELETONS[pose.view][joint][1]
    return length * math.cos(math.radians(pose.foreshortening.get(joint, 0.0)))


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t (0..1) of the way from a to b, turning every joint.

    Angles are blended as plain numbers, so a pose pair chooses which way round a limb travels
    (an arm going from 180 to 360 swings out to the side; from 180 to 0 it swings across).
    """
    if a.view != b.view or a.facing != b.facing:
        raise ValueError("can only interpolate between poses of the same view and facing")
    t = min(1.0, max(0.0, t))

    def mix(p: float, q: float) -> float:
        return (1 - t) * p + t * q

    bent = set(a.foreshortening) | set(b.foreshortening)
    return Pose(
        a.view,
        mix(a.x, b.x),
        mix(a.y, b.y),
        {j: mix(a.angles[j], b.angles[j]) for j in a.angles},
        {j: mix(a.foreshortening.get(j, 0.0), b.foreshortening.get(j, 0.0)) for j in sorted(bent)},
        a.facing,
    )


def _other_side(name: str) -> str:
    if name[:2] == "r_":
        return "l_" + name[2:]
    if name[:2] == "l_":
        return "r_" + name[2:]
    return name


def mirror(pose: Pose) -> Pose:
    """The same pose done on the other side: reflected about the centre line, sides swapped."""
    return Pose(
        pose.view,
        -pose.x,
        pose.y,
        {_other_side(j): -a for j, a in pose.angles.items()},
        {_other_side(j): d for j, d in pose.foreshortening.items()},
        -pose.facing,
    )


# --- Building poses -------------------------------------------------------------------------------

_FRONT_BASE = {
    "neck": 0.0, "head": 0.0,
    "r_shoulder": 270.0, "l_shoulder": 90.0,
    # arms hang a little away from the body
    "r_elbow": 186.0, "r_wrist": 182.0, "r_hand": 180.0,
    "l_elbow": 174.0, "l_wrist": 178.0, "l_hand": 180.0,
    # feet under the hips, toes turned out
    "r_hip": 270.0, "r_knee": 182.0, "r_ankle": 180.0, "r_toe": 250.0,
    "l_hip": 90.0, "l_knee": 178.0, "l_ankle": 180.0, "l_toe": 110.0,
}

_SIDE_BASE = {  # facing right
    "neck": 0.0, "head": 0.0,
    "r_shoulder": 180.0, "l_shoulder": 180.0,
    "r_elbow": 180.0, "r_wrist": 176.0, "r_hand": 176.0,
    "l_elbow": 180.0, "l_wrist": 176.0, "l_hand": 176.0,
    "r_hip": 180.0, "l_hip": 180.0,
    "r_knee": 180.0, "r_ankle": 180.0, "r_toe": 95.0,
    "l_knee": 180.0, "l_ankle": 180.0, "l_toe": 95.0,
}


def _pose(view: str, x: float = 0.0, foreshortening: dict[str, float] | None = None,
          **angles: float) -> Pose:
    """A pose from the view's neutral standing pose with some bones turned, feet on the floor."""
    base = dict(_FRONT_BASE if view == "front" else _SIDE_BASE)
    unknown = set(angles) - set(base)
    if unknown:
        raise ValueError(f"no such joint: {sorted(unknown)}")
    base.update(angles)
    pose = Pose(view, x, 0.0, base, dict(foreshortening or {}), 0 if view == "front" else 1)
    return on_the_floor(pose)


def on_the_floor(pose: Pose) -> Pose:
    """The pose moved up or down so that its lowest foot rests on the floor."""
    points = joints(pose)
    lowest = max(points[f"{s}_{j}"][1] for s in SIDES for j in ("ankle", "toe"))
    return replace(pose, y=pose.y + FOOT_Y - lowest)


# --- Props ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """A polyline prop (floor, chair), drawn in the ink colour and thinner than the figure."""

    points: tuple[tuple[float, float], ...]
    colour: str = INK
    width: float = PROP_STROKE


@dataclass(frozen=True)
class Arrow:
    """A movement arrow in the accent colour: an arc about a centre, or a straight line.

    For an arc, `start` and `end` are angles in the skeleton's convention (0 up, clockwise) and the
    head sits at `end`. For a straight arrow, `radius` is 0 and start/end are unused; `points`
    gives tail and tip.
    """

    centre: tuple[float, float] = (0.0, 0.0)
    radius: float = 0.0
    start: float = 0.0
    end: float = 0.0
    points: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Scene:
    """What is drawn around the figure of one exercise, and which body parts are accented.

    Body parts: head, neck, spine, shoulders and hips (the bars across the torso in the front
    view), r_arm, l_arm, r_leg, l_leg, and the groups arms and legs.
    """

    props: tuple[Line, ...]
    highlight: frozenset[str]
    arrows: tuple[Arrow, ...] = ()


def floor(x0: float, x1: float) -> Line:
    return Line(((x0, GROUND_Y), (x1, GROUND_Y)))


def front_chair(seat_y: float, half: float, gaps: tuple[tuple[float, float], ...],
                back_top: float) -> tuple[Line, ...]:
    """A plain chair seen from the front: the seat's edge, two legs and the backrest's sides.

    `gaps` are the stretches of the seat's edge hidden behind the sitter's legs.
    """
    low = GROUND_Y - PROP_STROKE / 2 - GAP
    x0, x1 = CENTRE_X - half, CENTRE_X + half
    lines = [  # the top rail of the backrest disappears behind the sitter
        Line(((x0 + 9, back_top), (x0, back_top), (x0, low))),
        Line(((x1 - 9, back_top), (x1, back_top), (x1, low))),
    ]
    edges = [x0]
    for a, b in gaps:
        edges += [a, b]
    edges.append(x1)
    for a, b in zip(edges[::2], edges[1::2]):
        if b > a:
            lines.append(Line(((a, seat_y), (b, seat_y))))
    return tuple(lines)


# --- The exercises --------------------------------------------------------------------------------


def _standing_overhead_reach() -> tuple[tuple[Pose, Pose], Scene]:
    start = _pose("front")
    end = _pose(
        "front",
        r_shoulder=276.0, l_shoulder=84.0,
        r_elbow=352.0, r_wrist=356.0, r_hand=358.0,
        l_elbow=8.0, l_wrist=4.0, l_hand=2.0,
    )
    scene = Scene((floor(CENTRE_X - 40, CENTRE_X + 40),), frozenset({"arms", "shoulders"}))
    return (start, end), scene


# Sitting, seen from the front: the thighs come towards the viewer with the knees apart, the shins
# go straight down and the hands rest on the thighs just behind the knees.
_SITTING_FRONT = dict(
    r_knee=258.0, l_knee=102.0, r_ankle=180.0, l_ankle=180.0,
    r_elbow=184.0, r_wrist=194.0, r_hand=200.0,
    l_elbow=176.0, l_wrist=166.0, l_hand=160.0,
)
_SITTING_FORESHORTENING = {"r_knee": 58.0, "l_knee": 58.0, "r_wrist": 55.0, "l_wrist": 55.0,
                           "r_hand": 70.0, "l_hand": 70.0}


def _sitting_front(**angles: float) -> Pose:
    # a limb that leaves the thigh lies in the picture plane again
    forward = {j: d for j, d in _SITTING_FORESHORTENING.items() if j not in angles}
    return _pose("front", foreshortening=forward, **{**_SITTING_FRONT, **angles})


def _chair_under(pose: Pose) -> tuple[Line, ...]:
    """A chair seen from the front, its seat just under the sitter's knees."""
    points = joints(pose)
    seat_y = max(points["r_knee"][1], points["l_knee"][1]) + STROKE / 2 + GAP + PROP_STROKE / 2
    hide = STROKE / 2 + GAP + PROP_STROKE / 2
    # the shins hide the seat's edge where they pass in front of it
    gaps = tuple(sorted((points[f"{s}_knee"][0] - hide, points[f"{s}_knee"][0] + hide)
                        for s in SIDES))
    return front_chair(seat_y, 36.0, gaps, points["neck"][1] + 14)


def _seated_overhead_reach() -> tuple[tuple[Pose, Pose], Scene]:
    start = _sitting_front()
    end = _sitting_front(
        r_shoulder=276.0, l_shoulder=84.0,
        r_elbow=352.0, r_wrist=356.0, r_hand=358.0,
        l_elbow=8.0, l_wrist=4.0, l_hand=2.0,
    )
    scene = Scene(_chair_under(end) + (floor(CENTRE_X - 50, CENTRE_X + 50),),
                  frozenset({"arms", "shoulders"}))
    return (start, end), scene


def _shoulder_roll() -> tuple[tuple[Pose, Pose], Scene]:
    start = _pose("front")
    end = _pose(
        "front",
        r_shoulder=296.0, l_shoulder=64.0,
        r_elbow=184.0, l_elbow=176.0,
    )
    points = joints(end)
    arrows = []
    for side, sign in (("r", -1), ("l", 1)):
        sx, sy = points[f"{side}_shoulder"]
        centre = (sx + sign * 15, sy - 10)
        # a circle beside each shoulder: up by the neck, over the top and down the outside
        arrows.append(Arrow(centre, 8.0, sign * 200.0, sign * 440.0))
    scene = Scene((floor(CENTRE_X - 40, CENTRE_X + 40),), frozenset({"shoulders"}),
                  tuple(arrows))
    return (start, end), scene


def _walking_break() -> tuple[tuple[Pose, Pose], Scene]:
    start = _pose("side", x=-6.0)
    end = _pose(
        "side", x=-6.0,
        neck=4.0, head=6.0,
        # the near (right) leg steps forward onto its heel, the far (left) leg pushes off its toes
        r_knee=156.0, r_ankle=172.0, r_toe=72.0,
        l_knee=204.0, l_ankle=224.0, l_toe=130.0,
        # the opposite arm swings forward, the other back
        l_elbow=154.0, l_wrist=122.0, l_hand=118.0,
        r_elbow=206.0, r_wrist=192.0, r_hand=190.0,
    )
    px, _ = joints(end)["pelvis"]
    arrow = Arrow(points=((px + 50, 58.0), (px + 72, 58.0)))
    scene = Scene((floor(CENTRE_X - 56, CENTRE_X + 56),), frozenset({"legs"}), (arrow,))
    return (start, end), scene


def _neck_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    start = _sitting_front()
    # the right ear goes towards the right shoulder (on the viewer's left); shoulders stay level
    end = replace(start, angles={**start.angles, "head": -30.0})
    nx, ny = joints(end)["neck"]
    arrow = Arrow((nx, ny), 40.0, 12.0, -26.0)
    scene = Scene(_chair_under(end) + (floor(CENTRE_X - 50, CENTRE_X + 50),),
                  frozenset({"neck"}), (arrow,))
    return (start, end), scene


# --- The long break: seated and standing stretches ------------------------------------------------


def _direction(a: tuple[float, float], b: tuple[float, float], near: float) -> float:
    """The bone direction from point a to point b, as the turn closest to `near` degrees."""
    angle = math.degrees(math.atan2(b[0] - a[0], a[1] - b[1]))
    return angle + 360.0 * round((near - angle) / 360.0)


def _reach(pose: Pose, side: str, target: tuple[float, float], bend: int,
           hand: float | None = None) -> Pose:
    """The pose with one arm bent so that its wrist lands on `target`.

    `bend` is 1 to put the elbow clockwise of the straight line from shoulder to wrist, -1 for
    the other way; `hand` turns the hand too. Foreshortened bones reach with their drawn length.
    """
    points = joints(pose)
    shoulder = points[f"{side}_shoulder"]
    upper = bone_length(pose, f"{side}_elbow")
    lower = bone_length(pose, f"{side}_wrist")
    dx, dy = target[0] - shoulder[0], target[1] - shoulder[1]
    reach = min(math.hypot(dx, dy), upper + lower - 1e-6)
    # the angle at the shoulder between the line to the wrist and the upper arm (law of cosines)
    cos_a = (upper ** 2 + reach ** 2 - lower ** 2) / (2 * upper * reach)
    turn = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    line = _direction(shoulder, target, pose.angles[f"{side}_elbow"])
    elbow_angle = line + bend * turn
    a = math.radians(elbow_angle)
    elbow = (shoulder[0] + upper * math.sin(a), shoulder[1] - upper * math.cos(a))
    angles = {**pose.angles, f"{side}_elbow": elbow_angle,
              f"{side}_wrist": _direction(elbow, target, pose.angles[f"{side}_wrist"])}
    if hand is not None:
        angles[f"{side}_hand"] = hand
    return replace(pose, angles=angles)


def side_desk(edge_x: float, top_y: float) -> tuple[Line, ...]:
    """A desk seen from the side, its near edge at edge_x: the top and a leg at each end."""
    low = GROUND_Y - PROP_STROKE / 2 - GAP
    far = min(edge_x + 64, SIZE - 6)
    return (Line(((edge_x, top_y), (far, top_y))),
            Line(((edge_x + 5, top_y), (edge_x + 5, low))),
            Line(((far - 5, top_y), (far - 5, low))))


# Sitting sideways on to the viewer, drawn with the front-view skeleton so that the shoulders can
# turn towards the viewer while the hips and legs stay in profile (facing right): the hip bones
# point straight out of the picture and vanish, the thighs run forward and the shins down.
_SITTING_PROFILE = dict(r_knee=96.0, l_knee=93.0, r_ankle=180.0, l_ankle=178.0,
                        r_toe=90.0, l_toe=90.0)
_PROFILE = {"r_hip": 90.0, "l_hip": 90.0}


def side_chair(pose: Pose) -> tuple[Line, ...]:
    """A chair seen from the side under a sitter facing right: seat, backrest and two legs."""
    points = joints(pose)
    px, py = points["pelvis"]
    knee_x = min(points["r_knee"][0], points["l_knee"][0])
    seat_y = py + STROKE / 2 + GAP + PROP_STROKE / 2
    low = GROUND_Y - PROP_STROKE / 2 - GAP
    back_x = px - 18.0  # sitting tall near the front of the seat
    return (Line(((back_x, seat_y - 32), (back_x, low))),
            Line(((back_x, seat_y), (knee_x - 2, seat_y))),
            Line(((knee_x - 8, seat_y), (knee_x - 8, low))))


def _seated_lower_back_rotation() -> tuple[tuple[Pose, Pose], Scene]:
    # Start: sitting sideways on, the trunk in profile too (the shoulder bar points out of the
    # picture) and both hands on the thighs.
    start = _pose("front", x=-4.0, foreshortening={**_PROFILE, "r_shoulder": 90.0,
                                                    "l_shoulder": 90.0},
                  **_SITTING_PROFILE)
    points = joints(start)
    px, knee = points["pelvis"][0], points["r_knee"]
    on_thigh = (px + 0.7 * (knee[0] - px), knee[1] - 5)
    for side in SIDES:
        start = _reach(start, side, on_thigh, -1, hand=100.0)
    # End: turned to the right, the chest faces the viewer while hips and knees still point
    # forward; the right hand holds the top of the backrest behind, the left hand the right knee.
    end = _pose("front", x=-4.0, foreshortening={**_PROFILE, "r_shoulder": 20.0,
                                                  "l_shoulder": 20.0},
                **_SITTING_PROFILE)
    chair = side_chair(end)
    back_x, back_top = chair[0].points[0]
    end = _reach(end, "r", (back_x, back_top - 6), 1, hand=180.0)
    end = _reach(end, "l", (knee[0] - 4, knee[1] - 6), -1, hand=120.0)
    # No arrow: the chest turned to the viewer above hips in profile, and the hands on the
    # backrest and the knee, say it; an arrow round the chest only tangled with the arms.
    scene = Scene(chair + (floor(CENTRE_X - 56, CENTRE_X + 56),),
                  frozenset({"spine", "shoulders"}))
    return (start, end), scene


def _chest_opener() -> tuple[tuple[Pose, Pose], Scene]:
    # side view: the hands clasped behind the back, so the two arms lie on top of each other
    arms_low = dict(r_elbow=196.0, r_wrist=192.0, r_hand=190.0,
                    l_elbow=196.0, l_wrist=192.0, l_hand=190.0)
    start = _pose("side", x=6.0, **arms_low)
    end = _pose("side", x=6.0, neck=-4.0, head=-4.0,
                r_elbow=226.0, r_wrist=228.0, r_hand=232.0,
                l_elbow=226.0, l_wrist=228.0, l_hand=232.0)
    shoulder = joints(end)["r_shoulder"]
    arrow = Arrow(shoulder, 64.0, 206.0, 236.0)
    scene = Scene((floor(CENTRE_X - 50, CENTRE_X + 50),), frozenset({"arms"}), (arrow,))
    return (start, end), scene


def _standing_back_extension() -> tuple[tuple[Pose, Pose], Scene]:
    def hands_on_low_back(pose: Pose) -> Pose:
        points = joints(pose)
        px, py = points["pelvis"]
        lean = math.radians(pose.angles["neck"])
        # the small of the back: a little above the pelvis and just behind the spine
        up, back = 10.0, 6.0
        target = (px + up * math.sin(lean) - back * math.cos(lean),
                  py - up * math.cos(lean) - back * math.sin(lean))
        for side in SIDES:
            pose = _reach(pose, side, target, 1, hand=200.0 + pose.angles["neck"])
        return pose

    start = hands_on_low_back(_pose("side", x=4.0))
    end = hands_on_low_back(_pose(
        "side", x=4.0, neck=-16.0, head=-10.0,
        # the hips go forward over the feet as the chest leans back
        r_knee=186.0, l_knee=186.0, r_ankle=182.0, l_ankle=182.0))
    pelvis = joints(end)["pelvis"]
    # over the head and back: the way the chest goes
    arrow = Arrow(pelvis, 82.0, 0.0, -24.0)
    scene = Scene((floor(CENTRE_X - 50, CENTRE_X + 50),), frozenset({"spine"}), (arrow,))
    return (start, end), scene


def _standing_quad_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    x = -14.0
    base = _pose("side", x=x)
    points = joints(base)
    shoulder = points["l_shoulder"]
    # the far hand rests on the desk in front
    hand_on_desk = (shoulder[0] + 24.0, shoulder[1] + 40.0)
    start = _reach(base, "l", hand_on_desk, -1, hand=120.0)
    bent = _pose("side", x=x, r_knee=192.0, r_ankle=318.0, r_toe=262.0)
    bent = _reach(bent, "l", hand_on_desk, -1, hand=120.0)
    ankle = joints(bent)["r_ankle"]
    end = _reach(bent, "r", (ankle[0] - 1.0, ankle[1] + 2.0), 1, hand=170.0)
    hand = joints(end)["l_hand"]
    top = hand[1] + STROKE / 2 + GAP + PROP_STROKE / 2
    scene = Scene(side_desk(hand[0] - 6.0, top) + (floor(CENTRE_X - 60, CENTRE_X + 60),),
                  frozenset({"r_leg"}))
    return (start, end), scene


def _hamstring_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    # The standing version: the front leg straight with its heel down and toes up, the back knee
    # bent with the foot flat, the trunk hinged forward from the hips with a straight back.
    back_knee, back_ankle, front_toe = 170.0, 214.0, 50.0
    # the front leg's angle that puts its heel on the floor level with the flat back foot
    bones = SKELETONS["side"]
    thigh, shin, foot = bones["l_knee"][1], bones["l_ankle"][1], bones["l_toe"][1]
    drop = (thigh * math.cos(math.radians(back_knee)) + shin * math.cos(math.radians(back_ankle))
            + foot * math.cos(math.radians(95.0)))
    front = math.degrees(math.acos(drop / (thigh + shin)))  # 90..180: forward of the hip
    legs = dict(r_knee=front, r_ankle=front, r_toe=front_toe,
                l_knee=back_knee, l_ankle=back_ankle, l_toe=95.0)
    start = _pose("side", x=-8.0, **legs)
    hinged = _pose("side", x=-8.0, neck=48.0, head=44.0, **legs)
    points = joints(hinged)
    hip, knee = points["pelvis"], points["l_knee"]
    on_thigh = (hip[0] + 0.62 * (knee[0] - hip[0]), hip[1] + 0.62 * (knee[1] - hip[1]) - 5)
    end = hinged
    for side in SIDES:
        end = _reach(end, side, on_thigh, -1, hand=150.0)
    pelvis = joints(end)["pelvis"]
    # over the head and forward: the way the trunk hinges
    arrow = Arrow(pelvis, 82.0, 8.0, 34.0)
    scene = Scene((floor(CENTRE_X - 60, CENTRE_X + 60),), frozenset({"r_leg"}), (arrow,))
    return (start, end), scene


_BUILDERS = {
    "standing_overhead_reach": _standing_overhead_reach,
    "seated_overhead_reach": _seated_overhead_reach,
    "shoulder_roll": _shoulder_roll,
    "walking_break": _walking_break,
    "neck_stretch": _neck_stretch,
    "seated_lower_back_rotation": _seated_lower_back_rotation,
    "chest_opener": _chest_opener,
    "standing_back_extension": _standing_back_extension,
    "standing_quad_stretch": _standing_quad_stretch,
    "hamstring_stretch": _hamstring_stretch,
}

POSES: dict[str, tuple[Pose, Pose]] = {}
SCENES: dict[str, Scene] = {}
for _id, _build in _BUILDERS.items():
    POSES[_id], SCENES[_id] = _build()
del _id, _build


# --- Drawing --------------------------------------------------------------------------------------

_GROUPS = {"arms": ("r_arm", "l_arm"), "legs": ("r_leg", "l_leg")}


def _parts(pose: Pose) -> list[tuple[int, str, list[str]]]:
    """The figure's strokes as (depth layer, body part, chain of joints); layer 0 is farthest."""
    def limbs(layer: int, side: str) -> list[tuple[int, str, list[str]]]:
        return [
            (layer, f"{side}_leg", [f"{side}_{j}" for j in ("hip", "knee", "ankle", "toe")]),
            (layer, f"{side}_arm", [f"{side}_{j}" for j in ("shoulder", "elbow", "wrist", "hand")]),
        ]

    trunk = [(1, "spine", ["pelvis", "neck"]), (1, "neck", ["neck", "head"])]
    if pose.view == "front":
        trunk += [(1, "hips", ["r_hip", "pelvis", "l_hip"]),
                  (1, "shoulders", ["r_shoulder", "neck", "l_shoulder"])]
        return trunk + limbs(1, "r") + limbs(1, "l")
    near = "r" if pose.facing >= 0 else "l"
    far = "l" if near == "r" else "r"
    return limbs(0, far) + trunk + limbs(2, near)


def _num(value: float) -> str:
    value = round(value, 1) + 0.0
    return f"{value:g}" if value else "0"


def _path(points: list[tuple[float, float]]) -> str:
    return "M" + " L".join(f"{_num(x)} {_num(y)}" for x, y in points)


def _flip(point: tuple[float, float], mirrored: bool) -> tuple[float, float]:
    return (SIZE - point[0], point[1]) if mirrored else point


def _on_circle(centre: tuple[float, float], radius: float, angle: float) -> tuple[float, float]:
    a = math.radians(angle)
    return centre[0] + radius * math.sin(a), centre[1] - radius * math.cos(a)


def _arrow_paths(arrow: Arrow, mirrored: bool) -> list[str]:
    head = 5.5
    if arrow.radius:
        tail = _on_circle(arrow.centre, arrow.radius, arrow.start)
        tip = _on_circle(arrow.centre, arrow.radius, arrow.end)
        turn = 1 if arrow.end > arrow.start else -1
        # the direction of travel at the tip, bent a little inwards so the head sits on the curve
        heading = arrow.end + turn * 90 - turn * math.degrees(head / arrow.radius) / 2
        large = 1 if abs(arrow.end - arrow.start) > 180 else 0
        sweep = 1 if (turn > 0) != mirrored else 0
        t, p = _flip(tail, mirrored), _flip(tip, mirrored)
        r = _num(arrow.radius)
        body = f"M{_num(t[0])} {_num(t[1])} A{r} {r} 0 {large} {sweep} {_num(p[0])} {_num(p[1])}"
    else:
        tail, tip = arrow.points
        heading = math.degrees(math.atan2(tip[0] - tail[0], tail[1] - tip[1]))
        body = _path([_flip(tail, mirrored), _flip(tip, mirrored)])
    barbs = [_on_circle(tip, head, heading + 180 + s * 40) for s in (-1, 1)]
    chevron = _path([_flip(barbs[0], mirrored), _flip(tip, mirrored), _flip(barbs[1], mirrored)])
    return [body, chevron]


def render_svg(exercise_id: str, t: float = 1.0, mirrored: bool = False) -> str:
    """The exercise's illustration t of the way from its start to its end pose, as an SVG file.

    `mirrored` draws the other side's version. Only the two literal colours INK and ACCENT are used,
    so a dark scheme can swap them by plain text replacement.
    """
    start, end = POSES[exercise_id]
    scene = SCENES[exercise_id]
    if mirrored:
        start, end = mirror(start), mirror(end)
    pose = interpolate(start, end, t)
    points = joints(pose)

    accented: set[str] = set()
    for name in scene.highlight:
        # the other side's version accents the other side's limb
        accented.update(_other_side(n) if mirrored else n for n in _GROUPS.get(name, (name,)))

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}">',
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
    ]
    for prop in scene.props:
        pts = [_flip(p, mirrored) for p in prop.points]
        lines.append(f'<path d="{_path(pts)}" stroke="{prop.colour}" '
                     f'stroke-width="{_num(prop.width)}"/>')

    # Within a depth layer the accented parts go on top, so they read as one clean shape.
    strokes: list[tuple[int, bool, str]] = []
    for layer, part, chain in _parts(pose):
        pts = [points[j] for j in chain]
        if part == "neck":  # stop at the rim of the head
            (x0, y0), (x1, y1) = pts
            k = bone_length(pose, "head")
            k = (k - HEAD_R) / k if k else 0.0
            pts = [(x0, y0), (x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)]
        lit = part in accented
        colour = ACCENT if lit else INK
        strokes.append((layer, lit, f'<path d="{_path(pts)}" stroke="{colour}"/>'))
        if part == "neck":
            hx, hy = points["head"]
            lit = "head" in accented
            colour = ACCENT if lit else INK
            strokes.append((layer, lit, f'<circle cx="{_num(hx)}" cy="{_num(hy)}" '
                                        f'r="{_num(HEAD_R)}" fill="{colour}" stroke="{colour}"/>'))
    strokes.sort(key=lambda s: (s[0], s[1]))
    lines.append(f'<g stroke-width="{_num(STROKE)}">')
    lines.extend(element for _, _, element in strokes)
    lines.append("</g>")

    if scene.arrows:
        lines.append(f'<g stroke="{ACCENT}" stroke-width="{_num(PROP_STROKE)}">')
        for arrow in scene.arrows:
            lines.extend(f'<path d="{d}"/>' for d in _arrow_paths(arrow, mirrored))
        lines.append("</g>")
    lines += ["</g>", "</svg>", ""]
    return "\n".join(lines)
