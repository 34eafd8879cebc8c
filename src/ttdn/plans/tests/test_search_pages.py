import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    "query", ["thong tin doi ngoai nam 2025", "THÔNG TIN ĐỐI NGOẠI năm 2025", "doi ngo"]
)
def test_plan_search_ignores_missing_diacritics(client, coordinator, make_plan, query):
    wanted = make_plan(title="Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2025", year=2025)
    other = make_plan(title="Kế hoạch phòng chống thiên tai năm 2025", year=2025)
    client.force_login(coordinator)
    page = client.get(reverse("plans:list"), {"q": query}).context["page"]
    ids = [p.pk for p in page]
    assert wanted.pk in ids
    assert other.pk not in ids


def test_task_search_and_htmx_partial(client, coordinator, make_plan):
    plan = make_plan(tasks=1)
    client.force_login(coordinator)
    response = client.get(
        reverse("plans:task_list"), {"q": "tap huan nghiep vu"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "<html" not in body  # only the table for htmx
    assert reverse("pages:task", args=[plan.tasks.get().pk]) in body
    assert (
        "Tổ chức tập huấn"
        not in client.get(reverse("plans:task_list"), {"q": "bien dao"}).content.decode()
    )


def test_search_does_not_reveal_restricted_plans(client, officer_b, make_plan):
    make_plan(visibility="restricted", title="Kế hoạch mật về biên giới")
    client.force_login(officer_b)
    page = client.get(reverse("plans:list"), {"q": "bien gioi"}).context["page"]
    assert list(page) == []


def test_hostile_search_input_just_searches(client, coordinator, make_plan):
    make_plan()
    client.force_login(coordinator)
    for q in ['") OR 1=1 --', "NEAR(", "*", "'; DROP TABLE plans_plan; --"]:
        assert client.get(reverse("plans:list"), {"q": q}).status_code == 200


def test_the_task_search_matches_once_per_page(client, coordinator, officer_b, make_plan):
    """The page of a search is read by id (``CountingPaginator(rows=…)``): the match runs in
    the pass that finds the ids, not again for the 50 rows; and the ids found are still only
    those the reader may see."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    visible = make_plan(tasks=2)
    make_plan(visibility="restricted", tasks=1, title="Kế hoạch mật")
    client.force_login(coordinator)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("plans:task_list"), {"q": "tap huan"}).context["page"]
    matching = [q["sql"] for q in queries if "core_searchentry" in q["sql"]]
    assert len(matching) == 1, matching
    assert len(page) == 3 and page.paginator.count == 3
    client.force_login(officer_b)
    page = client.get(reverse("plans:task_list"), {"q": "tap huan"}).context["page"]
    assert {t.plan_id for t in page} == {visible.pk} and page.paginator.count == 2
