"""An annex read on its own (a spreadsheet, a scan of the annex, its own PDF) is the plan's
annex, not news of a plan: its heading ("PHỤ LỤC"), its title ("PHÂN CÔNG NHIỆM VỤ …"), the
caption naming the plan or decision it goes with ("(Kèm theo Kế hoạch số …)") and then the
header row of its table. Before, the year in its title ("… NĂM 2025") and the tasks
beneath made it read as "news about a plan" (seen on the review page for a scanned annex
and an annex sent as .xlsx).
"""

from __future__ import annotations

import itertools

import pytest

from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract

from .support import read

pytestmark = pytest.mark.django_db

HEADINGS = ["PHỤ LỤC", "Phụ lục", "PHỤ LỤC I", "Phụ lục số 01"]
TITLES = [
    "PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025",
    "DANH MỤC NHIỆM VỤ CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2024 CỦA HUYỆN",
    "",
]
CAPTIONS = [
    "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân tỉnh Hà Giang)",
    "(Ban hành kèm theo Quyết định số 1466/QĐ-UBND ngày 29/9/2023 của UBND tỉnh Trà Vinh)",
    "(Kèm theo Kế hoạch số 20-KH/HU ngày 05/3/2024 của Huyện ủy Triệu Sơn)",
    "",
]
HEADERS = [
    "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện",
    "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian",
    "STT\tTên nhiệm vụ\tCơ quan thực hiện\tThời gian hoàn thành",
]
ROWS = [
    "1\tTổ chức họp báo định kỳ về tình hình kinh tế - xã hội của tỉnh\tSở Ngoại vụ\t"
    "Các sở, ban, ngành\tQuý II",
    "2\tBiên soạn, phát hành tài liệu quảng bá hình ảnh địa phương bằng tiếng Anh\t"
    "Sở Văn hóa, Thể thao và Du lịch\tSở Ngoại vụ\tCả năm",
]


def _annex(heading: str, title: str, caption: str, header: str) -> str:
    lines = [heading, title, caption, header, *ROWS]
    return "\n".join(line for line in lines if line) + "\n"


CASES = list(itertools.product(HEADINGS, TITLES, CAPTIONS, HEADERS))


@pytest.mark.parametrize(("heading", "title", "caption", "header"), CASES)
def test_an_annex_read_alone_is_the_plans_annex(heading, title, caption, header):
    text = _annex(heading, title, caption, header)
    result = extract(SourceDocument(name="phu-luc.txt", text=text, format="txt"))
    assert (result.doc_type.value, result.kind.value, result.kind_reason) == (
        "plan",
        "plan",
        "annex_heading",
    )


def test_news_naming_a_plans_annex_stays_news():
    text = (
        "Hà Giang triển khai công tác thông tin đối ngoại năm 2025\n"
        "Ngày 10/01/2025, UBND tỉnh Hà Giang ban hành Kế hoạch số 15/KH-UBND về công tác "
        "thông tin đối ngoại năm 2025. Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch.\n"
    )
    assert read(text)["doc_type"] == "news_about_plan"


def test_a_plan_with_its_annex_at_the_end_keeps_its_heading_reason():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 15/KH-UBND\n"
        "Hà Giang, ngày 10 tháng 01 năm 2025\nKẾ HOẠCH\n"
        "Thông tin đối ngoại tỉnh Hà Giang năm 2025\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác thông tin đối ngoại.\n"
        + _annex(HEADINGS[0], TITLES[0], CAPTIONS[0], HEADERS[0])
    )
    result = extract(SourceDocument(name="ke-hoach.txt", text=text, format="txt"))
    assert (result.doc_type.value, result.kind_reason) == ("plan", "plan_heading")
