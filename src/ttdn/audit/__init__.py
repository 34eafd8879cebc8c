"""The audit trail: who changed what, filed under every object the change concerns.

Services write entries with :func:`ttdn.audit.services.log_action` inside their
transaction; each app names its action codes in its own ``audit.py`` (see
:mod:`ttdn.audit.registry`); pages read an object's history with
:func:`ttdn.audit.selectors.history_for`.
"""
