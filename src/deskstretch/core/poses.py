"""A small 2D pose model of one figure and the line-art SVG drawn from it for each exercise."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from deskstretch.core.routines import GENERIC_PICTURES, Position

# --- Canvas and style -----------------------------------------------------------------------------

SIZE = 200  # the view box is SIZE x SIZE
CENTRE_X = SIZE / 2
GROUND_Y = 186.0  # the centre line of the floor stroke

INK = "#1F2A30"  # figure and props; the app swaps it for the dark scheme's text colour
ACCENT = "#2A7F8F"  # what moves or stretches, and arrows

STROKE = 7.0  # every stroke of the figure
PROP_STROKE = 4.0  # floor and chair
GAP = 1.0  # air between a foot (or a seat) and the stroke it rests on
HEAD_R = 10.0
FAR_OPACITY = 0.45  # a limb on the far side of the body
GHOST_OPACITY = 0.22  # where a moving limb started, left behind as it moves

# Where the centre line of a resting foot lies: its stroke just clears the floor's stroke.
FOOT_Y = GROUND_Y - PROP_STROKE / 2 - GAP - STROKE / 2
# A mat is a thin slab on the floor; a body lying, kneeling or on all fours rests on it.
MAT_TOP = GROUND_Y - 7.0
REST_Y = MAT_TOP - PROP_STROKE / 2 - GAP - STROKE / 2

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
# Joint -> length of the bone ending there, in the front view (figures posed in 3D use it).
_FRONT_LENGTHS = {joint: length for joint, (_, length) in SKELETONS["front"].items()}


@dataclass(frozen=True)
class Pose:
    """One posture: where the pelvis is, and which way every bone points.

    `x` is the pelvis's offset from the vertical centre line of the picture and `y` its height
    (down the page). `angles` has a direction for every bone (keyed by the joint it ends at);
    `foreshortening` is optional and defaults to 0 (the bone lies in the picture plane). In the
    side view `facing` is 1 when the figure looks to the right and -1 when it looks to the left.
    `spine` bends the back: how far the middle of the spine bulges, in view-box units, towards
    the figure's back (a rounded back) or, when negative, towards its front (an arched back);
    in the front view positive bulges towards the figure's right. `scale` draws every bone and
    the head that many times their usual size: a figure seen from an angle that foreshortens it
    can be drawn larger, so that it fills the picture like the others.
    """

    view: str
    x: float
    y: float
    angles: dict[str, float]
    foreshortening: dict[str, float] = field(default_factory=dict)
    facing: int = 0
    spine: float = 0.0
    scale: float = 1.0

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
        drawn = bone_length(pose, joint)
        px, py = points[parent]
        points[joint] = (px + drawn * math.sin(angle), py - drawn * math.cos(angle))
    return points


def bone_length(pose: Pose, joint: str) -> float:
    """How long the bone ending at `joint` should be drawn in this pose."""
    length = SKELETONS[pose.view][joint][1] * pose.scale
    return length * math.cos(math.radians(pose.foreshortening.get(joint, 0.0)))


def head_radius(pose: Pose) -> float:
    """The radius of the pose's head."""
    return HEAD_R * pose.scale


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t (0..1) of the way from a to b, turning every joint.

    Angles are blended as plain numbers, so a pose pair chooses which way round a limb travels
    (an arm going from 180 to 360 swings out to the side; from 180 to 0 it swings across).
    """
    if a.view != b.view or a.facing != b.facing or a.scale != b.scale:
        raise ValueError("can only interpolate between poses of the same view, facing and size")
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
        mix(a.spine, b.spine),
        a.scale,
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
        # the back stays the back; in the front view the figure's right and left swap
        -pose.spine if pose.view == "front" else pose.spine,
        pose.scale,
    )


def spine_control(pose: Pose, points: dict[str, tuple[float, float]] | None = None
                  ) -> tuple[float, float] | None:
    """The control point of the curved spine (a quadratic curve from pelvis to neck), or None
    when the spine is straight."""
    if not pose.spine:
        return None
    points = points or joints(pose)
    (x0, y0), (x1, y1) = points["pelvis"], points["neck"]
    a = math.radians(pose.angles["neck"])
    side = pose.facing or 1
    # the curve's middle lies half way to its control point
    nx, ny = -math.cos(a) * side, -math.sin(a) * side
    return ((x0 + x1) / 2 + 2 * pose.spine * nx, (y0 + y1) / 2 + 2 * pose.spine * ny)


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
    mat: bool = False  # the mat a floor exercise is done on
    opacity: float = 1.0  # below 1, drawn faint


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
    # Where the lowest stroke of the figure rests in its start and end poses: the floor for
    # standing and sitting, the mat for lying and kneeling; None when nothing rests on a line
    # (a view from above, or feet lifted off the floor).
    rest_y: float | None = FOOT_Y
    # For a figure posed in 3D: which limbs are behind the trunk (0) or in front of it (2).
    layers: tuple[tuple[str, int], ...] = ()
    # Body parts (as in `highlight`) also drawn faintly where they were in the start pose, so
    # a still picture shows where the movement began, the way a handout drawing does.
    ghost: frozenset[str] = frozenset()
    # Body parts (as in `highlight`) drawn at full strength even when `layers` puts them behind
    # the trunk: a still limb lying clear of the body, which drawn faint would read as a start
    # position.
    solid: frozenset[str] = frozenset()


def floor(x0: float, x1: float) -> Line:
    return Line(((x0, GROUND_Y), (x1, GROUND_Y)))


def mat(x0: float, x1: float, overhang: float = 14.0) -> tuple[Line, ...]:
    """A mat seen from the side, from x0 to x1, on a floor a little wider than it; both stay
    inside the picture."""
    x0, x1 = max(8.0, x0), min(SIZE - 8.0, x1)
    return (floor(max(4.0, x0 - overhang), min(SIZE - 4.0, x1 + overhang)),
            Line(((x0, GROUND_Y), (x0, MAT_TOP), (x1, MAT_TOP), (x1, GROUND_Y)), mat=True))


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
    end = replace(start, angles={**start.angles, "head": -38.0})
    nx, ny = joints(end)["neck"]
    # the arrow bends on round the head and down towards the shoulder: a flat one over the
    # head read as the head turning
    arrow = Arrow((nx, ny), 40.0, 10.0, -64.0)
    scene = Scene(_chair_under(end) + (floor(CENTRE_X - 50, CENTRE_X + 50),),
                  frozenset({"neck", "head"}), (arrow,))
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


# --- Helpers for lying, kneeling and all-fours poses ----------------------------------------------


def _turned(base: dict[str, float], by: float, **angles: float) -> dict[str, float]:
    """A base pose's bone directions, the whole figure turned by `by` degrees, then changed."""
    turned = {j: a + by for j, a in base.items()}
    unknown = set(angles) - set(turned)
    if unknown:
        raise ValueError(f"no such joint: {sorted(unknown)}")
    turned.update(angles)
    return turned


def _extent(pose: Pose) -> tuple[float, float, float, float]:
    """The box around the centre lines of the figure's strokes: x0, y0, x1, y1."""
    points = joints(pose)
    xs = [x for j, (x, _) in points.items() if j != "head"]
    ys = [y for j, (_, y) in points.items() if j != "head"]
    hx, hy = points["head"]
    control = spine_control(pose, points)
    if control is not None:  # the curve's middle, half way to its control point
        (x0, y0), (x1, y1) = points["pelvis"], points["neck"]
        xs.append((x0 + x1) / 4 + control[0] / 2)
        ys.append((y0 + y1) / 4 + control[1] / 2)
    r = head_radius(pose)
    return (min(xs + [hx - r]), min(ys + [hy - r]), max(xs + [hx + r]), max(ys + [hy + r]))


def _rest(pose: Pose, level: float = REST_Y, centre: bool = True) -> Pose:
    """The pose moved so that its lowest stroke rests on `level` and, if asked, so that it sits
    in the middle of the picture from side to side."""
    x0, _, x1, y1 = _extent(pose)
    dx = (SIZE - x0 - x1) / 2 if centre else 0.0
    return replace(pose, x=pose.x + dx, y=pose.y + level - y1)


def _ik(pose: Pose, side: str, limb: str, target: tuple[float, float], bend: int,
        end: float | None = None) -> Pose:
    """The pose with one arm ("arm") or leg ("leg") bent so that its wrist or ankle lands on
    `target`; `bend` 1 puts the elbow or knee clockwise of the line to the target, -1 the other
    way; `end` turns the hand or foot."""
    root, mid, tip, last = (("shoulder", "elbow", "wrist", "hand") if limb == "arm"
                            else ("hip", "knee", "ankle", "toe"))
    points = joints(pose)
    start = points[f"{side}_{root}"]
    upper = bone_length(pose, f"{side}_{mid}")
    lower = bone_length(pose, f"{side}_{tip}")
    dx, dy = target[0] - start[0], target[1] - start[1]
    reach = max(1e-6, min(math.hypot(dx, dy), upper + lower - 1e-6))
    cos_a = (upper ** 2 + reach ** 2 - lower ** 2) / (2 * upper * reach)
    turn = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    line = _direction(start, target, pose.angles[f"{side}_{mid}"])
    mid_angle = line + bend * turn
    a = math.radians(mid_angle)
    middle = (start[0] + upper * math.sin(a), start[1] - upper * math.cos(a))
    angles = {**pose.angles, f"{side}_{mid}": mid_angle,
              f"{side}_{tip}": _direction(middle, target, pose.angles[f"{side}_{tip}"])}
    if end is not None:
        angles[f"{side}_{last}"] = end
    return replace(pose, angles=angles)


def _head_down(angles: dict[str, float], neck: float, towards: int) -> dict[str, float]:
    """Tilt the head of a figure lying along the floor so that it rests on the floor too: the
    head's circle is wider than the body's stroke. `towards` is -1 to turn the head
    anticlockwise from the line of the neck, 1 clockwise."""
    lift = math.degrees(math.asin(HEAD_R / SKELETONS["side"]["head"][1]))
    return {**angles, "head": neck + towards * lift}


def _the_short_way(pair: tuple[Pose, Pose]) -> tuple[Pose, Pose]:
    """The pair with each end angle taken within half a turn of its start angle, so that
    every limb moves the short way round (the drawing is the same)."""
    start, end = pair
    angles = {j: a + 360.0 * round((start.angles[j] - a) / 360.0) for j, a in end.angles.items()}
    return start, replace(end, angles=angles)


def _mat_under(pose: Pose, margin: float = 10.0) -> tuple[Line, ...]:
    x0, _, x1, _ = _extent(pose)
    return mat(x0 - margin, x1 + margin)


# Lying on the back with the head to the left: the standing side view turned a quarter
# anticlockwise. The figure still "faces" right, so its back is towards the floor.
def _on_back(**angles: float) -> dict[str, float]:
    base = _turned(_SIDE_BASE, -90.0)
    base.update({"r_toe": 5.0, "l_toe": 5.0})
    base = _head_down(base, base["neck"], 1)
    base.update(angles)
    return base


# Lying face down with the head to the right: the standing side view turned a quarter
# clockwise, the feet pointed back along the floor.
def _face_down(**angles: float) -> dict[str, float]:
    base = _turned(_SIDE_BASE, 90.0)
    base.update({"r_toe": 262.0, "l_toe": 262.0})
    base = _head_down(base, base["neck"], -1)
    base.update(angles)
    return base


def _knees_bent(thigh: float = 42.0) -> dict[str, float]:
    """Legs of a figure lying on its back (head left) with the knees up and the feet flat: the
    shin that brings the ankle back down level with the hip."""
    thigh_len, shin_len = SKELETONS["side"]["r_knee"][1], SKELETONS["side"]["r_ankle"][1]
    rise = thigh_len * math.cos(math.radians(thigh))
    shin = 180.0 - math.degrees(math.acos(rise / shin_len))
    return dict(r_knee=thigh, l_knee=thigh, r_ankle=shin, l_ankle=shin, r_toe=90.0, l_toe=90.0)


# --- Lying on the back ----------------------------------------------------------------------------


def _knee_to_chest() -> tuple[tuple[Pose, Pose], Scene]:
    start = _rest(Pose("side", 0.0, 0.0, _on_back(), facing=1))
    # the near knee comes up to the chest, the shin level; the far leg stays long
    bent = replace(start, angles={**start.angles, "r_knee": 312.0, "r_ankle": 58.0,
                                  "r_toe": 340.0})
    points = joints(bent)
    knee, ankle = points["r_knee"], points["r_ankle"]
    on_shin = (knee[0] + 0.3 * (ankle[0] - knee[0]), knee[1] + 0.3 * (ankle[1] - knee[1]) + 2)
    end = bent
    for side in SIDES:
        end = _ik(end, side, "arm", on_shin, -1, end=30.0)
    scene = Scene(_mat_under(start), frozenset({"r_leg"}), rest_y=REST_Y)
    return (start, end), scene


def _partial_curl() -> tuple[tuple[Pose, Pose], Scene]:
    legs = _knees_bent()

    def arms_crossed(pose: Pose) -> Pose:
        points = joints(pose)
        sx, sy = points["r_shoulder"]
        a = math.radians(pose.angles["neck"])
        # the hands rest on the chest, near the shoulders, the elbows up over the chest
        target = (sx - 6 * math.sin(a) + 4 * math.cos(a), sy + 6 * math.cos(a) + 4 * math.sin(a))
        for side in SIDES:
            pose = _ik(pose, side, "arm", target, -1, end=pose.angles["neck"] + 180.0)
        return pose

    start = arms_crossed(_rest(Pose("side", 0.0, 0.0, _on_back(**legs), facing=1)))
    # head and shoulders curl up off the floor; the lower back stays down
    end = replace(start, angles={**start.angles, "neck": 298.0, "head": 310.0})
    end = arms_crossed(end)
    end = replace(end, y=start.y)
    scene = Scene(_mat_under(start), frozenset({"spine", "neck"}), rest_y=REST_Y)
    return (start, end), scene


def _glute_bridge() -> tuple[tuple[Pose, Pose], Scene]:
    legs = _knees_bent()
    start = _rest(Pose("side", 0.0, 0.0, _on_back(**legs), facing=1))
    # Hips up: the trunk and thighs make one straight line from the shoulders to the knees,
    # and the shins come back down to the floor where the feet were.
    lift = 24.0
    torso, thigh = 270.0 - lift, 90.0 - lift
    bones = SKELETONS["side"]
    rise = (bones["neck"][1] + bones["r_knee"][1]) * math.sin(math.radians(lift))
    shin = 180.0 + math.degrees(math.acos(min(1.0, rise / bones["r_ankle"][1])))
    angles = _on_back(neck=torso, r_knee=thigh, l_knee=thigh, r_ankle=shin, l_ankle=shin,
                      r_toe=90.0, l_toe=90.0)
    angles = _head_down(angles, torso, 1)
    angles["head"] = 270.0 + (angles["head"] - 270.0) / 2
    # the arms lie on the floor, hands toward the feet
    for side in SIDES:
        angles.update({f"{side}_elbow": 96.0, f"{side}_wrist": 92.0, f"{side}_hand": 90.0})
    end = Pose("side", 0.0, 0.0, angles, facing=1)
    # keep the shoulders where they were: rest the lifted pose, then line the necks up
    end = _rest(end, centre=False)
    dx = joints(start)["neck"][0] - joints(end)["neck"][0]
    end = replace(end, x=end.x + dx)
    pelvis = joints(end)["pelvis"]
    arrow = Arrow(points=((pelvis[0], pelvis[1] + 26), (pelvis[0], pelvis[1] + 8)))
    scene = Scene(_mat_under(start), frozenset({"spine"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


def _pelvic_tilt() -> tuple[tuple[Pose, Pose], Scene]:
    legs = _knees_bent()
    # start: the small of the back arched a little off the floor; end: pressed flat, the
    # pelvis rocked back so the knees come a touch towards the head
    start = Pose("side", 0.0, 0.0, _on_back(**legs), facing=1, spine=-4.0)
    start = _rest(start)
    tilted = _knees_bent(thigh=34.0)
    end = replace(start, angles={**start.angles, **tilted}, spine=0.0)
    pelvis = joints(end)["pelvis"]
    arrow = Arrow((pelvis[0], pelvis[1]), 18.0, 140.0, 40.0)
    scene = Scene(_mat_under(start), frozenset({"spine"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


# --- Lying face down, all fours, kneeling ---------------------------------------------------------


def _prone_back_extension() -> tuple[tuple[Pose, Pose], Scene]:
    start = _rest(Pose("side", 0.0, 0.0, _face_down(), facing=1))
    lift = 20.0
    angles = {**start.angles, "neck": 90.0 - lift, "head": 90.0 - lift - 6.0}
    for side in SIDES:  # the arms stay along the sides, hands by the hips
        angles.update({f"{side}_elbow": 264.0, f"{side}_wrist": 268.0, f"{side}_hand": 268.0})
    end = _rest(replace(start, angles=angles), centre=False)
    scene = Scene(_mat_under(start), frozenset({"spine"}), rest_y=REST_Y)
    return (start, end), scene


def _superman() -> tuple[tuple[Pose, Pose], Scene]:
    # Face down, arms reaching ahead: arms, chest and legs lift off the mat together, only
    # the belly staying down. The lifted limbs are accented, left behind faint on the mat, and
    # an arrow at each end lifts them.
    arms_ahead = {f"{s}_{j}": 90.0 for s in SIDES for j in ("elbow", "wrist", "hand")}
    flat = _face_down(**arms_ahead)
    flat["head"] = 60.0
    start = _rest(Pose("side", 0.0, 0.0, flat, facing=1))
    lifted = dict(flat)
    lifted.update({"neck": 72.0, "head": 68.0})
    lifted.update({f"{s}_{j}": 58.0 for s in SIDES for j in ("elbow", "wrist", "hand")})
    lifted.update({"r_knee": 282.0, "l_knee": 282.0, "r_ankle": 283.0, "l_ankle": 283.0,
                   "r_toe": 277.0, "l_toe": 277.0})
    end = _rest(Pose("side", start.x, 0.0, lifted, facing=1, spine=-3.0), centre=False)
    hand, toe = joints(end)["r_hand"], joints(end)["r_toe"]
    # beyond the hands, and above the lifted feet, clear of the picture's edge
    arrows = tuple(Arrow(points=((x, y + 10), (x, y - 10))) for x, y in
                   ((hand[0] + 10, hand[1]), (toe[0] + 12, toe[1] - 22)))
    scene = Scene(_mat_under(start), frozenset({"arms", "legs"}), arrows, rest_y=REST_Y,
                  ghost=frozenset({"arms", "legs"}))
    return (start, end), scene


def _all_fours(spine: float = 0.0, **angles: float) -> Pose:
    """On hands and knees, facing right: knees under the hips, hands under the shoulders, the
    shins and feet flat on the mat behind."""
    base = dict(_SIDE_BASE)
    base.update({"r_knee": 180.0, "l_knee": 180.0, "r_ankle": 270.0, "l_ankle": 270.0,
                 "r_toe": 268.0, "l_toe": 268.0,
                 "r_elbow": 180.0, "l_elbow": 180.0, "r_wrist": 180.0, "l_wrist": 180.0,
                 "r_hand": 90.0, "l_hand": 90.0})
    bones = SKELETONS["side"]
    arm = bones["r_elbow"][1] + bones["r_wrist"][1] + bones["r_shoulder"][1]
    # the trunk tilts until the hands and the knees rest at the same height
    rise = arm - bones["r_knee"][1]
    tilt = math.degrees(math.asin(rise / bones["neck"][1]))
    base.update({"neck": 90.0 - tilt, "head": 90.0 - tilt + 10.0,
                 "r_shoulder": 270.0 - tilt, "l_shoulder": 270.0 - tilt})
    base.update(angles)
    return _rest(Pose("side", 0.0, 0.0, base, facing=1, spine=spine))


def _cat_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    # start: the back sags and the head lifts (the "cow"); end: the back rounds up and the
    # head drops between the arms (the "cat")
    start = _all_fours(spine=-7.0, head=40.0)
    # the head drops forward of the hands, where it stays in sight
    end = replace(_all_fours(spine=12.0, head=140.0), x=start.x)
    neck = joints(end)["neck"]
    pelvis = joints(end)["pelvis"]
    middle = ((neck[0] + pelvis[0]) / 2, (neck[1] + pelvis[1]) / 2)
    arrow = Arrow(points=((middle[0], middle[1] - 20), (middle[0], middle[1] - 36)))
    scene = Scene(_mat_under(start), frozenset({"spine"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


def _quadruped_hip_extension() -> tuple[tuple[Pose, Pose], Scene]:
    start = _all_fours()
    # the near thigh lifts back to level, the knee stays bent at a right angle, sole up
    end = replace(start, angles={**start.angles, "r_knee": 270.0, "r_ankle": 0.0,
                                 "r_toe": 270.0})
    scene = Scene(_mat_under(end), frozenset({"r_leg"}), rest_y=REST_Y)
    return (start, end), scene


def _kneeling_forearm_plank() -> tuple[tuple[Pose, Pose], Scene]:
    bones = SKELETONS["side"]
    upper = bones["r_elbow"][1] + bones["r_shoulder"][1]

    def plank(torso: float, thigh: float, shin: float) -> Pose:
        angles = dict(_SIDE_BASE)
        angles.update({"neck": torso, "head": torso + 4.0,
                       "r_shoulder": torso + 180.0, "l_shoulder": torso + 180.0,
                       "r_elbow": 180.0, "l_elbow": 180.0,
                       "r_wrist": 90.0, "l_wrist": 90.0, "r_hand": 90.0, "l_hand": 90.0,
                       "r_knee": thigh, "l_knee": thigh, "r_ankle": shin, "l_ankle": shin,
                       "r_toe": shin - 10.0, "l_toe": shin - 10.0})
        return _rest(Pose("side", 0.0, 0.0, angles, facing=1))

    # start: on the forearms with the hips and thighs down on the mat
    start_torso = 90.0 - math.degrees(math.asin(upper / bones["neck"][1]))
    start = plank(start_torso, 270.0, 270.0)
    # end: one straight line from the head to the knees, the elbows and knees on the mat
    lift = math.degrees(math.asin(upper / (bones["neck"][1] + bones["r_knee"][1])))
    end = replace(plank(90.0 - lift, 270.0 - lift, 300.0), x=start.x)
    # the hips lift: an arrow just above them, and the one line from head to knees accented
    px, py = joints(end)["pelvis"]
    arrow = Arrow(points=((px, py - 14), (px, py - 30)))
    scene = Scene(_mat_under(start), frozenset({"spine", "legs"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


def _kneeling_hip_flexor_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    bones = SKELETONS["side"]

    def kneel(back_thigh: float, front_knee_x: float) -> Pose:
        # the near (right) leg kneels behind, shin flat; the far (left) foot is planted ahead
        angles = dict(_SIDE_BASE)
        angles.update({"r_knee": back_thigh, "r_ankle": 270.0, "r_toe": 262.0,
                       "l_toe": 90.0,
                       "r_elbow": 172.0, "l_elbow": 172.0, "r_wrist": 150.0, "l_wrist": 150.0,
                       "r_hand": 150.0, "l_hand": 150.0})
        pose = Pose("side", 0.0, 0.0, angles, facing=1)
        points = joints(pose)
        hip = points["pelvis"]
        foot = (hip[0] + front_knee_x, points["r_knee"][1])
        pose = _ik(pose, "l", "leg", foot, -1, end=90.0)
        # the hands rest on the front knee
        knee = joints(pose)["l_knee"]
        for side in SIDES:
            pose = _ik(pose, side, "arm", (knee[0] - 3, knee[1] - 6), 1, end=120.0)
        return _rest(pose, centre=False)

    start = kneel(180.0, 38.0)
    # the hips glide forward and a little down; the front foot stays where it was
    shift = 14.0
    end = kneel(180.0 + math.degrees(math.asin(shift / bones["r_knee"][1])), 38.0 - shift)
    # line up the back knees, so the front foot stays planted as the hips move
    dx = joints(start)["r_knee"][0] - joints(end)["r_knee"][0]
    end = replace(end, x=end.x + dx)
    x0, _, x1, _ = _extent(start)
    dx = (SIZE - x0 - x1) / 2
    start, end = replace(start, x=start.x + dx), replace(end, x=end.x + dx)
    pelvis = joints(end)["pelvis"]
    arrow = Arrow(points=((pelvis[0] - 4, pelvis[1] - 10), (pelvis[0] + 16, pelvis[1] - 10)))
    scene = Scene(_mat_under(end, 16.0), frozenset({"r_leg"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


# --- Posed in 3D ----------------------------------------------------------------------------------
#
# Twists read badly in a flat side or top view: the turn happens towards or away from the viewer.
# These figures are posed in the room instead, every bone a direction in three dimensions, and
# seen by a camera from above, off to one side or one end; each bone's picture-plane direction
# and its foreshortening make an ordinary front-view Pose, so blending, mirroring and drawing
# stay the same. Room axes: x to the viewer's right, y up, z towards the viewer.

Vec = tuple[float, float, float]


def _unit(v: Vec) -> Vec:
    n = math.sqrt(v[0] ** 2 + v[1] ** 2 + v[2] ** 2)
    return (v[0] / n, v[1] / n, v[2] / n)


def _along(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    """The point a moved k times the vector b."""
    return (a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2])


def _scaled(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _turn(v: Vec, axis: Vec, degrees: float) -> Vec:
    """v turned about the unit vector `axis` by `degrees`, right-handed (Rodrigues)."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    k = axis
    dot = k[0] * v[0] + k[1] * v[1] + k[2] * v[2]
    return _along(_along(_scaled(v, c), _cross(k, v), s), k, dot * (1 - c))


@dataclass(frozen=True)
class BodyFrame:
    """Which way a part of the body points in the room: `up` towards the head, `front` the way
    the chest (or, for the legs, the knees of a standing figure) faces; the figure's right
    side follows from them."""

    up: Vec
    front: Vec

    @property
    def right(self) -> Vec:
        return _cross(self.front, self.up)

    def __call__(self, u: float, f: float, r: float) -> Vec:
        """A direction given in the body's own terms: u up, f forward, r to its right."""
        return _unit(_along(_along(_scaled(self.up, u), self.front, f), self.right, r))

    def twisted(self, degrees: float) -> BodyFrame:
        """The frame turned about its own long axis: positive turns the front towards the
        figure's right."""
        return BodyFrame(self.up, _unit(_turn(self.front, self.up, -degrees)))


@dataclass(frozen=True)
class Camera:
    """Looks at the figure from `yaw` degrees round to its right (seen from above, clockwise)
    and `pitch` degrees above level."""

    yaw: float = 0.0
    pitch: float = 0.0

    def view(self, v: Vec) -> Vec:
        """v as the camera sees it: x right, y up the picture, z towards the camera."""
        a, p = math.radians(self.yaw), math.radians(self.pitch)
        x = v[0] * math.cos(a) - v[2] * math.sin(a)
        z = v[0] * math.sin(a) + v[2] * math.cos(a)
        y = v[1]
        return (x, y * math.cos(p) - z * math.sin(p), z * math.cos(p) + y * math.sin(p))


def _posed(bones: dict[str, Vec], camera: Camera, scale: float = 1.0) -> Pose:
    """A front-view Pose of bones pointing as given in the room, seen by the camera, drawn
    `scale` times the usual size."""
    angles, shortened = {}, {}
    for joint in SKELETONS["front"]:
        x, y, _ = camera.view(_unit(bones[joint]))
        planar = min(1.0, math.hypot(x, y))
        angles[joint] = math.degrees(math.atan2(x, y)) if planar > 1e-6 else 0.0
        shortened[joint] = math.degrees(math.acos(planar))
    return Pose("front", 0.0, 0.0, angles, shortened, scale=scale)


def _depths(bones: dict[str, Vec], camera: Camera) -> dict[str, float]:
    """How near to the camera every joint is, the pelvis at 0."""
    depth = {"pelvis": 0.0}
    for joint, (parent, length) in SKELETONS["front"].items():
        depth[joint] = depth[parent] + length * camera.view(_unit(bones[joint]))[2]
    return depth


def _layers(bones: dict[str, Vec], camera: Camera) -> tuple[tuple[str, int], ...]:
    """Each limb behind the trunk (0), beside it (1) or in front of it (2), from the camera."""
    depth = _depths(bones, camera)
    layers = []
    for side in SIDES:
        # each limb against the end of the trunk it hangs from
        for part, root, chain in (("leg", "pelvis", ("knee", "ankle", "toe")),
                                  ("arm", "neck", ("elbow", "wrist"))):
            mean = sum(depth[f"{side}_{j}"] for j in chain) / len(chain) - depth[root]
            layers.append((f"{side}_{part}", 0 if mean < -4 else 2 if mean > 4 else 1))
    return tuple(layers)


def _picture(pose: Pose, camera: Camera, point: Vec) -> tuple[float, float]:
    """Where a point in the room (relative to the pelvis) lies in the picture of the pose."""
    px, py = joints(pose)["pelvis"]
    x, y, _ = camera.view(point)
    return (px + x * pose.scale, py - y * pose.scale)


def _props(pose: Pose, camera: Camera, *outlines: tuple[Vec, ...], mat: bool = False
           ) -> tuple[Line, ...]:
    """Polylines in the room (relative to the pelvis), drawn as props of the pose."""
    return tuple(Line(tuple(_picture(pose, camera, p) for p in outline), mat=mat)
                 for outline in outlines)


def _limb_bones(frame: BodyFrame, side: str, parts: dict[str, tuple[float, float, float]]
                ) -> dict[str, Vec]:
    return {f"{side}_{j}": frame(*d) for j, d in parts.items()}


def _supine(legs: BodyFrame, trunk: BodyFrame, arms: float,
            **limbs: tuple[float, float, float]) -> dict[str, Vec]:
    """Lying on the back: the trunk and head along the floor, arms out on the floor,
    shoulders and hips level. `arms` says how far the arms point down towards the hips for
    each unit they point out to the side (0 is a T). `limbs` (joint=(u, f, r)) set bones in
    the frame they hang in (arms in the trunk's, legs in the legs')."""
    bones = {"neck": trunk(1, 0, 0), "head": trunk(1, 0.12, 0),
             "r_shoulder": trunk(0, 0, 1), "l_shoulder": trunk(0, 0, -1),
             "r_hip": legs(0, 0, 1), "l_hip": legs(0, 0, -1)}
    for side, s in (("r", 1), ("l", -1)):
        bones.update(_limb_bones(trunk, side, {"elbow": (-arms, 0, s), "wrist": (-arms, 0, s),
                                               "hand": (-arms, 0, s)}))
        bones.update(_limb_bones(legs, side, {"knee": (-1, 0, 0), "ankle": (-1, 0, 0),
                                              "toe": (-0.3, 1, 0)}))
    for joint, d in limbs.items():
        frame = trunk if joint[2:] in ("elbow", "wrist", "hand") else legs
        bones[joint] = frame(*d)
    return bones


# Lying on the back, head to the left: the trunk's head end points left and its front up, so
# the figure's right side is towards a camera with no yaw.
_ON_BACK = BodyFrame(up=(-1.0, 0.0, 0.0), front=(0.0, 1.0, 0.0))
# Arms straight out to the sides on the floor, a T: seen from the feet end it lies across the
# picture beyond the hips and cannot line up with the trunk.
_ARMS_OUT = 0.0
# Where the mat's top is below the centre line of a body lying on it.
_ON_MAT = -(STROKE / 2 + GAP + PROP_STROKE / 2)
# A mat seen from above is only its outline, drawn faint: drawn like the figure it framed the
# body like a box and took the eye off it.
MAT_OPACITY = 0.3
# How much of the picture a figure posed on the floor fills, with its mat: seen at a slant it
# is foreshortened, so it is drawn larger until it fills the picture like the others.
_FILL = 184.0


def _mat_3d(x0: float, x1: float, z0: float, z1: float) -> tuple[Vec, ...]:
    """The outline of a mat's top under a body lying on it, from x0 to x1 and z0 to z1. Under
    a body on its side it is no lower: only an outline, it then still lies round the body."""
    y = _ON_MAT
    return ((x0, y, z0), (x1, y, z0), (x1, y, z1), (x0, y, z1), (x0, y, z0))


def _framed(start: Pose, end: Pose, camera: Camera, mat: tuple[Vec, ...]
            ) -> tuple[Pose, Pose, tuple[Line, ...]]:
    """Both poses drawn at the size that lets figure and mat fill the picture, moved together
    into its middle, and the mat seen from the camera, faint. The poses between them count
    too: a limb carried round by the body can reach further out on the way."""
    def box(a: Pose, b: Pose) -> tuple[float, float, float, float]:
        xs: list[float] = []
        ys: list[float] = []
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            x0, y0, x1, y1 = _extent(interpolate(a, b, t))
            xs += [x0, x1]
            ys += [y0, y1]
        for x, y in _props(a, camera, mat)[0].points:
            xs.append(x)
            ys.append(y)
        return min(xs), min(ys), max(xs), max(ys)

    x0, y0, x1, y1 = box(start, end)
    k = _FILL / max(x1 - x0, y1 - y0)
    start, end = replace(start, scale=start.scale * k), replace(end, scale=end.scale * k)
    x0, y0, x1, y1 = box(start, end)
    dx, dy = (SIZE - x0 - x1) / 2, (SIZE - y0 - y1) / 2
    start = replace(start, x=start.x + dx, y=start.y + dy)
    end = replace(end, x=end.x + dx, y=end.y + dy)
    outline = _props(start, camera, mat, mat=True)[0]
    return start, end, (replace(outline, opacity=MAT_OPACITY),)


def _lit_legs(layers: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """The legs that move are never drawn faint, whichever side of the body they are on."""
    return tuple((part, max(layer, 1) if part.endswith("_leg") else layer)
                 for part, layer in layers)


def _swing_arrow(start: Pose, end: Pose, centre_joint: str, joint: str, beyond: float,
                 trim: tuple[float, float] = (0.0, 0.0)) -> Arrow:
    """A curved arrow about one joint of the end pose along the way another joint travels
    from the start pose to the end pose, `beyond` further out than the farther of its two
    places (negative: further in); `trim` shortens it at each end (degrees)."""
    centre = joints(end)[centre_joint]
    a, b = joints(start)[joint], joints(end)[joint]
    first = _direction(centre, a, 0.0)
    last = _direction(centre, b, first)
    turn = 1 if last > first else -1
    radius = max(math.dist(centre, a), math.dist(centre, b)) + beyond
    return Arrow(centre, radius, first + turn * trim[0], last - turn * trim[1])


def _path_arrow(start: Pose, end: Pose, joint: str, beyond: float,
                trim: tuple[float, float] = (0.0, 0.0)) -> Arrow:
    """A curved arrow along the way a joint travels as the picture moves from the start pose
    to the end pose: the circle through where it is at the start, half way and at the end,
    `beyond` further out from that circle's centre; `trim` shortens it at each end (degrees)."""
    (ax, ay), (bx, by), (cx, cy) = (joints(interpolate(start, end, t))[joint]
                                    for t in (0.0, 0.5, 1.0))
    d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    a2, b2, c2 = ax * ax + ay * ay, bx * bx + by * by, cx * cx + cy * cy
    centre = ((a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d,
              (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d)
    first = _direction(centre, (ax, ay), 0.0)
    last = _direction(centre, (cx, cy), _direction(centre, (bx, by), first))
    turn = 1 if last > first else -1
    radius = math.dist(centre, (ax, ay)) + beyond
    return Arrow(centre, radius, first + turn * trim[0], last - turn * trim[1])


def _knees_up(thigh: float, close: float = 0.08) -> dict[str, tuple[float, float, float]]:
    """Knees bent and together, the thighs `thigh` degrees up from the floor and closing in
    by `close` for each unit they reach (0.08: until the knees touch; 0: side by side, a hip
    width apart); the shins come back down to the feet flat on the floor."""
    a = math.radians(thigh)
    rise = _FRONT_LENGTHS["r_knee"] * math.sin(a) / _FRONT_LENGTHS["r_ankle"]
    shin = (-math.sqrt(1 - rise ** 2), -rise, 0.0)
    return {"r_knee": (-math.cos(a), math.sin(a), -close),
            "l_knee": (-math.cos(a), math.sin(a), close),
            "r_ankle": shin, "l_ankle": shin,
            "r_toe": (-1.0, 0.05, 0.0), "l_toe": (-1.0, 0.05, 0.0)}


# steep, so that the knees still stand up clear of the hips
_KNEES_UP = _knees_up(60.0)
# From the feet end, well round to the figure's left, and high up: the body lies across the
# picture at a slant with the arms out wide across it, and knees that roll to the figure's
# right come down towards the floor beside the body, where both bent legs show whole side by
# side. From lower down, the fallen legs point at the camera and fold into one tangle, and a
# drawing from the side shows them only sinking, which reads as legs being lowered.
_ROLL_CAMERA = Camera(yaw=135.0, pitch=60.0)


def _lower_trunk_rotation() -> tuple[tuple[Pose, Pose], Scene]:
    # Knees bent and together, feet flat: a tent over the legs. Both knees roll slowly over
    # to the figure's right, while the shoulders and arms stay flat. The tent stays behind,
    # faint, and a curved arrow follows the knees over.
    up = _supine(_ON_BACK, _ON_BACK, _ARMS_OUT, **_KNEES_UP)
    # Rolled over, the top leg lies on the bottom one. Stick legs have no thickness: closed in
    # until the knees touch, the two would be drawn one on the other as a single leg, so they
    # lie a little more than a hip width apart and each thigh, knee and shin shows on its own.
    rolled = _supine(_ON_BACK.twisted(55.0), _ON_BACK, _ARMS_OUT, **_knees_up(60.0, -0.2))
    camera = _ROLL_CAMERA
    start, end = _the_short_way((_posed(up, camera), _posed(rolled, camera)))
    # the mat reaches further out on the side the knees roll to
    start, end, mat = _framed(start, end, camera, _mat_3d(-76.0, 46.0, -22.0, 38.0))
    # over the knees as they tip about the feet
    arrow = _swing_arrow(start, end, "r_ankle", "r_knee", 12.0)
    # the far arm lies out on the floor clear of the body, as still as the near one
    scene = Scene(mat, frozenset({"legs", "hips"}), (arrow,), rest_y=None,
                  layers=_lit_legs(_layers(rolled, camera)), ghost=frozenset({"legs"}),
                  solid=frozenset({"arms"}))
    return (start, end), scene


# From the feet end, a little round to the figure's left, and half way up: the body lies down
# the picture at a slant with the arms out across its far end, and the bent leg lying across
# the long one shows whole.
_CROSS_CAMERA = Camera(yaw=120.0, pitch=50.0)


def _lying_knee_twist() -> tuple[tuple[Pose, Pose], Scene]:
    # Legs long and arms out wide; the right knee bends, crosses over the left leg and sinks
    # towards the floor on its far side, the foot by the left knee, the hips turning with it,
    # the shoulders flat. The long leg it started as is not left behind faint: beside the
    # other long leg it reads as both legs having started long, and the bent one as both knees.
    flat = _supine(_ON_BACK, _ON_BACK, _ARMS_OUT)
    crossed = _supine(_ON_BACK.twisted(-40.0), _ON_BACK, _ARMS_OUT)
    # the left leg stays long on the floor; the right thigh goes straight across over it,
    # hip high, the knee sinking beyond it on the left, and the shin runs back down towards
    # the feet so the foot rests by the left knee: seen from above, one bent leg across one
    # long one, not two legs swinging over together as in the knee rolls
    for joint, d in (("l_knee", (-1, 0, 0)), ("l_ankle", (-1, 0, 0)), ("l_toe", (-0.3, 1, 0)),
                     ("r_knee", (-0.2, 0.1, -1.0)), ("r_ankle", (-1.0, -0.1, 0.3)),
                     ("r_toe", (-0.3, 0.2, 0.9))):
        crossed[joint] = _ON_BACK(*d)
    camera = _CROSS_CAMERA
    start, end = _the_short_way((_posed(flat, camera), _posed(crossed, camera)))
    start, end, mat = _framed(start, end, camera, _mat_3d(-80.0, 92.0, -30.0, 30.0))
    # round the outside of the bent leg, clear of the shin
    arrow = _swing_arrow(start, end, "r_hip", "r_knee", 16.0)
    # the crossing leg lies over the long one
    layers = tuple((part, 2 if part == "r_leg" else layer)
                   for part, layer in _lit_legs(_layers(crossed, camera)))
    # the far arm lies out on the floor clear of the body, as still as the near one
    scene = Scene(mat, frozenset({"r_leg", "hips"}), (arrow,), rest_y=None,
                  layers=layers, solid=frozenset({"arms"}))
    return (start, end), scene


# Lying on the left side, head to the right, the front of the body towards the viewer: the
# figure's right side is on top.
_ON_SIDE = BodyFrame(up=(1.0, 0.0, 0.0), front=(0.0, 0.0, 1.0))
# From in front of the figure and above, well round towards its feet: the body lies down the
# picture at a slant with the head at the far end, drawn large. The top knee, bent forward
# onto the floor, stands out as a triangle in front of the long bottom leg, and the stacked
# hips as a short bar: lying on the side, not on the back. As the chest turns to the ceiling,
# the shoulder bar turns from upright to across the body, and the top elbow swings from
# upright over to behind the back, clear of the head. Seen from lower down and more from the
# front, the turn hides behind the body, and the figure could as well lie on its back.
_SIDE_LYING_CAMERA = Camera(yaw=-60.0, pitch=40.0)


def _side_lying(chest: BodyFrame, elbow: Vec) -> dict[str, Vec]:
    """Lying on the left side, bottom leg long, the top foot hooked behind the bottom knee,
    the bottom arm along the floor past the head, the top hand on the top shoulder blade;
    `chest` is the frame of the upper body, turned back or not, and `elbow` the top elbow's
    direction in it (u, f, r)."""
    legs = _ON_SIDE
    bones = {"neck": chest(1, 0, 0), "head": chest(1, 0.1, 0),
             "r_shoulder": chest(0, 0, 1), "l_shoulder": chest(0, 0, -1),
             "r_hip": legs(0, 0, 1), "l_hip": legs(0, 0, -1),
             "l_knee": legs(-1, 0, 0), "l_ankle": legs(-1, 0, 0), "l_toe": legs(-0.2, 1, 0),
             # the top knee bent forward and down onto the floor in front of the bottom leg:
             # no knee stands up over the body as when lying on the back
             "r_knee": legs(-0.35, 0.85, -0.35),
             # the bottom arm lies along the floor past the head, which rests on it; it
             # stays there as the chest turns
             "l_elbow": legs(1, 0.05, 0), "l_wrist": legs(1, 0.05, 0), "l_hand": legs(1, 0.05, 0),
             "r_elbow": chest(*elbow)}

    def at(*chain: str) -> Vec:
        point = (0.0, 0.0, 0.0)
        for joint in chain:
            point = _along(point, bones[joint], _FRONT_LENGTHS[joint])
        return point

    # the top foot behind the bottom knee
    knee, target = at("r_hip", "r_knee"), at("l_hip", "l_knee")
    target = _along(target, legs(0, -1, 0), 5.0)
    bones["r_ankle"] = _unit(_along(target, knee, -1.0))
    bones["r_toe"] = legs(-0.6, -0.2, -0.75)
    # the top hand reaches back over the shoulder to the shoulder blade, down the back from
    # it, so the upper arm and forearm part and the elbow reads as a point
    elbow = at("neck", "r_shoulder", "r_elbow")
    blade = at("neck", "r_shoulder")
    blade = _along(_along(blade, chest.front, -6.0), chest.up, -12.0)
    bones["r_wrist"] = _unit(_along(blade, elbow, -1.0))
    # the fingers lie flat on the blade, down the back
    bones["r_hand"] = chest(-1, -0.3, 0)
    return bones


def _turning_with(start: Pose, end: Pose, lead: str, chain: tuple[str, ...]) -> Pose:
    """The end pose with the bones of `chain` turning the same way round as the bone `lead`,
    each by less than a full turn more than it: a limb carried round by the body goes round
    with it, not back across it the short way."""
    turn = end.angles[lead] - start.angles[lead]
    angles = dict(end.angles)
    for joint in chain:
        near = start.angles[joint] + turn
        angles[joint] = end.angles[joint] + 360.0 * round((near - end.angles[joint]) / 360.0)
    return replace(end, angles=angles)


def _lumbar_flexion_rotation_stretch() -> tuple[tuple[Pose, Pose], Scene]:
    # The top shoulder turns back towards the floor, so the chest turns to the ceiling, while
    # the hips and legs stay where they are. The top elbow starts pointing at the ceiling, a
    # little towards the head, and ends carried back behind the body, level with the floor.
    # The moving arm and the shoulders are accented, and the arm is left behind faint where it
    # started; the stacked shoulders at the start are a short bar, which left faint too only
    # piled grey up by the head.
    camera = _SIDE_LYING_CAMERA
    before = _side_lying(_ON_SIDE, (0.4, 0.3, 1.0))
    # Dropped further towards the floor, the elbow would be drawn on the trunk from this side.
    after = _side_lying(_ON_SIDE.twisted(85.0), (0.3, -0.1, 1.0))
    start, end = _the_short_way((_posed(before, camera), _posed(after, camera)))
    # the elbow goes round over the top of the shoulder, the way the chest turns
    end = _turning_with(start, end, "r_shoulder", ("r_elbow", "r_wrist", "r_hand"))
    # the mat reaches past the head to take in the bottom arm under it, and no further out
    # in front and behind than the bent knee and the elbow, so the figure is drawn large
    start, end, mat = _framed(start, end, camera, _mat_3d(-74.0, 90.0, 26.0, -22.0))
    # along the elbow's way, over the shoulders, above the body and clear of the head
    arrow = _path_arrow(start, end, "r_elbow", 8.0, (0.0, 10.0))
    # The top arm and the top leg lie over the body, the bottom leg beside it; the bottom arm,
    # under the head, is the one far limb, drawn faint.
    layers = (("r_arm", 2), ("r_leg", 2), ("l_arm", 0), ("l_leg", 1))
    scene = Scene(mat, frozenset({"r_arm", "shoulders"}), (arrow,), rest_y=None,
                  layers=layers, ghost=frozenset({"r_arm"}))
    return (start, end), scene


# --- Lying on the side, seen from the front -------------------------------------------------------


def _lying_lateral_leg_lift() -> tuple[tuple[Pose, Pose], Scene]:
    # Lying on the left side, head to the right, seen from the front: the front view turned a
    # quarter clockwise. The lower arm reaches past the head and pillows it.
    angles = _turned(_FRONT_BASE, 90.0)
    angles.update({"l_elbow": 80.0, "l_wrist": 84.0, "l_hand": 90.0,
                   "r_elbow": 264.0, "r_wrist": 268.0, "r_hand": 270.0,
                   "head": 86.0})
    feet = {"r_toe": 70.0, "l_toe": 70.0}
    start = _rest(Pose("front", 0.0, 0.0, angles, dict(feet)))
    end = replace(start, angles={**start.angles, "r_knee": 306.0, "r_ankle": 306.0,
                                 "r_toe": 216.0})
    # round the outside of the foot as it rises: a short tick under the leg was taken for an
    # arrow pointing down
    arrow = _swing_arrow(start, end, "r_hip", "r_ankle", 12.0)
    scene = Scene(_mat_under(start), frozenset({"r_leg"}), (arrow,), rest_y=REST_Y)
    return (start, end), scene


# --- The seated knee swing, posed in 3D -----------------------------------------------------------

# Sitting facing the viewer: the trunk's head end up, its front towards the viewer.
_UPRIGHT = BodyFrame(up=(0.0, 1.0, 0.0), front=(0.0, 0.0, 1.0))
# From straight in front and a little above, so the chair stands upright and its seat shows
# as a thin shape; knees that swing to the figure's right turn from pointing at the viewer
# to side on, across the picture.
_CHAIR_CAMERA = Camera(yaw=0.0, pitch=10.0)
_SEAT = -(STROKE / 2 + GAP + PROP_STROKE / 2)  # the seat's top below the pelvis


def _chair_3d(floor_y: float) -> tuple[tuple[Vec, ...], ...]:
    """A plain four-legged chair under a sitter whose pelvis is at the origin: seat,
    legs, backrest, and a stretch of floor in front."""
    y, back, front, half = _SEAT, -16.0, 20.0, 20.0
    seat = ((-half, y, back), (half, y, back), (half, y, front), (-half, y, front),
            (-half, y, back))
    legs = tuple(((x, y, z), (x, floor_y, z)) for x in (-half + 2, half - 2)
                 for z in (back + 2, front - 2))
    rest = ((-half + 2, y, back), (-half + 2, y + 40, back), (half - 2, y + 40, back),
            (half - 2, y, back))
    floor_line = ((-48.0, floor_y, front + 14), (48.0, floor_y, front + 14))
    return (rest, seat) + legs + (floor_line,)


def _sitting_3d(legs: BodyFrame) -> dict[str, Vec]:
    trunk = _UPRIGHT
    bones = {"neck": trunk(1, 0, 0), "head": trunk(1, 0, 0),
             "r_shoulder": trunk(0, 0, 1), "l_shoulder": trunk(0, 0, -1),
             "r_hip": legs(0, 0, 1), "l_hip": legs(0, 0, -1)}
    for side, s in (("r", 1), ("l", -1)):
        # arms held out wide at shoulder height; knees together, feet just off the floor
        bones.update(_limb_bones(trunk, side, {"elbow": (0.05, 0, s), "wrist": (0.05, 0, s),
                                               "hand": (0.05, 0, s)}))
        bones.update(_limb_bones(legs, side, {"knee": (-0.05, 1, -0.12 * s),
                                              "ankle": (-0.93, 0.3, 0),
                                              "toe": (-0.35, 1, 0)}))
    return bones


def _seated_lower_trunk_rotation() -> tuple[tuple[Pose, Pose], Scene]:
    # Feet lifted, knees together; the knees swing together to the figure's right while the
    # chest and the arms held out wide stay facing forward.
    camera = _CHAIR_CAMERA
    before, after = _sitting_3d(_UPRIGHT), _sitting_3d(_UPRIGHT.twisted(45.0))
    start, end = _posed(before, camera), _posed(after, camera)
    floor_y = -(_FRONT_LENGTHS["r_knee"] * 0.05 + _FRONT_LENGTHS["r_ankle"] * 0.95 + 18.0)
    outlines = _chair_3d(floor_y)
    x0, y0, x1, y1 = _extent(start)
    chair = _props(start, camera, *outlines)
    xs = [x for line in chair for x, _ in line.points] + [x0, x1]
    ys = [y for line in chair for _, y in line.points] + [y0, y1]
    dx, dy = (SIZE - min(xs) - max(xs)) / 2, (SIZE - min(ys) - max(ys)) / 2
    start = replace(start, x=start.x + dx, y=start.y + dy)
    end = replace(end, x=end.x + dx, y=end.y + dy)
    a, b = joints(start)["r_knee"], joints(end)["r_knee"]
    # a curved arrow just inside the path of the feet, the way they swing
    arrow = _swing_arrow(start, end, "pelvis", "r_ankle", 5.0, (2.0, 8.0))
    scene = Scene(_props(start, camera, *outlines), frozenset({"legs"}), (arrow,), rest_y=None,
                  layers=_lit_legs(_layers(after, camera)))
    return (start, end), scene


# --- The chest opener, posed in 3D ----------------------------------------------------------------


def _arm_to(bones: dict[str, Vec], side: str, hand: Vec, out: Vec) -> None:
    """Bend the arm of `side` so that its wrist reaches `hand` (relative to the pelvis), the
    elbow bowing towards `out`; straight if the wrist cannot reach."""
    shoulder = _along(_scaled(bones["neck"], _FRONT_LENGTHS["neck"]), bones[f"{side}_shoulder"],
                      _FRONT_LENGTHS[f"{side}_shoulder"])
    a, b = _FRONT_LENGTHS[f"{side}_elbow"], _FRONT_LENGTHS[f"{side}_wrist"]
    to = _along(hand, shoulder, -1.0)
    d = min(math.hypot(*to), a + b - 1e-6)
    u = _unit(to)
    x = (a * a - b * b + d * d) / (2 * d)
    h = math.sqrt(max(a * a - x * x, 0.0))
    dot = sum(o * w for o, w in zip(out, u))
    v = _unit(_along(out, u, -dot))
    elbow = _along(_scaled(u, x), v, h)
    bones[f"{side}_elbow"] = _unit(elbow)
    bones[f"{side}_wrist"] = _unit(_along(_scaled(u, d), elbow, -1.0))
    bones[f"{side}_hand"] = bones[f"{side}_wrist"]


def _standing_3d(trunk: BodyFrame, hands: Vec, out: Vec) -> dict[str, Vec]:
    """Standing tall, the hands together at `hands` (relative to the pelvis), the elbows
    bowing towards `out` and apart."""
    legs = _UPRIGHT
    bones = {"neck": trunk(1, 0, 0), "head": trunk(1, 0.05, 0),
             "r_shoulder": trunk(0, 0, 1), "l_shoulder": trunk(0, 0, -1),
             "r_hip": legs(0, 0, 1), "l_hip": legs(0, 0, -1)}
    for side, s in (("r", 1), ("l", -1)):
        bones.update(_limb_bones(legs, side, {"knee": (-1, 0, 0), "ankle": (-1, 0, 0),
                                              "toe": (-0.3, 1, 0)}))
        # each wrist half a hand's width from the middle, where the hands clasp
        _arm_to(bones, side, _along(hands, trunk.right, 3.0 * s),
                _along(out, trunk.right, 0.6 * s))
    return bones


# From behind and round to the figure's left, a little above: the two arms run down behind
# the back to the hands clasped at its middle, and the clasped hands lifting away from the
# back show beside the body, on the side the figure does not face.
_BEHIND_CAMERA = Camera(yaw=-140.0, pitch=12.0)


def _chest_opener() -> tuple[tuple[Pose, Pose], Scene]:
    # Hands clasped behind the back, elbows bent; then the arms straighten and the hands lift
    # away from the back while the chest lifts and the shoulders draw back. Seen from the side
    # the two arms lie on one another and the figure could face either way: the arms seemed
    # to swing up in front.
    camera = _BEHIND_CAMERA
    before = _standing_3d(_UPRIGHT, (0.0, 2.0, -12.0), (0.0, 0.0, -1.0))
    # the chest lifts and the shoulders draw back: the trunk leans back a touch
    opened = BodyFrame(up=_unit((0.0, 1.0, -0.08)), front=_unit((0.0, 0.08, 1.0)))
    after = _standing_3d(opened, (0.0, 10.0, -46.0), (0.0, 1.0, -0.2))
    start, end = (on_the_floor(_posed(bones, camera)) for bones in (before, after))
    end = replace(end, y=start.y)
    arrow = _swing_arrow(start, end, "r_shoulder", "r_hand", 14.0)
    # the arms behind the back are the nearest limbs; the legs stand side by side
    layers = (("r_arm", 2), ("l_arm", 2), ("r_leg", 1), ("l_leg", 1))
    scene = Scene((floor(CENTRE_X - 50, CENTRE_X + 50),), frozenset({"arms"}), (arrow,),
                  layers=layers, ghost=frozenset({"arms"}))
    return (start, end), scene


# --- Neutral figures for exercises without a drawing of their own ---------------------------------


def _generic_standing() -> tuple[tuple[Pose, Pose], Scene]:
    pose = _pose("front")
    return (pose, pose), Scene((floor(CENTRE_X - 40, CENTRE_X + 40),), frozenset())


def _generic_seated() -> tuple[tuple[Pose, Pose], Scene]:
    pose = _sitting_front()
    scene = Scene(_chair_under(pose) + (floor(CENTRE_X - 50, CENTRE_X + 50),), frozenset())
    return (pose, pose), scene


def _generic_floor() -> tuple[tuple[Pose, Pose], Scene]:
    pose = _rest(Pose("side", 0.0, 0.0, _on_back(**_knees_bent()), facing=1))
    return (pose, pose), Scene(_mat_under(pose), frozenset(), rest_y=REST_Y)




# These choose the way round each limb travels themselves.
_DRAWN_BEFORE = {"standing_overhead_reach", "seated_overhead_reach", "shoulder_roll",
                 "walking_break", "neck_stretch", "seated_lower_back_rotation",
                 "standing_back_extension", "standing_quad_stretch", "hamstring_stretch",
                 "lumbar_flexion_rotation_stretch"}

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
    "seated_lower_trunk_rotation": _seated_lower_trunk_rotation,
    "knee_to_chest": _knee_to_chest,
    "lying_knee_twist": _lying_knee_twist,
    "lower_trunk_rotation": _lower_trunk_rotation,
    "partial_curl": _partial_curl,
    "glute_bridge": _glute_bridge,
    "lumbar_flexion_rotation_stretch": _lumbar_flexion_rotation_stretch,
    "prone_back_extension": _prone_back_extension,
    "kneeling_forearm_plank": _kneeling_forearm_plank,
    "quadruped_hip_extension": _quadruped_hip_extension,
    "kneeling_hip_flexor_stretch": _kneeling_hip_flexor_stretch,
    "pelvic_tilt": _pelvic_tilt,
    "cat_stretch": _cat_stretch,
    "superman": _superman,
    "lying_lateral_leg_lift": _lying_lateral_leg_lift,
    # neutral figures for exercises without a drawing of their own
    GENERIC_PICTURES[Position.STANDING]: _generic_standing,
    GENERIC_PICTURES[Position.SEATED]: _generic_seated,
    GENERIC_PICTURES[Position.FLOOR]: _generic_floor,
}

POSES: dict[str, tuple[Pose, Pose]] = {}
SCENES: dict[str, Scene] = {}
for _id, _build in _BUILDERS.items():
    POSES[_id], SCENES[_id] = _build()
    if _id not in _DRAWN_BEFORE:
        POSES[_id] = _the_short_way(POSES[_id])
del _id, _build


# --- Drawing --------------------------------------------------------------------------------------

_GROUPS = {"arms": ("r_arm", "l_arm"), "legs": ("r_leg", "l_leg")}


def _named_parts(names: frozenset[str], mirrored: bool) -> set[str]:
    """The body parts `names` stand for (groups spelled out); the other side's version of a
    picture names the other side's limbs."""
    return {_other_side(n) if mirrored else n for name in names for n in _GROUPS.get(name, (name,))}


def _parts(pose: Pose, layers: dict[str, int] | None = None
           ) -> list[tuple[int, str, list[str]]]:
    """The figure's strokes as (depth layer, body part, chain of joints); layer 0 is farthest.
    `layers` places limbs of a figure posed in 3D."""
    def limbs(layer: int, side: str) -> list[tuple[int, str, list[str]]]:
        return [
            ((layers or {}).get(f"{side}_leg", layer), f"{side}_leg",
             [f"{side}_{j}" for j in ("hip", "knee", "ankle", "toe")]),
            ((layers or {}).get(f"{side}_arm", layer), f"{side}_arm",
             [f"{side}_{j}" for j in ("shoulder", "elbow", "wrist", "hand")]),
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

    accented = _named_parts(scene.highlight, mirrored)

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}">',
        '<g fill="none" stroke-linecap="round" stroke-linejoin="round">',
    ]
    for prop in scene.props:
        pts = [_flip(p, mirrored) for p in prop.points]
        faint = f' stroke-opacity="{prop.opacity:g}"' if prop.opacity < 1 else ""
        lines.append(f'<path d="{_path(pts)}" stroke="{prop.colour}" '
                     f'stroke-width="{_num(prop.width)}"{faint}/>')

    if scene.ghost and t > 0:
        # The start pose of the moving limbs, faint and behind everything else.
        before = joints(start)
        ghosted = _named_parts(scene.ghost, mirrored)
        lines.append(f'<g stroke="{INK}" stroke-width="{_num(STROKE)}" '
                     f'stroke-opacity="{GHOST_OPACITY}">')
        lines.extend(f'<path d="{_path([before[j] for j in chain])}"/>'
                     for _, part, chain in _parts(start) if part in ghosted)
        lines.append("</g>")

    # Within a depth layer the accented parts go on top, so they read as one clean shape.
    strokes: list[tuple[int, bool, str]] = []
    control = spine_control(pose, points)
    layers = {(_other_side(k) if mirrored else k): v for k, v in scene.layers}
    solid = _named_parts(scene.solid, mirrored)
    for layer, part, chain in _parts(pose, layers):
        pts = [points[j] for j in chain]
        if part == "spine" and control is not None:
            (x0, y0), (x1, y1) = pts
            cx, cy = control
            lit = part in accented
            d = f"M{_num(x0)} {_num(y0)} Q{_num(cx)} {_num(cy)} {_num(x1)} {_num(y1)}"
            strokes.append((layer, lit, f'<path d="{d}" stroke="{ACCENT if lit else INK}"/>'))
            continue
        if part == "neck":  # stop at the rim of the head
            (x0, y0), (x1, y1) = pts
            k = bone_length(pose, "head")
            k = max(0.0, (k - head_radius(pose)) / k) if k else 0.0
            pts = [(x0, y0), (x0 + (x1 - x0) * k, y0 + (y1 - y0) * k)]
        lit = part in accented
        colour = ACCENT if lit else INK
        # A limb behind the body is drawn fainter, so the near one reads in front of it; a
        # solid one is only drawn first, so the body still covers it where they meet.
        faint = f' stroke-opacity="{FAR_OPACITY}"' if layer == 0 and part not in solid else ""
        strokes.append((layer, lit, f'<path d="{_path(pts)}" stroke="{colour}"{faint}/>'))
        if part == "neck":
            hx, hy = points["head"]
            lit = "head" in accented
            colour = ACCENT if lit else INK
            r = _num(head_radius(pose))
            strokes.append((layer, lit, f'<circle cx="{_num(hx)}" cy="{_num(hy)}" '
                                        f'r="{r}" fill="{colour}" stroke="{colour}"/>'))
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
