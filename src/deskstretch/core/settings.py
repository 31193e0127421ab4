"""Every user setting, declared once: type, default, allowed values and help text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from deskstretch.core import hours
from deskstretch.core.library import ROUTINES

# Version 2 replaced morning_hour (a whole hour) with morning_time ("08:30").
SCHEMA_VERSION = 2


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
    # A text that is a time of day ("08:30"), edited as one.
    time_of_day: bool = False
    # A routine choice: the user's own routines (known only at run time) are allowed too.
    own_routines: bool = False

    @property
    def kind(self) -> type:
        return type(self.default)

    def allowed(self, choices: tuple[str, ...] | None = None) -> str:
        """Say in words what values this setting takes; `choices` replaces the declared ones
        for a routine choice that knows the user's own routines."""
        if self.choices:
            listed = "one of " + ", ".join(f'"{c}"' for c in (choices or self.choices))
            if self.own_routines and choices is None:
                listed += ", or the id of one of your own routines"
            return listed
        if self.kind is bool:
            return "true or false"
        if self.kind is int:
            unit = f" {self.unit}" if self.unit else ""
            return f"a whole number from {self.minimum} to {self.maximum}{unit}"
        return f"text {self.format_help}" if self.format_help else "text"

    def check(self, value: Any, choices: tuple[str, ...] | None = None) -> str | None:
        """Return why ``value`` is not allowed, or None when it is."""
        ok_type = isinstance(value, self.kind) and not (
            self.kind is int and isinstance(value, bool)
        )
        if not ok_type:
            return f"{value!r} is not {self.allowed(choices)}"
        if self.choices and value not in (choices or self.choices):
            return f"{value!r} is not {self.allowed(choices)}"
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
# "system" follows the desktop's language; the others are the translations shipped.
LANGUAGES = ("system", "en", "de", "es", "fr")
# "automatic" follows the desktop's light or dark scheme; panels are not always the same
# shade as windows, hence the explicit choices.
TRAY_ICONS = ("automatic", "light-panel", "dark-panel", "monochrome")

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "interval_minutes", "Remind me every",
        "Sitting time between two breaks.",
        30, minimum=5, maximum=180, unit="minutes",
    ),
    Setting(
        "routine", "Short break",
        "The routine a reminder opens.",
        "stand-up", choices=ROUTINE_IDS, own_routines=True, group="Stretches",
    ),
    Setting(
        "long_break_every", "Long break every",
        "Every how many breaks one is long; 0 for never.",
        4, minimum=0, maximum=12, unit="breaks",
    ),
    Setting(
        "long_routine", "Long break",
        "The routine for the long break.",
        "long-break", choices=ROUTINE_IDS, own_routines=True, group="Stretches",
    ),
    # Reminders fall back to the office routines rather than the choice being refused: the
    # same choice is right at home with office mode off (core/library.py: for_reminder).
    Setting(
        "office_mode", "Office mode",
        "Reminders never open routines done on the floor.",
        True, group="Stretches",
    ),
    Setting(
        "daily_goal", "Daily goal",
        "Stretch breaks a day that keep your streak going.",
        8, minimum=1, maximum=30, unit="breaks",
    ),
    Setting(
        "warning_seconds", "Warn before a break",
        "Notice before a break; 0 for none.",
        30, minimum=0, maximum=300, unit="seconds", group="Notifications & sound",
    ),
    Setting(
        "snooze_minutes", "Snooze for",
        "How long Snooze puts a break off.",
        5, minimum=1, maximum=60, unit="minutes", group="Notifications & sound",
    ),
    Setting(
        "max_snoozes", "Snoozes in a row",
        "How often in a row a break can be put off.",
        2, minimum=0, maximum=10, group="Notifications & sound",
    ),
    Setting(
        "working_hours", "Working hours",
        "Remind only during these hours; empty for always.",
        "", parser=hours.parse, format_help=hours.FORMAT_HELP, group="Schedule",
    ),
    Setting(
        "busy_postpone_minutes", "Wait while busy for",
        "Busy: a full-screen app or do not disturb.",
        30, minimum=0, maximum=120, unit="minutes", group="Schedule",
    ),
    Setting(
        "start_at_login", "Start at login",
        "Start DeskStretch when you log in.",
        False, group="Startup",
    ),
    Setting(
        "morning_time", "Morning starts at",
        'When "Pause until tomorrow" ends.',
        "09:00", parser=hours.parse_time, format_help='a time of day such as "08:30"',
        group="Schedule", time_of_day=True,
    ),
    Setting(
        "reduce_motion", "Reduce motion",
        "Show each stretch's end pose, without animation.",
        False, group="Appearance",
    ),
    Setting(
        "sound_cue", "Sound at each phase",
        "A soft chime when a hold, rest or side begins.",
        False, group="Notifications & sound",
    ),
    Setting(
        "sound_volume", "Chime volume",
        "How loud the chime is.",
        60, minimum=0, maximum=100, unit="%", group="Notifications & sound",
    ),
    Setting(
        "comfort_checkin", "Comfort check-in",
        "Rate back discomfort before and after long breaks.",
        False, group="Stretches",
    ),
    Setting(
        "tray_icon", "Tray icon",
        "Colours to suit your panel.",
        "automatic", choices=TRAY_ICONS, group="Appearance",
    ),
    # Language names are written in their own language (ui/i18n.py), so nobody has to read
    # a language they do not know to find their own.
    Setting(
        "language", "Language",
        "Applies the next time DeskStretch starts.",
        "system", choices=LANGUAGES, group="Appearance",
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
    # Every routine a routine choice may name: the built-in ones and the user's own.
    routines: tuple[str, ...] = ROUTINE_IDS

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def choices(self, setting: Setting) -> tuple[str, ...]:
        return self.routines if setting.own_routines else setting.choices

    def with_value(self, key: str, value: Any) -> Settings:
        """A copy with one value changed; raises ValueError when it is not allowed."""
        setting = BY_KEY.get(key)
        if setting is None:
            raise ValueError(f"there is no setting called {key!r}")
        reason = setting.check(value, self.choices(setting) or None)
        if reason:
            raise ValueError(f"{setting.label}: {reason}")
        return Settings({**self.values, key: value}, self.extra, self.routines)

    def to_document(self) -> dict[str, Any]:
        """The settings as a file would hold them, with the schema version first."""
        return {"version": SCHEMA_VERSION, **self.values, **self.extra}


def defaults() -> dict[str, Any]:
    return {s.key: s.default for s in SETTINGS}


# The order the preferences window shows the groups in; a setting names its own.
GROUPS = ("Breaks", "Stretches", "Notifications & sound", "Schedule", "Appearance", "Startup")


def _v1_to_v2(doc: dict[str, Any], problems: list[Problem]) -> None:
    if "morning_hour" not in doc:
        return
    hour = doc.pop("morning_hour")
    if isinstance(hour, int) and not isinstance(hour, bool) and 0 <= hour <= 23:
        doc.setdefault("morning_time", f"{hour:02d}:00")
    else:
        problems.append(Problem("morning_hour", f"{hour!r} is not a whole hour from 0 to 23; "
                                f"using the default morning time {BY_KEY['morning_time'].default}"))


# MIGRATIONS[n] turns a version-n document into a version n + 1 one, in place.
MIGRATIONS: dict[int, Callable[[dict[str, Any], list[Problem]], None]] = {1: _v1_to_v2}


def migrate(doc: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Bring a document of any earlier version up to SCHEMA_VERSION.

    A file without a version was written by hand; it is read as the oldest version, which
    changes nothing in a file that already uses today's keys.
    """
    doc = dict(doc)
    problems: list[Problem] = []
    version = doc.pop("version", 1)
    if not (isinstance(version, int) and not isinstance(version, bool)
            and 1 <= version <= SCHEMA_VERSION):
        problems.append(Problem("version", f"{version!r} is not a version this app knows; "
                                f"expected a whole number from 1 to {SCHEMA_VERSION}"))
        return doc, problems
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](doc, problems)
    return doc, problems


def from_document(doc: dict[str, Any], routines: tuple[str, ...] = ROUTINE_IDS
                  ) -> tuple[Settings, list[Problem]]:
    """Accept what is valid in ``doc``; every other value falls back to its default.
    `routines` are the ids a routine choice may name."""
    values = defaults()
    doc, problems = migrate(doc)
    extra: dict[str, Any] = {}
    for key, value in doc.items():
        setting = BY_KEY.get(key)
        if setting is None:
            # Kept so that a newer version's settings survive a round trip through this one.
            extra[key] = value
            continue
        reason = setting.check(value, routines if setting.own_routines else None)
        if reason:
            problems.append(Problem(key, f"{reason}; using the default {setting.default!r}"))
        else:
            values[key] = value
    return Settings(values, extra, routines), problems
