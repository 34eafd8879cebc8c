"""The audit trail: who changed what, filed under every object the change concerns.

Services write entries with :func:`log_action` inside their transaction; each app names its
action codes in its own ``audit.py`` (see :mod:`ttdn.audit.registry`); pages read an
object's history with :func:`ttdn.audit.selectors.history_for`.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ttdn.audit.services import log_action, snapshot

__all__ = ["log_action", "snapshot"]


def __getattr__(name: str):
    # Lazily, so that importing the package (as INSTALLED_APPS does) loads no model.
    if name in __all__:
        from ttdn.audit import services

        return getattr(services, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
