"""The directory API: /api/v1/agencies, /api/v1/agencies/{id}, /api/v1/agencies/resolve.

Uses the seeded directory of this package's conftest (real units and agencies).
"""

import datetime

import pytest

from ttdn.accounts.models import Role
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyKind, AgencySuccession
from ttdn.directory.resolver import resolve_agency

from .conftest import current_province

API = "/api/v1"
TTTT = "Sở Thông tin và Truyền thông tỉnh Đồng Nai"


@pytest.fixture
def people(directory, make_user):
    """The root conftest's personas, officers of two agencies of the seeded directory."""
    tttt = Agency.objects.get(name=TTTT)
    other = Agency.objects.get(name="Công an tỉnh Phú Yên")
    return {
        "anonymous": None,
        "officer_a": make_user("officer_a", agencies=[tttt]),
        "officer_b": make_user("officer_b", agencies=[other]),
        "coordinator": make_user("coordinator", Role.COORDINATOR),
        "leader": make_user("leader", Role.LEADER),
    }


@pytest.fixture
def officer(people, client):
    client.force_login(people["officer_b"])
    return client


@pytest.mark.parametrize(
    "persona", ["anonymous", "officer_a", "officer_b", "coordinator", "leader"]
)
@pytest.mark.parametrize(
    "path", ["/agencies", "/agencies/{id}", "/agencies/resolve?name=S%E1%BB%9F%20TT-TT"]
)
def test_every_signed_in_user_may_read_the_directory(client, people, persona, path):
    if people[persona] is not None:
        client.force_login(people[persona])
    agency = Agency.objects.get(name=TTTT)
    response = client.get(API + path.format(id=agency.pk))
    assert response.status_code == (401 if persona == "anonymous" else 200), response.content


def test_list_searches_without_diacritics_and_in_aliases(officer):
    names = {
        a["name"]
        for a in officer.get(f"{API}/agencies?q=so thong tin va truyen thong dong nai").json()[
            "items"
        ]
    }
    assert names == {TTTT}
    by_alias = officer.get(f"{API}/agencies?q=Sở TT%26TT tỉnh Đồng Nai").json()["items"]
    assert [a["name"] for a in by_alias] == [TTTT]


def test_list_filters_by_kind_unit_and_current(officer, dong_nai):
    body = officer.get(f"{API}/agencies?unit={dong_nai.pk}&kind=police").json()
    assert body["count"] >= 1
    assert all(a["kind"] == AgencyKind.POLICE for a in body["items"])
    assert "Công an huyện Long Thành" in {a["name"] for a in body["items"]}
    # (the province's police kept its name after 07/2025: one body, today's province's)
    today = current_province("Đồng Nai")
    body = officer.get(f"{API}/agencies?unit={today.pk}&kind=police").json()
    assert {"Công an tỉnh Đồng Nai", "Công an thành phố Đồng Nai"} <= {
        a["name"] for a in body["items"]
    }

    everything = officer.get(f"{API}/agencies?unit={dong_nai.pk}&limit=200").json()
    current = officer.get(f"{API}/agencies?unit={dong_nai.pk}&current=true&limit=200").json()
    assert TTTT in {a["name"] for a in everything["items"]}
    assert TTTT not in {a["name"] for a in current["items"]}  # ended 28/02/2025
    assert current["count"] < everything["count"]


def test_list_is_paginated_with_defaults(officer):
    body = officer.get(f"{API}/agencies").json()
    assert body["count"] > 50
    assert len(body["items"]) == 50
    assert officer.get(f"{API}/agencies?limit=500").status_code == 422


def test_list_with_an_unknown_unit_is_empty(officer):
    assert officer.get(f"{API}/agencies?unit=99999999").json() == {"items": [], "count": 0}


@pytest.mark.parametrize(
    ("query", "field"),
    [("kind=planet", "kind"), ("unit=abc", "unit"), ("current=maybe", "current")],
)
def test_list_rejects_invalid_filters(officer, query, field):
    response = officer.get(f"{API}/agencies?{query}")
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_detail_has_aliases_and_successions(officer):
    agency = Agency.objects.get(name=TTTT)
    body = officer.get(f"{API}/agencies/{agency.pk}").json()
    assert body["id"] == agency.pk
    assert body["name"] == TTTT
    assert body["valid_to"] == "2025-02-28"
    assert "Sở TT&TT tỉnh Đồng Nai" in body["aliases"]
    successors = {s["agency"]["name"]: s["kind"] for s in body["successors"]}
    assert successors["Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"] == "duties_transferred"
    vhttdl = Agency.objects.get(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai")
    back = officer.get(f"{API}/agencies/{vhttdl.pk}").json()
    assert TTTT in {p["agency"]["name"] for p in back["predecessors"]}
    assert {s.successor_id for s in AgencySuccession.objects.filter(predecessor=agency)} == {
        s["agency"]["id"] for s in body["successors"]
    }


@pytest.mark.parametrize("bad_id", [99999999, 2**63])
def test_detail_of_an_unknown_agency_gives_404(officer, bad_id):
    response = officer.get(f"{API}/agencies/{bad_id}")
    assert response.status_code == 404
    assert response.json()["detail"]


def test_resolve_is_not_taken_for_an_agency_id(officer):
    response = officer.get(f"{API}/agencies/resolve?name=Công an tỉnh Đồng Nai")
    assert response.status_code == 200
    assert response.json()["agency"]["name"] == "Công an tỉnh Đồng Nai"


@pytest.mark.parametrize("current", [False, True])
def test_resolve_answers_what_the_resolver_says(officer, dong_nai, current):
    response = officer.get(
        f"{API}/agencies/resolve",
        {"name": "Sở TT-TT", "unit": dong_nai.pk, "current": str(current).lower()},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    expected = resolve_agency("Sở TT-TT", unit=dong_nai, current=current)
    assert body["as_written"] == "Sở TT-TT"
    assert body["agency"]["id"] == expected.agency.pk
    assert body["confidence"] == expected.confidence
    assert body["method"] == expected.method
    assert [c["id"] for c in body["candidates"]] == [c.pk for c in expected.candidates]
    if not current:
        assert body["agency"]["name"] == TTTT
    else:
        assert body["agency"]["name"] != TTTT
        assert (
            body["agency"]["valid_to"] is None
            or body["agency"]["valid_to"] >= datetime.date.today().isoformat()
        )


def test_resolve_with_a_date(officer, dong_nai):
    body = officer.get(
        f"{API}/agencies/resolve",
        {"name": "Sở TT-TT", "unit": dong_nai.pk, "current": "true", "on": "2024-06-01"},
    ).json()
    assert body["agency"]["name"] == TTTT  # still existed then


@pytest.mark.parametrize(
    ("on", "name"),
    [
        ("2025-09-01", "Ủy ban nhân dân tỉnh Đồng Nai"),
        ("2026-04-29", "Ủy ban nhân dân tỉnh Đồng Nai"),
        ("2026-04-30", "Ủy ban nhân dân thành phố Đồng Nai"),
    ],
)
def test_resolve_gives_the_name_of_the_day(officer, on, name):
    today = current_province("Đồng Nai")
    body = officer.get(
        f"{API}/agencies/resolve", {"name": "UBND tỉnh", "unit": today.pk, "on": on}
    ).json()
    assert body["agency"]["name"] == name
    detail = officer.get(f"{API}/agencies/{body['agency']['id']}").json()
    if name.startswith("Ủy ban nhân dân tỉnh"):
        assert detail["valid_to"] == "2026-04-29"
        assert [s["agency"]["name"] for s in detail["successors"]] == [
            "Ủy ban nhân dân thành phố Đồng Nai"
        ]
    else:
        assert detail["valid_from"] == "2026-04-30"
        assert "Ủy ban nhân dân tỉnh Đồng Nai" in [
            s["agency"]["name"] for s in detail["predecessors"]
        ]


def test_resolve_without_a_match_gives_null_and_candidates(officer):
    body = officer.get(f"{API}/agencies/resolve", {"name": "Các cơ quan báo chí"}).json()
    assert body["agency"] is None
    assert body["method"] == "none"
    assert body["confidence"] == 0


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({}, "name"),
        ({"name": ""}, "name"),
        ({"name": "x" * 300}, "name"),
        ({"name": "Sở TT-TT", "unit": "abc"}, "unit"),
        ({"name": "Sở TT-TT", "unit": 99999999}, "unit"),
        ({"name": "Sở TT-TT", "on": "31/12/2024"}, "on"),
    ],
)
def test_resolve_rejects_invalid_input(officer, query, field):
    response = officer.get(f"{API}/agencies/resolve", query)
    assert response.status_code == 422, response.content
    assert field in response.json()["errors"]


def test_units_are_described(officer, dong_nai):
    agency = Agency.objects.get(name=TTTT)
    unit = officer.get(f"{API}/agencies/{agency.pk}").json()["unit"]
    assert unit == {
        "id": dong_nai.pk,
        "name": str(AdministrativeUnit.objects.get(pk=dong_nai.pk)),
        "level": "province",
    }
