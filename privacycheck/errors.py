"""The one error type that crosses layers: a title and a message a person can act on."""

from __future__ import annotations


class PrivacycheckError(Exception):
    """A failure of an outside system or of user input, explained. The UI shows it as a dialog, the CLI on stderr."""

    title = "privacycheck"

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message
