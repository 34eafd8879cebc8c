"""Agency names typed in the admin are cleaned (core.text.clean_text, decision 0016)."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from ttdn.directory.models import Agency


def test_an_agency_name_typed_in_the_admin_is_stored_clean_and_found_without_diacritics(
    make_user,
):
    admin = make_user("admin", "coordinator", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    response = client.post(
        reverse("admin:directory_agency_add"),
        {
            "name": unicodedata.normalize(
                "NFD", " Sở Ngoại\u202e  vụ\u200b tỉnh Thử\u200f Nghiệm\t"
            ),
            "short_name": "Sở\u2066 NV",
            "kind": "department",
            "aliases-TOTAL_FORMS": "1",
            "aliases-INITIAL_FORMS": "0",
            "aliases-0-alias": unicodedata.normalize("NFD", "Sở\u200f Ngoại vụ"),
            "successions_out-TOTAL_FORMS": "0",
            "successions_out-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    agency = Agency.objects.get(name_folded__startswith="so ngoai vu tinh thu")
    assert agency.name == "Sở Ngoại vụ tỉnh Thử Nghiệm"
    assert agency.short_name == "Sở NV"
    assert agency.name_folded == "so ngoai vu tinh thu nghiem"
    assert agency.aliases.get().alias == "Sở Ngoại vụ"


def test_two_spellings_of_one_name_are_one_agency(db):
    first = Agency(name="Sở Thử Nghiệm", kind="department")
    first.full_clean()
    first.save()
    second = Agency(name=unicodedata.normalize("NFD", "Sở\u200b Thử Nghiệm"), kind="department")
    with pytest.raises(ValidationError) as caught:
        second.full_clean()
    assert "name" in caught.value.message_dict
