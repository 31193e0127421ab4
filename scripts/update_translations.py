"""Refresh the translation sources in translations/ from the code, and compile them into
assets/translations/, where the app finds them installed, editable and bundled.

Texts come from every `translate(context, text, ...)` call under src/deskstretch/ (context,
text and disambiguation literal, by position; a fourth argument makes it a plural form) and
from the core's data (exercises, routines, settings), which src/deskstretch/core/texts.py lists.
German, Spanish and French hold every text; English holds only the plural forms.

    .venv/bin/python scripts/update_translations.py           # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check   # only report what is stale (exit 1)

After an update, fill in each new or changed entry of translations/deskstretch_*.ts (with a
text editor or Qt Linguist: `.venv/bin/pyside6-linguist translations/deskstretch_de.ts`) and
run the update again to compile them. An entry still marked unfinished fails --check.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
COMPILED = ROOT / "assets" / "translations"
LANGUAGES = ("de", "es", "fr")
PLURAL_ONLY = ("en",)

sys.path.insert(0, str(ROOT / "src"))
from deskstretch.core.texts import visible_texts  # noqa: E402


def tool(name: str) -> str:
    """A Qt tool from the venv this runs in, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found next to {sys.executable} or on PATH; "
                 "it comes with PySide6 (pip install PySide6-Essentials)")
    return found


# ui/i18n.py passes the core's texts through to Qt (core/texts.py lists them), and may.
PASS_THROUGH = {Path("src/deskstretch/ui/i18n.py")}


def _literal(node: ast.expr | None) -> str | None:
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def code_texts() -> tuple[list[tuple[str, str, str, bool]], list[str]]:
    """(context, text, disambiguation, plural) for every ``translate(...)`` call in the code,
    and the calls that cannot be extracted (a text built at run time is never translated)."""
    found, refused = [], []
    for path in sorted((ROOT / "src" / "deskstretch").rglob("*.py")):
        relative = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            # translate(...), QCoreApplication.translate(...) or i18n.translate(...); a
            # painter's translate(x, y) is not a text.
            func = node.func if isinstance(node, ast.Call) else None
            if not (getattr(func, "id", None) == "translate" or (
                    getattr(func, "attr", None) == "translate"
                    and getattr(func.value, "id", None) in ("QCoreApplication", "i18n"))):
                continue
            context = _literal(node.args[0]) if node.args else None
            text = _literal(node.args[1]) if len(node.args) > 1 else None
            comment = _literal(node.args[2]) if len(node.args) > 2 else ""
            if not context or not text or comment is None or node.keywords:
                if relative in PASS_THROUGH:
                    continue
                refused.append(f"{relative}:{node.lineno}: translate() needs a literal context, "
                               "text and disambiguation, passed by position")
                continue
            found.append((context, text, comment, len(node.args) > 3))
    return found, refused


def _c(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def texts_file(folder: Path) -> Path:
    """Every text to translate as a C++ call, which Qt's extraction tool reads reliably
    (its Python reader misses plural forms and some calls)."""
    calls, refused = code_texts()
    if refused:
        sys.exit("\n".join(refused))
    lines = [f"QCoreApplication::translate({_c(c)}, {_c(t)}, {_c(d)}{', n' if plural else ''});"
             for c, t, d, plural in calls]
    lines += [f"QT_TRANSLATE_NOOP({_c(c)}, {_c(t)});" for c, t in visible_texts()]
    path = folder / "texts.cpp"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ts_files(folder: Path) -> list[Path]:
    return [folder / f"deskstretch_{lang}.ts" for lang in (*PLURAL_ONLY, *LANGUAGES)]


def extract(folder: Path, work: Path) -> None:
    """Update the .ts files in ``folder`` from the code: new texts are added unfinished,
    texts no longer in the code are dropped."""
    lupdate = tool("pyside6-lupdate")
    common = ["-silent", "-locations", "none", "-no-obsolete", str(texts_file(work))]
    plural = [str(folder / f"deskstretch_{lang}.ts") for lang in PLURAL_ONLY]
    full = [str(folder / f"deskstretch_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([lupdate, *common, "-pluralonly", "-ts", *plural], check=True)
    subprocess.run([lupdate, *common, "-ts", *full], check=True)


def compile_to(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts),
                    "-qm", str(qm)], check=True)


def problems_in(ts: Path) -> list[str]:
    """Entries that are unfinished, empty or left over from texts the code no longer has."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type", "")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if kind in ("unfinished", "vanished", "obsolete") or not all(forms):
                found.append(f"{ts.name}: {name}: {source!r} is {kind or 'empty'}")
    return found


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        copies = work / "ts"
        copies.mkdir()
        for ts in ts_files(SOURCES):
            if not ts.exists():
                stale.append(f"{ts.relative_to(ROOT)} is missing")
                continue
            shutil.copy(ts, copies / ts.name)
        extract(copies, work)
        for ts in ts_files(SOURCES):
            if not ts.exists():
                continue
            if not filecmp.cmp(ts, copies / ts.name, shallow=False):
                stale.append(f"{ts.relative_to(ROOT)} is out of date with the code")
            stale += problems_in(copies / ts.name)
            qm = COMPILED / ts.with_suffix(".qm").name
            fresh = work / qm.name
            compile_to(ts, fresh)
            if not qm.exists() or not filecmp.cmp(qm, fresh, shallow=False):
                stale.append(f"{qm.relative_to(ROOT)} is out of date with {ts.name}")
    for line in stale:
        print(line)
    if stale:
        print("Run: .venv/bin/python scripts/update_translations.py, then translate what it "
              "marks unfinished", file=sys.stderr)
    return 1 if stale else 0


def update() -> int:
    SOURCES.mkdir(exist_ok=True)
    COMPILED.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        extract(SOURCES, Path(tmp))
    todo = []
    for ts in ts_files(SOURCES):
        compile_to(ts, COMPILED / ts.with_suffix(".qm").name)
        todo += problems_in(ts)
    for line in todo:
        print(line)
    print(f"{len(todo)} entries to translate" if todo else "Every entry is translated.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a .ts or .qm file is out of date or "
                             "an entry is not translated")
    os.chdir(ROOT)
    return check() if parser.parse_args().check else update()


if __name__ == "__main__":
    sys.exit(main())
