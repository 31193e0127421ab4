"""The chime file: made by its script, short and soft, and played at the chosen volume."""

import array
import importlib.util
import wave
from pathlib import Path

from deskstretch.ui.chime import LINUX_PLAYERS, chime_file, find_player, gain, scaled_wav

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
