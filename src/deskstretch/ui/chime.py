"""The soft chime at a phase change: played by Qt's QSoundEffect, or by the system's own sound
player when QtMultimedia (PySide6-Addons, the `sound` extra) is missing or has no audio output.
"""

from __future__ import annotations

import array
import importlib
import logging
import shutil
import sys
import tempfile
import wave
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QObject, QProcess, QUrl

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


def load_multimedia():
    """PySide6.QtMultimedia, or None when it is not installed or cannot load its libraries."""
    # Qt says at import which optional media libraries (PipeWire, VA-API) it did not find;
    # the chime needs none of them.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false\n"
                                    "qt.multimedia.ffmpeg.info=false")
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except ImportError as e:  # also a missing shared library such as libpulse.so.0
        log.info("QtMultimedia is not available (%s); using the system's sound player", e)
        return None


class Chime(QObject):
    """Plays the chime without waiting for it; a missing or failing player is logged once.

    QtMultimedia is imported on the first chime, not at start-up: it takes a while to load and
    most people never turn the sound on. Passing `player` (a command) uses that command only.
    """

    def __init__(self, parent: QObject | None = None, player: list[str] | None = None,
                 multimedia: Callable[[], object] = load_multimedia) -> None:
        super().__init__(parent)
        self._player = player
        self._looked = player is not None
        self._multimedia = None if player is not None else multimedia
        self.effect = None  # the QSoundEffect, once there is one that can play
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

    def _sound_effect(self):
        """The QSoundEffect to play with, made on first use; None to use the system player."""
        if self._multimedia is not None:
            load, self._multimedia = self._multimedia, None
            qt = load()
            if qt is not None and not qt.QMediaDevices.audioOutputs():
                log.info("QtMultimedia sees no audio output; using the system's sound player")
            elif qt is not None:
                effect = qt.QSoundEffect(self)
                effect.statusChanged.connect(self._on_status)
                effect.setSource(QUrl.fromLocalFile(str(chime_file())))
                self.effect = effect
        return self.effect

    def _on_status(self) -> None:
        effect = self.effect
        if effect is not None and effect.status() is effect.Status.Error:
            # The output cannot play the file after all: the system player takes over.
            log.info("QSoundEffect cannot play %s; using the system's sound player",
                     chime_file())
            self.effect = None
            effect.deleteLater()

    def play(self, volume: int) -> None:
        if volume <= 0:
            return
        effect = self._sound_effect()
        if effect is not None:
            # Plays on Qt's own audio thread; loading a file that is still loading plays it
            # once it is ready.
            effect.setVolume(gain(volume))
            effect.play()
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
