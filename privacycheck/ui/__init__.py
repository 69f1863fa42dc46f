"""The PySide6 desktop app: a thin layer of widgets and Qt models over the core and services."""
