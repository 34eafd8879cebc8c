"""The one date field: typed and shown dd/mm/yyyy whatever the browser's language."""

import datetime as dt
import re
from pathlib import Path

from django import forms
from django.utils.translation import override

from ttdn.core.forms import DateInput

SRC = Path(__file__).resolve().parents[2]


class DayForm(forms.Form):
    day = forms.DateField(widget=DateInput())


def test_a_date_is_shown_day_first_in_a_text_field_not_the_browser_s_picker():
    html = str(DayForm(initial={"day": dt.date(2026, 12, 3)})["day"])
    assert 'value="03/12/2026"' in html and 'type="text"' in html
    assert 'inputmode="numeric"' in html
    with override("vi"):
        assert 'placeholder="ngày/tháng/năm"' in str(DayForm()["day"])


def test_day_first_and_iso_dates_are_read_and_month_first_is_refused():
    form = DayForm({"day": "03/12/2026"})
    assert form.is_valid() and form.cleaned_data["day"] == dt.date(2026, 12, 3)
    form = DayForm({"day": "3/12/2026"})
    assert form.is_valid() and form.cleaned_data["day"] == dt.date(2026, 12, 3)
    form = DayForm({"day": "2026-12-03"})  # links, scripts
    assert form.is_valid() and form.cleaned_data["day"] == dt.date(2026, 12, 3)
    form = DayForm({"day": "12/31/2026"})  # an English browser's habit: no 31st month
    assert not form.is_valid()
    # a value the user typed wrongly comes back as typed, not emptied
    assert 'value="12/31/2026"' in str(form["day"])


def test_no_form_or_page_uses_the_browser_s_own_date_picker():
    """Every date goes through ``core.forms.DateInput``: a ``type="date"`` field shows
    mm/dd/yyyy in an English browser (``type="month"`` pickers show the month's name)."""
    pattern = re.compile(r"""type["']?\s*[:=]\s*["']date["']|input_type\s*=\s*["']date["']""")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*")
        if path.suffix in {".py", ".html", ".js"}
        and "tests" not in path.parts
        and path != SRC / "core" / "forms.py"  # the owner, which says why
        and pattern.search(path.read_text(encoding="utf-8", errors="ignore"))
    ]
    assert offenders == []
