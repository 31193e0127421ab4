"""The user's own routine files: the TOML format, its limits, and turning one file's text into
a Routine or into messages that say what is wrong and where."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from deskstretch.core.program import PROGRAM
from deskstretch.core.routines import (
    GENERIC_PICTURES, Equipment, Exercise, Position, Routine, Step,
)

# The file name without ".toml" is the routine's id, typed on the command line.
ROUTINE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
EXERCISE_ID = re.compile(r"[a-z][a-z0-9_]*")
# Not a routine: `deskstretch stretch program` runs the back program's current stage.
RESERVED_IDS = frozenset({PROGRAM})

HOLD_S = (1, 300)
REPS = (1, 20)
REST_S = (0, 120)
MAX_STEPS = 30
MAX_SECONDS = 30 * 60
NAME_CHARS = 40  # the stretch window's header: "<name> · step 2 of 4"
EXERCISE_NAME_CHARS = 30  # one line of the window's title
LINES = (1, 4)  # the window has room for four lines of instructions
LINE_CHARS = 50
TEXT_CHARS = 120

ROUTINE_KEYS = ("name", "steps", "exercises")
STEP_KEYS = ("exercise", "hold_seconds", "reps", "rest_seconds")
EXERCISE_KEYS = ("id", "name", "position", "steps", "equipment", "kind", "per_side",
                 "purpose", "caution", "hold_seconds", "reps", "rest_seconds", "illustration")


@dataclass(frozen=True)
class Parsed:
    """One file's outcome: the routine, or None and the reasons it was not loaded."""

    routine: Routine | None
    problems: tuple[str, ...] = ()


class _Problems:
    """Collects messages for one file, each with the line it is about when that can be found."""

    def __init__(self, label: str, text: str) -> None:
        self.label = label
        self.lines = text.splitlines()
        self.messages: list[str] = []

    def add(self, path: tuple, message: str) -> None:
        line = _locate(self.lines, path)
        where = f"{self.label}, line {line}" if line else self.label
        key = _key_name(path)
        self.messages.append(f"{where}: {key}: {message}" if key else f"{where}: {message}")


def _key_name(path: tuple) -> str:
    """("steps", 1, "reps") -> "steps[2].reps": positions are counted from 1 for people."""
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[")


def _key_line(lines: list[str], key: str, start: int, stop: int) -> int | None:
    pattern = re.compile(rf'^\s*["\']?{re.escape(key)}["\']?\s*=')
    for n in range(start, stop):
        if pattern.match(lines[n]):
            return n + 1
    return None


def _locate(lines: list[str], path: tuple) -> int | None:
    """The line (from 1) a key is written on, for keys at the top or in [[array]] tables; None
    when it is not written as such (missing, or written inline)."""
    if not path:
        return None
    first_table = next((n for n, line in enumerate(lines) if _TABLE.match(line)), len(lines))
    name = path[0]
    headers = [n for n, line in enumerate(lines)
               if (m := _HEADER.match(line)) and m.group(1) == name]
    if len(path) == 1:
        found = _key_line(lines, name, 0, first_table)
        return found or (headers[0] + 1 if headers else None)
    index = path[1]
    if not isinstance(index, int) or index >= len(headers):
        return _key_line(lines, name, 0, first_table)
    start = headers[index]
    stop = next((n for n in range(start + 1, len(lines)) if _TABLE.match(lines[n])), len(lines))
    if len(path) == 2:
        return start + 1
    key = path[2].split("[")[0]  # "steps[2]" is a line of the key "steps"
    return _key_line(lines, key, start + 1, stop) or start + 1


def _quoted(value: Any) -> str:
    """A value as it would be written in the file."""
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _whole(problems: _Problems, where: tuple, value: Any, limits: tuple[int, int],
           unit: str = "") -> int | None:
    low, high = limits
    allowed = f"use a whole number from {low} to {high}{unit}"
    if not isinstance(value, int) or isinstance(value, bool):
        problems.add(where, f"{_quoted(value)} is not a whole number; {allowed}")
        return None
    if value < low:
        problems.add(where, f"{value} is below the minimum; {allowed}")
        return None
    if value > high:
        problems.add(where, f"{value} is above the maximum; {allowed}")
        return None
    return value


def _text(problems: _Problems, where: tuple, value: Any, most: int) -> str | None:
    if not isinstance(value, str):
        problems.add(where, f"{_quoted(value)} is not text; write it in quotes")
        return None
    value = value.strip()
    if not value:
        problems.add(where, "is empty")
        return None
    if "\n" in value:
        problems.add(where, "must be a single line")
        return None
    if len(value) > most:
        problems.add(where, f"is {len(value)} characters long; at most {most} fit")
        return None
    return value


def _choice(problems: _Problems, where: tuple, value: Any, allowed: Collection[str]) -> str | None:
    if value not in allowed or not isinstance(value, str):
        choices = ", ".join(f'"{a}"' for a in allowed)
        problems.add(where, f"{_quoted(value)} is not one of {choices}")
        return None
    return value


def _keys(problems: _Problems, where: tuple, table: dict, allowed: tuple[str, ...]) -> None:
    for key in table:
        if key not in allowed:
            problems.add(where + (key,), f"unknown key; allowed: {', '.join(allowed)}")


def _tables(problems: _Problems, where: tuple, value: Any, what: str) -> list[dict] | None:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        problems.add(where, f"must be a list of {what} tables, each starting with [[{where[-1]}]]")
        return None
    return value


def _exercise(problems: _Problems, where: tuple, table: dict,
              known: Mapping[str, Exercise]) -> Exercise | None:
    before = len(problems.messages)
    _keys(problems, where, table, EXERCISE_KEYS)
    for key in ("id", "name", "position", "steps"):
        if key not in table:
            hint = {"id": 'an id to use in [[steps]], e.g. id = "wall_push"',
                    "name": 'a name, e.g. name = "Wall push"',
                    "position": 'a position: "standing", "seated" or "floor"',
                    "steps": f"{LINES[0]} to {LINES[1]} short lines of instructions"}[key]
            problems.add(where + (key,), f"missing; give {hint}")
    exercise_id = table.get("id")
    if "id" in table:
        if not isinstance(exercise_id, str) or not EXERCISE_ID.fullmatch(exercise_id):
            problems.add(where + ("id",), f"{_quoted(exercise_id)} is not an exercise id; use "
                                          "lowercase letters, digits and underscores, starting "
                                          "with a letter")
        elif exercise_id in known:
            problems.add(where + ("id",), f'"{exercise_id}" is already an exercise; to use it, '
                                          "name it in [[steps]], or pick another id")
    name = _text(problems, where + ("name",), table["name"], EXERCISE_NAME_CHARS) \
        if "name" in table else None
    position = _choice(problems, where + ("position",), table["position"],
                       [p.value for p in Position]) if "position" in table else None
    lines: list[str] = []
    if "steps" in table:
        value = table["steps"]
        if not isinstance(value, list):
            problems.add(where + ("steps",), f"must be a list of {LINES[0]} to {LINES[1]} lines "
                                             'in quotes, e.g. steps = ["Stand tall.", "Breathe."]')
        elif not LINES[0] <= len(value) <= LINES[1]:
            problems.add(where + ("steps",), f"has {len(value)} lines; give {LINES[0]} to "
                                             f"{LINES[1]}")
        else:
            for n, line in enumerate(value):
                text = _text(problems, where + (f"steps[{n + 1}]",), line, LINE_CHARS)
                if text is not None:
                    lines.append(text)
    extra: dict[str, Any] = {}
    if "equipment" in table:
        extra["equipment"] = _choice(problems, where + ("equipment",), table["equipment"],
                                     [e.value for e in Equipment])
    if "kind" in table:
        extra["kind"] = _choice(problems, where + ("kind",), table["kind"], ("hold", "move"))
    if "per_side" in table:
        if not isinstance(table["per_side"], bool):
            problems.add(where + ("per_side",), f"{_quoted(table['per_side'])} is not true or "
                                                "false")
        extra["per_side"] = table["per_side"]
    for key in ("purpose", "caution"):
        if key in table:
            extra[key] = _text(problems, where + (key,), table[key], TEXT_CHARS)
    for key, limits in (("hold_seconds", HOLD_S), ("reps", REPS), ("rest_seconds", REST_S)):
        if key in table:
            extra[key] = _whole(problems, where + (key,), table[key], limits,
                                "" if key == "reps" else " seconds")
    drawings = sorted(e for e in known if not known[e].picture)
    if "illustration" in table:
        extra["illustration"] = _choice(problems, where + ("illustration",),
                                        table["illustration"], drawings)
    if len(problems.messages) > before:
        return None
    fields = {k: extra[k] for k in ("kind", "per_side", "purpose", "caution") if k in extra}
    if "equipment" in extra:
        fields["equipment"] = Equipment(extra["equipment"])
    dose = {"hold_seconds": "hold_s", "reps": "reps", "rest_seconds": "rest_s"}
    fields.update({dose[k]: extra[k] for k in dose if k in extra})
    picture = extra.get("illustration") or GENERIC_PICTURES[Position(position)]
    return Exercise(exercise_id, name, Position(position), tuple(lines), picture=picture,
                    **fields)


def parse(routine_id: str, text: str, label: str, exercises: Mapping[str, Exercise],
          taken: Collection[str]) -> Parsed:
    """Read one routine file's text. `label` names the file in messages, `exercises` are the
    built-in exercises, `taken` the routine ids already in use."""
    problems = _Problems(label, text)
    if not ROUTINE_ID.fullmatch(routine_id):
        problems.add((), "the file name is the routine's id, so it must be lowercase letters, "
                         "digits and dashes, e.g. morning-stretch.toml")
    elif routine_id in RESERVED_IDS:
        problems.add((), f'"{routine_id}" is the name of the back program; rename the file')
    elif routine_id in taken:
        problems.add((), f'"{routine_id}" is already the id of a built-in routine; rename the '
                         "file")
    if not text.strip():
        problems.add((), "the file is empty; a routine needs a name and at least one [[steps]]")
        return Parsed(None, tuple(problems.messages))
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        message = str(e)
        at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
        if at:
            message = message[:at.start()]
            problems.label = f"{label}, line {at.group(1)}, column {at.group(2)}"
        problems.add((), f"not valid TOML: {message[:1].lower()}{message[1:]}")
        return Parsed(None, tuple(problems.messages))

    _keys(problems, (), doc, ROUTINE_KEYS)
    name = None
    if "name" not in doc:
        problems.add(("name",), 'missing; give the routine a name, e.g. name = "Morning stretch"')
    else:
        name = _text(problems, ("name",), doc["name"], NAME_CHARS)

    known = dict(exercises)
    own: dict[str, Exercise] = {}
    # exercises defined here that have problems of their own: a step naming one says nothing more
    broken: set[str] = set()
    if "exercises" in doc:
        tables = _tables(problems, ("exercises",), doc["exercises"], "exercise")
        for n, table in enumerate(tables or ()):
            exercise = _exercise(problems, ("exercises", n), table, known)
            if exercise is None:
                if isinstance(table.get("id"), str):
                    broken.add(table["id"])
                continue
            if exercise.id in own:
                problems.add(("exercises", n, "id"), f'"{exercise.id}" is defined twice in this '
                                                     "file")
                continue
            own[exercise.id] = exercise
    known.update(own)

    steps: list[Step] = []
    if "steps" not in doc:
        problems.add(("steps",), "missing; add at least one [[steps]] with an exercise")
        tables = None
    else:
        tables = _tables(problems, ("steps",), doc["steps"], "step")
        if tables is not None and not 1 <= len(tables) <= MAX_STEPS:
            problems.add(("steps",), f"has {len(tables)} steps; give 1 to {MAX_STEPS}")
            tables = None
    for n, table in enumerate(tables or ()):
        where = ("steps", n)
        before = len(problems.messages)
        _keys(problems, where, table, STEP_KEYS)
        exercise = None
        if "exercise" not in table:
            problems.add(where + ("exercise",), "missing; name a built-in exercise or one from "
                                                "[[exercises]]")
        elif table["exercise"] in broken and isinstance(table["exercise"], str):
            pass
        elif not isinstance(table["exercise"], str) or table["exercise"] not in known:
            problems.add(where + ("exercise",), f"{_quoted(table['exercise'])} is not a known "
                                                f"exercise; known: {', '.join(sorted(known))}")
        else:
            exercise = known[table["exercise"]]
        dose = {}
        for key, field, limits, unit in (("hold_seconds", "hold_s", HOLD_S, " seconds"),
                                         ("reps", "reps", REPS, ""),
                                         ("rest_seconds", "rest_s", REST_S, " seconds")):
            if key in table:
                dose[field] = _whole(problems, where + (key,), table[key], limits, unit)
        if len(problems.messages) == before and exercise is not None:
            steps.append(Step.dose(exercise, ready_s=5 if not steps else 3, **dose))

    if problems.messages:
        return Parsed(None, tuple(problems.messages))
    routine = Routine(routine_id, name, f'routine "{name}"', tuple(steps))
    if routine.seconds > MAX_SECONDS:
        minutes, seconds = divmod(routine.seconds, 60)
        problems.add(("steps",), f"the routine lasts {minutes} min {seconds} s; at most "
                                 f"{MAX_SECONDS // 60} min is allowed")
        return Parsed(None, tuple(problems.messages))
    return Parsed(routine)
