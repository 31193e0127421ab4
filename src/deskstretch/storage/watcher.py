"""Notices when a file is changed by someone else: the config file edited by hand."""

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


class FileWatcher(QObject):
    """Emits ``changed`` when the file's bytes differ from ``known``, the bytes the app
    itself last read or wrote, so its own saves are not mistaken for edits."""

    changed = Signal()

    def __init__(self, path: Path, known: bytes | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.known = known
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher = QFileSystemWatcher(self)
        # The folder, because saving by rename replaces the file and ends a watch on it;
        # the file too, because writing in place changes no folder entry.
        self._watcher.directoryChanged.connect(self._settle.start)
        self._watcher.fileChanged.connect(self._settle.start)
        self._watch()

    def _watch(self) -> None:
        for target in (self.path.parent, self.path):
            if target.exists() and str(target) not in self._watcher.files() + self._watcher.directories():
                self._watcher.addPath(str(target))

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
