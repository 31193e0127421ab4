"""The soft chime at a phase change, played by the system's own sound player in the background.

Qt's QSoundEffect lives in PySide6-Addons, a second large package on top of the
PySide6-Essentials the app needs; the players desktops already have do the same job for one
short file.
"""

from __future__ import annotations

import array
import logging
import shutil
import sys
import tempfile
import wave
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess

from deskstretch import assets

log = logging.getLogger(__name__)

# Tried in this order: PipeWire, PulseAudio, ALSA; macOS has afplay.
LINUX_PLAYERS = (("pw-play",), ("paplay",), ("aplay", "-q"))
MAC_PLAYERS = (("afplay",),)


def chime_file() -> Path:
    return assets.assets_dir() / "sounds" / "chime.wav"


def find_player(which: Callable[[str], str | None] = shutil.which,
                platform: str = sys.platform) -> list[str] | None:
    """The command (without the file) that plays a WAV file here, or None."""
    for candidate in MAC_PLAYERS if platform == "darwin" else LINUX_PLAYERS:
        path = which(candidate[0])
        if path:
            return [path, *candidate[1:]]
    return None


def gain(volume: int) -> float:
    """Loudness follows the square of the setting, so equal steps sound like equal steps."""
    return (max(0, min(100, volume)) / 100) ** 2


def scaled_wav(source: Path, target: Path, volume: int) -> None:
    """Write `source` to `target` with its samples scaled for `volume` (0 to 100)."""
    with wave.open(str(source), "rb") as f:
        params = f.getparams()
        frames = f.readframes(params.nframes)
    if params.sampwidth != 2:
        raise ValueError(f"{source} must hold 16-bit samples, not {params.sampwidth * 8}-bit")
    data = array.array("h", frames)
    if sys.byteorder == "big":
        data.byteswap()
    k = gain(volume)
    data = array.array("h", (round(s * k) for s in data))
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(target), "wb") as f:
        f.setparams(params)
        f.writeframes(data.tobytes())


class Chime(QObject):
    """Plays the chime without waiting for it; a missing or failing player is logged once."""

    def __init__(self, parent: QObject | None = None, player: list[str] | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._looked = player is not None
        self._files: dict[int, Path] = {}
        self._dir: Path | None = None
        self._complained = False
        self.running: list[QProcess] = []

    @property
    def player(self) -> list[str] | None:
        if not self._looked:
            self._looked = True
            self._player = find_player()
        return self._player

    def available(self) -> bool:
        return sys.platform == "win32" or self.player is not None

    def _file(self, volume: int) -> Path:
        if volume not in self._files:
            if self._dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="deskstretch-sound-"))
                weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)
            path = self._dir / f"chime-{volume}.wav"
            scaled_wav(chime_file(), path, volume)
            self._files[volume] = path
        return self._files[volume]

    def play(self, volume: int) -> None:
        if volume <= 0:
            return
        if not self.available():
            self._complain("no sound player was found (looked for "
                           + ", ".join(p[0] for p in LINUX_PLAYERS + MAC_PLAYERS) + ")")
            return
        try:
            path = self._file(volume)
        except (OSError, ValueError, EOFError, wave.Error) as e:
            self._complain(f"the chime could not be prepared: {e}")
            return
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC
                               | winsound.SND_NODEFAULT)
            return
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.setStandardOutputFile(QProcess.nullDevice())
        process.errorOccurred.connect(lambda error, p=process: self._failed(p, error))
        process.finished.connect(lambda *_, p=process: self._done(p))
        self.running.append(process)
        process.start(self.player[0], [*self.player[1:], str(path)])

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        self._complain(f"{self.player[0]} failed ({error.name})")
        if error is QProcess.ProcessError.FailedToStart:  # no finished() will follow
            self._done(process)

    def _done(self, process: QProcess) -> None:
        if process.exitStatus() is QProcess.ExitStatus.NormalExit and process.exitCode() != 0:
            self._complain(f"{self.player[0]} exited with status {process.exitCode()}")
        if process in self.running:
            self.running.remove(process)
        process.deleteLater()

    def _complain(self, why: str) -> None:
        # Said once: a chime a second that cannot play should not fill the log.
        if not self._complained:
            self._complained = True
            log.warning("No sound: %s", why)
