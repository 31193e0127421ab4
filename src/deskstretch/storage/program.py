"""program.json in the data folder: how far the user is in the back program."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from deskstretch.core.program import Progress
from deskstretch.storage.files import keep_copy, write_atomically

FILE = "program.json"


def path(data_dir: Path) -> Path:
    return data_dir / FILE


def load(file: Path, now: datetime) -> tuple[Progress, str | None]:
    """The saved progress, or the start and a sentence saying why. A file that cannot be used is
    kept beside itself, named with the time, before anything overwrites it."""
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return Progress(), None
    except OSError as e:
        return Progress(), f"{file} cannot be read ({e.strerror}); the back program starts at Align."
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        reason = "it is not JSON"
        progress = Progress()
    else:
        progress, reason = Progress.from_dict(data)
    if reason is None:
        return progress, None
    try:
        kept = keep_copy(file, now)
        note = f" The file was kept as {kept.name}."
    except OSError:
        note = ""
    return progress, f"{file} was not used: {reason}. The back program starts at Align.{note}"


def save(file: Path, progress: Progress) -> None:
    write_atomically(file, (json.dumps(progress.to_dict()) + "\n").encode("utf-8"))
