"""The command line: options, and the test-only time scale."""

from __future__ import annotations

import argparse
import os

from deskstretch import __version__

TIME_SCALE_VAR = "DESKSTRETCH_TIME_SCALE"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="deskstretch",
        description="Reminds you to stand up and walks you through short stretches. "
                    "Lives in the system tray.",
    )
    p.add_argument("--version", action="version", version=f"DeskStretch {__version__}")
    p.add_argument("--config-dir", metavar="DIR",
                   help="keep config.toml here instead of the per-user config folder "
                        "(also $DESKSTRETCH_CONFIG_DIR)")
    p.add_argument("--data-dir", metavar="DIR",
                   help="keep the log here instead of the per-user data folder "
                        "(also $DESKSTRETCH_DATA_DIR)")
    return p


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; bad arguments print a message and exit with status 2."""
    p = parser()
    args = p.parse_args(argv)
    raw = os.environ.get(TIME_SCALE_VAR, "")
    try:
        args.time_scale = float(raw) if raw else 1.0
        if not 0 < args.time_scale <= 10000:
            raise ValueError
    except ValueError:
        p.error(f"{TIME_SCALE_VAR} must be a number from above 0 to 10000, not {raw!r}")
    return args
