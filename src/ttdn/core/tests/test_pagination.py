"""CountingPaginator: the page and its totals in one pass, as Django's Paginator pages."""

import pytest
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Q

from ttdn.core.pagination import CountingPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    User = get_user_model()
    User.objects.bulk_create([User(username=f"u{i:02d}", is_active=i % 3 != 0) for i in range(23)])
    return User.objects.order_by("username")


@pytest.mark.parametrize("number", [1, 2, 3, "3", None, "", "abc", 0, -1, 99, "1e3"])
def test_pages_as_djangos_paginator(users, number):
    ours = CountingPaginator(users, 10).get_page(number)
    django = Paginator(users, 10).get_page(number)
    assert ours.number == django.number
    assert [u.username for u in ours] == [u.username for u in django]
    assert ours.paginator.count == django.paginator.count == 23
    assert ours.paginator.num_pages == 3
    assert (ours.has_next(), ours.has_previous()) == (django.has_next(), django.has_previous())


def test_totals_count_the_whole_list_not_the_page(users):
    page = CountingPaginator(users, 5, totals={"inactive": Q(is_active=False)}).get_page(2)
    assert [u.username for u in page] == ["u05", "u06", "u07", "u08", "u09"]
    assert page.totals == {"inactive": 8}  # u00, u03, …, u21


def test_one_query_for_the_page_and_its_totals_one_for_its_objects(
    users, django_assert_num_queries
):
    with django_assert_num_queries(2):
        page = CountingPaginator(users, 5, totals={"inactive": Q(is_active=False)}).get_page(1)
        assert len(list(page)) == 5
        assert page.paginator.count == 23


def test_an_empty_list(db):
    User = get_user_model()
    page = CountingPaginator(
        User.objects.order_by("pk"), 5, totals={"x": Q(is_active=True)}
    ).get_page(4)
    assert list(page) == []
    assert page.number == 1
    assert page.paginator.count == 0
    assert page.totals == {"x": 0}
