"""Forms whose issuer leaned on the learned model near its threshold (meta24): the rules read
the body themselves, so a model scoring a little more or less reads the same issuer.

Each wording is read with the committed model's threshold moved by up to 0.1 either way (a
retraining moves its scores by as much), and with the rules alone."""

from __future__ import annotations

import dataclasses

import pytest

from ttdn.importer.extract import issuer_choice
from ttdn.importer.extract.learned import load

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

THRESHOLDS = [None, 0.5, 0.55, 0.6, 0.65, 0.7]  # None: the rules alone


def _issuer(monkeypatch, text: str, threshold: float | None) -> tuple:
    model = load(issuer_choice.MODEL_PATH)
    chosen = None if threshold is None else dataclasses.replace(model, threshold=threshold)
    monkeypatch.setattr(issuer_choice, "model", lambda: chosen)
    result = read(text)
    return result["issuer"], result["level"], result["locality"]


# A body's account of a span of time it opens the sentence with: the body is the item's.
ACCOUNTS = [
    (
        "Kết quả nổi bật\nGiai đoạn 2021-2025, Sở Ngoại vụ tỉnh Hà Tĩnh đã tham mưu đón 40 "
        "đoàn khách quốc tế đến làm việc.\n",
        ("Sở Ngoại vụ tỉnh Hà Tĩnh", "department", "Hà Tĩnh"),
    ),
    (
        "Vì người nghèo nơi biên giới\nTrong giai đoạn 2020–2025, Ủy ban Mặt trận Tổ quốc Việt "
        "Nam tỉnh Long An đã vận động kiều bào đóng góp xây 50 căn nhà đại đoàn kết.\n",
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", "province", "Long An"),
    ),
    (
        "Quảng bá hình ảnh địa phương\nTừ đầu năm 2024 đến nay, Sở Thông tin và Truyền thông tỉnh "
        "Quảng Trị đã cung cấp 200 tin bài cho báo chí nước ngoài.\n",
        ("Sở Thông tin và Truyền thông tỉnh Quảng Trị", "department", "Quảng Trị"),
    ),
    (
        "Chín tháng đầu năm 2023, Sở Ngoại vụ tỉnh Lào Cai đã đón 25 đoàn khách quốc tế đến "
        "tìm hiểu cơ hội đầu tư.\n",
        ("Sở Ngoại vụ tỉnh Lào Cai", "department", "Lào Cai"),
    ),
    (
        "Những tháng cuối năm 2023, Sở Ngoại vụ tỉnh Lào Cai sẽ tổ chức hội nghị xúc tiến "
        "thương mại tại Vân Nam.\n",
        ("Sở Ngoại vụ tỉnh Lào Cai", "department", "Lào Cai"),
    ),
    # the focus a union set itself, told under a headline that names it
    (
        "“Nâng cao hiệu quả công tác vận động người Việt Nam ở nước ngoài”\nĐây là một trong "
        "những nhiệm vụ trọng tâm của Liên hiệp các tổ chức hữu nghị tỉnh Bình Định được xác "
        "định tại Đại hội lần thứ V, nhiệm kỳ 2025-2030.\n",
        ("Liên hiệp các tổ chức hữu nghị tỉnh Bình Định", "province", "Bình Định"),
    ),
    (
        "Tăng cường quảng bá văn hóa dân tộc\nĐây là nội dung trọng tâm của Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh Đắk Lắk được thống nhất tại hội nghị ngày 3/4.\n",
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk", "province", "Đắk Lắk"),
    ),
    # two bodies signing or holding together: the one named first
    (
        "Ký kết hợp tác\nSở Thông tin và Truyền thông tỉnh Cà Mau và Hội Nhà báo tỉnh Cà Mau ký "
        "kết thỏa thuận hợp tác về thông tin đối ngoại giai đoạn 2024-2026.\n",
        ("Sở Thông tin và Truyền thông tỉnh Cà Mau", "department", "Cà Mau"),
    ),
    (
        "Ngày 9/9/2024, Ban Tuyên giáo Tỉnh ủy Sóc Trăng cùng Sở Ngoại vụ tỉnh Sóc Trăng phối "
        "hợp tổ chức hội nghị báo cáo viên.\n",
        ("Ban Tuyên giáo Tỉnh ủy Sóc Trăng", "province", "Sóc Trăng"),
    ),
    # a head's talks are his ministry's; his name is not the body's
    (
        "Sáng 8/5/2024, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt có buổi làm việc với Đại sứ "
        "Australia.\n",
        ("Bộ Ngoại giao", "national", None),
    ),
    (
        "Chiều 2/3/2023, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh có buổi hội đàm với Bộ trưởng "
        "Bộ Tư pháp Lào.\n",
        ("Bộ Tư pháp", "national", None),
    ),
]


@pytest.mark.parametrize("threshold", THRESHOLDS)
@pytest.mark.parametrize(("text", "expected"), ACCOUNTS)
def test_the_rules_read_the_body_whatever_the_models_threshold(
    monkeypatch, text, expected, threshold
):
    assert _issuer(monkeypatch, text, threshold) == expected


# A body the item tells of as honoured issues nothing, whatever the model scores it.
HONOURED = [
    "Sở Ngoại vụ tỉnh Sơn La được trao tặng Huân chương Lao động hạng Ba\n\nLễ đón nhận diễn "
    "ra trang trọng.\n",
    "Ban Tuyên giáo Tỉnh ủy Hà Giang vinh dự nhận Cờ thi đua của Chính phủ\n\nNhiều tập thể "
    "được biểu dương.\n",
]


@pytest.mark.parametrize("threshold", THRESHOLDS)
@pytest.mark.parametrize("text", HONOURED)
def test_a_body_honoured_issues_nothing_whatever_the_models_threshold(monkeypatch, text, threshold):
    assert _issuer(monkeypatch, text, threshold)[0] is None


# Near misses, read by the rules alone: no span opening the sentence, the body not its
# subject; the focus not set by the body; two bodies only named together.
NEAR = [
    "Giai đoạn 2021-2025, hoạt động của Sở Ngoại vụ tỉnh Hà Tĩnh được đánh giá cao.\n",
    "Giai đoạn 2021-2025 là giai đoạn Sở Ngoại vụ tỉnh Hà Tĩnh có nhiều đổi mới.\n",
    "Đây là nhiệm vụ trọng tâm của cả hệ thống chính trị. Ủy ban Mặt trận Tổ quốc Việt Nam "
    "tỉnh Đắk Lắk là thành viên.\n",
    "Sở Thông tin và Truyền thông tỉnh Cà Mau và Hội Nhà báo tỉnh Cà Mau là hai đơn vị dẫn "
    "đầu phong trào thi đua.\n",
]


@pytest.mark.parametrize("text", NEAR)
def test_near_misses_name_no_issuer(monkeypatch, text):
    assert _issuer(monkeypatch, text, None)[0] is None
