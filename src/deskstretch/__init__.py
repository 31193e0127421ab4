"""DeskStretch: a tray app that reminds you to stand up and guides short stretches."""

__version__ = "0.1.0"
# Names the desktop entry, the icons, the AppStream component and the autostart entry.
APP_ID = "io.github.deskstretch.DeskStretch"
