"""A formal document (no annex table) read from a scan: its header, number, date and bases.

The page is drawn here as an office prints a plan (the national motto beside the issuer,
the number under it, the place and date, the title, the bases) and scanned as a worn
150-dpi scanner does: turned by 1.2°, blurred, noisy, with dark specks. Before a text page
had its specks removed, such a scan read the date and more as noise (issuer right on 0.30 of
real documents so scanned, docs/benchmarks.md).
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ttdn.documents.readers import ocr
from ttdn.documents.tests.test_readers import needs_ocr
from ttdn.documents.tests.test_scanned_table import FONT, as_scanned_pdf, needs_font
from ttdn.importer.pipeline import analyse_file

LEFT = [  # the issuer's block, centred over the left column
    "ỦY BAN NHÂN DÂN",
    "TỈNH HƯNG YÊN",
    "",
    "Số: 215/KH-UBND",
]
RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "",
    "Hưng Yên, ngày 14 tháng 11 năm 2025",
]
BODY = [
    "KẾ HOẠCH",
    "Công tác thông tin đối ngoại tỉnh Hưng Yên năm 2026",
    "",
    "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý",
    "hoạt động thông tin đối ngoại;",
    "Căn cứ Quyết định số 1191/QĐ-TTg ngày 14/8/2020 của Thủ tướng Chính phủ phê duyệt",
    "Chiến lược thông tin đối ngoại giai đoạn 2021 - 2030;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2026",
    "như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Nâng cao hiệu quả công tác thông tin đối ngoại của tỉnh.",
]


def _plan_page(*, angle: float = 1.2, seed: int = 5) -> Image.Image:
    """An A4 page at 150 dpi (13-point letters about 27 pixels), scanned worn."""
    font = ImageFont.truetype(str(FONT), 25)
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for column, lines in ((330, LEFT), (860, RIGHT)):
        for row, line in enumerate(lines):
            if line:
                draw.text((column, 120 + row * 40), line, font=font, fill=20, anchor="mt")
    for row, line in enumerate(BODY):
        if line:
            anchor = "mt" if row < 2 else "lt"
            x = 680 if row < 2 else 150
            draw.text((x, 330 + row * 42), line, font=font, fill=20, anchor=anchor)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    rng = np.random.default_rng(seed)
    pixels = np.asarray(page, dtype=np.float32) + rng.normal(0, 14.0, (page.height, page.width))
    pixels[rng.random((page.height, page.width)) < 0.0015] = 30
    return Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Hưng Yên"])


@needs_ocr
@needs_font
def test_a_worn_scan_of_a_plan_gives_its_number_date_issuer_and_bases(directory, tmp_path):
    assert ocr.CLEAN_TEXT_PAGES  # the reading under test
    pdf = as_scanned_pdf(tmp_path / "ke-hoach.pdf", _plan_page())
    result = analyse_file(pdf, name="ke-hoach.pdf").contract()
    assert result["doc_type"] == "plan"
    assert result["plan_number"] == "215/KH-UBND"
    assert result["issued_date"] == "2025-11-14"
    assert result["period"] == {"from_year": 2026, "to_year": 2026}
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Hưng Yên",
        "province",
        "Hưng Yên",
    )
    assert [b["identifier"] for b in result["legal_bases"]] == [
        "72/2015/NĐ-CP",
        "1191/QĐ-TTg",
    ]
    assert result["tasks"] == []  # an aim is not a task, and no speck became one
