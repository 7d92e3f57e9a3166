"""Errors a reviewer or a CLI user can act on. Each message is meant to be shown as is."""


class FactcheckError(Exception):
    """Base class: the message is a complete sentence for the person at the keyboard."""


class DatabaseLocked(FactcheckError):
    pass


class SchemaTooNew(FactcheckError):
    pass


class MigrationFailed(FactcheckError):
    pass


class InvalidInput(FactcheckError):
    pass


class NotFound(FactcheckError):
    pass


class StaleEdit(FactcheckError):
    """Someone else changed the claim after the editor loaded it."""

    def __init__(self, message: str, current: dict | None = None):
        super().__init__(message)
        self.current = current or {}
