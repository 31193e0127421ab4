"""Entry point for ``python -m deskstretch``."""

from deskstretch.cli import main

raise SystemExit(main())
