"""The chime file: made by its script, short and soft, and played at the chosen volume, by
QSoundEffect or, without QtMultimedia, by the system's sound player."""

import array
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import types
import wave
from pathlib import Path

import pytest

from deskstretch.ui.chime import (LINUX_PLAYERS, Chime, chime_file, find_player, gain,
                                  scaled_wav)
from tests.desktop import wait_for
from tests.fakes import RecordingPlayer

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
def sound_server(tmp_path):
    """A private PulseAudio server with one silent output, for QtMultimedia to play into."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed (scripts/system-packages desktop)")
    home = tmp_path / "pulse"
    home.mkdir(mode=0o700)
    socket = home / "native"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with open(home / "log", "w") as log:
        server = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disallow-exit", "-L", "module-null-sink sink_name=silent",
             "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}"],
            env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            wait_for(socket.exists, 10.0, "the sound server's socket")
            yield f"unix:{socket}"
        finally:
            server.terminate()
            server.wait(10)


# Run in a process of its own: QtMultimedia keeps its connection to the sound server for the
# life of the process, and would complain in later tests once the server is gone.
PLAY_THROUGH_QT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from deskstretch.ui.chime import Chime
chime = Chime()
seen = {"loaded_at_start": "PySide6.QtMultimedia" in sys.modules, "playing": []}
chime.play(50)
effect = chime.effect
seen["source"] = effect.source().toLocalFile()
seen["volume"] = effect.volume()
effect.playingChanged.connect(lambda: seen["playing"].append(effect.isPlaying()))
effect.playingChanged.connect(lambda: effect.isPlaying() or app.quit())
QTimer.singleShot(10000, app.quit)
app.exec()
seen["status"] = effect.status().name
seen["players"] = len(chime.running)
seen["played"] = list(seen["playing"])
chime.play(100)
seen["volume_after"] = effect.volume()
effect.playingChanged.disconnect()
effect.stop()
print(json.dumps(seen))
"""


def test_the_chime_plays_through_qt_at_the_chosen_volume(sound_server):
    env = {**os.environ, "PULSE_SERVER": sound_server}
    out = subprocess.run([sys.executable, "-c", PLAY_THROUGH_QT], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.splitlines()[-1])
    assert not seen["loaded_at_start"]  # loaded by the first chime, not before
    assert Path(seen["source"]) == chime_file()
    assert seen["volume"] == pytest.approx(gain(50))
    # it played to the end on Qt's audio thread while the event loop ran, and no player
    # process was started
    assert seen["played"] == [True, False] and seen["status"] == "Ready"
    assert seen["players"] == 0
    assert seen["volume_after"] == pytest.approx(1.0)
    assert "Warning" not in out.stderr and "QSoundEffect" not in out.stderr, out.stderr



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
