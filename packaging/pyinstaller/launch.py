"""Entry point of the bundled DeskStretch: the same main() the installed command runs."""

import sys

from deskstretch.cli import main

sys.exit(main())
