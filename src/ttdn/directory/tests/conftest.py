"""Directory data (units + agency seed) loaded once for the directory tests.

Loading takes a second or two, so it is done once per test package inside an
outer transaction that is rolled back at the end; each test's own ``db``
transaction nests inside it (a savepoint), so tests stay isolated from each
other and other apps' tests never see this data.
"""

import time

import pytest
from django.db import transaction

from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.directory.resolver import AgencyIndex
from ttdn.directory.services import agencies_load, units_load

LEGACY_END = "2025-06-30"


@pytest.fixture(scope="package")
def directory_loaded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        started = time.perf_counter()
        counts = {"units": units_load()}
        counts["units_seconds"] = time.perf_counter() - started
        started = time.perf_counter()
        counts["agencies"] = agencies_load()
        counts["agencies_seconds"] = time.perf_counter() - started
        yield counts
        transaction.set_rollback(True)


@pytest.fixture
def directory(directory_loaded, db):
    return directory_loaded


@pytest.fixture(scope="package")
def _shared_index(directory_loaded, django_db_blocker):
    with django_db_blocker.unblock():
        return AgencyIndex()


@pytest.fixture
def index(directory, _shared_index):
    """One index over the seeded directory (tests that change agencies build their own)."""
    return _shared_index


def legacy_province(name: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(level=UnitLevel.PROVINCE, name=name, valid_to=LEGACY_END)


def current_province(name: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(
        level=UnitLevel.PROVINCE, name=name, valid_to__isnull=True
    )


def district(name: str) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(level=UnitLevel.DISTRICT, name=name)


@pytest.fixture
def dong_nai(directory):
    return legacy_province("Đồng Nai")


@pytest.fixture
def phu_yen(directory):
    return legacy_province("Phú Yên")


@pytest.fixture
def hau_giang(directory):
    return legacy_province("Hậu Giang")


@pytest.fixture
def binh_duong(directory):
    return legacy_province("Bình Dương")


@pytest.fixture
def dau_tieng(directory):
    return district("Dầu Tiếng")
