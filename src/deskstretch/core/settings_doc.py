"""The README's settings table, written from the settings declaration."""

from __future__ import annotations

from deskstretch.core.settings import SETTINGS

BEGIN = "<!-- settings-table:begin -->"
END = "<!-- settings-table:end -->"


def table() -> str:
    rows = ["| key | default | allowed | meaning |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = f'"{s.default}"' if isinstance(s.default, str) else str(s.default).lower()
        rows.append(f"| `{s.key}` | `{default}` | {s.allowed()} | {s.help} |")
    return "\n".join(rows)


def update(readme: str) -> str:
    """Replace the table between the markers with the current one."""
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    path.write_text(update(path.read_text()))
