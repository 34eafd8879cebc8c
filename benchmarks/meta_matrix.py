"""A generated form matrix for the document's type, number, date and period.

    python benchmarks/meta_matrix.py [--show] [--json FILE]

Each cell is a short synthetic text: a kind of document (a plan, a decision issuing a plan,
a programme, a scheme, a directive, a guidance, a letter, a notice, a conclusion, a report,
and news of each) with one of its axes written another way - how the number is written,
how the date is written, how the period is written - the other two in their plainest form.
The expected reading of each cell follows the corpus conventions
(tests/fixtures/importer/real/README.md). The script reads every cell and prints the
failing cells grouped by form; it is the wide check behind
src/ttdn/importer/tests/test_forms_meta15.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import importer as bench  # noqa: E402  (sets up Django's settings and the throw-away database)

FIELDS = ("doc_type", "plan_number", "issued_date", "period")


@dataclass
class Cell:
    kind: str
    axis: str
    form: str
    text: str
    expected: dict


# ---------------------------------------------------------------------------------------
# Formal documents
# ---------------------------------------------------------------------------------------

# (kind, doc_type, header body lines, symbol kind, number form family, heading, title, body)
# A state body writes "Số: 12/KH-UBND", a Party body "Số 12-KH/TU".
STATE_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH {PROV}\n-------"
COMMUNE_HEADER = "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\n-------"
PARTY_HEADER = "TỈNH ỦY {PROV}\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------"
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM\n---------------"

PLAN_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả công tác thông tin đối ngoại.\n"
    "II. NHIỆM VỤ\n1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuyên truyền.\n"
)
DECISION_BODY = (
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {PROV}\n\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
    "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
)
DIRECTIVE_BODY = (
    "Thời gian qua, công tác thông tin đối ngoại đạt nhiều kết quả. Để tăng cường công tác "
    "này, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n1. Các sở, ban, ngành tăng cường tuyên "
    "truyền.\n"
)
GUIDANCE_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của cán bộ, đảng viên.\n"
    "II. NỘI DUNG TUYÊN TRUYỀN\n1. Tuyên truyền chủ trương của Đảng.\n"
)
LETTER_BODY = (
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
    "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai các nội dung sau:\n"
    "1. Tăng cường tuyên truyền.\n"
)
NOTICE_BODY = (
    "Ngày 02 tháng 3, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, "
    "Chủ tịch kết luận như sau:\n1. Các sở, ngành tăng cường tuyên truyền.\n"
)
CONCLUSION_BODY = (
    "Ngày 02 tháng 3, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo. Ban Thường vụ Tỉnh ủy kết "
    "luận như sau:\n1. Các cấp ủy tăng cường lãnh đạo.\n"
)
REPORT_BODY = (
    "I. KẾT QUẢ ĐẠT ĐƯỢC\nCông tác thông tin đối ngoại đã đạt nhiều kết quả.\n"
    "II. PHƯƠNG HƯỚNG\nTiếp tục tuyên truyền.\n"
)

# kind: (doc_type, header, motto, symbol (state), party symbol, heading, title, body)
FORMAL = {
    "plan": (
        "plan",
        STATE_HEADER,
        MOTTO,
        "KH-UBND",
        None,
        "KẾ HOẠCH",
        "Thông tin đối ngoại tỉnh {Prov} {PERIOD}",
        PLAN_BODY,
    ),
    "decision_plan": (
        "plan",
        STATE_HEADER,
        MOTTO,
        "QĐ-UBND",
        None,
        "QUYẾT ĐỊNH",
        "Về việc ban hành Kế hoạch thông tin đối ngoại tỉnh {Prov} {PERIOD}",
        DECISION_BODY,
    ),
    "programme": (
        "plan",
        STATE_HEADER,
        MOTTO,
        "CTr-UBND",
        None,
        "CHƯƠNG TRÌNH",
        "Hoạt động đối ngoại tỉnh {Prov} {PERIOD}",
        PLAN_BODY,
    ),
    "scheme": (
        "plan",
        STATE_HEADER,
        MOTTO,
        "ĐA-UBND",
        None,
        "ĐỀ ÁN",
        "Quảng bá hình ảnh tỉnh {Prov} ra nước ngoài {PERIOD}",
        PLAN_BODY,
    ),
    "party_plan": (
        "plan",
        PARTY_HEADER,
        PARTY_MOTTO,
        None,
        "KH/TU",
        "KẾ HOẠCH",
        "tuyên truyền công tác thông tin đối ngoại {PERIOD}",
        PLAN_BODY,
    ),
    "directive": (
        "other",
        STATE_HEADER,
        MOTTO,
        "CT-UBND",
        None,
        "CHỈ THỊ",
        "Về tăng cường công tác thông tin đối ngoại {PERIOD}",
        DIRECTIVE_BODY,
    ),
    "guidance": (
        "other",
        PARTY_HEADER,
        PARTY_MOTTO,
        None,
        "HD/BTGDVTU",
        "HƯỚNG DẪN",
        "Tuyên truyền biển, đảo {PERIOD}",
        GUIDANCE_BODY,
    ),
    "letter": (
        "other",
        STATE_HEADER,
        MOTTO,
        "UBND-KGVX",
        None,
        None,
        "V/v triển khai công tác thông tin đối ngoại {PERIOD}",
        LETTER_BODY,
    ),
    "notice": (
        "other",
        STATE_HEADER,
        MOTTO,
        "TB-UBND",
        None,
        "THÔNG BÁO",
        "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh về công tác thông tin đối ngoại {PERIOD}",
        NOTICE_BODY,
    ),
    "conclusion": (
        "other",
        PARTY_HEADER,
        PARTY_MOTTO,
        None,
        "KL/TU",
        "KẾT LUẬN",
        "của Ban Thường vụ Tỉnh ủy về công tác thông tin đối ngoại {PERIOD}",
        CONCLUSION_BODY,
    ),
    "report": (
        "report",
        STATE_HEADER,
        MOTTO,
        "BC-UBND",
        None,
        "BÁO CÁO",
        "Sơ kết công tác thông tin đối ngoại {PERIOD}",
        REPORT_BODY,
    ),
}

PROVINCES = [("QUẢNG TRỊ", "Quảng Trị"), ("LẠNG SƠN", "Lạng Sơn"), ("AN GIANG", "An Giang")]


def _number_forms(symbol: str | None, party: str | None) -> list[tuple[str, str, str]]:
    """(form name, as written on the header line, expected value)."""
    if party:
        kind, body = party.split("/")
        return [
            ("party 'Số 12-KH/TU'", f"Số 12-{kind}/{body}", f"12-{kind}/{body}"),
            ("party 'Số: 12-KH/TU'", f"Số: 12-{kind}/{body}", f"12-{kind}/{body}"),
            ("party 'Số 12 - KH/TU'", f"Số 12 - {kind}/{body}", f"12-{kind}/{body}"),
            ("party en dash 'Số 12 – KH/TU'", f"Số 12 – {kind}/{body}", f"12-{kind}/{body}"),
            ("party 'Số 12-KH/BTGDVTU'", f"Số 12-{kind}/BTGDVTU", f"12-{kind}/BTGDVTU"),
            ("party 'Số:12-KH/TU'", f"Số:12-{kind}/{body}", f"12-{kind}/{body}"),
        ]
    kind, _sep, body = symbol.partition("-")
    return [
        ("'Số: 12/KH-UBND'", f"Số: 12/{symbol}", f"12/{symbol}"),
        ("'Số 12/KH-UBND'", f"Số 12/{symbol}", f"12/{symbol}"),
        ("'Số: 12 /KH-UBND'", f"Số: 12 /{symbol}", f"12/{symbol}"),
        ("'Số:12/KH-UBND'", f"Số:12/{symbol}", f"12/{symbol}"),
        ("en dash 'Số: 12/KH–UBND'", f"Số: 12/{kind}–{body}", f"12/{symbol}"),
        ("'Số: 12/KH-BCĐ'", f"Số: 12/{kind}-BCĐ", f"12/{kind}-BCĐ"),
        ("'Số: 12/KH-SVHTTDL'", f"Số: 12/{kind}-SVHTTDL", f"12/{kind}-SVHTTDL"),
        ("'Số: 1234/KH-UBND' (4 digits)", f"Số: 1234/{symbol}", f"1234/{symbol}"),
    ]


# (form name, date as written after the place, iso)
FORMAL_DATES = [
    ("'ngày 05 tháng 3 năm 2025'", "ngày 05 tháng 3 năm 2025", "2025-03-05"),
    ("'ngày 5 tháng 03 năm 2025'", "ngày 5 tháng 03 năm 2025", "2025-03-05"),
    ("'ngày 5/3/2025'", "ngày 5/3/2025", "2025-03-05"),
    ("'ngày 05-3-2025'", "ngày 05-3-2025", "2025-03-05"),
    ("'ngày 05/03/2025'", "ngày 05/03/2025", "2025-03-05"),
    ("'ngày 05.3.2025'", "ngày 05.3.2025", "2025-03-05"),
    ("'ngày  05  tháng  3  năm  2025' (spaces)", "ngày  05  tháng  3  năm  2025", "2025-03-05"),
]


def _periods(kind: str, year: int) -> list[tuple[str, str, list | None, str | None]]:
    """(form, as written, expected [from, to], issue date override)."""
    y, y5 = year, year + 5
    if kind == "report":
        return [
            ("'năm 2025'", f"năm {y}", [y, y], None),
            ("'6 tháng đầu năm 2025'", f"6 tháng đầu năm {y}", [y, y], None),
            ("'giai đoạn 2021 - 2025'", f"giai đoạn {y - 4} - {y}", [y - 4, y], None),
            ("'2021–2025'", f"{y - 4}–{y}", [y - 4, y], None),
            ("'nhiệm kỳ 2020-2025'", f"nhiệm kỳ {y - 5}-{y}", [y - 5, y], None),
        ]
    forms = [
        ("'năm 2025'", f"năm {y}", [y, y], None),
        ("'giai đoạn 2025 - 2030'", f"giai đoạn {y} - {y5}", [y, y5], None),
        ("'giai đoạn 2025-2030'", f"giai đoạn {y}-{y5}", [y, y5], None),
        ("'2025–2030'", f"{y}–{y5}", [y, y5], None),
        ("'giai đoạn 2025 – 2030'", f"giai đoạn {y} – {y5}", [y, y5], None),
        ("'đến năm 2030, tầm nhìn đến 2045'", "đến năm 2030, tầm nhìn đến 2045", [y, 2030], None),
        (
            "'đến năm 2030, tầm nhìn đến năm 2045'",
            "đến năm 2030, tầm nhìn đến năm 2045",
            [y, 2030],
            None,
        ),
        ("'6 tháng đầu năm 2025'", f"6 tháng đầu năm {y}", [y, y], None),
        ("'nhiệm kỳ 2025-2030'", f"nhiệm kỳ {y}-{y5}", [y, y5], None),
        ("'năm 2026' issued in December", f"năm {y + 1}", [y + 1, y + 1], f"{y}-12-15"),
        ("none", "", None, None),
        ("'giai đoạn từ nay đến năm 2030'", "giai đoạn từ nay đến năm 2030", [y, 2030], None),
        ("'từ năm 2025 đến năm 2030'", f"từ năm {y} đến năm {y5}", [y, y5], None),
        ("'năm 2025 - 2026'", f"năm {y} - {y + 1}", [y, y + 1], None),
        (
            "'giai đoạn 2026 - 2030, định hướng đến năm 2035'",
            f"giai đoạn {y + 1} - {y5}, định hướng đến năm 2035",
            [y + 1, y5],
            None,
        ),
        ("'quý I năm 2025'", f"quý I năm {y}", [y, y], None),
        ("'năm 2025 và những năm tiếp theo'", f"năm {y} và những năm tiếp theo", [y, None], None),
        ("bare year '… 2025'", f"{y}", [y, y], None),
    ]
    if kind in OTHER_KINDS:
        # A letter's or a guidance's subject carrying out what runs "đến năm 2030" does not
        # name its own period.
        forms = [
            (f, w, None if w.startswith("đến năm") or "từ nay" in w else years, iso)
            for f, w, years, iso in forms
        ]
    else:
        # A plan "đến năm 2030" dated in December runs from the year of issue (corpus
        # README, thirteenth batch).
        # (a scheme approved in December runs from the year after, sixth batch)
        first = y + 1 if kind == "scheme" else y
        forms.append(
            ("'đến năm 2030' issued on 31 December", "đến năm 2030", [first, 2030], f"{y}-12-31")
        )
    return forms


OTHER_KINDS = ("directive", "guidance", "letter", "notice", "conclusion")


def _date_words(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"ngày {int(d):02d} tháng {int(m)} năm {y}"


def formal_text(kind: str, number: str, date: str, period: str, prov: tuple[str, str]) -> str:
    _doc_type, header, motto, _s, _p, heading, title, body = FORMAL[kind]
    upper, name = prov
    head = header.replace("{PROV}", upper)
    if kind in ("guidance", "conclusion", "party_plan"):
        head = head.replace("TỈNH ỦY", "TỈNH ỦY")
    lines = [head, number, motto, f"{name}, {date}", ""]
    title_text = title.replace("{Prov}", name).replace("{PERIOD}", period).rstrip()
    if heading:
        lines += [heading, title_text, ""]
    else:
        lines[1] = f"{number}\n{title_text}"
    lines.append(body.replace("{PROV}", upper))
    return "\n".join(lines)


def formal_cells() -> list[Cell]:
    cells = []
    for index, (kind, spec) in enumerate(FORMAL.items()):
        doc_type, _h, _m, symbol, party, *_rest = spec
        prov = PROVINCES[index % len(PROVINCES)]
        numbers = _number_forms(symbol, party)
        base_number = numbers[0]
        base_date = FORMAL_DATES[0]
        periods = _periods(kind, 2025)
        base_period = periods[0]

        def expected(number, iso, period, kind=kind, doc_type=doc_type):
            return {
                "doc_type": doc_type,
                "plan_number": number,
                "issued_date": iso,
                "period": {"from_year": period[0], "to_year": period[1]} if period else None,
            }

        for form, written, value in numbers:
            if kind == "report" and "BCĐ" in written:
                continue
            text = formal_text(kind, written, base_date[1], base_period[1], prov)
            cells.append(
                Cell(kind, "number", form, text, expected(value, base_date[2], base_period[2]))
            )
        for form, written, iso in FORMAL_DATES[1:]:
            text = formal_text(kind, base_number[1], written, base_period[1], prov)
            cells.append(
                Cell(kind, "date", form, text, expected(base_number[2], iso, base_period[2]))
            )
        if kind == "party_plan":
            # a commune's committee, since 2025
            pass
        for form, written, years, iso in periods[1:]:
            iso = iso or base_date[2]
            date = _date_words(iso)
            text = formal_text(kind, base_number[1], date, written, prov)
            if kind in ("directive", "notice", "conclusion") and form not in ("none", "'năm 2025'"):
                # a directive, notice or conclusion names a year in its subject at most
                continue
            cells.append(Cell(kind, "period", form, text, expected(base_number[2], iso, years)))
    # A commune's plan (since 2025): its header "ỦY BAN NHÂN DÂN / XÃ …".
    text = (
        f"{COMMUNE_HEADER}\nSố: 05/KH-UBND\n{MOTTO}\nTân Hòa, ngày 28 tháng 10 năm 2025\n\n"
        f"KẾ HOẠCH\nTuyên truyền công tác thông tin đối ngoại năm 2026\n\n{PLAN_BODY}"
    )
    cells.append(
        Cell(
            "plan",
            "number",
            "commune 'Số: 05/KH-UBND' of a xã",
            text,
            {
                "doc_type": "plan",
                "plan_number": "05/KH-UBND",
                "issued_date": "2025-10-28",
                "period": {"from_year": 2026, "to_year": 2026},
            },
        )
    )
    # A header flattened into a table row: "ỦY BAN NHÂN DÂN TỈNH X | CỘNG HÒA …".
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc\nSố: 12/KH-UBND | Lạng Sơn, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
        f"Thông tin đối ngoại tỉnh Lạng Sơn năm 2025\n\n{PLAN_BODY}"
    )
    cells.append(
        Cell(
            "plan",
            "number",
            "table row header 'Số: 12/KH-UBND | X, ngày …'",
            text,
            {
                "doc_type": "plan",
                "plan_number": "12/KH-UBND",
                "issued_date": "2025-03-05",
                "period": {"from_year": 2025, "to_year": 2025},
            },
        )
    )
    return cells


# ---------------------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------------------

# kind: (doc_type, sentence template with {NUM} {PERIOD}, number forms, headline, number kept)
# {DATE} is where the lede's date goes ("Ngày 5/3, "); the number forms are as written in a
# sentence.
NEWS = {
    "plan": (
        "news_about_plan",
        "{DATE}UBND tỉnh {Prov} ban hành Kế hoạch {NUM} về công tác thông tin đối ngoại {PERIOD}.",
        "KH-UBND",
        True,
    ),
    "decision_plan": (
        "news_about_plan",
        "{DATE}UBND tỉnh {Prov} ban hành Quyết định {NUM} về việc ban hành Kế hoạch"
        " thông tin đối ngoại {PERIOD}.",
        "QĐ-UBND",
        True,
    ),
    "programme": (
        "news_about_plan",
        "{DATE}UBND tỉnh {Prov} ban hành Chương trình hành động {NUM} về hoạt động "
        "đối ngoại {PERIOD}.",
        "CTr-UBND",
        True,
    ),
    "scheme": (
        "news_about_plan",
        "{DATE}UBND tỉnh {Prov} ban hành Đề án {NUM} về quảng bá hình ảnh tỉnh {PERIOD}.",
        "ĐA-UBND",
        True,
    ),
    "party_plan": (
        "news_about_plan",
        "{DATE}Ban Thường vụ Tỉnh ủy {Prov} ban hành Kế hoạch {NUM} về tuyên truyền "
        "công tác thông tin đối ngoại {PERIOD}.",
        "KH/TU",
        True,
    ),
    "directive": (
        "other",
        "{DATE}Chủ tịch UBND tỉnh {Prov} ban hành Chỉ thị {NUM} về tăng cường công "
        "tác thông tin đối ngoại {PERIOD}.",
        "CT-UBND",
        True,
    ),
    "guidance": (
        "other",
        "{DATE}Ban Tuyên giáo và Dân vận Tỉnh ủy {Prov} ban hành Hướng dẫn {NUM} về "
        "tuyên truyền biển, đảo {PERIOD}.",
        "HD/BTGDVTU",
        True,
    ),
    "letter": (
        "other",
        "{DATE}UBND tỉnh {Prov} ban hành Công văn {NUM} về việc triển khai công tác "
        "thông tin đối ngoại {PERIOD}.",
        "UBND-KGVX",
        True,
    ),
    "notice": (
        "other",
        "{DATE}Văn phòng UBND tỉnh {Prov} ban hành Thông báo {NUM} về kết luận của Chủ "
        "tịch UBND tỉnh về công tác thông tin đối ngoại {PERIOD}.",
        "TB-UBND",
        True,
    ),
    "conclusion": (
        "other",
        "{DATE}Ban Thường vụ Tỉnh ủy {Prov} ban hành Kết luận {NUM} về công tác "
        "thông tin đối ngoại {PERIOD}.",
        "KL/TU",
        True,
    ),
    "report": (
        "report",
        "{DATE}UBND tỉnh {Prov} tổ chức hội nghị sơ kết công tác thông tin đối ngoại {PERIOD}.",
        None,
        False,
    ),
}
NEWS_TAIL = "Theo đó, các sở, ngành tập trung tuyên truyền, quảng bá hình ảnh của tỉnh.\n"


def _news_numbers(symbol: str | None) -> list[tuple[str, str, str]]:
    if symbol is None:
        return []
    if "/" in symbol:  # a Party symbol: "12-KH/TU"
        kind, body = symbol.split("/")
        return [
            ("news party 'số 12-KH/TU'", f"số 12-{kind}/{body}", f"12-{kind}/{body}"),
            ("news party 'số 12 - KH/TU'", f"số 12 - {kind}/{body}", f"12-{kind}/{body}"),
            ("news party 'số 12-KH/BTGDVTU'", f"số 12-{kind}/BTGDVTU", f"12-{kind}/BTGDVTU"),
            ("news party without 'số' '12-KH/TU'", f"12-{kind}/{body}", f"12-{kind}/{body}"),
        ]
    kind, _sep, body = symbol.partition("-")
    return [
        ("news 'số 12/KH-UBND'", f"số 12/{symbol}", f"12/{symbol}"),
        ("news 'số 12 /KH-UBND'", f"số 12 /{symbol}", f"12/{symbol}"),
        ("news without 'số' '12/KH-UBND'", f"12/{symbol}", f"12/{symbol}"),
        ("news 'số: 12/KH-UBND'", f"số: 12/{symbol}", f"12/{symbol}"),
        ("news en dash 'số 12/KH–UBND'", f"số 12/{kind}–{body}", f"12/{symbol}"),
        ("news 'số 12/KH-SVHTTDL'", f"số 12/{kind}-SVHTTDL", f"12/{kind}-SVHTTDL"),
    ]


# (form, posting line, lede date prefix, number suffix (after the number), expected iso)
NEWS_DATES = [
    ("lede 'Ngày 05/3/2025,'", "", "Ngày 05/3/2025, ", "", "2025-03-05"),
    (
        "lede 'Ngày 5/3,' posted '(05/03/2025 10:00)'",
        "(05/03/2025 10:00)",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    ("lede 'Ngày 05-3-2025,'", "", "Ngày 05-3-2025, ", "", "2025-03-05"),
    (
        "lede 'Ngày 5/3,' with 'Cập nhật: 06/03/2025 08:15'",
        "Cập nhật: 06/03/2025 08:15",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    (
        "lede 'Ngày 5/3,' with 'Thứ Năm, 06/03/2025'",
        "Thứ Năm, 06/03/2025, 08:15",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    ("number then 'ngày 05/3/2025'", "", "", " ngày 05/3/2025", "2025-03-05"),
    ("number then 'ngày 05 tháng 3 năm 2025'", "", "", " ngày 05 tháng 3 năm 2025", "2025-03-05"),
    ("lede 'Ngày 28/2,' posted '02/03/2025'", "02/03/2025 09:00", "Ngày 28/2, ", "", "2025-02-28"),
    (
        "lede 'Ngày 29/12,' posted in January",
        "(05/01/2025 10:00)",
        "Ngày 29/12, ",
        "",
        "2024-12-29",
    ),
    ("lede 'Ngày 5-3,' posted '05-03-2025'", "05-03-2025", "Ngày 5-3, ", "", "2025-03-05"),
    ("lede 'Vừa qua,' posted: no date", "Thứ Năm, 06/03/2025", "Vừa qua, ", "", None),
    (
        "lede 'Ngày 5/3,' posted 'Thứ năm, ngày 06/03/2025'",
        "Thứ năm, ngày 06/03/2025",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    (
        "lede 'Ngày 5/3,' posted '06.03.2025 | 10:00'",
        "06.03.2025 | 10:00",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    (
        "lede 'Ngày 5/3,' posted '10:00 AM, 06/03/2025'",
        "10:00 AM, 06/03/2025",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    (
        "lede 'Ngày 5/3,' posted 'Ngày 06 tháng 3 năm 2025'",
        "Ngày 06 tháng 3 năm 2025",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    (
        "lede 'Ngày 5/3,' posted '06 Tháng 3 2025'",
        "Thứ Năm, 06 Tháng 3 2025 08:30",
        "Ngày 5/3, ",
        "",
        "2025-03-05",
    ),
    ("lede 'Sáng 5/3,' posted '(05/03/2025)'", "(05/03/2025)", "Sáng 5/3, ", "", "2025-03-05"),
    (
        "lede 'Ngày 5 tháng 3,' posted '06/03/2025'",
        "06/03/2025",
        "Ngày 5 tháng 3, ",
        "",
        "2025-03-05",
    ),
]


def news_text(kind: str, number: str, date: tuple, period: str, prov: str) -> str:
    _doc_type, sentence, _symbol, _kept = NEWS[kind]
    _form, posted, lede, suffix, _iso = date
    headline = f"{prov}: triển khai công tác thông tin đối ngoại {period}".rstrip()
    num = (number + suffix) if number else ""
    body = (
        sentence.replace("{DATE}", lede)
        .replace("{Prov}", prov)
        .replace("{NUM}", num)
        .replace("{PERIOD}", period)
    )
    body = " ".join(body.split()).replace(" .", ".")
    if kind == "report" and suffix:
        body = body.replace("tổ chức hội nghị", f"tổ chức hội nghị{suffix}")
    lines = [headline]
    if posted:
        lines.append(posted)
    lines += [body, NEWS_TAIL]
    return "\n".join(lines)


def news_cells() -> list[Cell]:
    cells = []
    for index, (kind, spec) in enumerate(NEWS.items()):
        doc_type, _s, symbol, kept = spec
        prov = PROVINCES[(index + 1) % len(PROVINCES)][1]
        numbers = _news_numbers(symbol)
        base_number = numbers[0] if numbers else ("", "", None)
        base_date = NEWS_DATES[0]
        periods = _periods(kind, 2025)
        base_period = periods[0]

        def expected(number, iso, period, doc_type=doc_type, kind=kind):
            return {
                "doc_type": doc_type,
                "plan_number": number,
                # a review's meeting day dates no document
                "issued_date": None if kind == "report" else iso,
                "period": {"from_year": period[0], "to_year": period[1]} if period else None,
            }

        for form, written, value in numbers:
            text = news_text(kind, written, base_date, base_period[1], prov)
            cells.append(
                Cell(
                    f"news {kind}",
                    "number",
                    form,
                    text,
                    expected(value, base_date[4], base_period[2]),
                )
            )
        for date in NEWS_DATES[1:]:
            if kind == "report":
                break
            if not number_accepts_date(date, base_number):
                continue
            text = news_text(kind, base_number[1], date, base_period[1], prov)
            cells.append(
                Cell(
                    f"news {kind}",
                    "date",
                    date[0],
                    text,
                    expected(base_number[2], date[4], base_period[2]),
                )
            )
        for form, written, years, iso in periods[1:]:
            if kind in ("directive", "notice", "conclusion") and form not in ("none", "'năm 2025'"):
                continue
            if iso:
                day = iso.split("-")
                date = (form, "", f"Ngày {int(day[2])}/{int(day[1])}/{day[0]}, ", "", iso)
            else:
                date = base_date
                iso = base_date[4]
            text = news_text(kind, base_number[1], date, written, prov)
            cells.append(
                Cell(f"news {kind}", "period", form, text, expected(base_number[2], iso, years))
            )
    return cells


def number_accepts_date(date: tuple, number: tuple) -> bool:
    return bool(number[1]) or not date[3]


# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# News of events: meetings (no number, date or period of their own) and reviews (a report of
# the period reviewed, no number or date), each under a page's posting line.
# ---------------------------------------------------------------------------------------

POSTING_LINES = [
    ("no posting line", ""),
    ("'(05/03/2025 10:00)'", "(05/03/2025 10:00)"),
    ("'Thứ Tư, 05/03/2025 | 10:00'", "Thứ Tư, 05/03/2025 | 10:00"),
    ("'Cập nhật: 05/03/2025'", "Cập nhật: 05/03/2025 08:15"),
    ("'Ngày đăng: 05-03-2025'", "Ngày đăng: 05-03-2025"),
    ("'2025-03-05 10:00'", "2025-03-05 10:00"),
]

# (form, headline, lede, doc_type, period)
EVENTS = [
    (
        "training 'tổ chức hội nghị tập huấn … năm 2025'",
        "Tập huấn nghiệp vụ thông tin đối ngoại năm 2025",
        "Sáng 5/3, Sở Văn hóa, Thể thao và Du lịch tỉnh {Prov} tổ chức hội nghị tập huấn "
        "nghiệp vụ công tác thông tin đối ngoại năm 2025 cho cán bộ các xã, phường.",
        "other",
        None,
    ),
    (
        "meeting 'hội nghị triển khai nhiệm vụ năm 2025'",
        "Triển khai nhiệm vụ thông tin đối ngoại năm 2025",
        "Chiều 5/3, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {Prov} tổ chức hội nghị triển "
        "khai nhiệm vụ năm 2025.",
        "other",
        None,
    ),
    (
        "passive 'Hội nghị … do X tổ chức'",
        "Hội nghị tuyên truyền biển, đảo",
        "Hội nghị tuyên truyền về biển, đảo Việt Nam do Ban Tuyên giáo và Dân vận Tỉnh ủy "
        "{Prov} tổ chức sáng 5/3 với sự tham dự của 200 đại biểu.",
        "other",
        None,
    ),
    (
        "training '… khai mạc lớp bồi dưỡng …'",
        "Bồi dưỡng kiến thức đối ngoại cho cán bộ cấp xã",
        "Ngày 5/3, Sở Ngoại vụ tỉnh {Prov} khai mạc lớp bồi dưỡng kiến thức đối ngoại cho cán "
        "bộ cấp xã năm 2025.",
        "other",
        None,
    ),
    (
        "meeting quoting a conclusion's results 'Kết luận nêu rõ: … đã đạt được kết quả'",
        "Quán triệt Kết luận về thông tin đối ngoại",
        "Sáng 5/3, Ban Thường vụ Thị ủy tổ chức hội nghị quán triệt kết luận của Ban Bí thư về "
        "công tác thông tin đối ngoại. Kết luận nêu rõ: Qua nhiều năm thực hiện, công tác thông "
        "tin đối ngoại đã đạt được kết quả quan trọng.",
        "other",
        None,
    ),
    (
        "review 'tổng kết công tác … năm 2024, triển khai nhiệm vụ năm 2025'",
        "Tổng kết công tác thông tin đối ngoại năm 2024",
        "Sáng 5/3, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {Prov} tổ chức hội nghị tổng "
        "kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
        "report",
        [2024, 2024],
    ),
    (
        "year-end meeting 'triển khai nhiệm vụ … năm 2025', results of 2024 told",
        "{Prov}: Triển khai nhiệm vụ thông tin đối ngoại năm 2025",
        "Ngày 26/12/2024, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {Prov} tổ chức hội nghị "
        "triển khai nhiệm vụ thông tin đối ngoại năm 2025. Hội nghị đánh giá kết quả đạt được: "
        "các sở, ngành đã chủ động triển khai hoạt động năm 2024. Về nhiệm vụ năm 2025, các "
        "đơn vị tập trung tuyên truyền.",
        "report",
        [2024, 2024],
    ),
    (
        "year-end meeting 'phương hướng năm 2026', results of 2025 told",
        "Phương hướng công tác đối ngoại năm 2026",
        "Chiều 20/12/2025, Sở Ngoại vụ tỉnh {Prov} tổ chức hội nghị bàn phương hướng công tác "
        "năm 2026. Những kết quả đạt được trong công tác đối ngoại năm 2025 góp phần quảng bá "
        "hình ảnh tỉnh. Về phương hướng năm 2026, Sở tiếp tục tham mưu.",
        "report",
        [2025, 2025],
    ),
    (
        "review 'sơ kết 6 tháng đầu năm 2025'",
        "Sơ kết công tác đối ngoại 6 tháng đầu năm 2025",
        "Chiều 5/7, Sở Ngoại vụ tỉnh {Prov} tổ chức hội nghị sơ kết công tác đối ngoại 6 tháng "
        "đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm.",
        "report",
        [2025, 2025],
    ),
    (
        "review 'giao ban công tác … quý I/2025'",
        "Giao ban công tác thông tin đối ngoại quý I/2025",
        "Ngày 5/4, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {Prov} tổ chức hội nghị giao "
        "ban công tác thông tin đối ngoại quý I năm 2025.",
        "report",
        [2025, 2025],
    ),
    (
        "review told 'Năm 2024, … đạt nhiều kết quả'",
        "{Prov}: Công tác đối ngoại đạt nhiều kết quả",
        "Năm 2024, công tác đối ngoại của tỉnh {Prov} đã đạt được nhiều kết quả quan trọng, "
        "góp phần quảng bá hình ảnh địa phương.",
        "report",
        [2024, 2024],
    ),
    (
        "review 'tổng kết công tác năm 2024 và phương hướng năm 2025' headline",
        "Tổng kết công tác năm 2024 và phương hướng nhiệm vụ năm 2025",
        "Ngày 10/1, Liên hiệp các tổ chức hữu nghị tỉnh {Prov} tổ chức hội nghị tổng kết công "
        "tác năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025.",
        "report",
        [2024, 2024],
    ),
    (
        "review 'tổng kết 5 năm … giai đoạn 2021-2025'",
        "Tổng kết 5 năm thực hiện Đề án quảng bá hình ảnh tỉnh",
        "Sáng 5/12, UBND tỉnh {Prov} tổ chức hội nghị tổng kết 5 năm thực hiện Đề án quảng bá "
        "hình ảnh tỉnh giai đoạn 2021-2025.",
        "report",
        [2021, 2025],
    ),
]


# A body's or a province's account of its work told as news, with no meeting and no
# document announced: a report of the period it tells (none when it names no year).
ACCOUNTS = [
    (
        "account 'Năm 2023, … tiếp tục đạt được kết quả tích cực'",
        "Công tác đối ngoại góp phần phát triển kinh tế - xã hội",
        "Năm 2023, công tác đối ngoại của tỉnh {Prov} tiếp tục đạt được kết quả tích cực, góp "
        "phần quảng bá hình ảnh địa phương. Sở Ngoại vụ đã tham mưu tổ chức nhiều đoàn công tác.",
        [2023, 2023],
    ),
    (
        "account 'Năm 2024, … đạt được những kết quả quan trọng'",
        "{Prov}: hoạt động đối ngoại ngày càng hiệu quả",
        "Năm 2024, hoạt động đối ngoại của tỉnh {Prov} đạt được những kết quả quan trọng trên "
        "nhiều lĩnh vực.",
        [2024, 2024],
    ),
    (
        "account 'Báo cáo tại hội nghị nêu rõ, năm 2024, …'",
        "Tăng cường phối hợp công tác người Việt Nam ở nước ngoài",
        "Ngày 20/02/2025, Sở Ngoại vụ tỉnh {Prov} làm việc với Ủy ban về người Việt Nam ở nước "
        "ngoài. Báo cáo tại hội nghị nêu rõ, năm 2024, hai bên đã duy trì kênh liên lạc hiệu quả.",
        [2024, 2024],
    ),
    (
        "account 'Báo cáo cho biết, trong năm 2023, …'",
        "Hoạt động thông tin đối ngoại của tỉnh",
        "Báo cáo của Sở Văn hóa, Thể thao và Du lịch tỉnh {Prov} cho biết, trong năm 2023, "
        "ngành đã phối hợp tổ chức nhiều hoạt động quảng bá.",
        [2023, 2023],
    ),
    (
        "account 'Trong 6 tháng đầu năm, toàn tỉnh có …' (no year)",
        "Các đại biểu dự hội nghị.",
        "Trong 6 tháng đầu năm, toàn tỉnh {Prov} có 42 đoàn khách nước ngoài vào làm việc. "
        "Liên hiệp chủ trì, phối hợp tổ chức đoàn công tác đi làm việc tại Hà Nội.",
        None,
    ),
    (
        "account 'Từ đầu năm 2025 đến nay, …'",
        "Đẩy mạnh công tác thông tin đối ngoại",
        "Từ đầu năm 2025 đến nay, Sở Văn hóa, Thể thao và Du lịch tỉnh {Prov} đã phối hợp tổ "
        "chức 12 hoạt động quảng bá hình ảnh địa phương ra nước ngoài.",
        [2025, 2025],
    ),
]


# An account told without a year or review words: three sentences of done work make it a
# report (period none); two do not.
DONE_ACCOUNTS = [
    (
        "account of done work, no year",
        "{Prov}: Chú trọng công tác đối ngoại",
        "Công tác đối ngoại của tỉnh {Prov} đã góp phần quan trọng vào phát triển kinh tế - xã "
        "hội. Tỉnh đã chủ động đổi mới chỉ đạo các hoạt động đối ngoại. Tỉnh ủy đã duy trì cơ "
        "chế gặp gỡ đầu xuân với các tỉnh bạn.",
        "report",
    ),
    (
        "passive account 'đã được … chú trọng'",
        "Đa dạng hóa hình thức tuyên truyền biển, đảo",
        "Công tác tuyên truyền biển, đảo đã được Ban Tuyên giáo và Dân vận Tỉnh ủy {Prov} chú "
        "trọng. Ban đã phối hợp với các cơ quan báo chí mở chuyên mục. Nhiều cuộc thi đã được "
        "tổ chức ở cơ sở.",
        "report",
    ),
    (
        "news with two done sentences (not an account)",
        "Phường tăng cường tuyên truyền bầu cử",
        "Phường Tân Hòa đã treo băng rôn, khẩu hiệu tại các tuyến phố. Các tổ dân phố đã phát "
        "tờ rơi đến từng hộ gia đình. Người dân tích cực hưởng ứng.",
        "other",
    ),
]


# Meetings that name a plan (its dissemination: a meeting, no number of its own), and a
# programme told through its signing (news of the plan, dated by its signing day).
# (form, text, expected)
NAMED_IN_EVENTS = [
    (
        "meeting disseminating 'Kế hoạch số 12/KH-UBND ngày …'",
        "Quán triệt kế hoạch thông tin đối ngoại\n(06/03/2025 10:00)\nSáng 5/3, UBND xã Tân "
        "Hòa tổ chức hội nghị quán triệt, triển khai Kế hoạch số 12/KH-UBND ngày 28/02/2025 "
        "của UBND xã về công tác thông tin đối ngoại năm 2025.\n",
        ("other", None, None, None),
    ),
    (
        "training citing 'Hướng dẫn số 08-HD/BTGDVTU'",
        "Tập huấn công tác tuyên truyền\nChiều 5/3, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng "
        "Sơn tổ chức hội nghị tập huấn triển khai Hướng dẫn số 08-HD/BTGDVTU về tuyên truyền "
        "biển, đảo năm 2025.\n",
        ("other", None, None, None),
    ),
    (
        "signing 'ký kết Chương trình phối hợp … giai đoạn 2025-2030'",
        "Ký kết phối hợp tuyên truyền biển, đảo\n(06/03/2025 10:00)\nNgày 5/3, Ban Tuyên giáo "
        "và Dân vận Tỉnh ủy An Giang và Vùng 5 Hải quân ký kết Chương trình phối hợp tuyên "
        "truyền biển, đảo giai đoạn 2025-2030.\n",
        ("news_about_plan", None, "2025-03-05", [2025, 2030]),
    ),
]


def named_in_events_cells() -> list[Cell]:
    cells = []
    for form, text, (doc_type, number, iso, period) in NAMED_IN_EVENTS:
        expected = {
            "doc_type": doc_type,
            "plan_number": number,
            "issued_date": iso,
            "period": {"from_year": period[0], "to_year": period[1]} if period else None,
        }
        cells.append(Cell("news event naming a plan", "event", form, text, expected))
    return cells


def done_account_cells() -> list[Cell]:
    cells = []
    for index, (form, headline, lede, doc_type) in enumerate(DONE_ACCOUNTS):
        prov = PROVINCES[index % len(PROVINCES)][1]
        for posted_form, posted in POSTING_LINES[:3]:
            lines = [headline.replace("{Prov}", prov)]
            if posted:
                lines.append(posted)
            lines += [lede.replace("{Prov}", prov)]
            expected = {
                "doc_type": doc_type,
                "plan_number": None,
                "issued_date": None,
                "period": None,
            }
            cells.append(
                Cell("news account", "event", f"{form} / {posted_form}", "\n".join(lines), expected)
            )
    return cells


def account_cells() -> list[Cell]:
    cells = []
    for index, (form, headline, lede, period) in enumerate(ACCOUNTS):
        prov = PROVINCES[index % len(PROVINCES)][1]
        for posted_form, posted in POSTING_LINES[:3]:
            lines = [headline.replace("{Prov}", prov)]
            if posted:
                lines.append(posted)
            lines += [lede.replace("{Prov}", prov)]
            # (a part of a year named without it is of the year the page was posted)
            years = period or ([2025, 2025] if posted else None)
            expected = {
                "doc_type": "report",
                "plan_number": None,
                "issued_date": None,
                "period": {"from_year": years[0], "to_year": years[1]} if years else None,
            }
            cells.append(
                Cell("news account", "event", f"{form} / {posted_form}", "\n".join(lines), expected)
            )
    return cells


# A year's plan told in the province's voice, no document named: news of the plan, the
# year it names its period.
PLANNED = [
    (
        "'Theo kế hoạch, <tỉnh> sẽ …'",
        "{Prov} triển khai hoạt động đối ngoại năm 2025",
        "Theo kế hoạch, {Prov} sẽ tập trung mở rộng quan hệ hợp tác với địa phương các nước, "
        "lựa chọn các lĩnh vực thế mạnh để thúc đẩy hợp tác.",
    ),
    (
        "'Để triển khai kế hoạch … năm 2025, UBND tỉnh … đề ra …'",
        "Hoạt động đối ngoại của tỉnh {Prov}",
        "Để triển khai hiệu quả kế hoạch đối ngoại năm 2025, UBND tỉnh {Prov} đề ra một số "
        "nhiệm vụ, giải pháp chính, gồm: nâng cao hiệu quả quản lý nhà nước về đối ngoại.",
    ),
    (
        "'… đề ra …' with a plan to carry out 'thực hiện có hiệu quả Kế hoạch số …'",
        "Hoạt động đối ngoại của tỉnh {Prov}",
        "Để triển khai kế hoạch đối ngoại năm 2025, UBND tỉnh {Prov} đề ra một số nhiệm vụ, gồm: "
        "thực hiện triển khai có hiệu quả Kế hoạch số 217/KH-UBND ngày 14/10/2024 của UBND tỉnh "
        "về hội nhập quốc tế.",
    ),
    (
        "'Năm 2025, <tỉnh> sẽ tiếp tục …'",
        "Đẩy mạnh hội nhập quốc tế",
        "Năm 2025, tỉnh {Prov} sẽ tiếp tục đẩy mạnh công tác đối ngoại, quảng bá hình ảnh "
        "địa phương.",
    ),
]


def planned_cells() -> list[Cell]:
    cells = []
    for index, (form, headline, lede) in enumerate(PLANNED):
        prov = PROVINCES[index % len(PROVINCES)][1]
        for posted_form, posted in POSTING_LINES[:3]:
            lines = [headline.replace("{Prov}", prov)]
            if posted:
                lines.append(posted)
            lines += [lede.replace("{Prov}", prov), NEWS_TAIL]
            expected = {
                "doc_type": "news_about_plan",
                "plan_number": None,
                "issued_date": None,
                "period": {"from_year": 2025, "to_year": 2025},
            }
            cells.append(
                Cell(
                    "news planned year",
                    "news",
                    f"{form} / {posted_form}",
                    "\n".join(lines),
                    expected,
                )
            )
    return cells


# News of letters and of other documents, told in the ways a news item tells them.
# (form, text, number, iso, period)
LETTERS_TOLD = [
    (
        "'Ngày 5/3, UBND tỉnh có Công văn số … gửi …'",
        "Ngày 5/3, UBND tỉnh {Prov} có Công văn số 512/UBND-KGVX gửi các sở, ngành về việc "
        "tăng cường công tác thông tin đối ngoại năm 2025.",
        "512/UBND-KGVX",
        "2025-03-05",
        [2025, 2025],
    ),
    (
        "'UBND tỉnh vừa có văn bản yêu cầu …' (no number)",
        "UBND tỉnh {Prov} vừa có văn bản yêu cầu các sở, ngành tăng cường tuyên truyền biển, đảo.",
        None,
        None,
        None,
    ),
    (
        "letter first 'Văn bản số … ngày 5/3/2025 của UBND tỉnh … yêu cầu'",
        "Công văn số 512/UBND-KGVX ngày 5/3/2025 của UBND tỉnh {Prov} về việc tăng cường "
        "tuyên truyền biển, đảo nêu rõ các yêu cầu.",
        "512/UBND-KGVX",
        "2025-03-05",
        None,
    ),
    (
        "'Tại Công văn số … ngày …, UBND tỉnh … đề nghị'",
        "Tại Công văn số 512/UBND-KGVX ngày 05/3/2025, UBND tỉnh {Prov} đề nghị các sở, ngành "
        "tăng cường tuyên truyền.",
        "512/UBND-KGVX",
        "2025-03-05",
        None,
    ),
    (
        "'Chủ tịch UBND tỉnh vừa ký Công văn số … chỉ đạo'",
        "Ngày 05/3/2025, Chủ tịch UBND tỉnh {Prov} vừa ký Công văn số 512/UBND-KGVX chỉ đạo các "
        "sở, ngành tăng cường tuyên truyền.",
        "512/UBND-KGVX",
        "2025-03-05",
        None,
    ),
    (
        "'Công văn hỏa tốc số …'",
        "Ngày 05/3/2025, UBND tỉnh {Prov} ban hành Công văn hỏa tốc số 512/UBND-KGVX về việc "
        "tuyên truyền biển, đảo.",
        "512/UBND-KGVX",
        "2025-03-05",
        None,
    ),
    (
        "news of a decision issuing a regulation",
        "Ngày 05/3/2025, UBND tỉnh {Prov} ban hành Quyết định số 12/2025/QĐ-UBND ban hành Quy "
        "chế quản lý nhà nước về thông tin đối ngoại.",
        "12/2025/QĐ-UBND",
        "2025-03-05",
        None,
    ),
    (
        "news of a notice 'Văn phòng UBND tỉnh ban hành Thông báo số …'",
        "Ngày 5-3-2025, Văn phòng UBND tỉnh {Prov} ban hành Thông báo số 75/TB-UBND kết luận "
        "của Chủ tịch UBND tỉnh tại cuộc họp.",
        "75/TB-UBND",
        "2025-03-05",
        None,
    ),
    (
        "'Sở … có công văn hướng dẫn …' (no number)",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh {Prov} có công văn hướng dẫn các xã, phường tuyên "
        "truyền kỷ niệm ngày lễ lớn.",
        None,
        None,
        None,
    ),
]


def letters_told_cells() -> list[Cell]:
    cells = []
    for index, (form, sentence, number, iso, period) in enumerate(LETTERS_TOLD):
        prov = PROVINCES[index % len(PROVINCES)][1]
        for posted_form, posted in POSTING_LINES[:3]:
            lines = ["Tăng cường tuyên truyền biển, đảo"]
            if posted:
                lines.append(posted)
            lines += [
                sentence.replace("{Prov}", prov),
                "Các đơn vị triển khai thực hiện nghiêm túc.",
            ]
            expected = {
                "doc_type": "other",
                "plan_number": number,
                "issued_date": iso,
                "period": {"from_year": period[0], "to_year": period[1]} if period else None,
            }
            cells.append(
                Cell(
                    "news letter told",
                    "news",
                    f"{form} / {posted_form}",
                    "\n".join(lines),
                    expected,
                )
            )
    # A decision issuing a regulation, in its own form.
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\nSố: 45/2025/QĐ-UBND\n"
        + MOTTO
        + "\nLạng Sơn, ngày 05 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý nhà nước "
        "về thông tin đối ngoại trên địa bàn tỉnh\n\n" + DECISION_BODY.replace("{PROV}", "LẠNG SƠN")
    )
    cells.append(
        Cell(
            "decision",
            "number",
            "decision issuing a regulation (ordinary case)",
            text,
            {
                "doc_type": "other",
                "plan_number": "45/2025/QĐ-UBND",
                "issued_date": "2025-03-05",
                "period": None,
            },
        )
    )
    return cells


def event_cells() -> list[Cell]:
    cells = []
    for index, (form, headline, lede, doc_type, period) in enumerate(EVENTS):
        prov = PROVINCES[index % len(PROVINCES)][1]
        for posted_form, posted in POSTING_LINES:
            lines = [headline.replace("{Prov}", prov)]
            if posted:
                lines.append(posted)
            lines += [lede.replace("{Prov}", prov), NEWS_TAIL]
            expected = {
                "doc_type": doc_type,
                "plan_number": None,
                "issued_date": None,
                "period": {"from_year": period[0], "to_year": period[1]} if period else None,
            }
            kind = "news review" if doc_type == "report" else "news meeting"
            cells.append(Cell(kind, "event", f"{form} / {posted_form}", "\n".join(lines), expected))
    return cells


# More ways a formal header and a news item place the number and the date.
PLAN_TITLE = "KẾ HOẠCH\nThông tin đối ngoại năm 2025\n\n"
MENU = "".join(f"Trang chủ | Tin tức {i} | Văn bản | Liên hệ\n" for i in range(60))
HEADER_VARIANTS = [
    (
        "space before the comma 'Hà Nội , ngày …'",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nHà Nội , ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "place 'Tp. Huế, ngày …'",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nTp. Huế, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "a page's menu of 2,600 characters above the header",
        MENU
        + "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nLạng Sơn, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "table cells '| Số: 12/KH-UBND | Lạng Sơn, ngày … |'",
        "| ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
        "Tự do - Hạnh phúc --------------- |\n|---|---|\n| Số: 12/KH-UBND | Lạng Sơn, ngày 05 "
        "tháng 3 năm 2025 |\n",
    ),
    (
        "'Số: 12/KH-UBND' with a non-breaking space",
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố:\u00a012/KH-UBND\n"
        + MOTTO
        + "\nLạng Sơn,\u00a0ngày\u00a005\u00a0tháng\u00a03\u00a0năm\u00a02025\n",
    ),
    (
        "'ngày 05 tháng 3 năm 2025' in italics marks '*…*'",
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\n*Lạng Sơn, ngày 05 tháng 3 năm 2025*\n",
    ),
    (
        "place 'TP. Hồ Chí Minh, ngày …'",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nTP. Hồ Chí Minh, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "place 'Thành phố Hồ Chí Minh, ngày …'",
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nThành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "place 'Phan Rang - Tháp Chàm, ngày …'",
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nPhan Rang - Tháp Chàm, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "place 'Buôn Ma Thuột, ngày …'",
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nBuôn Ma Thuột, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "number and date on one line",
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n"
        + MOTTO
        + "\nSố: 12/KH-UBND          Quảng Trị, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "number and date on one line, tab",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\t"
        + MOTTO.replace("\n", " ")
        + "\nSố: 12/KH-UBND\tQuảng Trị, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "date before the number",
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n"
        + MOTTO
        + "\nAn Giang, ngày 05 tháng 3 năm 2025\nSố: 12/KH-UBND\n",
    ),
    (
        "a legal library's card above the header",
        "Số hiệu: 12/KH-UBND | Loại văn bản: Kế hoạch\nNgày ban hành: 05/03/2025\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nLạng Sơn, ngày 05 tháng 3 năm 2025\n",
    ),
    (
        "'Số: 12/KH-UBND' and 'ngày 05 tháng 03 năm 2025' (zero month)",
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nLạng Sơn, ngày 05 tháng 03 năm 2025\n",
    ),
    (
        "place in capitals 'LẠNG SƠN, ngày …'",
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n"
        + MOTTO
        + "\nLẠNG SƠN, ngày 05 tháng 3 năm 2025\n",
    ),
]

# (form, news text, number, iso)
NEWS_VARIANTS = [
    (
        "'KH số 12/KH-UBND'",
        "Ngày 5/3/2025, UBND tỉnh Lạng Sơn ban hành KH số 12/KH-UBND về thông tin đối ngoại "
        "năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Kế hoạch số12/KH-UBND' glued",
        "Ngày 5/3/2025, UBND tỉnh Lạng Sơn ban hành Kế hoạch số12/KH-UBND về thông tin đối "
        "ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "number and date in brackets '(Kế hoạch số … ngày …)'",
        "UBND tỉnh An Giang vừa ban hành kế hoạch thông tin đối ngoại năm 2025 (Kế hoạch số "
        "12/KH-UBND ngày 05/3/2025).",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Kế hoạch số …, ngày 5/3/2025'",
        "UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND, ngày 5/3/2025 về thông tin đối "
        "ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Ngày 05 tháng 3 năm 2025, …' lede",
        "Ngày 05 tháng 3 năm 2025, UBND tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND về "
        "thông tin đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Ngày 5/3/2025 UBND tỉnh …' no comma",
        "Ngày 5/3/2025 UBND tỉnh Lạng Sơn ban hành Kế hoạch số 12/KH-UBND về thông tin đối "
        "ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Vừa qua, ngày 5/3/2025, …'",
        "Vừa qua, ngày 5/3/2025, UBND tỉnh An Giang đã ban hành Kế hoạch số 12/KH-UBND về "
        "thông tin đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Kế hoạch … ký ngày 5/3/2025'",
        "UBND tỉnh Lạng Sơn đã ban hành Kế hoạch số 12/KH-UBND ký ngày 5/3/2025 về thông tin "
        "đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Thực hiện … ngày …, ngày 5/3/2025 UBND …' (a cited date first)",
        "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, ngày 5/3/2025, UBND "
        "tỉnh Quảng Trị ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "a provincial conclusion cited first 'Thực hiện Kết luận số 12-KL/TU …'",
        "Thực hiện Kết luận số 30-KL/TU ngày 10/1/2025 của Ban Thường vụ Tỉnh ủy, ngày 5/3/2025, "
        "UBND tỉnh Lạng Sơn ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "a provincial conclusion issued first, the plan after it",
        "Ban Thường vụ Tỉnh ủy An Giang đã ban hành Kết luận số 30-KL/TU về công tác này. Ngày "
        "5/3/2025, UBND tỉnh An Giang ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại năm "
        "2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
    (
        "'Chủ tịch UBND tỉnh vừa ký ban hành Kế hoạch …'",
        "Ngày 5/3/2025, Chủ tịch UBND tỉnh An Giang vừa ký ban hành Kế hoạch số 12/KH-UBND về "
        "thông tin đối ngoại năm 2025.",
        "12/KH-UBND",
        "2025-03-05",
    ),
]


def variant_cells() -> list[Cell]:
    cells = []
    plan = {
        "doc_type": "plan",
        "plan_number": "12/KH-UBND",
        "issued_date": "2025-03-05",
        "period": {"from_year": 2025, "to_year": 2025},
    }
    for form, header in HEADER_VARIANTS:
        text = header + "\n" + PLAN_TITLE + PLAN_BODY
        cells.append(Cell("plan", "header", form, text, dict(plan)))
    for form, sentence, number, iso in NEWS_VARIANTS:
        for posted_form, posted in POSTING_LINES[:2]:
            lines = ["Triển khai công tác thông tin đối ngoại năm 2025"]
            if posted:
                lines.append(posted)
            lines += [sentence, NEWS_TAIL]
            expected = {
                "doc_type": "news_about_plan",
                "plan_number": number,
                "issued_date": iso,
                "period": {"from_year": 2025, "to_year": 2025},
            }
            cells.append(
                Cell("news plan", "news", f"{form} / {posted_form}", "\n".join(lines), expected)
            )
    return cells


def run(cells: list[Cell]) -> list[tuple[Cell, dict]]:
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    out = []
    for cell in cells:
        got = extract(SourceDocument(name="van-ban.txt", text=cell.text, format="txt")).contract()
        out.append((cell, {name: got.get(name) for name in FIELDS}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each failing cell's text")
    parser.add_argument("--json", type=Path, help="write the failing cells here")
    parser.add_argument("--kind", help="only the cells of kinds containing this")
    args = parser.parse_args()
    bench.setup()
    cells = (
        formal_cells()
        + news_cells()
        + event_cells()
        + account_cells()
        + variant_cells()
        + planned_cells()
        + letters_told_cells()
        + done_account_cells()
        + named_in_events_cells()
    )
    if args.kind:
        cells = [c for c in cells if args.kind in c.kind]
    results = run(cells)
    field_right = Counter()
    failing = []
    for cell, got in results:
        wrong = [f for f in FIELDS if got[f] != cell.expected[f]]
        for f in FIELDS:
            field_right[f] += f not in wrong
        if wrong:
            failing.append((cell, got, wrong))
    total = len(results)
    print(
        f"cells {total}, all four right {total - len(failing)} ({(total - len(failing)) / total:.3f})"
    )
    print("  " + "  ".join(f"{f} {field_right[f] / total:.3f}" for f in FIELDS))
    groups = defaultdict(list)
    for cell, got, wrong in failing:
        for f in wrong:
            groups[(cell.axis, cell.form, f)].append((cell, got))
    print("\nfailing forms (axis | form | field): cells")
    for (axis, form, f), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        kinds = ", ".join(sorted({c.kind for c, _g in items}))
        sample = items[0]
        print(
            f"  {len(items):3d}  {axis} | {form} | {f}: {kinds}\n"
            f"        want {sample[0].expected[f]!r} got {sample[1][f]!r}"
        )
    if args.show:
        for cell, got, wrong in failing:
            print(f"\n--- {cell.kind} | {cell.axis} | {cell.form} | wrong {wrong}")
            print(cell.text)
            print("want", {f: cell.expected[f] for f in wrong}, "got", {f: got[f] for f in wrong})
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "cells": total,
                    "right": total - len(failing),
                    "fields": {f: field_right[f] / total for f in FIELDS},
                    "failing": [
                        {
                            "kind": c.kind,
                            "axis": c.axis,
                            "form": c.form,
                            "wrong": w,
                            "got": {f: g[f] for f in w},
                            "want": {f: c.expected[f] for f in w},
                        }
                        for c, g, w in failing
                    ],
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
