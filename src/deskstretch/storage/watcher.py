"""Notices when the config file or the routines folder is changed by someone else."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

# Editors write in several steps (truncate, write, rename); wait until they are done.
SETTLE_MS = 250


def read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


class _SettlingWatcher(QObject):
    """Calls the subclass's ``_check`` once a burst of change notices has settled."""

    changed = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._settle.start)
        self._watcher.fileChanged.connect(self._settle.start)

    def _add(self, targets: list[Path]) -> None:
        """Watch those of `targets` that exist and are not watched yet."""
        watched = set(self._watcher.files() + self._watcher.directories())
        wanted = [str(t) for t in targets if t.exists() and str(t) not in watched]
        if wanted:
            self._watcher.addPaths(wanted)


class FileWatcher(_SettlingWatcher):
    """Emits ``changed`` when the file's bytes differ from ``known``, the bytes the app
    itself last read or wrote, so its own saves are not mistaken for edits."""

    def __init__(self, path: Path, known: bytes | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.known = known
        self._watch()

    def _watch(self) -> None:
        # The folder, because saving by rename replaces the file and ends a watch on it;
        # the file too, because writing in place changes no folder entry.
        self._add([self.path.parent, self.path])

    def remember(self, known: bytes | None) -> None:
        """The app has just read or written these bytes."""
        self.known = known
        self._watch()  # the folder may exist only since this save

    def edited(self) -> bool:
        """Whether the file now differs from what the app knows of it."""
        return read_or_none(self.path) != self.known

    def _check(self) -> None:
        self._watch()
        if self.edited():
            self.changed.emit()


def snapshot(folder: Path, suffix: str) -> dict[str, bytes | None] | None:
    """Every `suffix` file in the folder with its bytes (None when unreadable), or None when
    there is no folder to read."""
    try:
        paths = [p for p in folder.iterdir() if p.suffix == suffix]
    except OSError:
        return None
    return {p.name: read_or_none(p) for p in paths if not p.is_dir()}


class FolderWatcher(_SettlingWatcher):
    """Emits ``changed`` when a `suffix` file in the folder is added, edited or removed, or the
    folder itself comes or goes; ``known`` is what the app last read."""

    def __init__(self, folder: Path, suffix: str = ".toml", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.suffix = suffix
        self.known = snapshot(folder, suffix)
        self._watch()

    def _watch(self) -> None:
        # The parent too, or the nearest folder above that exists: the folder may not be there
        # yet, or may be removed and made again. Each file, because writing one in place
        # changes no folder entry.
        above = self.folder.parent
        while not above.exists() and above != above.parent:
            above = above.parent
        self._add([above, self.folder.parent, self.folder,
                   *(self.folder / name for name in self.known or ())])

    def _check(self) -> None:
        now = snapshot(self.folder, self.suffix)
        if now != self.known:
            self.known = now
            self.changed.emit()
        self._watch()
