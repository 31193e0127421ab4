"""Every user-visible text the core declares as data, listed for translation.

The exercise library, the routines and the settings declaration are data: marking each literal
for Qt's extraction tool would bury them in wrappers, and a new exercise could be added
without one. Instead this module walks the data, and scripts/update-translations writes what
it lists into the translation sources. The UI translates these texts at display time in the
contexts named here.
"""

from __future__ import annotations

from collections.abc import Iterator

LIBRARY = "Library"
SETTINGS = "Settings"


def library_texts() -> Iterator[str]:
    """Exercise names, steps and cautions, routine names, summaries and get-ready hints,
    the back program's stage names and the safety line shown with every exercise."""
    from deskstretch.core import library, program

    yield library.SAFETY
    for exercise in library.EXERCISES.values():
        yield exercise.name
        yield from exercise.steps
        if exercise.caution:
            yield exercise.caution
    for routine in library.ROUTINES.values():
        yield routine.name
        yield routine.summary
        for step in routine.steps:
            if step.ready_hint:
                yield step.ready_hint
    yield from program.NAMES.values()


def settings_texts() -> Iterator[str]:
    """Each setting's label, help text and unit, and the names of the groups."""
    from deskstretch.core import settings

    for setting in settings.SETTINGS:
        yield setting.label
        yield setting.help
        if setting.unit and setting.unit != "%":
            yield setting.unit
    yield from settings.GROUPS


def visible_texts() -> list[tuple[str, str]]:
    """(context, text) pairs, each once, in a stable order."""
    pairs = [(LIBRARY, t) for t in library_texts()] + [(SETTINGS, t) for t in settings_texts()]
    return list(dict.fromkeys(pairs))
