"""Write assets/sounds/chime.wav: a short, soft two-tone bell made from sine waves.

    .venv/bin/python scripts/make_chime.py
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "chime.wav"

RATE = 44100
SECONDS = 0.9
PEAK = 0.45  # of full scale: soft, and room for a player that adds gain
# A bell-like tone: a fundamental, its octave and a quieter twelfth, each fading at its own
# pace so the high partials go first, as they do on a real bell.
PARTIALS = ((659.26, 1.0, 3.2), (1318.5, 0.35, 5.0), (1977.8, 0.12, 7.5))  # (Hz, level, decay/s)
ATTACK_S = 0.012  # a quick but not clicky start
RELEASE_S = 0.08  # fades to silence before the end, so the last sample is zero


def samples() -> array.array:
    n = round(RATE * SECONDS)
    total = sum(level for _, level, _ in PARTIALS)
    out = array.array("h")
    for i in range(n):
        t = i / RATE
        value = sum(level * math.exp(-decay * t) * math.sin(2 * math.pi * freq * t)
                    for freq, level, decay in PARTIALS) / total
        envelope = min(1.0, t / ATTACK_S, (SECONDS - t) / RELEASE_S)
        out.append(round(32767 * PEAK * value * max(0.0, envelope)))
    return out


def main() -> int:
    data = samples()
    if sys.byteorder == "big":
        data.byteswap()  # WAV is little-endian
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(data.tobytes())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
