"""The chime file: made by its script, short and soft, and played at the chosen volume, by
QSoundEffect or, without QtMultimedia, by the system's sound player."""

import array
import importlib.util
import os
import shutil
import subprocess
import sys
import types
import wave
from pathlib import Path

import pytest
import shiboken6

from deskstretch.ui.chime import (LINUX_PLAYERS, Chime, chime_file, find_player, gain,
                                  scaled_wav)
from tests.desktop import wait_for

ROOT = Path(__file__).resolve().parents[2]


def samples(path):
    with wave.open(str(path)) as f:
        return f.getframerate(), array.array("h", f.readframes(f.getnframes()))


def test_the_shipped_chime_is_what_its_script_makes(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_chime", ROOT / "scripts" / "make_chime.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    monkeypatch.setattr(make, "OUT", tmp_path / "chime.wav")
    make.main()
    assert (tmp_path / "chime.wav").read_bytes() == chime_file().read_bytes()


def test_the_chime_is_short_soft_and_free_of_clicks():
    rate, data = samples(chime_file())
    assert len(data) / rate < 1.0
    assert max(abs(s) for s in data) < 32767 * 0.5  # soft, with headroom
    assert data[0] == 0 and data[-1] == 0  # no click at either end


def test_volume_scales_the_samples(tmp_path):
    scaled_wav(chime_file(), tmp_path / "half.wav", 50)
    _, original = samples(chime_file())
    _, half = samples(tmp_path / "half.wav")
    assert len(half) == len(original)
    assert max(half) == round(max(original) * gain(50))
    assert gain(0) == 0 and gain(100) == 1 and gain(50) == 0.25


def test_the_first_player_found_is_used():
    found = {"aplay": "/usr/bin/aplay", "paplay": "/usr/bin/paplay"}
    assert find_player(found.get, "linux") == ["/usr/bin/paplay"]
    assert find_player({"aplay": "/bin/aplay"}.get, "linux") == ["/bin/aplay", *LINUX_PLAYERS[2][1:]]
    assert find_player({"afplay": "/usr/bin/afplay"}.get, "darwin") == ["/usr/bin/afplay"]
    assert find_player(lambda name: None, "linux") is None


@pytest.fixture
def sound_server(tmp_path_factory):
    """A private PulseAudio server with one silent output, for QtMultimedia to play into."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed (scripts/system-packages desktop)")
    home = tmp_path_factory.mktemp("pulse")
    home.chmod(0o700)
    socket = home / "native"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    log = open(home / "log", "w")
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--disallow-exit", "-L", "module-null-sink sink_name=silent",
         "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}"],
        env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        wait_for(socket.exists, 10.0, "the sound server's socket")
        before = os.environ.get("PULSE_SERVER")
        os.environ["PULSE_SERVER"] = f"unix:{socket}"
        yield socket
    finally:
        server.terminate()
        server.wait(10)
        log.close()
    if before is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = before


def test_the_chime_plays_through_qt_at_the_chosen_volume(qtbot, sound_server):
    chime = Chime()
    chime.play(50)
    effect = chime.effect
    assert effect is not None, "QtMultimedia found an output, so QSoundEffect plays"
    assert Path(effect.source().toLocalFile()) == chime_file()
    assert effect.volume() == pytest.approx(gain(50))
    # It loads and plays on Qt's audio thread while the event loop keeps running.
    qtbot.waitUntil(lambda: effect.isPlaying(), timeout=5000)
    assert effect.status() is effect.Status.Ready
    qtbot.waitUntil(lambda: not effect.isPlaying(), timeout=5000)  # under a second long
    assert chime.running == []  # no player process was started

    chime.play(100)
    assert effect.volume() == pytest.approx(1.0)
    qtbot.waitUntil(lambda: effect.isPlaying(), timeout=5000)
    # Gone before the sound server is.
    effect.stop()
    shiboken6.delete(chime)


class RecordingPlayer:
    """A sound player that notes which file it was asked to play."""

    def __init__(self, tmp_path):
        self.log = tmp_path / "played.txt"
        self.command = tmp_path / "player"
        self.command.write_text(f"#!{sys.executable}\nimport sys\n"
                                f"open({str(self.log)!r}, 'a').write(sys.argv[-1] + '\\n')\n")
        self.command.chmod(0o755)

    def played(self):
        return self.log.read_text().splitlines() if self.log.exists() else []


def test_without_qtmultimedia_the_system_player_plays(qtbot, tmp_path, monkeypatch):
    # As if PySide6-Addons were not installed: importing QtMultimedia fails.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    player = RecordingPlayer(tmp_path)
    monkeypatch.setattr("deskstretch.ui.chime.find_player", lambda: [str(player.command)])
    chime = Chime()
    chime.play(50)
    assert chime.effect is None
    qtbot.waitUntil(lambda: len(player.played()) == 1 and not chime.running)
    _, played = samples(Path(player.played()[0]))
    _, original = samples(chime_file())
    assert max(played) == round(max(original) * gain(50))


def test_with_no_audio_output_the_system_player_plays(qtbot, tmp_path, monkeypatch):
    # QtMultimedia is there but sees no output device (no sound server): a stand-in module
    # reports that, since the real one cannot be made to forget a server it has found.
    stand_in = types.SimpleNamespace(
        QMediaDevices=types.SimpleNamespace(audioOutputs=lambda: []),
        QSoundEffect=lambda parent: pytest.fail("no QSoundEffect without an output"))
    player = RecordingPlayer(tmp_path)
    monkeypatch.setattr("deskstretch.ui.chime.find_player", lambda: [str(player.command)])
    chime = Chime(multimedia=lambda: stand_in)
    chime.play(60)
    chime.play(60)
    qtbot.waitUntil(lambda: len(player.played()) == 2 and not chime.running)


def test_start_up_does_not_load_qtmultimedia():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "from deskstretch.ui.stretch_window import StretchWindow\n"
            "w = StretchWindow(); w.configure({'reduce_motion': True, 'sound_cue': True,"
            " 'sound_volume': 50})\n"
            "print('PySide6.QtMultimedia' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "False"
