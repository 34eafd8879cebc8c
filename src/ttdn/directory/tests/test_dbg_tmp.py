from ttdn.directory.tests.conftest import *  # noqa
from ttdn.directory.tests.conftest import legacy_province, district

def test_dbg(index, directory):
    for u, n in [(legacy_province("Cao Bằng"), "Sở TT&TT"), (legacy_province("Bình Dương"), "Công an huyện"), (legacy_province("Đồng Nai"), "Sở Văn hóa Thể thao Du lịch")]:
        r = index.resolve(n, unit=u)
        print(n, r.method, r.confidence, r.agency, [c.name for c in r.candidates])
