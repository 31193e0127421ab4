"""config.toml: loading what can be used, telling what could not, and saving safely."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from deskstretch.core import settings as decl
from deskstretch.storage import toml_writer
from deskstretch.storage.files import keep_copy, write_atomically

HEADER = """DeskStretch settings. Edit them here or in Preferences; a running DeskStretch
picks up a saved edit at once.
Every setting, its allowed values and its meaning are listed in the README."""


@dataclass
class Loaded:
    settings: decl.Settings
    # Plain sentences for the user; each names the file and, where there is one, the key.
    problems: list[str] = field(default_factory=list)
    kept_copy: Path | None = None
    raw: bytes | None = None  # the file as read, None when there was none to read


def load(path: Path, now: datetime, routines: tuple[str, ...] = decl.ROUTINE_IDS) -> Loaded:
    """Read ``path``; a missing file gives the defaults, a bad one gives defaults for what
    is bad, and a copy of it is kept. `routines` are the ids a routine choice may name."""
    default = decl.Settings(routines=routines)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Loaded(default)
    except IsADirectoryError:
        return Loaded(default, [f"{path} is a folder, not a settings file; using the defaults."])
    except OSError as e:
        return Loaded(default, [f"{path} cannot be read ({e.strerror}); using the defaults."])

    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        problems = [f"{path} is not a text file; using the defaults."]
        return Loaded(default, problems, keep_copy(path, now), raw)
    except tomllib.TOMLDecodeError as e:
        problems = [f"{path} is not valid TOML ({e}); using the defaults."]
        return Loaded(default, problems, keep_copy(path, now), raw)

    settings, found = decl.from_document(doc, routines)
    if not found:
        return Loaded(settings, raw=raw)
    problems = [f"{path}: {p}." for p in found]
    return Loaded(settings, problems, keep_copy(path, now), raw)


def save(path: Path, settings: decl.Settings) -> bytes:
    """Write the settings safely; returns the bytes written."""
    data = toml_writer.dumps(settings.to_document(), HEADER).encode("utf-8")
    write_atomically(path, data)
    return data
