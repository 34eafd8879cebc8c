"""The cache of public plan pages, as visitors who are not logged in see them.

A public plan's page is the one page anyone on the Internet can ask for, often on a phone
and all at once (a link in the press). Its prepared rows and annex are kept in Django's
cache (``CACHES``; ``TTDN_PUBLIC_PAGE_CACHE_SECONDS``) under a key that holds the plan's
*generation*. Every service that changes what the page shows — the plan, its tasks, their
derived state (``tracking.services.task_states_refresh``), a plan implementing it — calls
:func:`public_pages_changed`, which gives the plans (and the plans they implement, whose
pages roll them up) a new generation: the old entries are never read again and expire.

The generation is bumped at once and again when the transaction commits, so a visitor
who read the old rows while it was running does not keep them. Decision 0026.
"""

import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from ttdn.plans.models import Plan

_GENERATION = "ttdn:public-plan:generation:{pk}"


def public_page_seconds() -> int:
    return int(getattr(settings, "TTDN_PUBLIC_PAGE_CACHE_SECONDS", 300))


def public_page_key(plan: Plan, *, variant: str) -> str:
    """The cache key of ``plan``'s public page in its current generation. ``variant``: what
    else the page depends on (language, day). The plan's version and creation time are in
    the key, so an edit, or a new plan reusing a deleted plan's id, never meets old rows."""
    generation = cache.get(_GENERATION.format(pk=plan.pk), "0")
    created = plan.created_at.timestamp() if plan.created_at else 0
    return f"ttdn:public-plan:{plan.pk}:{created}:{plan.version}:{generation}:{variant}"


def _bump(plan_ids: set[int]) -> None:
    if plan_ids:
        cache.set_many(
            {_GENERATION.format(pk=pk): secrets.token_hex(8) for pk in plan_ids}, timeout=None
        )


def public_pages_changed(
    plan_ids: Iterable[int | None], *, parent_ids: Iterable[int | None] | None = None
) -> None:
    """What the public pages of ``plan_ids`` show changed: those pages, and those of the
    plans they implement (``parent_ids`` when the caller knows them; else one query), are
    read afresh."""
    ids = {pk for pk in plan_ids if pk}
    if not ids:
        return
    if parent_ids is None:
        parent_ids = Plan.objects.filter(pk__in=ids, parent__isnull=False).values_list(
            "parent_id", flat=True
        )
    ids |= {pk for pk in parent_ids if pk}
    _bump(ids)
    transaction.on_commit(lambda: _bump(ids))
