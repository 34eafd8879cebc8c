"""The directory the form tests read against, loaded once for the whole package.

Loading the administrative units and three provinces' agencies takes about half a second on
SQLite and most of a second on PostgreSQL; done for each of the package's ~1,450 tests it was a
quarter of the suite's time. It is loaded once inside an outer transaction that is rolled back
when the package is done; each test's own ``db`` transaction nests inside it as a savepoint, so
what a test adds (``test_shortnames.quang_binh``) is gone for the next one, and the shared agency
index sees the change through its fingerprint.
"""

import pytest
from django.db import transaction


@pytest.fixture(scope="package")
def _forms_directory(django_db_setup, django_db_blocker):
    from ttdn.directory.services import agencies_load, units_load

    with django_db_blocker.unblock(), transaction.atomic():
        units_load()
        agencies_load(provinces=["Hà Nội", "Hồ Chí Minh", "Phú Yên"])
        yield
        transaction.set_rollback(True)


@pytest.fixture
def directory(_forms_directory, db):
    return None
