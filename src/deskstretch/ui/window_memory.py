"""What the stretch window remembers across runs: its size, and that the safety note was read."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from deskstretch.storage.files import keep_copy, write_atomically

log = logging.getLogger(__name__)

# Taller than the 560 px first sketched: four lines of steps, a caution and the ring leave a
# 560 px window too little room for a figure that reads at a glance.
DEFAULT_SIZE = (440, 600)
# A size outside these is a damaged file, not a window anyone chose.
MIN_SIDE, MAX_SIDE = 200, 10000


@dataclass
class Remembered:
    width: int = DEFAULT_SIZE[0]
    height: int = DEFAULT_SIZE[1]
    safety_note_read: bool = False


def _problem(doc: object) -> str | None:
    if not isinstance(doc, dict):
        return "it does not hold a JSON object"
    for key in ("width", "height"):
        value = doc.get(key, DEFAULT_SIZE[0])
        if not isinstance(value, int) or isinstance(value, bool) or not MIN_SIDE <= value <= MAX_SIDE:
            return f'"{key}" is {value!r}; it must be a whole number of pixels from {MIN_SIDE} to {MAX_SIDE}'
    if not isinstance(doc.get("safety_note_read", False), bool):
        return f'"safety_note_read" is {doc["safety_note_read"]!r}; it must be true or false'
    return None


class WindowMemory:
    """Reads and writes window.json in the data folder; a bad file is kept and not used."""

    def __init__(self, path: Path, now: datetime) -> None:
        self.path = path
        self.state = self._load(now)

    def _load(self, now: datetime) -> Remembered:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Remembered()
        except (OSError, UnicodeDecodeError) as e:
            log.warning("Could not read %s (%s); the stretch window uses its defaults", self.path, e)
            return Remembered()
        try:
            doc = json.loads(text)
        except ValueError as e:
            problem = f"it is not valid JSON ({e})"
        else:
            problem = _problem(doc)
            if problem is None:
                return Remembered(**{k: doc[k] for k in asdict(Remembered()) if k in doc})
        try:
            kept = keep_copy(self.path, now)
        except OSError:
            kept = None
        log.warning("%s was not used: %s. The stretch window uses its defaults%s", self.path,
                    problem, f"; the file was kept as {kept.name}" if kept else "")
        return Remembered()

    def save(self, **changes) -> None:
        new = Remembered(**{**asdict(self.state), **changes})
        if new == self.state:
            return
        self.state = new
        try:
            write_atomically(self.path, (json.dumps(asdict(new), indent=1) + "\n").encode())
        except OSError as e:
            log.warning("Could not save %s: %s", self.path, e)
