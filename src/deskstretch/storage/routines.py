"""The user's own routines: reading routines/*.toml from the config folder. The files are only
ever read, never changed, and a broken one never stops the others."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from deskstretch.core import custom_routines
from deskstretch.core.library import EXERCISES, ROUTINES
from deskstretch.core.routines import Exercise, Routine
from deskstretch.storage.paths import ROUTINES_FOLDER as FOLDER

# A routine file is a few dozen lines; anything this big is not one.
MAX_BYTES = 64 * 1024


@dataclass
class Loaded:
    routines: dict[str, Routine] = field(default_factory=dict)
    # Plain sentences for the user, each naming the file and, where it can, the line and key.
    problems: list[str] = field(default_factory=list)


def folder(config_dir: Path) -> Path:
    return config_dir / FOLDER


def load(config_dir: Path, exercises: Mapping[str, Exercise] = EXERCISES,
         taken: Collection[str] = ROUTINES) -> Loaded:
    """Every routine in `<config_dir>/routines/*.toml`, in file-name order, and what was wrong
    with the files that could not be used."""
    where = folder(config_dir)
    loaded = Loaded()
    if not where.exists():
        return loaded
    if not where.is_dir():
        loaded.problems.append(f"{where} is a file, not a folder; no routines of your own were "
                               "read")
        return loaded
    try:
        paths = sorted(p for p in where.iterdir() if p.suffix == ".toml")
    except OSError as e:
        loaded.problems.append(f"{where} cannot be read ({e.strerror})")
        return loaded
    for path in paths:
        label = f"{FOLDER}/{path.name}"
        if path.is_dir():
            continue
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                loaded.problems.append(f"{label}: is {size // 1024} KiB; a routine file is at "
                                       f"most {MAX_BYTES // 1024} KiB")
                continue
            raw = path.read_bytes()
        except OSError as e:
            loaded.problems.append(f"{label}: cannot be read ({e.strerror})")
            continue
        try:
            # utf-8-sig: some editors start a text file with a byte-order mark
            text = raw.decode("utf-8-sig")
            if "\x00" in text:
                raise UnicodeDecodeError("utf-8", raw, 0, 1, "NUL byte")
        except UnicodeDecodeError:
            loaded.problems.append(f"{label}: not a text file; a routine file is TOML text "
                                   "in UTF-8")
            continue
        parsed = custom_routines.parse(path.stem, text, label, exercises, taken)
        if parsed.routine is None:
            loaded.problems.extend(parsed.problems)
        else:
            loaded.routines[parsed.routine.id] = parsed.routine
    return loaded
