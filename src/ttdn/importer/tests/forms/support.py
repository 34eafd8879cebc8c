"""Readers and document frames shared by the form tests."""

from __future__ import annotations

from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract


def read(text: str) -> dict:
    return extract(SourceDocument(name="van-ban.txt", text=text, format="txt")).contract()


def texts_and_leads(result: dict) -> list[tuple[str, list[str]]]:
    return [(t["text"], [m["as_written"] for m in t["lead"]]) for t in result["tasks"]]


def fields_of(result: dict) -> dict:
    period = result["period"]
    return dict(result, period=(period["from_year"], period["to_year"]) if period else None)


def assert_read(text: str, expected: dict) -> None:
    got = fields_of(read(text))
    assert {k: got[k] for k in expected} == expected


def news_of_plan(province: str, body: str) -> str:
    return (
        f"{province} triển khai công tác thông tin đối ngoại năm 2024\n"
        f"Ngày 15/3/2024, UBND tỉnh {province} ban hành Kế hoạch số 45/KH-UBND về công tác "
        f"thông tin đối ngoại năm 2024.\n{body}"
    )


def letter_of(province: str, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n\nSố: 812/UBND-VX\nV/v triển khai công tác "
        f"thông tin đối ngoại năm 2024\n\n{province}, ngày 12 tháng 3 năm 2024\n\nKính gửi:\n"
        f"- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\n{body}\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    )


def review_news(province: str, body: str) -> str:
    return (
        f"Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {province} tổng kết năm 2023\n"
        f"Ngày 28/12/2023, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {province} tổ chức hội "
        "nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.\n"
        "Năm 2023, Ban Chỉ đạo đã tham mưu tổ chức nhiều hoạt động thông tin đối ngoại.\n"
        f"{body}"
    )


def task_texts(result: dict) -> list[str]:
    return [t["text"] for t in result["tasks"]]


def report_of(province: str, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n\nSố: 55/BC-UBND\n\n{province}, ngày 10 "
        "tháng 12 năm 2023\n\nBÁO CÁO\nKết quả công tác thông tin đối ngoại năm 2023 và "
        f"phương hướng, nhiệm vụ năm 2024\n\n{body}\n\nNơi nhận:\n- Bộ Ngoại giao;\n- Lưu: VT.\n"
    )


def news_with_aside(province: str, aside: str) -> str:
    return (
        f"{province} triển khai kế hoạch thông tin đối ngoại năm 2024\n"
        f"Ngày 2/3/2024, UBND tỉnh {province} ban hành Kế hoạch số 900/KH-UBND về công tác thông "
        "tin đối ngoại năm 2024.\n"
        "Theo đó, Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh tại nước ngoài.\n"
        f"{aside}\n"
    )


def quang_tri_plan(body: str) -> str:
    """Plan 57/KH-UBND of Quảng Trị for 2025 (written for the tests): its heading and title,
    then ``body`` (its sections, and its annex when it has one)."""
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 57/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 14 tháng 02 năm 2025\n\nKẾ HOẠCH\n"
        f"Thông tin đối ngoại tỉnh Quảng Trị năm 2025\n\n{body}"
    )
