"""A small TOML writer for the values settings files hold (the standard library only reads)."""

from __future__ import annotations

import json
import re
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else json.dumps(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # A JSON string is a valid TOML basic string for everything json.dumps escapes.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def dumps(doc: dict[str, Any], header: str = "") -> str:
    """Scalars first, then one [table] per nested dictionary."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    tables: list[tuple[str, dict]] = []
    for key, value in doc.items():
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for name, table in tables:
        lines.append("")
        lines.append(f"[{_key(name)}]")
        for key, value in table.items():
            lines.append(f"{_key(key)} = {_value(value)}")
    return "\n".join(lines) + "\n"
