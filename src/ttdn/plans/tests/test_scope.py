"""The oversight scope (plans.scope, decision 0022): who oversees what by default, the
pages that aggregate within it, the selector that widens or narrows it, and access that
does not change with it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ttdn.directory.models import AdministrativeUnit, Agency
from ttdn.plans import services
from ttdn.plans.models import Task
from ttdn.plans.scope import COUNTRY, home_units, oversight_scope
from ttdn.plans.selectors import TaskFilters, task_list
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.services import progress_submit


def _unit(code, name, level, parent=None):
    return AdministrativeUnit.objects.create(
        code=code, name=name, full_name=name, level=level, parent=parent
    )


@pytest.fixture
def country(db):
    dong_nai = _unit("75", "Tỉnh Đồng Nai", "province")
    bien_hoa = _unit("26041", "Phường Biên Hòa", "commune", dong_nai)
    ha_noi = _unit("01", "Thành phố Hà Nội", "province")
    agencies = {
        "so_dn": Agency.objects.create(name="Sở Văn hóa tỉnh Đồng Nai", unit=dong_nai),
        "ubnd_dn": Agency.objects.create(
            name="Ủy ban nhân dân tỉnh Đồng Nai", unit=dong_nai, kind="people_committee"
        ),
        "phuong": Agency.objects.create(
            name="Ủy ban nhân dân phường Biên Hòa", unit=bien_hoa, kind="commune_committee"
        ),
        "so_hn": Agency.objects.create(name="Sở Văn hóa thành phố Hà Nội", unit=ha_noi),
        "bo": Agency.objects.create(name="Bộ Ngoại giao", kind="central"),
    }
    return {"dong_nai": dong_nai, "bien_hoa": bien_hoa, "ha_noi": ha_noi, **agencies}


@pytest.fixture
def people(make_user, country):
    return {
        "coord_dn": make_user("coord_dn", "coordinator", agencies=[country["so_dn"]]),
        "leader_dn": make_user("leader_dn", "leader", agencies=[country["ubnd_dn"]]),
        "officer_dn": make_user("officer_dn", "officer", agencies=[country["so_dn"]]),
        "officer_phuong": make_user("officer_phuong", "officer", agencies=[country["phuong"]]),
        "coord_hn": make_user("coord_hn", "coordinator", agencies=[country["so_hn"]]),
        "ministry": make_user("ministry", "coordinator", agencies=[country["bo"]]),
        "no_agency": make_user("no_agency", "leader"),
        "mixed": make_user("mixed", "coordinator", agencies=[country["so_dn"], country["bo"]]),
    }


def _plan(actor, *, unit, lead, title, year=None, issuer=None, tasks=1, late=True):
    year = year or timezone.localdate().year
    plan = services.plan_create(
        actor=actor,
        title=title,
        period_start=year,
        unit=unit,
        issuer=issuer,
        visibility="internal",
    )
    for i in range(tasks):
        services.task_create(
            actor=actor,
            plan=plan,
            data=TaskData(
                text=f"{title}: nhiệm vụ {i + 1}",
                timeframe_text="Cả năm",
                leads=[AgencyRef(agency=lead)],
            ),
        )
    services.plan_move_to(actor=actor, plan=plan, to_status="in_progress")
    if late:  # the derived state, as the refresh would leave it after a missed deadline
        Task.objects.filter(plan=plan).update(
            status="in_progress", next_deadline=timezone.localdate() - datetime.timedelta(days=3)
        )
    plan.refresh_from_db()
    return plan


@pytest.fixture
def national(coordinator, country, people):
    plans = {
        "dn": _plan(coordinator, unit=country["dong_nai"], lead=country["so_dn"], title="KH DN"),
        "phuong": _plan(
            coordinator, unit=country["bien_hoa"], lead=country["phuong"], title="KH phường"
        ),
        "hn": _plan(
            coordinator, unit=country["ha_noi"], lead=country["so_hn"], title="KH HN", tasks=2
        ),
        # No unit recorded: in scope through its issuer's unit.
        "hn_no_unit": _plan(
            coordinator, unit=None, issuer=country["so_hn"], lead=country["so_hn"], title="KH X"
        ),
    }
    # Reports awaiting review: one in Đồng Nai, two in Hà Nội.
    for key, agency, reporter in (("dn", "so_dn", "officer_dn"), ("hn", "so_hn", "coord_hn")):
        for task in plans[key].tasks.all():
            progress_submit(
                actor=people[reporter],
                task=task,
                agency=country[agency],
                status="in_progress",
                percent=40,
                narrative="Đã triển khai",
            )
    # A report re-derives its task's state: every task late again.
    Task.objects.update(
        status="in_progress", next_deadline=timezone.localdate() - datetime.timedelta(days=3)
    )
    return plans


# --- who oversees what ---------------------------------------------------------------------


def test_scope_of_each_kind_of_user(people, country, django_user_model):
    dn = {country["dong_nai"].pk, country["bien_hoa"].pk}
    assert oversight_scope(people["coord_dn"]).unit_ids == dn  # province and its communes
    assert oversight_scope(people["leader_dn"]).unit_ids == dn
    assert oversight_scope(people["officer_dn"]).unit_ids == dn
    assert oversight_scope(people["officer_phuong"]).unit_ids == {country["bien_hoa"].pk}
    assert oversight_scope(people["coord_hn"]).unit_ids == {country["ha_noi"].pk}
    # Central bodies, superusers, users without an agency, a central body among others:
    # the whole country.
    assert oversight_scope(people["ministry"]).is_country
    assert oversight_scope(people["no_agency"]).is_country
    assert oversight_scope(people["mixed"]).is_country
    admin = django_user_model.objects.create_superuser("root", "root@x.vn", "pw-root-123456")
    assert oversight_scope(admin).is_country
    assert oversight_scope(people["coord_dn"]).label == "Tỉnh Đồng Nai"
    assert [u.pk for u in home_units(people["officer_phuong"])] == [country["bien_hoa"].pk]


def test_scope_widens_and_narrows_on_request(people, country):
    user = people["coord_dn"]
    assert oversight_scope(user, COUNTRY).is_country
    narrowed = oversight_scope(user, str(country["bien_hoa"].pk))
    assert narrowed.unit_ids == {country["bien_hoa"].pk}
    assert not narrowed.is_default
    # The user's own unit chosen again is the default; nonsense falls back to it.
    assert oversight_scope(user, str(country["dong_nai"].pk)).is_default
    assert oversight_scope(user, "nonsense").unit_ids == oversight_scope(user).unit_ids
    assert oversight_scope(user, "999999").unit_ids == oversight_scope(user).unit_ids
    # Digits that are no primary key: a superscript, and more than any column holds.
    for odd in ("²", "٣", "9" * 25):
        assert oversight_scope(user, odd).unit_ids == oversight_scope(user).unit_ids
    # A ministry user narrows to a province.
    assert oversight_scope(people["ministry"], str(country["ha_noi"].pk)).unit_ids == {
        country["ha_noi"].pk
    }


# --- the pages: scope-limited by default, wider on request ---------------------------------


def test_home_page_aggregates_within_the_scope_by_default(client, people, national):
    client.force_login(people["coord_dn"])
    board = client.get(reverse("home")).context["board"]
    assert board.late_count == 2  # Đồng Nai's task and its commune's, not Hà Nội's 3
    assert board.pending_reviews == 1
    assert {p.name for p in board.plans} == {"KH DN", "KH phường"}
    assert {row.name for row in board.completion} == {
        "Sở Văn hóa tỉnh Đồng Nai",
        "Ủy ban nhân dân phường Biên Hòa",
    }
    response = client.get(reverse("home"), {"scope": COUNTRY})
    board = response.context["board"]
    assert board.late_count == 5
    assert board.pending_reviews == 3
    assert {p.name for p in board.plans} == {"KH DN", "KH phường", "KH HN", "KH X"}
    # The scope in use is printed, and the selector offers the country and the communes.
    page = response.content.decode()
    assert "Toàn quốc" in page or "Whole country" in page
    options = dict(response.context["scope_options"])  # the country: its provinces
    assert list(options) == ["", COUNTRY, str(national["hn"].unit_id)]
    assert options[""] == "Tỉnh Đồng Nai"  # the user's own scope, first
    options = dict(client.get(reverse("home")).context["scope_options"])
    assert list(options) == ["", COUNTRY, str(national["phuong"].unit_id)]  # its communes


def test_home_page_of_a_ministry_user_covers_the_country(client, people, national):
    client.force_login(people["ministry"])
    board = client.get(reverse("home")).context["board"]
    assert board.late_count == 5
    ha_noi = str(national["hn"].unit_id)
    board = client.get(reverse("home"), {"scope": ha_noi}).context["board"]
    assert board.late_count == 3  # Hà Nội's plan and the plan its department issued


def test_commune_officer_sees_the_commune_chart(client, people, national):
    client.force_login(people["officer_phuong"])
    board = client.get(reverse("home")).context["board"]
    assert {p.name for p in board.plans} == {"KH phường"}
    assert board.late_count == 1  # the officer's own agency's task


def test_task_lists_default_to_the_scope_and_widen(client, people, national, country):
    client.force_login(people["coord_dn"])
    url = reverse("plans:task_list")
    response = client.get(url)
    assert {row.text.split(":")[0] for row in response.context["rows"]} == {"KH DN", "KH phường"}
    # The agency filter offers the agencies of the scope only.
    offered = {label for _value, label in response.context["form"].fields["agency"].choices}
    assert "Sở Văn hóa tỉnh Đồng Nai" in offered
    assert "Sở Văn hóa thành phố Hà Nội" not in offered
    # The late list of the year, widened to the country.
    year = timezone.localdate().year
    response = client.get(url, {"status": "late", "year": year, "scope": COUNTRY})
    assert response.context["page"].paginator.count == 5
    response = client.get(url, {"status": "late", "year": year})
    assert response.context["page"].paginator.count == 2
    # Narrowed to the commune.
    response = client.get(url, {"scope": country["bien_hoa"].pk})
    assert [row.text for row in response.context["rows"]] == ["KH phường: nhiệm vụ 1"]


@pytest.mark.parametrize("odd", ["²", "9" * 25, "-1", "1e3"])
def test_an_odd_scope_in_the_address_is_the_default_scope_not_an_error(
    client, people, national, odd
):
    client.force_login(people["coord_dn"])
    for url in ("/", "/tasks/", "/review/"):
        response = client.get(url, {"scope": odd})
        assert response.status_code == 200, (url, odd)


def test_review_queue_defaults_to_the_scope(client, people, national):
    client.force_login(people["coord_dn"])
    url = reverse("tracking:review_queue")
    assert client.get(url).context["page"].paginator.count == 1
    assert client.get(url, {"scope": COUNTRY}).context["page"].paginator.count == 3


def test_access_is_unchanged_outside_the_scope(client, people, national):
    client.force_login(people["coord_dn"])
    hn = national["hn"]
    assert client.get(reverse("pages:plan", args=[hn.pk])).status_code == 200
    task = hn.tasks.first()
    assert client.get(reverse("pages:task", args=[task.pk])).status_code == 200
    so_hn = task.assignments.first().agency_id
    response = client.get(reverse("pages:agency", args=[so_hn]))
    assert response.context["page"].paginator.count == 3  # its tasks, wherever the plan
    # Search finds a plan of another province: the lists' search is not restricted by
    # the agency filter, and the country scope lists it.
    response = client.get(reverse("plans:task_list"), {"scope": COUNTRY, "q": "KH HN"})
    assert response.status_code == 200


def test_late_list_of_a_year_keeps_the_late_tasks_of_earlier_starting_plans(
    coordinator, country, people
):
    """The late list is bounded from the earliest start of the year's plans: a plan
    running over several years keeps its task late since an earlier year."""
    year = timezone.localdate().year
    plan = services.plan_create(
        actor=coordinator,
        title="KH giai đoạn",
        period_start=year - 2,
        period_end=year,
        unit=country["dong_nai"],
        visibility="internal",
    )
    services.task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(text="Nhiệm vụ kéo dài", leads=[AgencyRef(agency=country["so_dn"])]),
    )
    services.plan_move_to(actor=coordinator, plan=plan, to_status="in_progress")
    Task.objects.filter(plan=plan).update(
        status="in_progress", next_deadline=datetime.date(year - 2, 6, 30)
    )
    today = timezone.localdate()
    found = task_list(
        user=people["coord_dn"], filters=TaskFilters(status="late", year=year), today=today
    )
    assert [t.text for t in found] == ["Nhiệm vụ kéo dài"]


def test_agency_page_counts_start_from_the_agency_and_keep_visibility(
    client, people, country, coordinator
):
    """Restricted plans stay hidden on the agency page of a user outside them."""
    year = timezone.localdate().year
    plan = services.plan_create(
        actor=coordinator,
        title="KH mật",
        period_start=year,
        unit=country["ha_noi"],
        visibility="restricted",
        restricted_to=[country["so_hn"]],
    )
    services.task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(text="Nhiệm vụ mật", leads=[AgencyRef(agency=country["so_hn"])]),
    )
    url = reverse("pages:agency", args=[country["so_hn"].pk])
    client.force_login(people["officer_dn"])
    assert client.get(url).context["page"].paginator.count == 0
    client.force_login(people["coord_hn"])  # a member of the agency it is restricted to
    assert client.get(url).context["page"].paginator.count == 1


@pytest.mark.parametrize("scope", ["", COUNTRY])
def test_query_counts_do_not_grow_with_the_plans_in_scope(
    client, people, national, coordinator, country, scope
):
    client.force_login(people["coord_dn"])
    urls = [
        reverse("home"),
        reverse("plans:task_list"),
        reverse("tracking:review_queue"),
    ]

    def counts():
        found = []
        for url in urls:
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url, {"scope": scope}).status_code == 200
            found.append(len(ctx.captured_queries))
        return found

    before = counts()
    for n in range(3):
        _plan(coordinator, unit=country["dong_nai"], lead=country["so_dn"], title=f"Thêm {n}")
        _plan(coordinator, unit=country["ha_noi"], lead=country["so_hn"], title=f"Khác {n}")
    assert counts() == before


def test_agency_page_lists_a_task_once_when_the_agency_has_two_roles_on_it(
    client, people, country, coordinator
):
    plan = services.plan_create(
        actor=coordinator, title="KH hai vai", period_start=2026, unit=country["dong_nai"]
    )
    services.task_create(
        actor=coordinator,
        plan=plan,
        data=TaskData(
            text="Nhiệm vụ hai vai",
            leads=[AgencyRef(agency=country["so_dn"])],
            coordinating=[AgencyRef(agency=country["so_dn"]), AgencyRef(agency=country["bo"])],
        ),
    )
    client.force_login(people["officer_dn"])
    response = client.get(reverse("pages:agency", args=[country["so_dn"].pk]))
    assert response.context["page"].paginator.count == 1
    assert [row.text for row in response.context["agency_page"].rows] == ["Nhiệm vụ hai vai"]
    # Two agencies of the same user on the same task: the task once.
    from ttdn.plans.access import visible_tasks_of_agencies

    mixed = people["mixed"]  # so_dn and the ministry, both on the task
    found = visible_tasks_of_agencies(mixed, mixed.agency_ids())
    assert [t.text for t in found] == ["Nhiệm vụ hai vai"]
    assert found.count() == 1


# --- search within the scope reads the scope's partition ----------------------------------


def test_task_and_plan_entries_carry_their_province(national, country):
    from ttdn.core.models import SearchEntry

    partitions = dict(SearchEntry.objects.filter(kind="task").values_list("object_id", "partition"))
    for key, province in (
        ("dn", "dong_nai"),
        ("phuong", "dong_nai"),  # a commune's plan: its province
        ("hn", "ha_noi"),
        ("hn_no_unit", "ha_noi"),  # no unit: its issuer's
    ):
        for task in national[key].tasks.all():
            assert partitions[task.pk] == country[province].pk, key
        plan_entry = SearchEntry.objects.get(kind="plan", object_id=national[key].pk)
        assert plan_entry.partition == country[province].pk


def test_task_search_in_a_scope_finds_its_tasks_and_only_them(client, people, national, country):
    client.force_login(people["coord_dn"])
    url = reverse("plans:task_list")
    texts = {row.text for row in client.get(url, {"q": "nhiem vu"}).context["rows"]}
    assert texts == {"KH DN: nhiệm vụ 1", "KH phường: nhiệm vụ 1"}
    narrowed = client.get(url, {"q": "nhiem vu", "scope": country["bien_hoa"].pk})
    assert [row.text for row in narrowed.context["rows"]] == ["KH phường: nhiệm vụ 1"]
    country_wide = client.get(url, {"q": "nhiem vu", "scope": COUNTRY}).context["page"]
    assert country_wide.paginator.count == 5


def test_a_plan_moved_to_another_province_moves_its_tasks_in_search(
    coordinator, people, national, country
):
    plan = national["dn"]
    services.plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        unit=country["ha_noi"],
    )
    hanoi = oversight_scope(people["coord_hn"])
    dongnai = oversight_scope(people["coord_dn"])
    filters = {"q": "KH DN nhiem vu"}
    found_hn = task_list(
        user=people["coord_hn"],
        filters=TaskFilters(scope=hanoi, **filters),
        today=timezone.localdate(),
    )
    found_dn = task_list(
        user=people["coord_dn"],
        filters=TaskFilters(scope=dongnai, **filters),
        today=timezone.localdate(),
    )
    assert [t.pk for t in found_hn] == [t.pk for t in plan.tasks.all()]
    assert list(found_dn) == []


def test_the_migration_gives_existing_entries_their_province(national, country):
    import importlib

    from ttdn.core.models import SearchEntry

    migration = importlib.import_module("ttdn.plans.migrations.0007_search_partitions")
    SearchEntry.objects.update(partition=None)

    class Editor:  # the part of a schema editor the migration uses
        connection = connection

        @staticmethod
        def execute(sql):
            with connection.cursor() as cursor:
                cursor.execute(sql)

    migration.forwards(None, Editor)
    for key, province in (("phuong", "dong_nai"), ("hn_no_unit", "ha_noi")):
        task = national[key].tasks.first()
        entry = SearchEntry.objects.get(kind="task", object_id=task.pk)
        assert entry.partition == country[province].pk
    assert not SearchEntry.objects.filter(kind__in=["plan", "task"], partition=None).exists()


def test_the_plan_list_offers_the_units_of_the_scope_and_filters_by_them(
    client, people, national, country
):
    """The unit filter lists the provinces with plans and the lower units of the user's
    scope that have plans — not every unit with a plan (Hà Nội's communes, here none)."""
    _plan(
        people["coord_hn"],
        unit=_unit("00004", "Phường Ba Đình", "commune", country["ha_noi"]),
        lead=country["so_hn"],
        title="KH Ba Đình",
    )
    client.force_login(people["coord_dn"])
    form = client.get(reverse("plans:list")).context["form"]
    offered = {u.name for u in form.fields["unit"].queryset}
    assert offered == {"Tỉnh Đồng Nai", "Thành phố Hà Nội", "Phường Biên Hòa"}
    page = client.get(reverse("plans:list"), {"unit": country["bien_hoa"].pk}).context["page"]
    assert [p.title for p in page] == ["KH phường"]
    client.force_login(people["ministry"])  # the whole country: the provinces
    form = client.get(reverse("plans:list")).context["form"]
    assert {u.name for u in form.fields["unit"].queryset} == {"Tỉnh Đồng Nai", "Thành phố Hà Nội"}
