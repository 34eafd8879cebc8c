"""Reporting periods: the written form is :mod:`ttdn.core.periods`' (re-exported here for
the report's modules); a plan's yearly periods are this module's."""

from __future__ import annotations

from ttdn.core.periods import Period, period_parse

__all__ = ["Period", "period_parse", "plan_periods"]


def plan_periods(period_start: int, period_end: int) -> list[Period]:
    """The yearly periods of a plan running from ``period_start`` to ``period_end``."""
    return [period_parse(str(year)) for year in range(period_start, period_end + 1)]
