"""Entry point for ``python -m deskstretch``."""

from deskstretch.app import main

raise SystemExit(main())
