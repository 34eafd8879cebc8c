"""Fixtures of the registers' tests."""

import datetime as dt

import pytest

from ttdn.activities.registers import REGISTERS


@pytest.fixture
def press_officer(make_user, agency_b):
    return make_user("press", "press", agencies=[agency_b])


@pytest.fixture
def record(agency_a, officer_a):
    """``record("trainings", title=…, **fields)``: an entry made through its register."""

    defaults = {
        "press_conferences": {"variant": "periodic"},
        "statements": {"variant": "statement"},
        "events": {"variant": "fair"},
        "delegations": {"variant": "in"},
        "publications": {"variant": "newsletter", "language": "en", "copies": 100},
        "corrections": {"status": "sent"},
        "foreign_reporters": {"status": "registered", "reporters_count": 2},
    }

    def make(code, *, actor=None, agency=None, **data):
        register = REGISTERS[code]
        if code == "spokespersons":
            data = {"name": "Nguyễn Văn A", "appointed_from": dt.date(2026, 1, 1), **data}
        elif code == "portal_content":
            data = {"language": "en", "month": dt.date(2026, 3, 1), "items": 12, **data}
        else:
            data = {
                "title": f"Hoạt động {code}",
                "start_date": dt.date(2026, 3, 10),
                **defaults.get(code, {}),
                **data,
            }
        return register.create(actor=actor or officer_a, agency=agency or agency_a, data=data)

    return make
