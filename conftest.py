"""Shared test fixtures: a fixed cast of personas and plans for permission tests.

Personas (as in Healthchecks' Alice/Bob/Charlie):
- ``coordinator``: focal department, manages every plan;
- ``officer_a``: officer of agency A (Sở Thông tin và Truyền thông), which leads the tasks;
- ``officer_b``: officer of agency B (Sở Ngoại vụ), which has nothing to do with them
  (unless a test makes B a coordinating agency);
- ``leader``: reads everything, writes nothing.
Plans: one public, one internal, one restricted to agency A; each with one task led by A.

Every test user is made by ``UserFactory`` (the ``make_user`` fixture): password
``pw-USERNAME``, memberships through ``agencies=[…]``, additional roles through
``roles=[role, (role, agency), …]``.
"""

import os

import factory
import pytest
from factory.django import DjangoModelFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM
# refuses to run there unless told it is safe (it is: one thread, one test).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
# Hypothesis (and Schemathesis on it) keep their caches under var/, not in .hypothesis/.
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", os.path.join(os.path.dirname(__file__), "var", "hypothesis")
)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, and on PostgreSQL its other sessions ended before it is dropped:
    a worker thread, a killed worker process or a live server's thread whose connection the
    server had not yet seen close would otherwise make the drop fail ("… is being accessed
    by other users") and leave the database behind for the next run."""
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for alias in connections:
            connection = connections[alias]
            if connection.vendor != "postgresql":
                continue
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture
def agency_a(db):
    from ttdn.directory.models import Agency, AgencyAlias

    agency = Agency.objects.create(
        name="Sở Thông tin và Truyền thông tỉnh Đồng Nai", short_name="Sở TT&TT", kind="department"
    )
    AgencyAlias.objects.create(agency=agency, alias="Sở TT-TT")
    return agency


@pytest.fixture
def agency_b(db):
    from ttdn.directory.models import Agency

    return Agency.objects.create(
        name="Sở Ngoại vụ tỉnh Đồng Nai", short_name="Sở Ngoại vụ", kind="department"
    )


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = "accounts.Membership"


class RoleGrantFactory(DjangoModelFactory):
    class Meta:
        model = "accounts.RoleGrant"


class UserFactory(DjangoModelFactory):
    class Meta:
        model = "accounts.User"
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.LazyAttribute(lambda u: f"pw-{u.username}")
    role = "officer"
    full_name = factory.LazyAttribute(lambda u: u.username.title())

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class._default_manager.create_user(*args, **kwargs)

    @factory.post_generation
    def agencies(user, create, extracted, **kwargs):
        for agency in extracted or ():
            MembershipFactory(user=user, agency=agency)

    @factory.post_generation
    def roles(user, create, extracted, **kwargs):
        """Additional roles: ``"press"`` (everywhere) or ``("finance", agency)``."""
        for grant in extracted or ():
            role, agency = grant if isinstance(grant, tuple) else (grant, None)
            RoleGrantFactory(user=user, role=role, agency=agency)


@pytest.fixture
def make_user(db):
    """``make_user("name", "coordinator", agencies=[…], roles=[…])``: one test user."""

    def make(username, role="officer", **kwargs):
        return UserFactory(username=username, role=role, **kwargs)

    return make


@pytest.fixture
def coordinator(make_user):
    return make_user("coordinator", "coordinator")


@pytest.fixture
def leader(make_user):
    return make_user("leader", "leader")


@pytest.fixture
def officer_a(make_user, agency_a):
    return make_user("officer_a", "officer", agencies=[agency_a])


@pytest.fixture
def officer_b(make_user, agency_b):
    return make_user("officer_b", "officer", agencies=[agency_b])


@pytest.fixture
def make_plan(coordinator, agency_a, agency_b):
    from ttdn.plans import services
    from ttdn.plans.services import AgencyRef, TaskData

    def make(
        *,
        visibility="internal",
        title=None,
        year=2024,
        timeframe="Quý III",
        restricted_to=None,
        tasks=1,
        number="",
        coordinating=(),
        status="draft",
    ):
        plan = services.plan_create(
            actor=coordinator,
            title=title or f"Kế hoạch thông tin đối ngoại năm {year} ({visibility})",
            number=number,
            period_start=year,
            visibility=visibility,
            restricted_to=restricted_to
            if restricted_to is not None
            else ([agency_a] if visibility == "restricted" else None),
            legal_bases=["Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"],
        )
        for i in range(tasks):
            services.task_create(
                actor=coordinator,
                plan=plan,
                data=TaskData(
                    text=f"Tổ chức tập huấn nghiệp vụ thông tin đối ngoại, đợt {i + 1}",
                    group="training",
                    timeframe_text=timeframe,
                    leads=[AgencyRef(agency=agency_a, as_written="Sở TT-TT")],
                    coordinating=[AgencyRef(agency=a) for a in coordinating]
                    + [AgencyRef(as_written="Các đơn vị liên quan")],
                ),
            )
        services.plan_move_to(actor=coordinator, plan=plan, to_status=status)
        plan.refresh_from_db()
        return plan

    return make


@pytest.fixture
def plans(make_plan):
    """One plan per visibility, keyed by it, in progress (agencies report on it)."""
    return {
        v: make_plan(visibility=v, status="in_progress")
        for v in ("public", "internal", "restricted")
    }


@pytest.fixture(autouse=True)
def _tasks_run_immediately(settings):
    """Background tasks run in-process in tests (the same code the huey worker runs)."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
