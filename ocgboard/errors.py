"""Errors a user can act on.

Every layer raises a subclass of BoardError with a one-line message written
for the person at the keyboard; the CLI and the GUI show that line as it is.
"""


class BoardError(Exception):
    """A problem the user can fix: bad input, a missing record, a refused file."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(BoardError):
    """A value typed or passed in is not acceptable."""


class NotFound(BoardError):
    """A reference, name or id that matches nothing."""


class StoreError(BoardError):
    """The database cannot be opened, migrated, backed up or restored."""

    exit_code = 3
