"""Rules and data of DeskStretch, free of Qt and of any I/O."""
