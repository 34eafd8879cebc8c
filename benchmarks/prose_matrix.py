"""A generated form matrix for tasks written in prose (issue 12, prose15).

Short synthetic documents of the forms Vietnamese administrative and news writing gives
its duties in (a plan's numbered "NHIỆM VỤ" sections, a news item listing the duties, a
letter's "đề nghị … thực hiện một số nội dung sau:", a review's coming work, a decision's
execution articles), crossed with distractors written in the same forms (purposes,
requirements, results, figures, quotes, captions, forecasts) and with layouts (one
paragraph a line, or paragraphs glued on one line as web copies give them), provinces,
bodies and bullet marks. Each cell states the tasks expected (the start of the text and
the lead as written); the script reads every cell and scores precision, recall and lead.

    PYTHONPATH=$PWD/src:$PWD/benchmarks TTDN_DEVELOPMENT=1 .venv/bin/python \
        benchmarks/prose_matrix.py [--show] [--form NAME] [--json PATH]

No sentence here is taken from a corpus document.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# (province, unit word, year, department of information as written, its short form)
PLACES = [
    ("Phú Yên", "tỉnh", 2024, "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    ("Quảng Trị", "tỉnh", 2021, "Sở Thông tin và Truyền thông", "Sở TT-TT"),
    ("Hà Nội", "thành phố", 2023, "Sở Văn hóa và Thể thao", "Sở VH&TT"),
    ("Lào Cai", "tỉnh", 2019, "Sở Thông tin và Truyền thông", "Sở TTTT"),
]
MARKS = ["-", "+", "•", "a)"]


@dataclass
class Cell:
    form: str
    variant: str
    text: str
    # (start of the task's text, lead as written or None when not checked)
    expected: list[tuple[str, tuple[str, ...] | None]] = field(default_factory=list)


def _marks(mark: str, index: int) -> str:
    if mark == "a)":
        return "abcdefgh"[index] + ")"
    return mark


class Doc:
    """Paragraphs with the tasks each one states."""

    def __init__(self) -> None:
        self.parts: list[tuple[str, list, bool]] = []

    def add(self, text: str, *expected, keep_line: bool = False) -> Doc:
        self.parts.append((text, list(expected), keep_line))
        return self

    def render(self, glued: bool) -> tuple[str, list]:
        expected = [e for _t, es, _k in self.parts for e in es]
        if not glued:
            return "\n".join(t for t, _e, _k in self.parts) + "\n", expected
        # A web copy: the headline on its line, the paragraphs run together; lines that a
        # copy keeps apart (headings, list items) keep their breaks.
        out = self.parts[0][0]
        for index, (text, _e, keep) in enumerate(self.parts[1:], 1):
            out += ("\n" if keep or index == 1 else " ") + text
        return out + "\n", expected


DISTRACTORS = {
    "purpose": lambda p, y: (
        f"Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân {p} về vai trò của "
        "công tác thông tin đối ngoại trong tình hình mới."
    ),
    "requirement": lambda p, y: (
        "Việc triển khai kế hoạch phải bám sát chủ trương, đường lối đối ngoại của Đảng, "
        "bảo đảm thiết thực, hiệu quả, tiết kiệm."
    ),
    "result": lambda p, y: (
        f"Năm {y - 1}, tỉnh đã tổ chức 12 cuộc họp báo, đón 25 lượt phóng viên nước ngoài đến "
        "tác nghiệp và xuất bản 3 ấn phẩm song ngữ."
    ),
    "figure": lambda p, y: "Tổng kinh phí thực hiện kế hoạch là 1,2 tỷ đồng từ ngân sách tỉnh.",
    "quote": lambda p, y: (
        "“Thông tin đối ngoại phải đi trước một bước, chủ động và kịp thời”, đồng chí Nguyễn "
        "Văn An, Phó Chủ tịch UBND tỉnh nhấn mạnh."
    ),
    "caption": lambda p, y: "Ảnh: Quang cảnh hội nghị triển khai kế hoạch.",
    "forecast": lambda p, y: (
        f"Dự kiến, năm {y} {p} sẽ đón khoảng 30 đoàn khách quốc tế đến tìm hiểu cơ hội đầu tư."
    ),
    "shortcoming": lambda p, y: (
        "Tuy nhiên, công tác thông tin đối ngoại ở một số địa phương còn hạn chế, chưa phát huy "
        "hết hiệu quả."
    ),
    "cause": lambda p, y: "Nguyên nhân là do nguồn lực dành cho công tác này còn hạn chế.",
    "dossier": lambda p, y: (
        f"Năm {y - 1}, Liên hiệp các tổ chức hữu nghị tỉnh đã vận động 5 dự án viện trợ; hoàn "
        f"thiện hồ sơ đề nghị UBND tỉnh {p} phê duyệt dự án xây dựng nhà văn hóa."
    ),
    "mission": lambda p, y: (
        "Thông tin đối ngoại là nhiệm vụ quan trọng, thường xuyên của cả hệ thống chính trị."
    ),
    "target": lambda p, y: (
        f"Tỉnh phấn đấu năm {y} thu hút 500.000 lượt khách quốc tế và 20 dự án đầu tư nước ngoài."
    ),
    "background": lambda p, y: (
        f"Thời gian qua, công tác thông tin đối ngoại của {p} có nhiều chuyển biến tích cực, "
        "góp phần quảng bá hình ảnh địa phương."
    ),
}


def news_theo_ke_hoach(place, distractors, glued, mark) -> Cell:
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} triển khai công tác thông tin đối ngoại năm {y}")
    d.add(
        f"Ngày 12/1/{y}, UBND {unit} {p} ban hành Kế hoạch số 15/KH-UBND về công tác thông tin "
        f"đối ngoại năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Theo kế hoạch, các sở, ngành, địa phương tập trung tuyên truyền đường lối đối ngoại của "
        "Đảng, chính sách, pháp luật của Nhà nước; đẩy mạnh quảng bá tiềm năng, thế mạnh của "
        "địa phương ra nước ngoài; chủ động cung cấp thông tin cho báo chí về tình hình kinh tế "
        "- xã hội.",
        ("các sở, ngành, địa phương tập trung tuyên truyền", ("các sở, ngành, địa phương",)),
        ("đẩy mạnh quảng bá tiềm năng", ("các sở, ngành, địa phương",)),
        ("chủ động cung cấp thông tin cho báo chí", ("các sở, ngành, địa phương",)),
    )
    d.add(
        f"UBND {unit} giao {dept} chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo "
        "dõi, đôn đốc việc triển khai kế hoạch.",
        (f"UBND {unit} giao {dept} chủ trì", (dept,)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh quản lý hoạt động của phóng viên nước "
        "ngoài tại địa phương.",
        ("Sở Ngoại vụ chủ trì", ("Sở Ngoại vụ",)),
    )
    text, expected = d.render(glued)
    return Cell("news_theo_ke_hoach", "", text, expected)


def news_task_list(place, distractors, glued, mark) -> Cell:
    """A news item whose plan lists its tasks after a colon, as lines with marks."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Ban hành kế hoạch thông tin đối ngoại năm {y}")
    d.add(
        f"UBND {unit} {p} vừa ban hành Kế hoạch số 27/KH-UBND về hoạt động thông tin đối ngoại "
        f"năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add("Kế hoạch đề ra các nhiệm vụ trọng tâm sau:", keep_line=True)
    items = [
        "Tuyên truyền về chủ quyền biển, đảo và biên giới quốc gia;",
        "Tổ chức các hoạt động quảng bá văn hóa, du lịch tại nước ngoài;",
        "Nâng cao chất lượng trang thông tin đối ngoại bằng tiếng Anh;",
    ]
    for i, item in enumerate(items):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], ()), keep_line=True)
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"{short} là cơ quan thường trực, có trách nhiệm theo dõi, tổng hợp kết quả thực hiện "
        "kế hoạch.",
        (f"{short} là cơ quan thường trực", (short,)),
    )
    text, expected = d.render(glued)
    return Cell("news_task_list", mark, text, expected)


def letter_de_nghi(place, distractors, glued, mark) -> Cell:
    """News of a letter: "đề nghị các cơ quan, đơn vị … thực hiện một số nội dung sau: 1. …"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Tăng cường công tác thông tin đối ngoại trên địa bàn {p}")
    d.add(
        f"Ngày 5/3/{y}, UBND {unit} {p} có Công văn số 456/UBND-KGVX về việc tăng cường công tác "
        "thông tin đối ngoại."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Để nâng cao hiệu quả công tác thông tin đối ngoại, UBND tỉnh đề nghị các cơ quan, đơn "
        "vị, địa phương thực hiện một số nội dung sau:",
        keep_line=True,
    )
    who = ("các cơ quan, đơn vị, địa phương",)
    d.add(
        "1. Tăng cường tuyên truyền về chủ quyền biển, đảo và biên giới quốc gia.",
        ("Tăng cường tuyên truyền về chủ quyền", who),
        keep_line=True,
    )
    d.add(
        "2. Chủ động cung cấp thông tin chính thống cho báo chí, kịp thời phản bác thông tin "
        "sai lệch.",
        ("Chủ động cung cấp thông tin chính thống", who),
        keep_line=True,
    )
    d.add(
        f"3. {dept} hướng dẫn các cơ quan báo chí địa phương mở chuyên mục thông tin đối ngoại.",
        (f"{dept} hướng dẫn các cơ quan báo chí", (dept,)),
        keep_line=True,
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("letter_de_nghi", "", text, expected)


def letter_de_nghi_semicolons(place, distractors, glued, mark) -> Cell:
    """A letter in running text: "đề nghị A; B …" with duties after ";"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p}: Chủ động thông tin đối ngoại về kinh tế - xã hội năm {y}")
    d.add(
        f"UBND {unit} {p} vừa có văn bản số 1203/UBND-VX chỉ đạo triển khai công tác thông "
        f"tin đối ngoại năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"Theo đó, UBND {unit} yêu cầu các sở, ban, ngành tăng cường cung cấp thông tin cho "
        f"các cơ quan báo chí; giao {dept} chủ trì tổ chức họp báo định kỳ hằng quý; giao "
        "Sở Ngoại vụ hướng dẫn các địa phương tiếp đón phóng viên nước ngoài.",
        (f"UBND {unit} yêu cầu các sở, ban, ngành tăng cường", ("các sở, ban, ngành",)),
        (f"giao {dept} chủ trì tổ chức họp báo", (dept,)),
        ("giao Sở Ngoại vụ hướng dẫn", ("Sở Ngoại vụ",)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("letter_semicolons", "", text, expected)


def review_phuong_huong(place, distractors, glued, mark) -> Cell:
    """News of a review: results, then "Phương hướng, nhiệm vụ năm …: a; b; c"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Sở Ngoại vụ {p} tổng kết công tác đối ngoại năm {y}")
    d.add(
        f"Ngày 20/12/{y}, Sở Ngoại vụ {unit} {p} tổ chức hội nghị tổng kết công tác đối ngoại "
        f"năm {y}, triển khai nhiệm vụ năm {y + 1}."
    )
    d.add(
        f"Năm {y}, Sở đã tham mưu tổ chức thành công 15 đoàn ra, 20 đoàn vào; công tác thông "
        "tin đối ngoại có nhiều chuyển biến tích cực."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"Phương hướng, nhiệm vụ năm {y + 1}: tiếp tục tham mưu triển khai hiệu quả Kết luận "
        "số 57-KL/TW của Bộ Chính trị; đẩy mạnh ngoại giao kinh tế, thu hút đầu tư; tăng cường "
        "quảng bá hình ảnh địa phương ra nước ngoài.",
        ("tiếp tục tham mưu triển khai hiệu quả", ()),
        ("đẩy mạnh ngoại giao kinh tế", ()),
        ("tăng cường quảng bá hình ảnh", ()),
    )
    text, expected = d.render(glued)
    return Cell("review_phuong_huong", "", text, expected)


def review_trong_tam(place, distractors, glued, mark) -> Cell:
    """A review's coming work under a heading "Nhiệm vụ trọng tâm thời gian tới" with marks."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Liên hiệp các tổ chức hữu nghị {unit} {p} sơ kết 6 tháng đầu năm {y}")
    d.add(
        f"Ngày 10/7/{y}, Liên hiệp các tổ chức hữu nghị {unit} {p} tổ chức hội nghị sơ kết "
        f"công tác 6 tháng đầu năm {y}."
    )
    d.add(
        "Trong 6 tháng đầu năm, Liên hiệp đã phối hợp tổ chức 8 hoạt động giao lưu hữu nghị, "
        "tiếp 5 đoàn khách nước ngoài."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add("Nhiệm vụ trọng tâm thời gian tới:", keep_line=True)
    items = [
        "Tiếp tục củng cố tổ chức, kiện toàn các hội hữu nghị;",
        "Tổ chức các hoạt động kỷ niệm ngày quốc khánh các nước láng giềng;",
        "Vận động viện trợ phi chính phủ nước ngoài cho các xã khó khăn.",
    ]
    for i, item in enumerate(items):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], None), keep_line=True)
    text, expected = d.render(glued)
    return Cell("review_trong_tam", mark, text, expected)


def decision_articles(place, distractors, glued, mark) -> Cell:
    """A decision issuing a plan: its execution articles are not the plan's tasks."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"ỦY BAN NHÂN DÂN {unit.upper()} {p.upper()}", keep_line=True)
    d.add("Số: 89/QĐ-UBND", keep_line=True)
    d.add(f"{p}, ngày 15 tháng 01 năm {y}", keep_line=True)
    d.add("QUYẾT ĐỊNH", keep_line=True)
    d.add(f"Ban hành Kế hoạch thông tin đối ngoại {unit} {p} năm {y}", keep_line=True)
    d.add(f"CHỦ TỊCH ỦY BAN NHÂN DÂN {unit.upper()} {p.upper()}", keep_line=True)
    d.add(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động "
        "thông tin đối ngoại;",
        keep_line=True,
    )
    d.add(f"Xét đề nghị của Giám đốc {dept},", keep_line=True)
    d.add("QUYẾT ĐỊNH:", keep_line=True)
    d.add(
        f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại {unit} {p} "
        f"năm {y}.",
        keep_line=True,
    )
    d.add(
        f"Điều 2. Giao {dept} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức "
        "triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.",
        keep_line=True,
    )
    d.add(
        f"Điều 3. Chánh Văn phòng UBND {unit}, Giám đốc các sở, Thủ trưởng các ban, ngành và "
        "Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.",
        keep_line=True,
    )
    text, expected = d.render(False)
    return Cell("decision_articles", "", text, expected)


def plan_sections(place, distractors, glued, mark, heading="II. NHIỆM VỤ") -> Cell:
    """A formal plan: aims and requirements, then the work with a/b/c and marks, then who
    does it under agency headings."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"ỦY BAN NHÂN DÂN {unit.upper()} {p.upper()}", keep_line=True)
    d.add("Số: 35/KH-UBND", keep_line=True)
    d.add(f"{p}, ngày 20 tháng 01 năm {y}", keep_line=True)
    d.add("KẾ HOẠCH", keep_line=True)
    d.add(f"Thông tin đối ngoại năm {y}", keep_line=True)
    d.add(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động "
        "thông tin đối ngoại;",
        keep_line=True,
    )
    d.add(f"UBND {unit} ban hành Kế hoạch thông tin đối ngoại năm {y} như sau:", keep_line=True)
    d.add("I. MỤC ĐÍCH, YÊU CẦU", keep_line=True)
    d.add("1. Mục đích", keep_line=True)
    d.add(
        "- Nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của công tác thông tin "
        "đối ngoại.",
        keep_line=True,
    )
    d.add("2. Yêu cầu", keep_line=True)
    d.add(
        "- Bám sát chủ trương, đường lối đối ngoại của Đảng; bảo đảm thiết thực, hiệu quả.",
        keep_line=True,
    )
    d.add(heading, keep_line=True)
    d.add("1. Thông tin, tuyên truyền về địa phương ra nước ngoài", keep_line=True)
    items = [
        "Xây dựng chuyên mục thông tin đối ngoại trên Cổng thông tin điện tử tỉnh.",
        "Biên soạn, phát hành ấn phẩm giới thiệu tiềm năng du lịch bằng tiếng Anh.",
    ]
    for i, item in enumerate(items):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], None), keep_line=True)
    d.add("2. Thông tin về tình hình thế giới cho nhân dân trong tỉnh", keep_line=True)
    items = [
        "Tuyên truyền về đường lối đối ngoại của Đảng trên các phương tiện thông tin đại chúng.",
        "Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã.",
    ]
    for i, item in enumerate(items):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], None), keep_line=True)
    d.add("III. TỔ CHỨC THỰC HIỆN", keep_line=True)
    d.add(f"1. {dept}", keep_line=True)
    d.add(
        "- Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi việc thực hiện Kế "
        "hoạch.",
        ("Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn", (dept,)),
        keep_line=True,
    )
    d.add("2. Sở Tài chính", keep_line=True)
    d.add(
        "- Thẩm định, bố trí kinh phí thực hiện Kế hoạch theo quy định.",
        ("Thẩm định, bố trí kinh phí", ("Sở Tài chính",)),
        keep_line=True,
    )
    text, expected = d.render(False)
    return Cell("plan_sections", f"{heading} {mark}", text, expected)


def news_inline_marks(place, distractors, glued, mark) -> Cell:
    """A news item whose list of tasks lost its line breaks: "…nhiệm vụ: - A; - B; - C"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} đẩy mạnh thông tin đối ngoại năm {y}")
    d.add(
        f"UBND {unit} {p} vừa ban hành Kế hoạch thông tin đối ngoại năm {y}. Kế hoạch nhằm "
        "quảng bá hình ảnh địa phương, thu hút đầu tư."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    marks = [_marks(mark, i) for i in range(3)]
    items = [
        "Tuyên truyền về thành tựu phát triển kinh tế - xã hội của địa phương",
        "Tổ chức đoàn công tác xúc tiến du lịch tại Nhật Bản và Hàn Quốc",
        "Cung cấp thông tin cho phóng viên nước ngoài đến tác nghiệp",
    ]
    d.add(
        "Các nhiệm vụ chủ yếu gồm: "
        + "; ".join(f"{m} {item}" for m, item in zip(marks, items, strict=True))
        + ".",
        *[(item[:30], ()) for item in items],
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("news_inline_marks", mark, text, expected)


def news_paragraph_items(place, distractors, glued, mark) -> Cell:
    """A news item counting the work, then one paragraph per duty ("Thứ nhất, …", a verb
    first, or a body first)."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Nâng cao hiệu quả công tác thông tin đối ngoại {p}")
    d.add(
        f"Ngày 3/2/{y}, UBND {unit} {p} ban hành Kế hoạch số 41/KH-UBND về công tác thông tin "
        f"đối ngoại năm {y}, đề ra 4 nhóm nhiệm vụ."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Thứ nhất, tăng cường thông tin, tuyên truyền về chủ trương, đường lối đối ngoại của "
        "Đảng đến cán bộ, đảng viên và nhân dân.",
        ("tăng cường thông tin, tuyên truyền về chủ trương", ()),
    )
    d.add(
        "Thứ hai, đổi mới nội dung, hình thức quảng bá hình ảnh địa phương trên nền tảng số.",
        ("đổi mới nội dung, hình thức quảng bá", ()),
    )
    d.add(
        f"Thứ ba, {dept} chủ trì tổ chức họp báo định kỳ, cung cấp thông tin kịp thời cho báo "
        "chí trong và ngoài nước.",
        (f"{dept} chủ trì tổ chức họp báo", (dept,)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Thứ tư, Sở Ngoại vụ phối hợp với Công an tỉnh quản lý hoạt động của phóng viên nước "
        "ngoài.",
        ("Sở Ngoại vụ phối hợp với Công an tỉnh", ("Sở Ngoại vụ",)),
    )
    text, expected = d.render(glued)
    return Cell("news_paragraph_items", "", text, expected)


def letter_addressee_headings(place, distractors, glued, mark) -> Cell:
    """A letter: "Chủ tịch UBND tỉnh có ý kiến như sau:" then addressee headings with items."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"ỦY BAN NHÂN DÂN {unit.upper()} {p.upper()}", keep_line=True)
    d.add("Số: 2150/UBND-KGVX", keep_line=True)
    d.add("V/v tăng cường công tác thông tin đối ngoại", keep_line=True)
    d.add(f"{p}, ngày 10 tháng 4 năm {y}", keep_line=True)
    d.add("Kính gửi:", keep_line=True)
    d.add("- Các sở, ban, ngành tỉnh;", keep_line=True)
    d.add("- UBND các huyện, thị xã, thành phố.", keep_line=True)
    d.add(
        f"Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/{y} của UBND {unit} về công tác thông tin "
        f"đối ngoại năm {y}, Chủ tịch UBND {unit} có ý kiến như sau:",
        keep_line=True,
    )
    d.add(f"1. {dept}:", keep_line=True)
    d.add(
        f"{_marks(mark, 0)} Chủ trì, phối hợp với các cơ quan liên quan tổ chức họp báo định kỳ "
        "hằng quý.",
        ("Chủ trì, phối hợp với các cơ quan liên quan tổ chức họp", (dept,)),
        keep_line=True,
    )
    d.add(
        f"{_marks(mark, 1)} Hướng dẫn các cơ quan báo chí tăng cường thông tin về hình ảnh địa "
        "phương.",
        ("Hướng dẫn các cơ quan báo chí tăng cường", (dept,)),
        keep_line=True,
    )
    d.add("2. Sở Ngoại vụ:", keep_line=True)
    d.add(
        f"{_marks(mark, 0)} Quản lý hoạt động của phóng viên nước ngoài đến tác nghiệp tại địa "
        "phương.",
        ("Quản lý hoạt động của phóng viên nước ngoài", ("Sở Ngoại vụ",)),
        keep_line=True,
    )
    d.add("3. UBND các huyện, thị xã, thành phố:", keep_line=True)
    d.add(
        f"{_marks(mark, 0)} Chỉ đạo đài truyền thanh cấp xã tuyên truyền về biên giới, biển đảo.",
        ("Chỉ đạo đài truyền thanh cấp xã", ("UBND các huyện, thị xã, thành phố",)),
        keep_line=True,
    )
    d.add(
        "Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
        keep_line=True,
    )
    text, expected = d.render(False)
    return Cell("letter_addressee_headings", mark, text, expected)


def news_body_duties(place, distractors, glued, mark) -> Cell:
    """News of a plan where each body's duties are a sentence led by the body ("Sở … có
    trách nhiệm …", "Giao Công an tỉnh …", "Các cơ quan báo chí tăng cường …")."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Triển khai Kế hoạch tuyên truyền biển, đảo năm {y}")
    d.add(f"Vừa qua, UBND {unit} {p} ban hành Kế hoạch tuyên truyền về biển, đảo Việt Nam năm {y}.")
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"{dept} có trách nhiệm hướng dẫn nội dung tuyên truyền, cung cấp tài liệu cho các địa "
        "phương.",
        (f"{dept} có trách nhiệm hướng dẫn", (dept,)),
    )
    d.add(
        "Giao Công an tỉnh chủ trì nắm tình hình, kịp thời phát hiện, đấu tranh với các luận "
        "điệu sai trái.",
        ("Giao Công an tỉnh chủ trì", ("Công an tỉnh",)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Các cơ quan báo chí của tỉnh tăng cường thời lượng, mở chuyên mục về biển, đảo; "
        "phản ánh kịp thời các hoạt động bảo vệ chủ quyền.",
        ("Các cơ quan báo chí của tỉnh tăng cường", ("Các cơ quan báo chí của tỉnh",)),
        ("phản ánh kịp thời các hoạt động", ("Các cơ quan báo chí của tỉnh",)),
    )
    text, expected = d.render(glued)
    return Cell("news_body_duties", "", text, expected)


def review_se(place, distractors, glued, mark) -> Cell:
    """A review told as news: what the body "sẽ" / "tiếp tục" do next year, after results."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{dept} {p} tổng kết năm {y}")
    d.add(
        f"Chiều 25/12/{y}, {dept} {unit} {p} tổ chức hội nghị tổng kết công tác năm {y} và "
        f"triển khai nhiệm vụ năm {y + 1}."
    )
    d.add(
        f"Trong năm {y}, Sở đã tham mưu ban hành 5 văn bản về thông tin đối ngoại, tổ chức 4 "
        "lớp tập huấn cho 300 lượt cán bộ."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"Năm {y + 1}, Sở sẽ tập trung tham mưu triển khai Kết luận số 57-KL/TW; đổi mới hình "
        "thức tuyên truyền trên mạng xã hội; tăng cường phối hợp với các cơ quan báo chí trung "
        "ương.",
        (f"Năm {y + 1}, Sở sẽ tập trung tham mưu", None),
        ("đổi mới hình thức tuyên truyền", None),
        ("tăng cường phối hợp với các cơ quan báo chí", None),
    )
    text, expected = d.render(glued)
    return Cell("review_se", "", text, expected)


def guidance_contents(place, distractors, glued, mark) -> Cell:
    """News of a party guidance: "đề nghị các cấp ủy … tuyên truyền các nội dung: a; b; c"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Hướng dẫn tuyên truyền biển, đảo năm {y}")
    d.add(
        f"Ban Tuyên giáo Tỉnh ủy {p} vừa ban hành Hướng dẫn số 30-HD/BTGTU về công tác tuyên "
        f"truyền biển, đảo năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Theo đó, Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị tập trung tuyên truyền các "
        "nội dung: vị trí, vai trò của biển, đảo trong sự nghiệp xây dựng và bảo vệ Tổ quốc; "
        "chủ trương của Đảng, chính sách của Nhà nước về phát triển kinh tế biển; kết quả thực "
        "hiện Chiến lược phát triển bền vững kinh tế biển.",
        ("vị trí, vai trò của biển, đảo", ("các cơ quan, đơn vị",)),
        ("chủ trương của Đảng, chính sách", ("các cơ quan, đơn vị",)),
        ("kết quả thực hiện Chiến lược", ("các cơ quan, đơn vị",)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Các cơ quan báo chí của tỉnh mở chuyên mục, chuyên trang về biển, đảo, đấu tranh phản "
        "bác các luận điệu sai trái.",
        ("Các cơ quan báo chí của tỉnh mở chuyên mục", ("Các cơ quan báo chí của tỉnh",)),
    )
    text, expected = d.render(glued)
    return Cell("guidance_contents", "", text, expected)


def programme_signing(place, distractors, glued, mark) -> Cell:
    """News of two bodies signing a programme: the meeting, then what both will do."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Ký kết chương trình phối hợp tuyên truyền biên giới giai đoạn {y}-{y + 4}")
    d.add(
        f"Sáng 10/3/{y}, Ban Tuyên giáo Tỉnh ủy {p} và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ "
        f"chức hội nghị ký kết chương trình phối hợp tuyên truyền giai đoạn {y}-{y + 4}."
    )
    d.add("Dự hội nghị có lãnh đạo các sở, ngành và cơ quan báo chí của tỉnh.")
    d.add("Lãnh đạo hai đơn vị ký kết chương trình phối hợp.")
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Theo chương trình, hai đơn vị phối hợp tuyên truyền các nội dung: chủ trương của Đảng "
        "về bảo vệ chủ quyền biên giới quốc gia; tình hình hợp tác hữu nghị với các nước láng "
        "giềng; các văn bản pháp luật về quản lý biên giới.",
        ("chủ trương của Đảng về bảo vệ", ("hai đơn vị",)),
        ("tình hình hợp tác hữu nghị", ("hai đơn vị",)),
        ("các văn bản pháp luật về quản lý", ("hai đơn vị",)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Bên cạnh đó, hai đơn vị phối hợp tổ chức các lớp bồi dưỡng kiến thức về biên giới cho "
        "báo cáo viên cơ sở.",
        ("hai đơn vị phối hợp tổ chức các lớp", ("hai đơn vị",)),
    )
    text, expected = d.render(glued)
    return Cell("programme_signing", "", text, expected)


def chairman_directions(place, distractors, glued, mark) -> Cell:
    """News of a chairman's directions: "yêu cầu Giám đốc các sở … ; giao Sở …"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Chấn chỉnh công tác quản lý hoạt động đối ngoại trên địa bàn {p}")
    d.add(
        f"Chủ tịch UBND {unit} {p} vừa ký văn bản chỉ đạo tăng cường quản lý các hoạt động "
        "đối ngoại trên địa bàn."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    who = ("Giám đốc các sở, Thủ trưởng các ban, ngành",)
    d.add(
        f"Chủ tịch UBND {unit} yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành quán triệt "
        "nghiêm quy chế quản lý hoạt động đối ngoại; báo cáo kết quả các đoàn ra, đoàn vào "
        "theo quy định.",
        (f"Chủ tịch UBND {unit} yêu cầu Giám đốc các sở", None),
        ("báo cáo kết quả các đoàn ra", None),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Giao Sở Ngoại vụ chủ trì, phối hợp với Công an tỉnh thẩm định các đoàn khách nước "
        "ngoài vào làm việc tại địa phương.",
        ("Giao Sở Ngoại vụ chủ trì", ("Sở Ngoại vụ",)),
    )
    text, expected = d.render(glued)
    del who
    return Cell("chairman_directions", "", text, expected)


def meeting_asks(place, distractors, glued, mark) -> Cell:
    """News of a training: what a leader asks at it is the meeting's news, no task."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Tập huấn nghiệp vụ thông tin đối ngoại năm {y}")
    d.add(
        f"Ngày 15/5/{y}, {dept} {unit} {p} tổ chức hội nghị tập huấn nghiệp vụ thông tin đối "
        "ngoại cho hơn 150 học viên."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Các học viên được nghe giới thiệu về kỹ năng phát ngôn và cung cấp thông tin cho báo chí."
    )
    d.add(
        "Phát biểu bế mạc, đồng chí Giám đốc Sở đề nghị các học viên vận dụng kiến thức vào "
        "thực tiễn công tác tại cơ quan, đơn vị."
    )
    text, expected = d.render(glued)
    return Cell("meeting_asks", "", text, expected)


def scheme_targets(place, distractors, glued, mark) -> Cell:
    """News of a scheme: targets ("Phấn đấu đến năm …, 100% …") then counted tasks."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Phê duyệt Đề án quảng bá hình ảnh {p} đến năm 2030")
    d.add(
        f"UBND {unit} {p} vừa ban hành Quyết định số 512/QĐ-UBND phê duyệt Đề án quảng bá "
        "hình ảnh địa phương ra nước ngoài đến năm 2030."
    )
    d.add(
        "Đề án đặt mục tiêu đến năm 2030, hình ảnh địa phương được bạn bè quốc tế biết đến "
        "rộng rãi."
    )
    d.add("Phấn đấu đến năm 2025, 100% cán bộ làm công tác đối ngoại được bồi dưỡng nghiệp vụ.")
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Để đạt mục tiêu trên, Đề án đề ra các nhiệm vụ, giải pháp: xây dựng bộ nhận diện hình "
        "ảnh địa phương; sản xuất phim tài liệu quảng bá bằng nhiều thứ tiếng; tổ chức các sự "
        "kiện văn hóa tại nước ngoài.",
        ("xây dựng bộ nhận diện hình ảnh", ()),
        ("sản xuất phim tài liệu quảng bá", ()),
        ("tổ chức các sự kiện văn hóa", ()),
    )
    text, expected = d.render(glued)
    return Cell("scheme_targets", "", text, expected)


def news_can_trien_khai(place, distractors, glued, mark) -> Cell:
    """News of a plan: "một số nội dung cần triển khai thực hiện như: a; b; c" then "giao"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} ban hành kế hoạch thông tin đối ngoại năm {y}")
    d.add(
        f"Ngày 20/2/{y}, UBND {unit} {p} ban hành Kế hoạch số 61/KH-UBND về công tác thông tin "
        f"đối ngoại năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Kế hoạch đưa ra một số nội dung cần triển khai thực hiện như: tăng cường thông tin về "
        "tiềm năng, cơ hội đầu tư; đổi mới phương thức quảng bá trên môi trường số; nâng cao "
        "năng lực đội ngũ làm công tác thông tin đối ngoại.",
        ("tăng cường thông tin về tiềm năng", ()),
        ("đổi mới phương thức quảng bá", ()),
        ("nâng cao năng lực đội ngũ", ()),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"UBND {unit} giao {short} chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển "
        "khai thực hiện kế hoạch.",
        (f"UBND {unit} giao {short} chủ trì", (short,)),
    )
    text, expected = d.render(glued)
    return Cell("news_can_trien_khai", "", text, expected)


def letter_inline_numbers(place, distractors, glued, mark) -> Cell:
    """A letter retold with its numbered items run into one paragraph: "(1) …; (2) …"."""
    p, unit, y, dept, short = place
    numbers = {"-": "({n})", "+": "{n})", "•": "{n}.", "a)": "({n})"}[mark]
    # (a letter states no plan's purposes: those sentences would make it news of a plan)
    distractors = [x for x in distractors if x not in ("purpose", "requirement")]
    d = Doc()
    d.add(f"Nâng cao chất lượng thông tin đối ngoại trong tình hình mới tại {p}")
    d.add(
        f"Chủ tịch UBND {unit} {p} yêu cầu các sở, ban, ngành và địa phương thực hiện tốt các "
        "nhiệm vụ sau: "
        + numbers.format(n=1)
        + " quán triệt sâu sắc Kết luận số 57-KL/TW của Bộ Chính trị; "
        + numbers.format(n=2)
        + " chủ động cung cấp thông tin chính thống cho báo chí; "
        + numbers.format(n=3)
        + " kịp thời phản bác thông tin sai lệch trên mạng xã hội.",
        ("quán triệt sâu sắc Kết luận", ("các sở, ban, ngành và địa phương",)),
        ("chủ động cung cấp thông tin chính thống", ("các sở, ban, ngành và địa phương",)),
        ("kịp thời phản bác thông tin sai lệch", ("các sở, ban, ngành và địa phương",)),
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("letter_inline_numbers", numbers, text, expected)


def review_leader_asks(place, distractors, glued, mark) -> Cell:
    """News of a review: results, then what the leader "đề nghị" the bodies do next."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Ban Chỉ đạo công tác thông tin đối ngoại {unit} {p} tổng kết năm {y}")
    d.add(
        f"Ngày 28/12/{y}, Ban Chỉ đạo công tác thông tin đối ngoại {unit} {p} tổ chức hội nghị "
        f"tổng kết công tác năm {y}, triển khai nhiệm vụ năm {y + 1}."
    )
    d.add(
        f"Năm {y}, các thành viên Ban Chỉ đạo đã phối hợp chặt chẽ, tổ chức nhiều hoạt động "
        "quảng bá hình ảnh địa phương."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"Phát biểu kết luận hội nghị, đồng chí Phó Bí thư Tỉnh ủy đề nghị các thành viên Ban "
        f"Chỉ đạo trong năm {y + 1} tập trung đổi mới nội dung thông tin đối ngoại; chủ động "
        "đấu tranh phản bác các thông tin sai trái.",
        ("Phát biểu kết luận hội nghị, đồng chí Phó Bí thư Tỉnh ủy đề nghị", None),
        ("chủ động đấu tranh phản bác", None),
    )
    text, expected = d.render(glued)
    return Cell("review_leader_asks", "", text, expected)


def programme_will(place, distractors, glued, mark) -> Cell:
    """News of a programme signed with the press: what each party "sẽ" do."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} ký kết chương trình phối hợp truyền thông với các cơ quan báo chí năm {y}")
    d.add(
        f"Chiều 14/1/{y}, UBND {unit} {p} ký kết chương trình phối hợp truyền thông năm {y} với "
        "10 cơ quan báo chí trung ương."
    )
    d.add("Toàn cảnh lễ ký kết.")
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Theo chương trình, các cơ quan báo chí sẽ tăng cường thông tin về các dự án trọng điểm "
        "của địa phương; mở chuyên mục giới thiệu văn hóa, du lịch.",
        ("các cơ quan báo chí sẽ tăng cường", ("các cơ quan báo chí",)),
        ("mở chuyên mục giới thiệu", ("các cơ quan báo chí",)),
    )
    d.add(
        f"{dept} có trách nhiệm cung cấp thông tin, tạo điều kiện để phóng viên tác nghiệp.",
        (f"{dept} có trách nhiệm cung cấp", (dept,)),
    )
    text, expected = d.render(glued)
    return Cell("programme_will", "", text, expected)


def report_account(place, distractors, glued, mark) -> Cell:
    """A year's work told as results in the present tense (no "đã"), then the coming work."""
    p, unit, y, dept, short = place
    variant = ["plain", "counted", "habitual", "event"][len(distractors) % 4]
    d = Doc()
    d.add(f"{p} chủ động tuyên truyền về biển, đảo")
    d.add(
        f"Năm {y}, Ban Tuyên giáo Tỉnh ủy phối hợp với {dept} tổ chức 15 hội nghị tuyên truyền "
        "về biển, đảo cho hơn 2.000 lượt cán bộ, đảng viên."
    )
    d.add(
        "Các cơ quan báo chí của tỉnh thường xuyên đăng tải tin, bài về chủ quyền biển, đảo, "
        "mỗi năm hơn 300 tin, bài."
    )
    d.add(
        "Bên cạnh đó, Sở Văn hóa, Thể thao và Du lịch tổ chức triển lãm ảnh về Hoàng Sa, "
        "Trường Sa tại 5 huyện, thu hút hơn 3.000 lượt người xem."
    )
    if variant in ("counted", "event"):
        d.add(
            "Tỉnh cũng tiếp 12 đoàn phóng viên nước ngoài, cung cấp thông tin về tình hình "
            "kinh tế - xã hội."
        )
    if variant in ("habitual", "event"):
        d.add(
            "Hằng tháng, Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí, định hướng thông tin "
            "về các vấn đề biển, đảo."
        )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    d.add("Thông qua các hoạt động, nhận thức của cán bộ và nhân dân về biển, đảo được nâng lên.")
    d.add(
        "Thời gian tới, Ban Tuyên giáo Tỉnh ủy sẽ tiếp tục phối hợp tổ chức các cuộc thi tìm "
        "hiểu về biển, đảo Việt Nam.",
        ("Thời gian tới, Ban Tuyên giáo Tỉnh ủy sẽ", None),
    )
    text, expected = d.render(glued)
    return Cell("report_account", variant, text, expected)


def province_voice(place, distractors, glued, mark) -> Cell:
    """News of a plan in the province's own voice: "<tỉnh> sẽ tập trung …", "tỉnh tiếp tục …"
    (no lead), beside a target ("Tỉnh cũng đặt mục tiêu …") and an appraisal ("Đây là …")."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} triển khai hoạt động đối ngoại năm {y}")
    d.add(f"UBND {unit} {p} vừa ban hành kế hoạch triển khai công tác đối ngoại năm {y}.")
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"Theo kế hoạch, {p} sẽ tập trung mở rộng quan hệ hợp tác với các địa phương nước ngoài, "
        "lựa chọn các lĩnh vực thế mạnh để thúc đẩy hợp tác. Tỉnh cũng đặt mục tiêu tranh thủ "
        "các nguồn vốn, công nghệ từ nước ngoài.",
        (f"{p} sẽ tập trung mở rộng quan hệ hợp tác", ()),
    )
    d.add(
        f"Bên cạnh đó, {p} tiếp tục tăng cường ngoại giao văn hóa, quảng bá hình ảnh địa phương "
        "đến bạn bè quốc tế; thắt chặt quan hệ hữu nghị với các địa phương đã ký kết hợp tác. "
        "Đây là nhiệm vụ quan trọng, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ "
        "tỉnh.",
        (f"{p} tiếp tục tăng cường ngoại giao văn hóa", ()),
        ("thắt chặt quan hệ hữu nghị", ()),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("province_voice", "", text, expected)


def lead_lists(place, distractors, glued, mark) -> Cell:
    """Leads written as lists: "giao: A …; B …", "Đề nghị A, B phối hợp …", "Các sở, ban,
    ngành, UBND các huyện … căn cứ chức năng …"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Tăng cường tuyên truyền về biên giới, biển đảo năm {y}")
    d.add(
        f"UBND {unit} {p} vừa có Công văn số 789/UBND-NC về tăng cường tuyên truyền về biên "
        f"giới, biển đảo năm {y}."
    )
    for name in distractors[:2]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        f"UBND {unit} giao: {dept} chủ trì hướng dẫn nội dung tuyên truyền; Sở Ngoại vụ cung "
        "cấp thông tin về tình hình biên giới; Công an tỉnh nắm tình hình, xử lý thông tin sai "
        "lệch trên mạng.",
        (f"UBND {unit} giao: {dept} chủ trì", (dept,)),
        ("Sở Ngoại vụ cung cấp thông tin", ("Sở Ngoại vụ",)),
        ("Công an tỉnh nắm tình hình", ("Công an tỉnh",)),
    )
    d.add(
        "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp chỉ "
        "đạo công tác tuyên truyền trong hệ thống chính trị.",
        (
            "Đề nghị Ban Tuyên giáo Tỉnh ủy",
            ("Ban Tuyên giáo Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ),
    )
    d.add(
        "Đồng thời, giao UBND các huyện, thị xã: Phối hợp với Ban Chỉ huy Quân sự cùng cấp "
        "tuyên truyền về biên giới tại các xã biên giới.",
        ("giao UBND các huyện, thị xã: Phối hợp", ("UBND các huyện, thị xã",)),
    )
    for name in distractors[2:]:
        d.add(DISTRACTORS[name](p, y))
    d.add(
        "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ "
        "chủ động lồng ghép tuyên truyền về biên giới vào các hoạt động của đơn vị.",
        (
            "Các sở, ban, ngành, UBND các huyện",
            ("Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"),
        ),
    )
    text, expected = d.render(glued)
    return Cell("lead_lists", "", text, expected)


def _plan_head(d: Doc, place) -> None:
    p, unit, y, dept, short = place
    d.add(f"ỦY BAN NHÂN DÂN {unit.upper()} {p.upper()}", keep_line=True)
    d.add("Số: 52/KH-UBND", keep_line=True)
    d.add(f"{p}, ngày 25 tháng 02 năm {y}", keep_line=True)
    d.add("KẾ HOẠCH", keep_line=True)
    d.add(f"Thông tin đối ngoại năm {y}", keep_line=True)
    d.add("I. MỤC ĐÍCH, YÊU CẦU", keep_line=True)
    d.add(
        "Nâng cao hiệu quả công tác thông tin đối ngoại, góp phần quảng bá hình ảnh địa phương.",
        keep_line=True,
    )


def plan_focus_items(place, distractors, glued, mark) -> Cell:
    """A plan whose numbered items are the duties, each explained by a paragraph below it."""
    p, unit, y, dept, short = place
    d = Doc()
    _plan_head(d, place)
    d.add("II. NHIỆM VỤ TRỌNG TÂM", keep_line=True)
    d.add(
        "1. Tăng cường thông tin về địa phương ra nước ngoài.",
        ("Tăng cường thông tin về địa phương", None),
        keep_line=True,
    )
    d.add(
        "Nội dung tập trung vào tiềm năng, thế mạnh, môi trường đầu tư của tỉnh; các sự kiện "
        "văn hóa, du lịch tiêu biểu.",
        keep_line=True,
    )
    d.add(
        "2. Nâng cao năng lực đội ngũ cán bộ làm công tác thông tin đối ngoại.",
        ("Nâng cao năng lực đội ngũ", None),
        keep_line=True,
    )
    d.add(
        "Hằng năm mở lớp bồi dưỡng kỹ năng phát ngôn, cung cấp thông tin cho báo chí.",
        keep_line=True,
    )
    d.add("III. TỔ CHỨC THỰC HIỆN", keep_line=True)
    d.add(
        f"1. {dept}: Chủ trì, phối hợp với các cơ quan liên quan triển khai Kế hoạch.",
        (f"{dept}: Chủ trì", None),
        keep_line=True,
    )
    d.add(
        "2. Các sở, ban, ngành, UBND các huyện: Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch "
        "thực hiện.",
        ("Các sở, ban, ngành, UBND các huyện: Căn cứ", None),
        keep_line=True,
    )
    text, expected = d.render(False)
    return Cell("plan_focus_items", "", text, expected)


def plan_tasks_and_solutions(place, distractors, glued, mark) -> Cell:
    """A plan's "II. NHIỆM VỤ VÀ GIẢI PHÁP" with "1. Nhiệm vụ" / "2. Giải pháp" and marks."""
    p, unit, y, dept, short = place
    d = Doc()
    _plan_head(d, place)
    d.add("II. NHIỆM VỤ VÀ GIẢI PHÁP", keep_line=True)
    d.add("1. Nhiệm vụ", keep_line=True)
    for i, item in enumerate(
        [
            "Tổ chức họp báo định kỳ cung cấp thông tin về kinh tế - xã hội của tỉnh.",
            "Xây dựng bản tin đối ngoại song ngữ Việt - Anh.",
        ]
    ):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], None), keep_line=True)
    d.add("2. Giải pháp", keep_line=True)
    for i, item in enumerate(
        [
            "Tăng cường phối hợp giữa các cơ quan trong cung cấp thông tin.",
            "Ứng dụng công nghệ số trong quảng bá hình ảnh địa phương.",
        ]
    ):
        d.add(f"{_marks(mark, i)} {item}", (item[:30], None), keep_line=True)
    d.add("III. KINH PHÍ THỰC HIỆN", keep_line=True)
    d.add(
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác.",
        keep_line=True,
    )
    text, expected = d.render(False)
    return Cell("plan_tasks_and_solutions", mark, text, expected)


# Distractors that name "kế hoạch" (they make a letter's item news of a plan).
_NAMES_A_PLAN = ("purpose", "requirement", "figure", "caption")


def letter_subject_ask(place, distractors, glued, mark) -> Cell:
    """News of a letter whose subject is the ask: "… Công văn số … về việc đề nghị các địa
    phương, đơn vị tổ chức tuyên truyền …"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Tuyên truyền kỷ niệm quan hệ ngoại giao năm {y}")
    d.add(
        f"Ngày 12/5/{y}, Ban Tuyên giáo Tỉnh ủy {p} ban hành Công văn số 915-CV/BTGTU về việc "
        "đề nghị các địa phương, đơn vị tổ chức tuyên truyền kỷ niệm 50 năm thiết lập quan hệ "
        "ngoại giao với nước bạn.",
        ("đề nghị các địa phương, đơn vị tổ chức tuyên truyền", ("các địa phương, đơn vị",)),
    )
    for name in distractors:
        if name not in _NAMES_A_PLAN:
            d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("letter_subject_ask", "", text, expected)


def letter_theo_do(place, distractors, glued, mark) -> Cell:
    """A short item on a request whose lede was lost: "Theo đó, các sở … tăng cường …"."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add("Yêu cầu tăng cường tuyên truyền về biên giới quốc gia")
    d.add(
        "Theo đó, các sở, ban ngành và địa phương của tỉnh tăng cường tuyên truyền về biên giới "
        "qua hội nghị, loa truyền thanh, tờ rơi. Đặc biệt, chú trọng tuyên truyền về các văn "
        "kiện pháp lý về biên giới; kết quả phân giới cắm mốc.",
        ("các sở, ban ngành và địa phương của tỉnh tăng cường", None),
        ("chú trọng tuyên truyền về các văn kiện", None),
    )
    for name in distractors:
        if name not in _NAMES_A_PLAN:
            d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("letter_theo_do", "", text, expected)


def report_done_lists(place, distractors, glued, mark) -> Cell:
    """A body's own account: done work with its forms listed after "như:", and the contents
    it covered after "Nội dung tuyên truyền gồm:" — no task."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"{p} đa dạng hình thức tuyên truyền về biên giới")
    d.add(
        f"Thời gian qua, Ban Tuyên giáo Tỉnh ủy {p} đã phối hợp với Bộ Chỉ huy Bộ đội Biên "
        "phòng tỉnh tuyên truyền về biên giới với nhiều hình thức, như: tuyên truyền tại hội "
        "nghị báo cáo viên hằng tháng; tuyên truyền trên các phương tiện thông tin đại chúng; "
        "tổ chức các cuộc thi tìm hiểu về biên giới."
    )
    d.add(
        "Nội dung tuyên truyền gồm: chủ trương của Đảng về biên giới quốc gia; những thành tựu "
        "phát triển kinh tế - xã hội vùng biên; tình hữu nghị với nhân dân nước láng giềng."
    )
    for name in distractors:
        d.add(DISTRACTORS[name](p, y))
    text, expected = d.render(glued)
    return Cell("report_done_lists", "", text, expected)


FORMS = {
    "news_theo_ke_hoach": news_theo_ke_hoach,
    "news_task_list": news_task_list,
    "letter_de_nghi": letter_de_nghi,
    "letter_semicolons": letter_de_nghi_semicolons,
    "review_phuong_huong": review_phuong_huong,
    "review_trong_tam": review_trong_tam,
    "decision_articles": decision_articles,
    "plan_sections": plan_sections,
    "news_inline_marks": news_inline_marks,
    "news_paragraph_items": news_paragraph_items,
    "letter_addressee_headings": letter_addressee_headings,
    "news_body_duties": news_body_duties,
    "review_se": review_se,
    "guidance_contents": guidance_contents,
    "programme_signing": programme_signing,
    "chairman_directions": chairman_directions,
    "meeting_asks": meeting_asks,
    "scheme_targets": scheme_targets,
    "news_can_trien_khai": news_can_trien_khai,
    "letter_inline_numbers": letter_inline_numbers,
    "review_leader_asks": review_leader_asks,
    "programme_will": programme_will,
    "report_account": report_account,
    "province_voice": province_voice,
    "lead_lists": lead_lists,
    "plan_focus_items": plan_focus_items,
    "plan_tasks_and_solutions": plan_tasks_and_solutions,
    "letter_subject_ask": letter_subject_ask,
    "letter_theo_do": letter_theo_do,
    "report_done_lists": report_done_lists,
}
DISTRACTOR_SETS = [
    [],
    ["purpose", "requirement"],
    ["background", "result", "quote", "caption"],
    ["figure", "forecast"],
    ["shortcoming", "cause", "mission", "target"],
    ["dossier"],
]


def cells() -> list[Cell]:
    out = []
    for name, form in FORMS.items():
        for index, (place, ds, glued) in enumerate(
            itertools.product(PLACES, DISTRACTOR_SETS, (False, True))
        ):
            mark = MARKS[index % len(MARKS)]
            if name.startswith(("decision", "plan", "letter_addressee")) and (glued or ds):
                continue  # formal documents: one layout, their own distractors
            if name == "plan_sections":
                for heading in ("II. NHIỆM VỤ", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "II. NỘI DUNG"):
                    cell = form(place, ds, glued, mark, heading=heading)
                    cell.variant = f"{place[0]} {cell.variant}"
                    out.append(cell)
                continue
            cell = form(place, ds, glued, mark)
            cell.variant = (
                f"{place[0]} {'+'.join(ds) or 'plain'} {'glued' if glued else 'lines'} {cell.variant}"
            ).strip()
            out.append(cell)
    return out


def _norm(text: str) -> str:
    from ttdn.core.text import squash

    return squash(text).lower()


def score_cell(cell: Cell, tasks: list[dict]) -> dict:
    got = [_norm(t["text"]) for t in tasks]
    used: set[int] = set()
    matched, lead_right, misses, wrong_lead = 0, 0, [], []
    for start, lead in cell.expected:
        want = _norm(start)
        j = next((j for j, g in enumerate(got) if j not in used and g.startswith(want)), None)
        if j is None:
            misses.append(start)
            continue
        used.add(j)
        matched += 1
        written = tuple(_norm(m["as_written"]) for m in tasks[j].get("lead") or [])
        if lead is None or written == tuple(_norm(x) for x in lead):
            lead_right += 1
        else:
            wrong_lead.append(f"{start[:40]} → {written} (want {lead})")
    extras = [tasks[j]["text"][:90] for j in range(len(tasks)) if j not in used]
    return {
        "expected": len(cell.expected),
        "found": len(tasks),
        "matched": matched,
        "lead_right": lead_right,
        "misses": misses,
        "extras": extras,
        "wrong_lead": wrong_lead,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list the failing cells")
    parser.add_argument("--form", help="only this form")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from importer import setup

    setup()
    from ttdn.directory.services import agencies_load

    for place in PLACES:
        with contextlib.suppress(ValueError):
            agencies_load(provinces=[place[0]])
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    totals: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    failing: dict[str, list] = defaultdict(list)
    for cell in cells():
        if args.form and cell.form != args.form:
            continue
        result = extract(SourceDocument(name="van-ban.txt", text=cell.text, format="txt"))
        contract = result.contract()
        one = score_cell(cell, contract["tasks"])
        for key in ("expected", "found", "matched", "lead_right"):
            totals[cell.form][key] += one[key]
            totals["ALL"][key] += one[key]
        totals[cell.form]["cells"] += 1
        totals["ALL"]["cells"] += 1
        ok = one["matched"] == one["expected"] == one["found"] == one["lead_right"]
        if not ok:
            totals[cell.form]["failing"] += 1
            totals["ALL"]["failing"] += 1
            failing[cell.form].append((cell, one, contract["doc_type"]))

    def prf(t):
        p = t["matched"] / t["found"] if t["found"] else float(not t["expected"])
        r = t["matched"] / t["expected"] if t["expected"] else 1.0
        lead = t["lead_right"] / t["matched"] if t["matched"] else 1.0
        return p, r, lead

    print(f"{'form':22} {'cells':>5} {'fail':>5} {'prec':>6} {'rec':>6} {'lead':>6}")
    for form, t in sorted(totals.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        p, r, lead = prf(t)
        print(f"{form:22} {t['cells']:5} {t['failing']:5} {p:6.2f} {r:6.2f} {lead:6.2f}")
    if args.show:
        for form, items in failing.items():
            print(f"\n== {form}: {len(items)} failing")
            for cell, one, doc_type in items:
                print(f"-- {cell.variant} [{doc_type}]")
                for m in one["misses"]:
                    print(f"   MISS  {m}")
                for x in one["extras"]:
                    print(f"   EXTRA {x}")
                for w in one["wrong_lead"]:
                    print(f"   LEAD  {w}")
    if args.json:
        args.json.write_text(
            json.dumps({k: dict(v) for k, v in totals.items()}, ensure_ascii=False, indent=2),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
