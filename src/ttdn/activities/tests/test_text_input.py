"""Hostile text through the registers' one write path: stored clean, or refused."""

import datetime as dt

from django.core.exceptions import ValidationError
from hypothesis import event, given

from ttdn.activities.models import Activity
from ttdn.activities.registers import REGISTERS
from ttdn.core.tests.strategies import SERVICE_SETTINGS, hostile_text, is_clean, rolled_back


@SERVICE_SETTINGS
@given(
    title=hostile_text(max_size=120),
    host=hostile_text(max_size=60),
    programme=hostile_text(max_size=200),
)
def test_an_entry_stores_clean_text_or_refuses_it(officer_a, agency_a, title, host, programme):
    with rolled_back():
        try:
            entry = REGISTERS["delegations"].create(
                actor=officer_a,
                agency=agency_a,
                data={
                    "variant": "in",
                    "title": title,
                    "host": host,
                    "programme": programme,
                    "start_date": dt.date(2026, 5, 1),
                },
            )
        except ValidationError as exc:
            event(f"refused: {sorted(exc.message_dict)}")
            return
        entry = Activity.objects.get(pk=entry.pk)
        assert entry.title and is_clean(entry.title, multiline=False)
        assert is_clean(entry.host, multiline=False)
        assert is_clean(entry.programme, multiline=True)
