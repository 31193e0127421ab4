"""DeskStretch: a tray app that reminds you to stand up and guides short stretches."""

__version__ = "0.1.0"
