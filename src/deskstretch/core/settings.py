"""Every user setting, declared once: type, default, allowed values and help text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from deskstretch.core import hours
from deskstretch.core.library import ROUTINES

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting:
    """One setting: what it is called, what it holds and what is allowed."""

    key: str
    label: str
    help: str
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    # For a choice: the allowed values in the order they are offered.
    choices: tuple[str, ...] = ()
    unit: str = ""
    # For text with a format of its own: raises ValueError saying what is wrong.
    parser: Callable[[str], Any] | None = None
    format_help: str = ""
    group: str = "Breaks"  # where the preferences window shows it

    @property
    def kind(self) -> type:
        return type(self.default)

    def allowed(self) -> str:
        """Say in words what values this setting takes."""
        if self.choices:
            return "one of " + ", ".join(f'"{c}"' for c in self.choices)
        if self.kind is bool:
            return "true or false"
        if self.kind is int:
            unit = f" {self.unit}" if self.unit else ""
            return f"a whole number from {self.minimum} to {self.maximum}{unit}"
        return f"text {self.format_help}" if self.format_help else "text"

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not allowed, or None when it is."""
        ok_type = isinstance(value, self.kind) and not (
            self.kind is int and isinstance(value, bool)
        )
        if not ok_type:
            return f"{value!r} is not {self.allowed()}"
        if self.choices and value not in self.choices:
            return f"{value!r} is not {self.allowed()}"
        if self.minimum is not None and value < self.minimum:
            return f"{value} is below the minimum; use {self.allowed()}"
        if self.maximum is not None and value > self.maximum:
            return f"{value} is above the maximum; use {self.allowed()}"
        if self.parser is not None:
            try:
                self.parser(value)
            except ValueError as e:
                return f"{e}; use {self.allowed()}"
        return None


ROUTINE_IDS = tuple(ROUTINES)

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "interval_minutes", "Remind me every",
        "Sitting time between two breaks.",
        30, minimum=5, maximum=180, unit="minutes",
    ),
    Setting(
        "routine", "Short break",
        "The routine a reminder opens.",
        "stand-up", choices=ROUTINE_IDS,
    ),
    Setting(
        "long_break_every", "Long break every",
        "Every how many breaks one is long; 0 for never.",
        4, minimum=0, maximum=12, unit="breaks",
    ),
    Setting(
        "long_routine", "Long break",
        "The routine for the long break.",
        "long-break", choices=ROUTINE_IDS,
    ),
    Setting(
        "daily_goal", "Daily goal",
        "Stretch breaks a day that keep your streak going.",
        8, minimum=1, maximum=30, unit="breaks",
    ),
    Setting(
        "warning_seconds", "Warn before a break",
        "Notice before a break; 0 for none.",
        30, minimum=0, maximum=300, unit="seconds", group="Reminders",
    ),
    Setting(
        "snooze_minutes", "Snooze for",
        "How long Snooze puts a break off.",
        5, minimum=1, maximum=60, unit="minutes", group="Reminders",
    ),
    Setting(
        "max_snoozes", "Snoozes in a row",
        "How often in a row a break can be put off.",
        2, minimum=0, maximum=10, group="Reminders",
    ),
    Setting(
        "working_hours", "Working hours",
        "Remind only during these hours; empty for always.",
        "", parser=hours.parse, format_help=hours.FORMAT_HELP, group="Schedule",
    ),
    Setting(
        "busy_postpone_minutes", "Wait while busy for",
        "Busy: a full-screen app or do not disturb.",
        30, minimum=0, maximum=120, unit="minutes", group="Reminders",
    ),
    Setting(
        "start_at_login", "Start at login",
        "Start DeskStretch when you log in.",
        False, group="Schedule",
    ),
    Setting(
        "morning_hour", "Morning starts at",
        'When "Pause until tomorrow" ends.',
        9, minimum=0, maximum=23, group="Schedule",
    ),
    Setting(
        "comfort_checkin", "Comfort check-in",
        "Rate back discomfort before and after long breaks.",
        False, group="Stretches",
    ),
)

BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Problem:
    """A value that was not accepted, and why."""

    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


@dataclass(frozen=True)
class Settings:
    """A complete, valid set of values, plus any keys this version does not know."""

    values: dict[str, Any] = field(default_factory=lambda: defaults())
    extra: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def with_value(self, key: str, value: Any) -> Settings:
        """A copy with one value changed; raises ValueError when it is not allowed."""
        setting = BY_KEY.get(key)
        if setting is None:
            raise ValueError(f"there is no setting called {key!r}")
        reason = setting.check(value)
        if reason:
            raise ValueError(f"{setting.label}: {reason}")
        return Settings({**self.values, key: value}, self.extra)

    def to_document(self) -> dict[str, Any]:
        """The settings as a file would hold them, with the schema version first."""
        return {"version": SCHEMA_VERSION, **self.values, **self.extra}


def defaults() -> dict[str, Any]:
    return {s.key: s.default for s in SETTINGS}


def from_document(doc: dict[str, Any]) -> tuple[Settings, list[Problem]]:
    """Accept what is valid in ``doc``; every other value falls back to its default."""
    values = defaults()
    problems: list[Problem] = []
    extra: dict[str, Any] = {}
    version = doc.get("version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        problems.append(
            Problem("version", f"{version!r} is not a version this app knows; expected {SCHEMA_VERSION}")
        )
    for key, value in doc.items():
        if key == "version":
            continue
        setting = BY_KEY.get(key)
        if setting is None:
            # Kept so that a newer version's settings survive a round trip through this one.
            extra[key] = value
            continue
        reason = setting.check(value)
        if reason:
            problems.append(Problem(key, f"{reason}; using the default {setting.default!r}"))
        else:
            values[key] = value
    return Settings(values, extra), problems
