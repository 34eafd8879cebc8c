import pytest


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Hà Nội", "Hồ Chí Minh", "Phú Yên"])
