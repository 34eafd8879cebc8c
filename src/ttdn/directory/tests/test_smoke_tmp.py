import time, datetime, unicodedata
from ttdn.directory.resolver import AgencyIndex
from .conftest import legacy_province, current_province, district

def test_try(directory):
    t=time.perf_counter(); idx = AgencyIndex(); print("index", time.perf_counter()-t)
    dn, py, hg, bd, dt = (legacy_province(n) for n in ["Đồng Nai","Phú Yên","Hậu Giang","Bình Dương"]) , None, None, None, None
    dn, py, hg, bd = dn
    dt = district("Dầu Tiếng"); cdn = current_province("Đồng Nai")
    cases = [(dn, "Sở Thông tin và Truyền thông (Sở TT-TT)"), (dn,"Sở TT-TT"),(py,"Sở TT&TT"),(dn,"Ban Tuyên giáo Tỉnh ủy"),
     (dn,"Sở Ngoại vụ"),(dn,"Sở Kế hoạch Đầu tư"),(dn,"Sở Kế hoạch và Đầu tư"),(dn,"Sở Văn hóa Thể thao và Du lịch"),(dn,"Đài PT-TH Đồng Nai"),
     (dn,"Công an tỉnh"),(dn,"Sở Công thương"),(dn,"Ban Quản lý các KCN"),(py,"Văn phòng UBND tỉnh"),(dn,"Sở Tài chính"),(dn, "Sở Tài Chính"),(dt,"Công an huyện"),
     (dt,"Phòng Văn hóa và Thông tin huyện"),(dn,"Các cơ quan báo chí"),(dn,"Cổng Thông tin điện tử tỉnh"),(dn,"So Thong tin va Truyen thong"),
     (dn,"Sở Thông tin và Truyền thôngg"),(dn,unicodedata.normalize("NFD","Sở Ngoại vụ")),(hg,"Sở TT&TT"),(None,"Sở TT&TT"),(py,"Đài PT-TH Đồng Nai"),
     (dn,"Sở"),(py,"Sở"),(dn,"Báo ĐN"),(dn,"Báo LĐĐN"),(dn,"Hội Nhà báo"),(dn,"Liên hiệp các tổ chức hữu nghị tỉnh"),(dn,"Thường trực UBMTTQVN tỉnh"),
     (dn,"Bộ Thông tin và Truyền thông"),(py,"Bộ TT&TT"),(dn,"Truyền hình Việt Nam"),(dn,"cổng Thông tin điện tử Chính phủ"),(hg,"Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"),
     (dt,"Ủy ban nhân dân các xã, thị trấn"),(dt,"Đài Truyền thanh huyện"),(dt,"Ban Biên tập Trang thông tin điện tử huyện"),(hg, "Sở Khoa học công nghệ"),
     (cdn, "Sở Thông tin và Truyền thông"), (cdn, "Sở Tài chính"), (cdn, "Sở Văn hóa, Thể thao và Du lịch"),(dn,"Sở Nội vụ"),(dn,"Sở Noi vu"),(dn,"báo chí"),
     (dn,"UBND các huyện, TXLK, TPBH"),(dn,"Sở Văn hoá, Thể thao và Du lịch"), (None, "Sở Thông tin và Truyền thông tỉnh Đồng Nai"), (None,"Công an tỉnh"),
     (dn, "Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông"), (dn, "Ban Dân vận"), (dn, "Ban Tuyên giáo"), (bd, "Công an huyện"),(dn,"Sở Ngoại vụ tỉnh Phú Yên"),
     (dn,"Sở Tư pháp tỉnh Phú Yen"), (dn, "Sở Giáo dục Đào tạo")]
    t=time.perf_counter()
    for unit, name in cases:
        r = idx.resolve(name, unit=unit)
        print(f"{unit and unit.name!s:10} {name!r:45} -> {r.method:6} {r.confidence:.3f} {r.agency and r.agency.name}  | {[c.name for c in r.candidates[:3]]}")
    print("per call", (time.perf_counter()-t)/len(cases))
    r = idx.resolve("Sở TT&TT", unit=dn, current=True); print("current", r.agency)
    r = idx.resolve("Sở TT&TT", unit=py, current=True); print("current", r.agency)
    r = idx.resolve("Sở TT&TT", unit=dn, current=True, on=datetime.date(2025,4,1)); print("current 2025-04", r.agency)
    r = idx.resolve("Công an huyện", unit=dt, current=True); print("current", r.agency)
    r = idx.resolve("Bộ TT&TT", current=True); print("current", r.agency)
