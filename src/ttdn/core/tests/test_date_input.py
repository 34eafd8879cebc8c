"""The one date field: typed and shown dd/mm/yyyy whatever the browser's language."""

import datetime as dt
import re
from pathlib import Path

from django import forms
from django.utils.translation import override

from ttdn.core.forms import DateInput, MonthInput

SRC = Path(__file__).resolve().parents[2]


class DayForm(forms.Form):
    day = forms.DateField(widget=DateInput())


class MonthForm(forms.Form):
    month = forms.DateField(input_formats=["%m/%Y", "%Y-%m"], widget=MonthInput())


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


def test_a_month_is_typed_and_shown_month_slash_year_not_the_browser_s_month_name():
    html = str(MonthForm(initial={"month": dt.date(2026, 4, 1)})["month"])
    assert 'value="04/2026"' in html and 'type="text"' in html
    with override("vi"):
        assert 'placeholder="tháng/năm"' in str(MonthForm()["month"])
    form = MonthForm({"month": "4/2026"})
    assert form.is_valid() and form.cleaned_data["month"] == dt.date(2026, 4, 1)
    assert MonthForm({"month": "2026-04"}).is_valid()  # links, scripts
    assert not MonthForm({"month": "13/2026"}).is_valid()


def test_no_form_or_page_uses_the_browser_s_own_date_picker():
    """Every date goes through ``core.forms.DateInput`` and every month through
    ``MonthInput``: a ``type="date"`` field shows mm/dd/yyyy in an English browser and a
    ``type="month"`` picker the month's English name."""
    pattern = re.compile(
        r"""type["']?\s*[:=]\s*["'](date|month)["']|input_type\s*=\s*["'](date|month)["']"""
    )
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*")
        if path.suffix in {".py", ".html", ".js"}
        and "tests" not in path.parts
        and path != SRC / "core" / "forms.py"  # the owner, which says why
        and pattern.search(path.read_text(encoding="utf-8", errors="ignore"))
    ]
    assert offenders == []
