import json

import pytest
from django.core.management import CommandError, call_command


def _run(capsys, *args):
    call_command("timeframe", *args)
    return json.loads(capsys.readouterr().out)


def test_quarters_in_one_year(capsys):
    assert _run(capsys, "Quý II, III", "--period", "2024") == {
        "as_written": "Quý II, III",
        "deadlines": ["2024-06-30", "2024-09-30"],
        "recurrence": None,
    }


def test_multi_year_period(capsys):
    out = _run(capsys, "Hàng quý", "--period", "2019-2020")
    assert out["recurrence"] == "quarterly"
    assert out["deadlines"][0] == "2019-03-31" and out["deadlines"][-1] == "2020-12-31"
    assert len(out["deadlines"]) == 8


def test_unknown_wording_has_no_invented_deadline(capsys):
    assert _run(capsys, "Theo chỉ đạo", "--period", "2024") == {
        "as_written": "Theo chỉ đạo",
        "deadlines": [],
        "recurrence": None,
    }


def test_bad_period_is_a_clear_error():
    with pytest.raises(CommandError):
        call_command("timeframe", "Quý II", "--period", "next year")
