"""The desktop entry, the AppStream metainfo, the icons, and the script that installs them."""

import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import deskstretch
from deskstretch.platform.autostart import APP_ID

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
THEME = PACKAGING / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
INSTALL = ROOT / "scripts" / "install-desktop-files"


def need(program: str) -> str:
    """The path of ``program``; a skip when it is missing, but a failure in CI."""
    path = shutil.which(program)
    if path is None:
        reason = f"{program} is not installed (Debian: apt-get install desktop-file-utils appstream)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run this check")
        pytest.skip(reason)
    return path


def desktop_entry(path: Path):
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_desktop_file_validates():
    result = subprocess.run([need("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run([need("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_says_what_the_app_needs():
    entry = desktop_entry(DESKTOP)
    assert entry["Name"] == "DeskStretch"
    assert entry["GenericName"] == "Break reminder"
    assert entry["Exec"] == "deskstretch"
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["StartupNotify"] == "false"
    assert entry["X-GNOME-UsesNotifications"] == "true"
    assert "Utility" in entry["Categories"].split(";")


def test_one_application_id_everywhere():
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("provides/binary") == "deskstretch"
    assert desktop_entry(DESKTOP)["Icon"] == APP_ID
    assert (THEME / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (THEME / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").is_file()
    script = INSTALL.read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in script


def test_metainfo_matches_the_project():
    component = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("project_license") == project["license"]
    assert component.findtext("metadata_license") == "CC0-1.0"
    releases = component.findall("releases/release")
    assert releases[0].get("version") == deskstretch.__version__
    assert releases[0].get("date") == "2026-11-21"
    assert component.find("content_rating") is not None
    # No screenshot URLs until there is a public place for them.
    assert component.find("screenshots") is None


@pytest.mark.parametrize("size", SIZES)
def test_every_icon_size_is_a_png_of_that_size(size):
    path = THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_scalable_icons_are_copies_of_the_assets():
    icons = ROOT / "assets" / "icons"
    assert ((THEME / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes()
            == (icons / "deskstretch.svg").read_bytes())
    assert ((THEME / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").read_bytes()
            == (icons / "deskstretch-symbolic.svg").read_bytes())


def test_symbolic_icon_has_one_colour():
    root = ET.parse(ROOT / "assets" / "icons" / "deskstretch-symbolic.svg").getroot()
    colours = {value.lower() for element in root.iter()
               for attr in ("fill", "stroke") if (value := element.get(attr)) not in (None, "none")}
    assert colours == {"#2e3436"}
    assert not any(element.get("style") for element in root.iter())


def run_install(*args, env=None):
    return subprocess.run([sys.executable, str(INSTALL), *args], capture_output=True,
                          text=True, check=True, env=env)


def installed_files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if not p.is_dir()}


def test_install_into_a_prefix_and_uninstall_leaves_nothing(tmp_path):
    prefix = tmp_path / "prefix"
    run_install("--prefix", str(prefix))
    share = prefix / "share"
    expected = {Path("applications") / DESKTOP.name, Path("metainfo") / METAINFO.name}
    expected |= {Path("icons/hicolor") / f"{n}x{n}/apps/{APP_ID}.png" for n in SIZES}
    expected |= {Path(f"icons/hicolor/scalable/apps/{APP_ID}.svg"),
                 Path(f"icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg")}
    assert installed_files(share) == expected
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()

    run_install("--prefix", str(prefix), "--uninstall")
    assert installed_files(prefix) == set()


def test_install_defaults_to_xdg_data_home_and_spares_other_files(tmp_path):
    data_home = tmp_path / "xdg-data"
    neighbour = data_home / "applications" / "other.desktop"
    neighbour.parent.mkdir(parents=True)
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}

    run_install(env=env)
    assert (data_home / "applications" / DESKTOP.name).is_file()
    assert (data_home / "metainfo" / METAINFO.name).is_file()
    assert (data_home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()

    run_install("--uninstall", env=env)
    assert installed_files(data_home) == {Path("applications/other.desktop")}
