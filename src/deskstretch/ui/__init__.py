"""PySide6 widgets: they show plain values and emit what the user asked for."""
