"""A page of a queryset and its total in one query.

Django's ``Paginator`` counts first (``SELECT COUNT(*)``) and then reads the page
(``… LIMIT 50 OFFSET n``): two passes over the same rows. On a busy agency's 10,000 tasks
each pass costs tens of milliseconds, and the page query alone can be worse: PostgreSQL may
walk the sort column's index across the whole country hoping to find 50 of the agency's
rows early (docs/benchmarks.md, "National scale"). :class:`CountingPaginator` reads the page
with ``COUNT(*) OVER ()`` beside each row: one pass, and a plan that starts from the
filtered rows because every one of them is counted. Other totals over the same rows (the
late tasks of an agency) come in the same pass as ``totals``. The pass reads ids; a second,
small query reads the page's objects by id: through the list's own queryset (its filters
again, so annotations that depend on them stay right), or, given ``rows``, by id alone —
for a list whose filters are costly to repeat (a full-text match) and whose rows carry no
annotation that depends on them.

The list's ORDER BY should not be one an index can give (``plans.selectors.TASK_LIST_ORDER``
is an expression for this reason): PostgreSQL 15 costs a whole-list window as if the LIMIT
cut it short, and would walk such an index over every row of the table (measured: 4 s).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Count, Q, QuerySet, Window

_TOTAL = "_page_total"


class CountingPaginator(Paginator):
    """``Paginator`` over a queryset reading the page and its totals in one pass.

    ``totals``: name -> condition; ``page.totals[name]`` is the number of rows of the
    whole list (not the page) meeting it. ``rows``: ids -> the objects of those ids (any
    order), read instead of the list's queryset filtered by id; the ids come from the list,
    so what it may show is already decided. Use ``get_page`` (a bad or too large number
    gives the last page, as Django's). The queryset must not use ``distinct()``.
    """

    def __init__(
        self,
        object_list: QuerySet,
        per_page: int,
        *,
        totals: dict[str, Q] | None = None,
        rows: Callable[[list], Iterable] | None = None,
    ):
        super().__init__(object_list, per_page)
        self.totals_q = totals or {}
        self.rows = rows or (lambda ids: self.object_list.filter(pk__in=ids))

    def _window_page(self, number: int) -> tuple[list, dict[str, int]] | None:
        bottom = (number - 1) * self.per_page
        names = list(self.totals_q)
        # Narrow rows through the window (ids and counts): the window holds every row of
        # the list, and whole rows of 10,000 tasks spill to disk; the page's 50 objects are
        # then read by id, with the queryset's select_related and prefetches.
        keyed = self.object_list.annotate(
            **{_TOTAL: Window(Count("pk"))},
            **{f"_total_{name}": Window(Count("pk", filter=self.totals_q[name])) for name in names},
        ).values_list("pk", _TOTAL, *(f"_total_{name}" for name in names))
        found = list(keyed[bottom : bottom + self.per_page])
        if not found:
            return None
        self.__dict__["count"] = found[0][1]  # Paginator.count is a cached_property
        totals = dict(zip(names, found[0][2:], strict=True))
        by_pk = {obj.pk: obj for obj in self.rows([row[0] for row in found])}
        return [by_pk[row[0]] for row in found if row[0] in by_pk], totals

    def get_page(self, number) -> Page:
        try:
            number = int(number) if number not in (None, "") else 1
        except (TypeError, ValueError):
            number = 1
        # Below 1 or past the end: the last page, as Django's get_page.
        found = self._window_page(number) if number >= 1 else None
        if found is None and number != 1:
            try:
                number = self.validate_number(self.num_pages)
            except (EmptyPage, PageNotAnInteger):
                number = 1
            found = self._window_page(number)
        if found is None:  # an empty list
            self.__dict__["count"] = 0
            page = self._get_page([], 1, self)
            page.totals = dict.fromkeys(self.totals_q, 0)
            return page
        rows, totals = found
        page = self._get_page(rows, number, self)
        page.totals = totals
        return page
