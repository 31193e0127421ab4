"""Where DeskStretch keeps its files; platformdirs is asked here and nowhere else."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "deskstretch"
# The user's own routine files, inside the config folder.
ROUTINES_FOLDER = "routines"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def routines_dir(self) -> Path:
        return self.config_dir / ROUTINES_FOLDER

    @property
    def log_file(self) -> Path:
        return self.data_dir / "deskstretch.log"


def resolve(config_dir: str | None = None, data_dir: str | None = None) -> Paths:
    """Use the given folders, else $DESKSTRETCH_CONFIG_DIR / $DESKSTRETCH_DATA_DIR, else the
    platform's per-user folders."""
    import platformdirs  # only needed when no override is given

    config = config_dir or os.environ.get("DESKSTRETCH_CONFIG_DIR")
    data = data_dir or os.environ.get("DESKSTRETCH_DATA_DIR")
    return Paths(
        Path(config) if config else Path(platformdirs.user_config_dir(APP_NAME)),
        Path(data) if data else Path(platformdirs.user_data_dir(APP_NAME)),
    )
