"""The pose model and the illustrations drawn from it (no Qt needed)."""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from deskstretch.core import poses
from deskstretch.core.library import EXERCISES
from deskstretch.core.poses import (
    ACCENT, INK, POSES, SCENES, SIZE, Pose, bone_length, interpolate, joints, mirror, render_svg,
    spine_control,
)
from deskstretch.core.routines import GENERIC_PICTURES, Position

ILLUSTRATIONS = Path(__file__).resolve().parents[2] / "assets" / "illustrations"
SVG = "{http://www.w3.org/2000/svg}"
ALL_POSES = [(f"{eid}-{which}", pose) for eid, pair in POSES.items()
             for which, pose in zip(("start", "end"), pair)]
GENERIC = set(GENERIC_PICTURES.values())
# The drawings that show an exercise (the neutral figures show no movement).
MOVING = sorted(set(POSES) - GENERIC)


def _distance(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])


def test_every_exercise_in_the_library_has_poses_and_a_shipped_illustration():
    for exercise_id in EXERCISES:
        assert exercise_id in poses._BUILDERS, exercise_id
        assert exercise_id in POSES, exercise_id
        assert (ILLUSTRATIONS / f"{exercise_id}.svg").is_file(), exercise_id
    # and nothing is drawn that is not an exercise or a neutral figure
    assert set(POSES) == set(EXERCISES) | GENERIC
    assert {p.stem for p in ILLUSTRATIONS.glob("*.svg")} == set(POSES)


def test_there_is_a_neutral_figure_for_each_position_without_accent_or_movement():
    for position in Position:
        start, end = POSES[GENERIC_PICTURES[position]]
        assert start == end
        assert ACCENT not in render_svg(GENERIC_PICTURES[position])
    # standing on the floor, sitting on a chair, lying on a mat
    assert SCENES["generic_standing"].rest_y == poses.FOOT_Y
    assert len(SCENES["generic_seated"].props) > 2
    assert SCENES["generic_floor"].rest_y == poses.REST_Y


@pytest.mark.parametrize("exercise_id", sorted(POSES))
def test_the_shipped_illustration_is_what_the_generator_draws_now(exercise_id):
    shipped = (ILLUSTRATIONS / f"{exercise_id}.svg").read_text(encoding="utf-8")
    assert shipped == render_svg(exercise_id), (
        f"{exercise_id}.svg is stale: run .venv/bin/python scripts/make_illustrations.py")


@pytest.mark.parametrize("exercise_id", MOVING)
def test_interpolation_starts_at_the_start_pose_and_ends_at_the_end_pose(exercise_id):
    start, end = POSES[exercise_id]
    assert start != end
    assert interpolate(start, end, 0.0) == start
    assert interpolate(start, end, 1.0) == end
    assert interpolate(start, end, 0.5) not in (start, end)


@pytest.mark.parametrize("exercise_id", sorted(POSES))
@pytest.mark.parametrize("t", [0.25, 0.5, 0.75])
def test_limbs_keep_their_length_half_way(exercise_id, t):
    start, end = POSES[exercise_id]
    pose = interpolate(start, end, t)
    points = joints(pose)
    for joint, (parent, length) in poses.SKELETONS[pose.view].items():
        drawn = _distance(points[joint], points[parent])
        assert drawn == pytest.approx(bone_length(pose, joint), abs=1e-9), joint
        if joint not in start.foreshortening and joint not in end.foreshortening:
            assert drawn == pytest.approx(length * pose.scale, abs=1e-9), joint


def test_blending_joint_positions_instead_of_angles_would_shorten_a_raised_arm():
    # Guards the test above: the overhead reach moves an arm far enough that a straight-line
    # blend of the hand's position would cut the corner.
    start, end = POSES["standing_overhead_reach"]
    a, b = joints(start), joints(end)
    shoulder = [(a["r_shoulder"][i] + b["r_shoulder"][i]) / 2 for i in (0, 1)]
    elbow = [(a["r_elbow"][i] + b["r_elbow"][i]) / 2 for i in (0, 1)]
    assert _distance(shoulder, elbow) < 0.8 * poses.SKELETONS["front"]["r_elbow"][1]


@pytest.mark.parametrize("name, pose", ALL_POSES)
def test_mirroring_twice_gives_back_the_same_pose(name, pose):
    assert mirror(mirror(pose)) == pose


@pytest.mark.parametrize("name, pose", ALL_POSES)
def test_the_mirror_image_puts_each_joint_of_one_side_where_the_other_side_was_reflected(
        name, pose):
    points, mirrored = joints(pose), joints(mirror(pose))
    for joint, (x, y) in points.items():
        other = poses._other_side(joint)
        assert mirrored[other] == pytest.approx((SIZE - x, y), abs=1e-9), joint


def test_the_neck_stretch_tilts_the_head_to_the_figures_right_and_the_mirror_to_its_left():
    start, end = POSES["neck_stretch"]
    upright, tilted = joints(start), joints(end)
    # Facing the viewer, the figure's right is on the viewer's left.
    assert tilted["head"][0] < upright["head"][0] - 5
    assert joints(mirror(end))["head"][0] > upright["head"][0] + 5
    # The shoulders stay level.
    assert tilted["r_shoulder"][1] == pytest.approx(tilted["l_shoulder"][1])


def test_interpolate_refuses_poses_that_cannot_blend():
    start, _ = POSES["walking_break"]
    front, _ = POSES["shoulder_roll"]
    with pytest.raises(ValueError):
        interpolate(start, front, 0.5)
    with pytest.raises(ValueError):
        interpolate(start, mirror(start), 0.5)


def test_a_pose_must_give_every_bone_a_direction():
    angles = dict(POSES["shoulder_roll"][0].angles)
    del angles["l_knee"]
    with pytest.raises(ValueError):
        Pose("front", 0.0, 100.0, angles)


def _lowest(pose):
    """The lowest centre line of any stroke: a joint, the rim of the head, the spine's curve."""
    points = joints(pose)
    lowest = max(y for j, (_, y) in points.items() if j != "head")
    lowest = max(lowest, points["head"][1] + poses.HEAD_R)
    control = spine_control(pose, points)
    if control is not None:
        middle = (points["pelvis"][1] + points["neck"][1]) / 4 + control[1] / 2
        lowest = max(lowest, middle)
    return lowest


@pytest.mark.parametrize("exercise_id", sorted(POSES))
@pytest.mark.parametrize("mirrored", [False, True])
def test_the_figure_stays_inside_the_picture_and_rests_on_the_floor_or_mat(exercise_id,
                                                                           mirrored):
    margin = poses.STROKE / 2 + 2
    rest = SCENES[exercise_id].rest_y
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        start, end = POSES[exercise_id]
        if mirrored:
            start, end = mirror(start), mirror(end)
        pose = interpolate(start, end, t)
        points = joints(pose)
        for joint, (x, y) in points.items():
            reach = poses.head_radius(pose) if joint == "head" else 0
            assert margin <= x - reach and x + reach <= SIZE - margin, (joint, t)
            assert margin <= y - reach and y + reach <= SIZE - margin, (joint, t)
        # nothing ever goes through the floor or the mat, even half way (a stroke may touch
        # the surface's line as a foot rolls, but never reach past its middle)
        surface = rest if rest is not None else poses.FOOT_Y
        assert _lowest(pose) <= surface + poses.GAP + poses.PROP_STROKE / 2, t
        if t in (0.0, 1.0) and rest is not None:
            assert _lowest(pose) == pytest.approx(rest), t


@pytest.mark.parametrize("exercise_id", sorted(e for e in POSES if SCENES[e].arrows))
def test_the_arrows_stay_inside_the_picture(exercise_id):
    # An arrow cut off at the edge loses its head, and with it the way things move.
    margin = poses.PROP_STROKE / 2
    for arrow in SCENES[exercise_id].arrows:
        points = []
        for d in poses._arrow_paths(arrow, mirrored=False):
            numbers = [float(v) for v in re.findall(r"-?[0-9.]+", d)]
            points += [numbers[:2], numbers[-2:]]
        if arrow.radius:
            points += [poses._on_circle(arrow.centre, arrow.radius, a)
                       for a in (arrow.start, (arrow.start + arrow.end) / 2, arrow.end)]
        for x, y in points:
            assert margin <= x <= SIZE - margin and margin <= y <= SIZE - margin, (x, y)


def test_standing_figures_stand_on_their_feet():
    for exercise_id, scene in SCENES.items():
        if scene.rest_y == poses.FOOT_Y:
            for pose in POSES[exercise_id]:
                points = joints(pose)
                lowest = max(points[f"{s}_{j}"][1] for s in "rl" for j in ("ankle", "toe"))
                assert lowest == pytest.approx(poses.FOOT_Y), exercise_id


def test_floor_exercises_are_drawn_on_a_mat_and_office_ones_are_not():
    for exercise_id, exercise in EXERCISES.items():
        on_mat = SCENES[exercise_id].rest_y == poses.REST_Y or any(
            line.mat for line in SCENES[exercise_id].props)  # a mat seen from above
        assert on_mat == (exercise.position is Position.FLOOR), exercise_id


def test_a_standing_figure_is_about_seven_tenths_of_the_picture_tall():
    points = joints(POSES["shoulder_roll"][0])
    top = points["head"][1] - poses.HEAD_R - poses.STROKE / 2
    bottom = max(y for _, y in points.values()) + poses.STROKE / 2
    assert 0.6 * SIZE <= bottom - top <= 0.8 * SIZE


@pytest.mark.parametrize("exercise_id", sorted(POSES))
@pytest.mark.parametrize("t, mirrored", [(1.0, False), (1.0, True), (0.0, False), (0.4, True)])
def test_the_svg_is_a_square_two_colour_line_drawing(exercise_id, t, mirrored):
    text = render_svg(exercise_id, t=t, mirrored=mirrored)
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and w == h == SIZE

    elements = list(root.iter())
    tags = {e.tag.removeprefix(SVG) for e in elements}
    assert tags <= {"svg", "g", "path", "circle"}  # no text, no background, no images
    colours = {INK} if exercise_id in GENERIC else {INK, ACCENT}
    assert set(re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)) == colours
    assert not re.search(r"rgb|url\(|white|black|fill-opacity", text)
    # The only other looks: a limb on the far side of the body is drawn fainter, where a
    # moving limb started is fainter still, and a mat seen from above is a faint outline.
    assert set(re.findall(r'stroke-opacity="([\d.]+)"', text)) <= {
        f"{poses.FAR_OPACITY:g}", f"{poses.GHOST_OPACITY:g}", f"{poses.MAT_OPACITY:g}"}
    for e in elements:
        for attribute in ("fill", "stroke"):
            assert e.get(attribute) in (None, "none", INK, ACCENT)

    # One stroke width for the whole figure: the group that holds the head.
    figure = [g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}circle") is not None]
    assert len(figure) == 1
    assert figure[0].get("stroke-width") == str(int(poses.STROKE))
    assert all(e.get("stroke-width") is None for e in figure[0])
    assert root.find(f"{SVG}g").get("stroke-linecap") == "round"
    assert root.find(f"{SVG}g").get("stroke-linejoin") == "round"

    # Nothing is clipped: every drawn point (props, arrows and curves too) is inside the box.
    pairs = re.findall(r"[MLAQ](-?[\d.]+) (-?[\d.]+)", text)
    pairs += re.findall(r"Q-?[\d.]+ -?[\d.]+ (-?[\d.]+) (-?[\d.]+)", text)
    for px, py in pairs:
        assert 2 <= float(px) <= SIZE - 2 and 2 <= float(py) <= SIZE - 2, (px, py)


@pytest.mark.parametrize("exercise_id", MOVING)
def test_each_illustration_accents_what_moves(exercise_id):
    text = render_svg(exercise_id)
    assert f'stroke="{ACCENT}"' in text
    assert render_svg(exercise_id, mirrored=True) != text
    assert render_svg(exercise_id, t=0.0) != text


def _accented_points(text):
    root = ET.fromstring(text)
    figure = next(g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}circle") is not None)
    points = []
    for e in figure:
        if e.get("stroke") != ACCENT:
            continue
        if e.tag == f"{SVG}circle":
            points.append((float(e.get("cx")), float(e.get("cy"))))
        else:
            points += [(float(x), float(y)) for x, y in re.findall(r"(-?[\d.]+) (-?[\d.]+)",
                                                                    e.get("d"))]
    return sorted(points)


@pytest.mark.parametrize("exercise_id", MOVING)
def test_the_other_sides_picture_accents_the_same_limb_reflected(exercise_id):
    # A one-sided stretch of the left leg must light up the left leg, not the right one.
    shown = _accented_points(render_svg(exercise_id))
    mirrored = _accented_points(render_svg(exercise_id, mirrored=True))
    reflected = sorted((SIZE - x, y) for x, y in shown)
    assert len(mirrored) == len(reflected)
    for a, b in zip(mirrored, reflected):
        assert a == pytest.approx(b, abs=0.11)


def test_the_long_break_pictures_show_what_the_steps_say():
    # Seated twist: the chest turns to the viewer (a wide shoulder bar) above hips in profile,
    # one hand on the top of the backrest behind, the other on the front knee.
    start, end = POSES["seated_lower_back_rotation"]
    points = joints(end)
    bar = abs(points["l_shoulder"][0] - points["r_shoulder"][0])
    assert bar > 20 and abs(joints(start)["l_shoulder"][0] - joints(start)["r_shoulder"][0]) < 1
    backrest = poses.SCENES["seated_lower_back_rotation"].props[0].points[0]
    assert math.dist(points["r_hand"], backrest) < 6
    assert math.dist(points["l_wrist"], points["r_knee"]) < 12

    # Thigh stretch: the near heel comes up behind the figure, held by the near hand, while the
    # far hand rests on the desk.
    points = joints(POSES["standing_quad_stretch"][1])
    assert points["r_ankle"][0] < points["pelvis"][0]
    assert points["r_ankle"][1] < points["r_knee"][1] - 20
    assert math.dist(points["r_wrist"], points["r_ankle"]) < 4
    desk_top = poses.SCENES["standing_quad_stretch"].props[0].points[0][1]
    assert points["l_hand"][1] < desk_top < points["l_hand"][1] + poses.STROKE

    # Hamstring stretch: the front leg is straight with its heel on the floor and toes up, the
    # trunk leans forward.
    points = joints(POSES["hamstring_stretch"][1])
    assert points["r_ankle"][1] == pytest.approx(poses.FOOT_Y)
    assert points["r_toe"][1] < points["r_ankle"][1] - 5
    assert points["r_ankle"][0] > points["pelvis"][0] + 15
    assert points["neck"][0] > points["pelvis"][0] + 20

    # Back extension: the chest leans back over the hips; chest opener: the arms reach back.
    points = joints(POSES["standing_back_extension"][1])
    assert points["neck"][0] < points["pelvis"][0] - 5
    # The chest opener's hands stay clasped together behind the back, on the side away from
    # where the toes point, while the two arms show apart: seen from the side, one arm lay on
    # the other and seemed to swing up in front.
    start, end = (joints(p) for p in POSES["chest_opener"])
    assert end["r_hand"][0] < end["pelvis"][0] - 25
    assert end["r_toe"][0] > end["r_ankle"][0]
    for points in (start, end):
        assert math.dist(points["r_hand"], points["l_hand"]) < 6
        assert math.dist(points["r_elbow"], points["l_elbow"]) > poses.STROKE + 3


def _strokes(text):
    """The figure's strokes in drawing order, as (path data, faint)."""
    root = ET.fromstring(text)
    figure = next(g for g in root.iter(f"{SVG}g") if g.find(f"{SVG}circle") is not None)
    return [(e.get("d"), e.get("stroke-opacity") is not None)
            for e in figure if e.tag == f"{SVG}path"]


def _chain_path(exercise_id, side, limb, t=1.0):
    chain = {"leg": ("hip", "knee", "ankle", "toe"),
             "arm": ("shoulder", "elbow", "wrist", "hand")}[limb]
    points = joints(interpolate(*POSES[exercise_id], t))
    return poses._path([points[f"{side}_{j}"] for j in chain])


@pytest.mark.parametrize("exercise_id, far, near", [
    ("walking_break", "l_leg", "r_leg"),  # side view: the far leg behind the body
    # posed in 3D, lying on the side: the bottom arm under the head is behind the body
    ("lumbar_flexion_rotation_stretch", "l_arm", "r_arm"),
])
def test_a_far_limb_is_drawn_faint_and_behind_the_near_one(exercise_id, far, near):
    strokes = _strokes(render_svg(exercise_id))
    order = [d for d, _ in strokes]
    faint = {d for d, f in strokes if f}
    far_d = _chain_path(exercise_id, far[0], far[2:])
    near_d = _chain_path(exercise_id, near[0], near[2:])
    assert far_d in faint and near_d not in faint
    assert order.index(far_d) < order.index(near_d)


@pytest.mark.parametrize("exercise_id", ["lower_trunk_rotation", "lying_knee_twist"])
@pytest.mark.parametrize("mirrored", [False, True])
def test_arms_out_still_on_the_floor_are_both_solid(exercise_id, mirrored):
    # Lying on the back, the arms out in a T do not move: the far one, drawn faint, was taken
    # for a start position. Both are drawn at full strength, the far one still before the
    # trunk, so the shoulders and head cover it where they meet.
    far = "l_arm" if mirrored else "r_arm"
    assert dict(SCENES[exercise_id].layers)["r_arm"] == 0
    for t in (0.0, 0.5, 1.0):
        strokes = _strokes(render_svg(exercise_id, t=t, mirrored=mirrored))
        order = [d for d, _ in strokes]
        points = joints(interpolate(*[mirror(p) if mirrored else p
                                      for p in POSES[exercise_id]], t))
        arms = {side: poses._path([points[f"{side}_{j}"]
                                   for j in ("shoulder", "elbow", "wrist", "hand")])
                for side in "rl"}
        faint = {d for d, f in strokes if f}
        assert not faint & set(arms.values())
        shoulders = poses._path([points[j] for j in ("r_shoulder", "neck", "l_shoulder")])
        assert order.index(arms[far[0]]) < order.index(shoulders)


def test_the_rolled_knees_show_as_two_legs_side_by_side():
    # Both knees roll over together: the two legs lie stacked, close, but with air between
    # every pair of bones, so two thighs, two knees and two shins can be told apart.
    points = joints(POSES["lower_trunk_rotation"][1])
    for joint in ("knee", "ankle", "toe"):
        apart = math.dist(points[f"r_{joint}"], points[f"l_{joint}"])
        assert poses.STROKE + 3 < apart < 2.5 * poses.STROKE, (joint, apart)
    # and they lie the same way: the two thighs and the two shins run side by side
    for joint, parent in (("knee", "hip"), ("ankle", "knee")):
        directions = [math.atan2(points[f"{s}_{joint}"][1] - points[f"{s}_{parent}"][1],
                                 points[f"{s}_{joint}"][0] - points[f"{s}_{parent}"][0])
                      for s in "rl"]
        assert abs(math.degrees(directions[0] - directions[1])) < 10


def test_the_twists_are_posed_in_3d_and_turn_what_the_steps_turn():
    # Knee rolls: the knees start pointing up, then both fall to the same side, far
    # enough to move clearly across the picture, while the shoulders stay where they were.
    start, end = POSES["lower_trunk_rotation"]
    a, b = joints(start), joints(end)
    for side in "rl":
        assert math.dist(a[f"{side}_knee"], b[f"{side}_knee"]) > 20
    assert math.dist(a["r_shoulder"], b["r_shoulder"]) < 1
    assert math.dist(a["l_shoulder"], b["l_shoulder"]) < 1
    # Knee cross-over: one knee crosses over the other leg; the other leg stays long.
    start, end = POSES["lying_knee_twist"]
    a, b = joints(start), joints(end)
    assert math.dist(a["l_ankle"], b["l_ankle"]) < 6
    assert math.dist(a["r_knee"], b["r_knee"]) > 20
    # Side-lying back turn: the top shoulder turns back while the legs stay still.
    start, end = POSES["lumbar_flexion_rotation_stretch"]
    a, b = joints(start), joints(end)
    assert math.dist(a["r_elbow"], b["r_elbow"]) > 15
    assert math.dist(a["r_knee"], b["r_knee"]) < 1 and math.dist(a["l_ankle"], b["l_ankle"]) < 1
    # Seated knee swing: the knees swing, the arms held out wide stay put.
    start, end = POSES["seated_lower_trunk_rotation"]
    a, b = joints(start), joints(end)
    assert math.dist(a["r_knee"], b["r_knee"]) > 10
    assert math.dist(a["r_hand"], b["r_hand"]) < 1
    for exercise_id in ("lower_trunk_rotation", "lying_knee_twist",
                        "lumbar_flexion_rotation_stretch", "seated_lower_trunk_rotation"):
        assert SCENES[exercise_id].layers, exercise_id


def _arms_across_the_far_end(points):
    # Lying on the back seen from the feet end: the arms out wide lie across the picture
    # beyond the hips, the head further up it than the pelvis.
    assert abs(points["r_hand"][0] - points["l_hand"][0]) > 120
    assert points["head"][1] < points["pelvis"][1] - 25
    assert (points["r_hand"][1] + points["l_hand"][1]) / 2 < points["pelvis"][1] - 15


def _right_of(points, joint, a, b):
    """How far a joint lies to the right of the line from joint a through joint b, as the
    picture shows it (negative: to its left)."""
    (ax, ay), (bx, by), (x, y) = points[a], points[b], points[joint]
    return ((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / math.dist((ax, ay), (bx, by))


def test_the_floor_twists_on_the_back_read_from_the_picture_alone():
    # Knee rolls: the knees bent up over the legs; then both knees tip over together
    # onto the floor out to one side of the body, the feet staying where they were, while
    # the arms stay out wide.
    start, end = (joints(p) for p in POSES["lower_trunk_rotation"])
    for points in (start, end):
        _arms_across_the_far_end(points)
    for side in "rl":
        # out to the figure's right, which is to the trunk's left in the picture
        knee = f"{side}_knee"
        trunk = ("pelvis", "neck")
        assert _right_of(end, knee, *trunk) < _right_of(start, knee, *trunk) - 15
        assert _right_of(end, knee, *trunk) < -25
        assert math.dist(start[f"{side}_ankle"], end[f"{side}_ankle"]) < 8
    # Knee cross-over: both legs long side by side down the picture at first; then the right
    # knee crosses over the long left leg to its other side, the foot by the left knee.
    start, end = (joints(p) for p in POSES["lying_knee_twist"])
    for points in (start, end):
        _arms_across_the_far_end(points)
    for side in "rl":
        assert start[f"{side}_ankle"][1] > start["pelvis"][1] + 40
    assert start["r_knee"][0] < start["l_knee"][0]
    assert end["r_knee"][0] > end["l_knee"][0] + 15
    assert math.dist(end["r_ankle"], end["l_knee"]) < 16
    # The thigh lies across the long leg at its full length, the knee well clear of it: one
    # bent leg over one long one, not a small zigzag on top of it.
    assert abs(_right_of(end, "r_knee", "l_hip", "l_ankle")) > 2.5 * poses.STROKE
    assert math.dist(end["r_hip"], end["r_knee"]) > 0.95 * math.dist(end["l_hip"], end["l_knee"])
    # Its long start is not left faint beside the long leg, where it reads as a second leg.
    assert f'stroke-opacity="{poses.GHOST_OPACITY:g}"' not in render_svg("lying_knee_twist")


def test_the_side_lying_back_turn_reads_from_the_picture_alone():
    # Seen from in front, above and round towards the feet: the body lies at a slant up the
    # picture to the head, the hips stacked one above the other, the top foot hooked behind
    # the bottom knee.
    exercise = POSES["lumbar_flexion_rotation_stretch"]
    start, end = (joints(p) for p in exercise)
    for points in (start, end):
        assert points["neck"][0] > points["pelvis"][0] + 20
        assert points["neck"][1] < points["pelvis"][1] - 20
        assert abs(points["r_hip"][0] - points["l_hip"][0]) < 2
        assert points["r_hip"][1] < points["l_hip"][1] - 8
        assert math.dist(points["r_ankle"], points["l_knee"]) < 8
        # the top knee bent forward onto the floor stands out in front of the legs, lower in
        # the picture than the hips and clear of the bottom knee: a triangle, not a tangle
        assert points["r_knee"][1] > points["l_hip"][1] + 10
        assert points["r_knee"][0] > points["l_knee"][0] + 30
    # The shoulders start stacked, the top elbow raised over them on the head's side.
    assert abs(start["r_shoulder"][0] - start["l_shoulder"][0]) < 2
    assert start["r_shoulder"][1] < start["l_shoulder"][1] - 20
    assert start["r_elbow"][1] < start["r_shoulder"][1] - 20
    assert start["r_elbow"][0] > start["neck"][0]
    # The chest turns open: the top shoulder goes back, so the shoulder bar leans over across
    # the body, and the elbow swings over towards the feet, still above the body, so that it
    # is not drawn over the trunk.
    assert end["r_shoulder"][0] < end["l_shoulder"][0] - 8
    assert end["r_elbow"][0] < end["neck"][0] - 8
    assert end["r_elbow"][1] < end["neck"][1] - 15
    # Half way the elbow is on its way round over the top, not back across the body.
    half = joints(interpolate(*exercise, 0.5))
    assert half["r_elbow"][1] < half["neck"][1]
    # Nothing piles up round the head: the moving arm and the arrow keep clear of it.
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        pose = interpolate(*exercise, t)
        points = joints(pose)
        clear = poses.head_radius(pose) + poses.STROKE
        for joint in ("r_elbow", "r_wrist", "r_hand"):
            assert math.dist(points[joint], points["head"]) > clear, (t, joint)
    arrow, = SCENES["lumbar_flexion_rotation_stretch"].arrows
    for k in range(11):
        angle = arrow.start + (arrow.end - arrow.start) * k / 10
        point = poses._on_circle(arrow.centre, arrow.radius, angle)
        assert math.dist(point, end["head"]) > poses.head_radius(exercise[1]) + 6, angle


FLOOR_TWISTS = ("lower_trunk_rotation", "lying_knee_twist", "lumbar_flexion_rotation_stretch")


@pytest.mark.parametrize("exercise_id", FLOOR_TWISTS)
def test_a_mat_seen_from_above_is_one_faint_outline_under_the_figure(exercise_id):
    # Drawn like the figure, the mat framed it like a box.
    mats = [line for line in SCENES[exercise_id].props if line.mat]
    assert len(mats) == len(SCENES[exercise_id].props) == 1
    outline = mats[0]
    assert outline.opacity == poses.MAT_OPACITY < 1
    assert f'stroke-opacity="{poses.MAT_OPACITY:g}"' in render_svg(exercise_id)
    a, b, c, d, e = outline.points
    assert e == a  # closed
    # a rectangle on the floor seen at a slant: opposite sides parallel and as long
    assert (b[0] - a[0], b[1] - a[1]) == pytest.approx((c[0] - d[0], c[1] - d[1]))
    assert (d[0] - a[0], d[1] - a[1]) == pytest.approx((c[0] - b[0], c[1] - b[1]))
    # the pelvis lies inside it
    px, py = joints(POSES[exercise_id][0])["pelvis"]
    inside = [((q[0] - p[0]) * (py - p[1]) - (q[1] - p[1]) * (px - p[0])) > 0
              for p, q in zip(outline.points, outline.points[1:])]
    assert all(inside) or not any(inside)


@pytest.mark.parametrize("exercise_id", FLOOR_TWISTS)
def test_a_figure_seen_at_a_slant_is_drawn_larger_to_fill_the_picture(exercise_id):
    start, end = POSES[exercise_id]
    assert start.scale == end.scale >= 1
    xs, ys = [], []
    for t in (0.0, 0.5, 1.0):
        pose = interpolate(start, end, t)
        x0, y0, x1, y1 = poses._extent(pose)
        xs += [x0, x1]
        ys += [y0, y1]
    xs += [x for x, _ in SCENES[exercise_id].props[0].points]
    ys += [y for _, y in SCENES[exercise_id].props[0].points]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 0.85 * SIZE


def test_the_chair_stands_level_however_the_figure_is_posed():
    # A leaning chair made the seated knee swing hard to read: every edge of the chair runs
    # level or straight up the picture.
    for line in SCENES["seated_lower_trunk_rotation"].props:
        for (x0, y0), (x1, y1) in zip(line.points, line.points[1:]):
            assert abs(y1 - y0) < 0.05 or abs(x1 - x0) < 0.05, line.points


@pytest.mark.parametrize("exercise_id", ["lower_trunk_rotation",
                                         "lumbar_flexion_rotation_stretch"])
def test_the_floor_twists_leave_the_start_pose_faint_behind_the_moving_limbs(exercise_id):
    ghost = f'stroke-opacity="{poses.GHOST_OPACITY:g}"'
    assert ghost not in render_svg(exercise_id, t=0.0)  # nothing has moved yet
    for mirrored in (False, True):
        text = render_svg(exercise_id, mirrored=mirrored)
        assert text.count(ghost) == 1
        group = text.split(ghost, 1)[1].split("</g>", 1)[0]
        start = POSES[exercise_id][0]
        start = mirror(start) if mirrored else start
        points = joints(start)
        # the faint strokes are limbs of the start pose, drawn before the figure
        for d in re.findall(r'd="([^"]+)"', group):
            first = tuple(float(v) for v in d[1:].split(" L")[0].split())
            assert any(math.dist(first, p) < 0.11 for p in points.values()), d
        assert text.index(ghost) < text.index("<circle")
