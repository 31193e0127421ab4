"""The Flatpak manifest: valid, pinned, no more permissions than the app uses, and build
commands that install a working app with its desktop files.

flatpak-builder is not run here (it needs the KDE runtime); the manifest's own pip and
install commands are, against a copy of the source tree.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from deskstretch import APP_ID

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "packaging" / "flatpak" / f"{APP_ID}.json"


def manifest() -> dict:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def modules() -> dict:
    return {m["name"]: m for m in manifest()["modules"]}


def wheels() -> list[dict]:
    return [s for m in manifest()["modules"] for s in m["sources"] if s["type"] == "file"]


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _wheel_name(source: dict) -> str:
    return source["url"].rsplit("/", 1)[1].split("-")[0].lower().replace("_", "-")


def test_the_manifest_uses_the_kde_runtime_and_the_app_id():
    m = manifest()
    assert m["id"] == APP_ID
    assert (m["runtime"], m["sdk"]) == ("org.kde.Platform", "org.kde.Sdk")
    assert re.fullmatch(r"6\.\d+", m["runtime-version"])
    assert m["command"] == "deskstretch"
    assert (ROOT / "packaging" / f"{APP_ID}.desktop").is_file()


def test_permissions_are_the_ones_the_app_needs_and_no_more():
    args = manifest()["finish-args"]
    assert len(args) == len(set(args))
    # No home or host files: config and data live in the app's own ~/.var/app folder.
    assert not [a for a in args if a.startswith(("--filesystem", "--device=all"))]
    assert "--socket=session-bus" not in args and "--socket=system-bus" not in args
    assert "--socket=x11" not in args  # X11 only where there is no Wayland
    assert {"--share=ipc", "--socket=wayland", "--socket=fallback-x11"} <= set(args)
    talk = {a.split("=", 1)[1] for a in args if a.startswith("--talk-name=")}
    system = {a.split("=", 1)[1] for a in args if a.startswith("--system-talk-name=")}
    # Every bus name the app calls is allowed...
    source = "\n".join(p.read_text() for p in (ROOT / "src" / "deskstretch").rglob("*.py"))
    used = set(re.findall(r'"(org\.(?:freedesktop|gnome|kde|dunstproject)\.[\w.]+)"', source))
    used -= {"org.freedesktop.DBus", "org.freedesktop.DBus.Properties",
             "org.freedesktop.portal.Desktop"}  # the bus itself; portals are always allowed
    used = {n for n in used if n.count(".") >= 2 and not n.endswith((".Manager", ".Request",
                                                                      ".Background"))}
    assert used <= talk | system, used - talk - system
    assert "org.freedesktop.login1" in system
    # ...plus the tray, which Qt talks to; and nothing else.
    assert talk == (used - system) | {"org.kde.StatusNotifierWatcher"}
    # Qt names its tray icon after the process id, which is 2 in the sandbox.
    assert "--own-name=org.kde.StatusNotifierItem-2-1" in args


def test_every_wheel_is_pinned_with_a_sha256_from_pypi():
    for source in wheels():
        assert source["url"].startswith("https://files.pythonhosted.org/packages/"), source
        assert source["url"].endswith(".whl")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
    names = [s["url"].rsplit("/", 1)[1] for s in wheels()]
    assert len(names) == len(set(names))


def test_every_runtime_dependency_is_shipped_for_both_architectures():
    # The app's requirements and theirs, as installed here.
    wanted, todo = set(), ["deskstretch"]
    while todo:
        for text in requires(todo.pop()) or ():
            req = Requirement(text)
            # Linux, and the runtime's Python (3.12 or newer); no extras.
            if req.marker and not req.marker.evaluate({"python_version": "3.12", "extra": "",
                                                       "sys_platform": "linux",
                                                       "platform_system": "Linux"}):
                continue
            name = _name(req.name)
            if name not in wanted:
                wanted.add(name)
                todo.append(name)
    shipped = modules()["python-dependencies"]["sources"]
    for arch in ("x86_64", "aarch64"):
        names = {_wheel_name(s) for s in shipped if arch in s.get("only-arches", [arch])}
        assert wanted <= names, (arch, wanted - names)
    command = " ".join(modules()["python-dependencies"]["build-commands"]).lower()
    for name in {_wheel_name(s) for s in shipped}:
        assert name in command.replace("_", "-"), name


def test_the_pinned_versions_satisfy_pyproject():
    versions = {_wheel_name(s): s["url"].rsplit("/", 1)[1].split("-")[1] for s in wheels()}
    assert versions["pyside6-essentials"] == versions["shiboken6"]
    assert versions["pyside6-essentials"] != "6.12.0"  # pyproject excludes it
    assert versions["apscheduler"].startswith("3.")


def test_the_manifest_build_commands_install_the_app_and_its_desktop_files(tmp_path):
    """Runs the app module's commands as flatpak-builder would, with this venv's Python
    standing in for the SDK's and a folder standing in for /app."""
    app = modules()["deskstretch"]
    [source] = app["sources"]
    assert (MANIFEST.parent / source["path"]).resolve() == ROOT
    build = tmp_path / "build"
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(*source["skip"], "__pycache__",
                                                               ".pytest_cache"))
    prefix = tmp_path / "app"
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "FLATPAK_DEST": str(prefix),
           "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    for command in app["build-commands"]:
        command = command.replace(
            "pip3 install ", f"{sys.executable} -m pip -q install --ignore-installed ").replace(
            "python3 ", f"{sys.executable} ")
        subprocess.run(command.replace("${FLATPAK_DEST}", str(prefix)), shell=True, cwd=build,
                       env=env, check=True, capture_output=True)
    # The commands install into the prefix only; this environment's copy is untouched.
    here = subprocess.run([sys.executable, "-c", "import deskstretch; print(deskstretch.__file__)"],
                          capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    assert Path(here.strip()).is_relative_to(ROOT / "src")
    assert (prefix / "bin" / "deskstretch").is_file()
    share = prefix / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    [site] = prefix.glob("lib/python3*/site-packages")
    assets = site / "deskstretch" / "assets"
    assert (assets / "icons" / "tray" / "light-due.svg").is_file()
    assert sorted(p.name for p in (assets / "translations").glob("*.qm")) == [
        f"deskstretch_{lang}.qm" for lang in ("de", "en", "es", "fr")]


@pytest.mark.parametrize("tool", ["flatpak-builder"])
def test_the_readme_says_how_to_build_it(tool):
    readme = (MANIFEST.parent / "README.md").read_text()
    assert f"{tool} " in readme and MANIFEST.name in readme
