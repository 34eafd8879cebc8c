"""The labels of the audit trail, declared by the app that owns them.

An app that audits its writes has an ``audit.py`` module with two dicts::

    ACTIONS = {"plan.created": _("Plan created"), ...}   # action code → label
    FIELDS = {"leads": _("Lead agencies")}               # snapshot key → label

:func:`autodiscover` (run by ``AuditConfig.ready``) reads every installed app's module, as
the Django admin discovers ``admin.py``. Field labels are for snapshot keys that are not
fields of the target's model (model fields read as their ``verbose_name``). A code or key
declared by two apps is an error. An unknown action reads as its code.
"""

from importlib import import_module

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule

MODULE = "audit"

_actions: dict[str, object] = {}
_fields: dict[str, object] = {}
_owners: dict[tuple[str, str], str] = {}


def register(*, owner: str, actions: dict | None = None, fields: dict | None = None) -> None:
    """Add ``owner``'s (an app label's) action and field labels to the registry."""
    for kind, labels, table in (("action", actions, _actions), ("field", fields, _fields)):
        for key, label in (labels or {}).items():
            previous = _owners.get((kind, key))
            if previous is not None and previous != owner:
                raise ImproperlyConfigured(
                    f"The audit {kind} {key!r} is declared by both {previous!r} and {owner!r}."
                )
            _owners[(kind, key)] = owner
            table[key] = label


def autodiscover() -> None:
    """Register the ``ACTIONS`` and ``FIELDS`` of every installed app's ``audit`` module."""
    for config in apps.get_app_configs():
        if not module_has_submodule(config.module, MODULE):
            continue
        module = import_module(f"{config.name}.{MODULE}")
        register(
            owner=config.label,
            actions=getattr(module, "ACTIONS", None),
            fields=getattr(module, "FIELDS", None),
        )


def action_label(code: str, default: str | None = None) -> str:
    """The label of ``code``; ``default`` (or the code itself) when no app declared it."""
    label = _actions.get(code)
    if label is None:
        return code if default is None else default
    return str(label)


def field_label(key: str) -> str:
    return str(_fields.get(key, key))


def action_codes() -> frozenset[str]:
    return frozenset(_actions)
