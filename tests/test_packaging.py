"""The wheel carries the assets, and an installed copy finds them without the source tree."""

import subprocess
import sys
import venv
from pathlib import Path

from deskstretch.core.library import EXERCISES

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import json, deskstretch, deskstretch.assets as a
from deskstretch.core.library import EXERCISES
print(json.dumps({
    "package": deskstretch.__file__,
    "assets": str(a.assets_dir()),
    "missing": [e for e in EXERCISES if not a.illustration(e).is_file()],
    "icon": a.icon("deskstretch").is_file(),
    "chime": (a.assets_dir() / "sounds" / "chime.wav").is_file(),
    "translations": sorted(p.name for p in a.translations_dir().glob("*.qm")),
}))
"""


def test_wheel_installed_into_a_fresh_venv_finds_its_assets(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(dist), str(ROOT)], check=True, capture_output=True)
    [wheel] = dist.glob("deskstretch-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel],
                   check=True, capture_output=True)
    # Run outside the checkout so nothing can come from the source tree.
    out = subprocess.run([python, "-c", CHECK], check=True, capture_output=True, text=True,
                         cwd=tmp_path).stdout
    import json

    found = json.loads(out)
    assert found["package"].startswith(str(env_dir))
    assert found["assets"].startswith(str(env_dir))
    assert found["missing"] == [] and found["icon"] and found["chime"]
    assert found["translations"] == [f"deskstretch_{lang}.qm" for lang in ("de", "en", "es", "fr")]
    assert len(EXERCISES) >= 5
