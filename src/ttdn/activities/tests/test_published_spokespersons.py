"""The public list of spokespersons (Decree 09/2017/NĐ-CP): open to anyone, only those in
office, never the recorders' notes."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from ttdn.activities.models import Spokesperson

URL = "activities:published_spokespersons"


@pytest.fixture
def people(agency_a, agency_b, officer_a):
    today = timezone.localdate()

    def person(agency, name, **kwargs):
        return Spokesperson.objects.create(
            agency=agency,
            name=name,
            position="Phó Giám đốc",
            phone="0251 3822 123",
            email="phatngon@dongnai.gov.vn",
            created_by=officer_a,
            **kwargs,
        )

    return {
        "current": person(
            agency_a,
            "Nguyễn Văn Phát",
            appointed_from=today - dt.timedelta(days=400),
            notes="Ghi chú nội bộ: không công bố",
        ),
        "open_ended": person(agency_b, "Trần Thị Ngôn", appointed_from=today),
        "past": person(
            agency_a,
            "Lê Văn Cũ",
            appointed_from=today - dt.timedelta(days=900),
            appointed_to=today - dt.timedelta(days=1),
        ),
        "future": person(agency_b, "Phạm Sắp Tới", appointed_from=today + dt.timedelta(days=3)),
    }


def test_anyone_reads_the_spokespersons_in_office(client, people, agency_a, agency_b):
    response = client.get(reverse(URL))  # not signed in
    assert response.status_code == 200
    text = response.text
    assert "Nguyễn Văn Phát" in text and "Trần Thị Ngôn" in text
    assert "Lê Văn Cũ" not in text  # appointment ended yesterday
    assert "Phạm Sắp Tới" not in text  # appointed from a later day
    assert "Ghi chú nội bộ" not in text  # the recorders' notes are not published
    assert 'href="mailto:phatngon@dongnai.gov.vn"' in text
    assert 'href="tel:02513822123"' in text
    groups = response.context["groups"]
    assert [agency.pk for agency, _people in groups] == sorted(
        [agency_a.pk, agency_b.pk],
        key=lambda pk: {agency_a.pk: agency_a.name, agency_b.pk: agency_b.name}[pk],
    )


def test_the_anonymous_menu_links_the_list(client, people):
    home = client.get(reverse("plans:list"))
    assert reverse(URL) in home.text


def test_the_list_is_html_escaped(client, agency_a, officer_a):
    Spokesperson.objects.create(
        agency=agency_a,
        name="<script>alert(1)</script>",
        appointed_from=timezone.localdate(),
        created_by=officer_a,
    )
    text = client.get(reverse(URL)).text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;" in text
