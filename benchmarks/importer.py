#!/usr/bin/env python
"""Score and time the plan importer.

    python benchmarks/importer.py [--runs 5] [--skip-ocr] [--json results.json]
    python benchmarks/importer.py --real [--show-dev] [--batch N] [--json results.json]

Accuracy: every document that has a hand-checked gold file is read through the whole
pipeline (reader + extractor) and scored with :mod:`ttdn.importer.scoring`: the five
seeds (src/ttdn/demo/seeds, gold in tests/fixtures/seeds/gold) and the project's own fixtures
(tests/fixtures/importer/*.expected.json). Metadata fields are right or wrong; tasks are
matched by text (rapidfuzz ratio ≥ 90), giving precision, recall and F1; on matched tasks
lead, coordinating agencies and timeframes are compared with gold.

Speed (median of ``--runs`` runs, each run a fresh pass):

* text: the seeds as .txt files, read and extracted, in documents per second;
* HTML: the seeds wrapped in a portal page with menus, counters and footers;
* a 30-page Word plan (generated: prose sections and an annex table of 120 rows);
* OCR: a 10-page scanned plan (generated: pages rendered to images, saved as a PDF).

``--real`` scores only the corpus of real public documents in
tests/fixtures/importer/real (plain text as published, gold made by hand), field by field
as issue 12 asks, on its development part and on its held-out part separately (a quarter
of the files, chosen by the hash of their names, whose results are never looked at while
writing rules; ``--show-dev`` lists the misses of the development part only).

The database is a throw-away SQLite file with the administrative units and the agency
directory loaded, as in production. Figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# (the corpus's places and listing, kept where importing them has no side effects; scripts
# take them from this module too)
from corpus import (  # noqa: E402
    FIXTURES,
    GOLD,
    REAL,  # noqa: F401  (bench.REAL: the scripts that import this module read it)
    REAL_FIELDS,
    ROOT,
    SEEDS,
    real_documents,
)

sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
_TMP = tempfile.mkdtemp(prefix="ttdn-bench-importer-")
os.environ["TTDN_VAR_DIR"] = _TMP
os.environ.pop("DATABASE_URL", None)

TARGET_TEXT_DOCS_PER_S = 50
TARGET_DOCX_S = 1.0
TARGET_OCR_S = 60.0


def setup() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    # The seeds' provinces (the default) and those of the project's own fixtures, as a
    # deployment loads the bodies of its province.
    from ttdn.directory.services import agencies_seed_data

    agencies_load(provinces=[*agencies_seed_data()["default_provinces"], "Quảng Trị", "Lào Cai"])


# ---------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------


def gold_documents() -> list[tuple[Path, dict]]:
    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
        docs.append((path, gold))
    for expected in sorted(FIXTURES.rglob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        sources = [p for p in expected.parent.glob(stem + ".*") if not p.name.endswith(".json")]
        for source in sorted(sources):
            docs.append((source, json.loads(expected.read_text(encoding="utf-8"))))
    return docs


PORTAL = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<script>var visitors = 1234567; document.write('<b>' + visitors + '</b>');</script></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
<li><a href="/tt">Tin tức - Sự kiện</a></li><li><a href="/vb">Văn bản</a></li></ul></nav>
<aside><h3>Liên kết website</h3><ul><li>Cổng thông tin điện tử Chính phủ</li>
<li>Bộ Thông tin và Truyền thông</li></ul><h3>Thống kê truy cập</h3><p>Hôm nay: 2550</p>
<p>Tổng truy cập: 3446123</p></aside><main><article><h1>{title}</h1>{body}</article></main>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Điện thoại: 0251 3827070.</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></body></html>"""


def html_of(text: str) -> str:
    from html import escape

    lines = [line for line in text.split("\n") if line.strip()]
    title = escape(lines[0].strip()) if lines else ""
    body = "".join(f"<p>{escape(line)}</p>" for line in lines[1:])
    return PORTAL.format(title=title, body=body)


def make_word_plan(path: Path, rows: int = 60) -> int:
    """A Word plan of about 30 pages: header, legal bases, four sections of prose, annex table."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 45/KH-UBND"
    header.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Quảng Trị, ngày 12 tháng 3 năm 2025"
    )
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thông tin đối ngoại tỉnh Quảng Trị năm 2025")
    for basis in (
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;",
        "Căn cứ Quyết định số 1191/QĐ-TTg ngày 14/8/2020 của Thủ tướng Chính phủ;",
    ):
        document.add_paragraph(basis)
    prose = (
        "Tiếp tục đẩy mạnh công tác thông tin đối ngoại, quảng bá hình ảnh, con người, lịch sử, "
        "văn hóa và tiềm năng của tỉnh đến bạn bè quốc tế; nâng cao hiệu quả phối hợp giữa các cơ "
        "quan, đơn vị trong hoạt động thông tin đối ngoại, bảo đảm thống nhất, đồng bộ. "
    )
    for heading in (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NHIỆM VỤ",
        "III. TỔ CHỨC THỰC HIỆN",
        "IV. KINH PHÍ",
    ):
        document.add_paragraph(heading)
        for _ in range(12):
            document.add_paragraph("- " + prose)
    document.add_paragraph(
        "Các cơ quan, đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 10 tháng 12 hằng năm."
    )
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph(
        "(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh Quảng Trị)"
    )
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells,
        ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
        strict=True,
    ):
        cell.text = text
    leads = (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Ngoại vụ",
        "Công an tỉnh",
        "Đài Phát thanh và Truyền hình tỉnh",
    )
    times = ("Quý I", "Quý II, III", "Cả năm", "Thường xuyên", "Tháng 6/2025", "Hàng quý")
    for index in range(rows):
        cells = table.add_row().cells
        cells[0].text = f"{index + 1:02d}"
        cells[1].text = (
            f"- Tổ chức hoạt động thông tin đối ngoại số {index + 1} về quảng bá hình ảnh của tỉnh, "
            "giới thiệu tiềm năng, thế mạnh, cơ hội hợp tác đầu tư với các đối tác nước ngoài."
        )
        cells[2].text = leads[index % len(leads)]
        cells[3].text = "Các sở, ban, ngành; UBND các huyện"
        cells[4].text = times[index % len(times)]
    document.save(path)
    return rows


def make_scan(path: Path, pages: int = 10) -> int:
    """A scanned-looking plan: text pages rendered at 150 dpi, slightly rotated, as a PDF."""
    from PIL import Image, ImageDraw, ImageFont

    font_path = _font()
    font = ImageFont.truetype(font_path, 28)
    lines = [
        "ỦY BAN NHÂN DÂN HUYỆN HẢI LĂNG",
        "Số: 87/KH-UBND              Hải Lăng, ngày 05 tháng 02 năm 2024",
        "KẾ HOẠCH",
        "Thông tin đối ngoại huyện Hải Lăng năm 2024",
    ]
    body = (
        "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Công an huyện theo dõi, tổng hợp "
        "dư luận trên địa bàn; tham mưu tổ chức tập huấn nghiệp vụ thông tin đối ngoại trong Quý II."
    )
    images = []
    for page in range(pages):
        image = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        y = 120
        for line in (lines if page == 0 else []) + [
            body[i : i + 70] for i in range(0, len(body), 70)
        ] * 6:
            draw.text((110, y), line, font=font, fill=20)
            y += 44
            if y > 1650:
                break
        images.append(image.rotate(0.4, fillcolor=255))
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    return pages


def _font() -> str:
    for candidate in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    ):
        if Path(candidate).exists():
            return candidate
    raise SystemExit(
        "No font with Vietnamese letters (install fonts-dejavu-core or fonts-noto-core)."
    )


# ---------------------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------------------


def accuracy() -> dict:
    from ttdn.importer.pipeline import analyse_file
    from ttdn.importer.scoring import score, summarise

    scores, per_file = [], []
    for path, gold in gold_documents():
        result = analyse_file(path, name=path.name).contract()
        one = score(result, gold)
        scores.append(one)
        per_file.append(
            {
                "file": path.name,
                "fields_right": sum(one.fields.values()),
                "fields": len(one.fields),
                "wrong_fields": [n for n, ok in one.fields.items() if not ok],
                "tasks_gold": one.gold_tasks,
                "tasks_found": one.predicted_tasks,
                "matched": one.matched,
                "f1": round(one.f1, 3),
                "misses": one.misses,
                "extras": one.extras,
                "wrong": one.wrong,
            }
        )
    summary = summarise(scores)
    return {"summary": summary.__dict__, "files": per_file}


# ---------------------------------------------------------------------------------------
# The real corpus (issue 12)
# ---------------------------------------------------------------------------------------

# The batch reported on its own (``--batch``; by default the newest one in the corpus).
NEWEST_BATCH: int | None = None


def load_real_provinces(docs) -> None:
    """The agency directory of every province the corpus comes from."""
    from ttdn.directory.services import agencies_load

    provinces = {g["locality"] for _p, g in docs if g.get("level") == "province" and g["locality"]}
    provinces.add("Hà Nội")  # Thường Tín is one of its districts
    if "Thừa Thiên Huế" in provinces:  # a city since 2025, known by its new name
        provinces.discard("Thừa Thiên Huế")
        provinces.add("Huế")
    for name in sorted(provinces):
        try:
            agencies_load(provinces=[name])
        except ValueError as exc:  # a province the directory seed does not know
            print(f"  (directory not loaded for {name}: {exc})")


def _real_summary(scores) -> dict:
    from ttdn.importer.scoring import summarise

    summary = summarise(scores)
    matched = sum(s.matched for s in scores)
    return {
        "documents": len(scores),
        "fields": {name: summary.field_accuracy[name] for name in REAL_FIELDS},
        "legal_bases": {
            "precision": summary.legal_precision,
            "recall": summary.legal_recall,
            "f1": summary.legal_f1,
        },
        "tasks": {
            "precision": summary.precision,
            "recall": summary.recall,
            "f1": summary.f1,
            "matched": matched,
            "found": sum(s.predicted_tasks for s in scores),
            "gold": sum(s.gold_tasks for s in scores),
        },
        "lead_written": [sum(s.lead_written_right for s in scores), matched],
        "lead_resolved": [sum(s.lead_right for s in scores), matched],
    }


def real_accuracy(
    show_dev: bool = False,
    batch: int | None = None,
    batches: tuple[int, int] | None = None,
    folder: Path | None = None,
) -> dict:
    """The scores of the real corpus (or of another ``folder`` of documents with gold)."""
    from ttdn.importer.pipeline import analyse_file
    from ttdn.importer.scoring import score

    global NEWEST_BATCH
    docs = real_documents(batches, folder)
    NEWEST_BATCH = batch or max((g.get("batch") or 1) for _p, g in docs)
    load_real_provinces(docs)
    parts: dict[str, list] = {"development": [], "held_out": []}
    for path, gold in docs:
        one = score(analyse_file(path, name=path.name).contract(), gold)
        parts["held_out" if gold.get("held_out") else "development"].append((gold, one))
    report = {name: _real_summary([s for _g, s in items]) for name, items in parts.items() if items}
    report["all"] = _real_summary([s for items in parts.values() for _g, s in items])
    # Each side by the gold's kind of document (plan, decision, letter, party, news, report …):
    # where the unseen documents fall short, counted, never named.
    report["by_kind"] = {
        name: {
            kind: _real_summary([s for g, s in items if (g.get("kind") or "?") == kind])
            for kind in sorted({g.get("kind") or "?" for g, _s in items})
        }
        for name, items in parts.items()
        if items
    }
    # The newest batch on its own (its held-out quarter was chosen by hash before the
    # importer was first run on it), and the part of each side that came before it.
    for name, items in parts.items():
        newest = [s for g, s in items if g.get("batch") == NEWEST_BATCH]
        earlier = [s for g, s in items if g.get("batch") != NEWEST_BATCH]
        if newest:
            report[f"{name}_batch{NEWEST_BATCH}"] = _real_summary(newest)
        if newest and earlier:  # --batches N-N holds the newest batch alone
            report[f"{name}_earlier"] = _real_summary(earlier)
    if show_dev:
        report["development_files"] = [
            {
                "file": gold["file"],
                "wrong": [n for n in REAL_FIELDS + ("legal_bases",) if not one.fields[n]],
                "tasks": f"{one.matched}/{one.gold_tasks} (found {one.predicted_tasks})",
                "misses": one.misses,
                "extras": one.extras,
                "wrong_on_tasks": one.wrong,
            }
            for gold, one in parts["development"]
        ]
    return report


# The metadata fields of the real corpus as the printed tables name them.
FIELD_NAMES = {
    "doc_type": "document type",
    "plan_number": "number and symbol",
    "issued_date": "date of issue",
    "period": "period",
    "issuer": "issuer",
    "level": "level",
    "locality": "locality",
}


def print_real(report: dict) -> None:
    names = FIELD_NAMES
    keys, heads = [], []
    for key, head in (("development", "development"), ("held_out", "held out"), ("all", "all")):
        if key in report:  # (a folder of reviewed imports has no held-out part)
            keys.append(key)
            heads.append(head)
    for part in ("development", "held_out"):
        if part in report and f"{part}_batch{NEWEST_BATCH}" in report:
            keys.append(f"{part}_batch{NEWEST_BATCH}")
            heads.append(f"{heads[keys.index(part)]} b{NEWEST_BATCH}")
    parts = [report[key] for key in keys]
    counts = {key: report[key]["documents"] for key in ("development", "held_out") if key in report}
    print(
        f"Real documents: development {counts.get('development', 0)}, "
        f"held out {counts.get('held_out', 0)}"
    )
    print(f"  {'field':30}" + "".join(f" {head:>14}" for head in heads))

    def row(label: str, values) -> None:
        print(f"  {label:30}" + "".join(f" {v:>14}" for v in values))

    for key, label in names.items():
        row(label, [f"{part['fields'][key]:.2f}" for part in parts])
    for label, key in (("legal bases F1", "f1"), ("legal bases precision", "precision")):
        row(label, [f"{part['legal_bases'][key]:.2f}" for part in parts])
    row(
        "tasks F1 (matched/found/gold)",
        [
            f"{p['tasks']['f1']:.2f} ({p['tasks']['matched']}/{p['tasks']['found']}/{p['tasks']['gold']})"
            for p in parts
        ],
    )
    for label, key in (
        ("lead as written, found tasks", "lead_written"),
        ("lead resolved, found tasks", "lead_resolved"),
    ):
        row(label, [f"{part[key][0]}/{part[key][1]}" for part in parts])
    for file in report.get("development_files", []):
        print_misses(file, f"{file['file']:36}")


def print_by_kind(report: dict) -> None:
    """Each side's fields and tasks by the gold's kind of document."""
    short = {"doc_type": "type", "issuer": "issuer", "period": "period", "level": "level"}
    short["locality"] = "place"
    print(
        f"  {'part':12} {'kind':9} {'docs':>4}"
        + "".join(f" {name:>6}" for name in short.values())
        + "  tasks (matched/found/gold)"
    )
    for part, kinds in report.get("by_kind", {}).items():
        for kind, one in kinds.items():
            tasks = one["tasks"]
            print(
                f"  {part:12} {kind:9} {one['documents']:>4}"
                + "".join(f" {one['fields'][key]:>6.2f}" for key in short)
                + f"  {tasks['f1']:.2f} ({tasks['matched']}/{tasks['found']}/{tasks['gold']})"
            )


def print_misses(file: dict, name: str) -> None:
    """One document's wrong fields and task misses, extras and wrong details."""
    print(f"  {name} wrong {file['wrong']}  tasks {file['tasks']}")
    for miss in file["misses"]:
        print(f"      - missed: {miss}")
    for extra in file["extras"]:
        print(f"      + extra:  {extra}")
    for wrong in file["wrong_on_tasks"]:
        print(f"      ~ {wrong}")


# ---------------------------------------------------------------------------------------
# Scans of the real 2018 annex, turned and noisy (issue 12)
# ---------------------------------------------------------------------------------------

# Degrees, one per page in turn: both directions, 0.3–2° (the first four are the first
# measurement's; the 2018 annex has four pages).
SCAN_ANGLES = (0.3, -0.7, 1.2, -2.0, 2.0, -0.4, 0.9, -1.5)
SCAN_DPIS = (150, 200, 300)
# How the scan is stored: a PDF of page images (a scanner's default) or the images
# themselves as one multi-page TIFF (a scanner's other choice; a photographed page, PNG or
# JPEG, is read the same way, one page).
SCAN_FORMATS = ("pdf", "tiff")
# Scanner noise added to each page: Gaussian blur (pixels), Gaussian noise (sigma, grey
# levels of 255) and the share of pixels made dark specks. "harsh" is what the first
# measurement used; "office" is nearer a flatbed or copier scan of a clean printed page
# (a few grey levels of noise, a few specks), as judged from the pages, not measured on a
# real scan (none is stored). Both are saved as JPEG inside the PDF, as scanners do.
SCAN_NOISE = {
    "harsh": {"blur": 0.6, "sigma": 14.0, "specks": 0.0015},
    "office": {"blur": 0.4, "sigma": 6.0, "specks": 0.0002},
    # As real scans are worn (issue 12, scans2): light falling off across the page (up to
    # ``shade`` grey levels darker at one corner), a round stamp over the table's lead
    # column on every page, and the pages stored as JPEG of quality 60.
    "worn": {
        "blur": 0.5,
        "sigma": 8.0,
        "specks": 0.0005,
        "shade": 60,
        "stamp": True,
        "quality": 60,
    },
}
# How a scan is read: straightened or not, the ruled table cell by cell or not.
SCAN_READINGS = {
    "as_scanned": (False, False),
    "deskew": (True, False),
    "deskew_cells": (True, True),  # the default since issue 12's second step
}


def _annex_rows() -> list[list[str]]:
    """The annex of the real 2018 plan (seed 004) as table rows: a cell starts on a line
    opening with a tab, its further lines follow."""
    text = (SEEDS / "004_b3151840d8e177ab.txt").read_text(encoding="utf-8")
    body = text[text.index("PHỤ LỤC") :].split("\n")[3:]
    rows: list[list[str]] = []
    for line in body:
        merged = re.match(r"^ +\t(.*)$", line)  # a row whose number cell is merged (blank)
        if merged:
            rows.append(["", merged.group(1).strip()])
        elif line.startswith("\t"):
            cell = line[1:].strip()
            if re.fullmatch(r"\d{2}", cell) or not rows:
                rows.append([])
            rows[-1].append(cell)
        elif line.strip() and rows and rows[-1]:
            rows[-1][-1] += "\n" + line.strip()
    return rows


SECOND_ANNEX_SEEDS = ("001_9c81e32bd19ed172", "002_0f7991fa6d9150f7", "003_e5414bfee9b3272f")


def _second_annex() -> tuple[list[list[str]], list[dict]]:
    """A second annex in another layout: the tasks of three other real plans (seeds
    001–003, their wording from the hand-made gold), one numbered task per row, lead,
    coordinating bodies and timeframe as the gold has them. Where the gold names no lead,
    the cell holds the province's Department of Information (only task text is scored)."""
    rows, gold = [], []
    for seed in SECOND_ANNEX_SEEDS:
        for task in json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))["tasks"]:
            lead = (
                "\n".join(m["as_written"] for m in task["lead"]) or "Sở Thông tin và Truyền thông"
            )
            coordinating = ", ".join(m["as_written"] for m in task["coordinating"])
            when = (task["timeframe"] or {}).get("as_written") or "Cả năm"
            rows.append([f"{len(rows) + 1:02d}", task["text"], lead, coordinating, when])
            leads = [m["as_written"] for m in task["lead"]] or ["Sở Thông tin và Truyền thông"]
            gold.append(
                {
                    "text": task["text"],
                    "source": "annex",
                    "lead": [{"as_written": name} for name in leads],
                }
            )
    return rows, gold


# Leads of the grouped annex, one per run of rows (its cell merged down the run): bodies
# of the province as real annexes name them.
GROUPED_LEADS = (
    "Sở Thông tin và Truyền thông",
    "Sở Ngoại vụ",
    "Ban Tuyên giáo Tỉnh ủy",
    "Công an tỉnh",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Kế hoạch và Đầu tư",
)
GROUPED_HEADINGS = (
    "I. THÔNG TIN ĐỐI NGOẠI VỀ TỈNH",
    "II. CÔNG TÁC TUYÊN TRUYỀN Ở CƠ SỞ",
    "III. PHỐI HỢP VỚI CÁC CƠ QUAN BÁO CHÍ",
    "IV. THÔNG TIN ĐỐI NGOẠI TRÊN MẠNG",
)
GROUPED_RUN = 3  # task rows under one merged lead cell


def _grouped_annex() -> tuple[list, list[dict]]:
    """A third annex, laid out as many real annexes are: a group heading row spanning the
    whole table before each part, tasks numbered from 1 in each part, and the lead cell
    merged down runs of :data:`GROUPED_RUN` task rows (the number, coordinating and
    timeframe cells are per row). The tasks are those of four real plans (seeds 000–003,
    their wording from the hand-made gold); leads are :data:`GROUPED_LEADS` in turn,
    gold for each task the lead of its run. ``None`` in a row: merged with the cell above;
    a row given as a string: a heading across the table."""
    rows: list = []
    gold: list[dict] = []
    run = 0
    seeds = ("000_2ca2b5e8f0a98be2", *SECOND_ANNEX_SEEDS)
    for heading, seed in zip(GROUPED_HEADINGS, seeds, strict=True):
        rows.append(heading)
        tasks = json.loads((GOLD / f"{seed}.json").read_text(encoding="utf-8"))["tasks"]
        for index, task in enumerate(tasks):
            first = index % GROUPED_RUN == 0
            if first:
                lead = GROUPED_LEADS[run % len(GROUPED_LEADS)]
                run += 1
            when = (task["timeframe"] or {}).get("as_written") or "Cả năm"
            rows.append(
                [str(index + 1), task["text"], lead if first else None, "Các sở, ngành", when]
            )
            gold.append({"text": task["text"], "source": "annex", "lead": [{"as_written": lead}]})
    return rows, gold


def _annex_pdf(work: Path, rows: list | None = None, stem: str = "phu-luc-2018") -> Path:
    """An annex as a ruled Word table (python-docx), made a PDF by LibreOffice. A cell
    given as None is merged with the one above it (a lead spanning rows); a row given as
    a string is one cell across the table (a group heading)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from ttdn.documents.convert import convert

    rows = _annex_rows() if rows is None else rows
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("PHỤ LỤC")
    doc.add_paragraph("PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2018")
    doc.add_paragraph(
        "(Kèm theo Kế hoạch số 12773/KH-UBND ngày 08/12/2017 của Ủy ban nhân dân tỉnh Đồng Nai)"
    )
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, label in zip(
        table.rows[0].cells,
        ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"),
        strict=True,
    ):
        cell.text = label
    tops: dict[int, object] = {}  # column → the cell a merged run starts with
    for row in rows:
        added = table.add_row()
        cells = added.cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            tops = {}
            continue
        for column, (cell, value) in enumerate(zip(cells, (row + [""] * 5)[:5], strict=True)):
            if value is None and column in tops:
                tops[column] = tops[column].merge(cell)
            else:
                cell.text = value or ""
                tops[column] = cell
    source = work / f"{stem}.docx"
    doc.save(source)
    target = work / f"{stem}.pdf"
    target.write_bytes(convert(source, "pdf"))
    return target


def _scan_of(
    pdf: Path, target: Path, dpi: int, seed: int = 7, noise: str = "harsh", angle_from: int = 0
) -> int:
    """Each page of ``pdf`` drawn at ``dpi`` in grey, turned by the next of SCAN_ANGLES
    (from ``angle_from``), with scanner noise, saved as a PDF of images or, when
    ``target`` ends in .tif, a multi-page TIFF. Returns the number of pages."""
    import numpy as np
    import pypdfium2
    from PIL import Image, ImageFilter

    level = SCAN_NOISE[noise]
    rng = np.random.default_rng(seed)
    pages = []
    document = pypdfium2.PdfDocument(str(pdf))
    for index in range(len(document)):
        image = document[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = SCAN_ANGLES[(index + angle_from) % len(SCAN_ANGLES)]
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
        image = image.filter(ImageFilter.GaussianBlur(level["blur"]))
        noisy = np.asarray(image, dtype=np.float32) + rng.normal(
            0, level["sigma"], (image.height, image.width)
        )
        speckle = rng.random((image.height, image.width)) < level["specks"]
        noisy[speckle] = 30
        if level.get("shade"):  # uneven light: darker towards the bottom right corner
            ys = np.linspace(0, 1, image.height)[:, None]
            xs = np.linspace(0, 1, image.width)[None, :]
            noisy -= level["shade"] * (0.6 * xs + 0.4 * ys) ** 2
        page = Image.fromarray(np.clip(noisy, 0, 255).astype("uint8"))
        if level.get("stamp"):
            _stamp(page, dpi)
        pages.append(page)
    document.close()
    quality = level.get("quality", 75)
    if target.suffix == ".tif":
        # LZW, as a scanner stores it, or JPEG at the worn level's quality (Pillow takes a
        # quality for JPEG compression only).
        jpeg = {"compression": "jpeg", "quality": quality} if "quality" in level else {}
        pages[0].save(
            target,
            save_all=True,
            append_images=pages[1:],
            dpi=(dpi, dpi),
            **(jpeg or {"compression": "tiff_lzw"}),
        )
    else:
        pages[0].save(
            target, save_all=True, append_images=pages[1:], resolution=dpi, quality=quality
        )
    return len(pages)


def _stamp(page, dpi: int) -> None:
    """A round stamp (grey in a greyscale scan) with a ring, a star and a line of capitals,
    over the lead column of the table, about 35 mm across, drawn over the text."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(page)
    size = round(35 / 25.4 * dpi)
    x, y = round(page.width * 0.50), round(page.height * 0.45)
    width = max(2, dpi // 50)
    draw.ellipse((x, y, x + size, y + size), outline=120, width=width)
    inner = size // 8
    draw.ellipse(
        (x + inner, y + inner, x + size - inner, y + size - inner),
        outline=120,
        width=width // 2 + 1,
    )
    draw.regular_polygon((x + size // 2, y + size // 3, size // 12), 5, fill=120)


def _scan_annexes(work: Path) -> dict[str, tuple[Path, dict]]:
    """The annexes scanned: each a text PDF and its gold (annex tasks only)."""
    gold_004 = json.loads((GOLD / "004_b3151840d8e177ab.json").read_text(encoding="utf-8"))
    gold_004 = {**gold_004, "tasks": [t for t in gold_004["tasks"] if t["source"] == "annex"]}
    second_rows, second_tasks = _second_annex()
    grouped_rows, grouped_tasks = _grouped_annex()
    return {
        "annex_2018": (_annex_pdf(work), gold_004),
        "annex_seeds_001_003": (
            _annex_pdf(work, second_rows, "phu-luc-2"),
            {"file": "phu-luc-2", "tasks": second_tasks},
        ),
        "annex_grouped_000_003": (
            _annex_pdf(work, grouped_rows, "phu-luc-3"),
            {"file": "phu-luc-3", "tasks": grouped_tasks},
        ),
    }


def _scan_score(result, gold: dict) -> dict:
    """Tasks matched / found / F1, and on matched tasks the lead right (the names as
    written; the gold of the built annexes has no directory ids)."""
    from ttdn.importer.result import LOW_CONFIDENCE
    from ttdn.importer.scoring import score

    found = score(result.contract(), gold)
    lead = _lead_check(result.contract(), gold)
    p = found.matched / found.predicted_tasks if found.predicted_tasks else 0.0
    r = found.matched / found.gold_tasks if found.gold_tasks else 0.0
    return {
        "matched": found.matched,
        "found": found.predicted_tasks,
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "exact_text": found.exact_text,  # matched tasks read letter for letter
        "lead_right": found.lead_written_right,
        "flagged": sum(t.confidence < LOW_CONFIDENCE for t in result.tasks),
        "extras": found.extras,
        "misses": found.misses,
        "lead_agency_right": lead["agency"],
        "lead_checked": lead["tasks"],
        "lead_wrong": lead["wrong"],
    }


def _lead_check(predicted: dict, gold: dict) -> dict:
    """The lead of each found task that matches a gold task (text ratio ≥ 90): right as
    written (every name exactly) and right as an agency (every name resolves to the gold
    name's agency in the directory, or, for a collective or unknown body, reads within a
    ratio of 90 of it). The gold of the built annexes names the bodies as written only;
    their agencies are looked up in the directory of the plan's province (Đồng Nai, 2018),
    as the reviewer's would be."""
    import datetime

    from rapidfuzz import fuzz

    from ttdn.core.text import squash
    from ttdn.directory.selectors import unit_named
    from ttdn.importer.extract.agencies import Resolver

    resolver = Resolver(
        unit=unit_named("Đồng Nai", level="province", year=2018), on=datetime.date(2018, 1, 1)
    )
    out = {"tasks": 0, "written": 0, "agency": 0, "wrong": []}
    for got in predicted.get("tasks", []):
        text = squash(got["text"])
        want = max(gold["tasks"], key=lambda t: fuzz.ratio(squash(t["text"]), text))
        if fuzz.ratio(squash(want["text"]), text) < 90:
            continue
        out["tasks"] += 1
        found = got.get("lead") or []
        wanted = want.get("lead") or []
        names = [squash(m["as_written"]) for m in found]
        gold_names = [squash(m["as_written"]) for m in wanted]
        out["written"] += names == gold_names
        agencies = [
            m["agency"] if "agency" in m else resolver.mention(m["as_written"], None, None).agency
            for m in wanted
        ]
        right = len(found) == len(wanted) and all(
            m.get("agency") == agency if agency else fuzz.ratio(squash(m["as_written"]), name) >= 90
            for m, agency, name in zip(found, agencies, gold_names, strict=False)
        )
        out["agency"] += right
        if not right:
            out["wrong"].append(f"{got['text'][:50]}: {names} (gold {gold_names})")
    return out


def scan_accuracy(
    readings: list[str],
    noises: list[str],
    dpis: tuple[int, ...] = SCAN_DPIS,
    formats: tuple[str, ...] = ("pdf",),
    annexes: list[str] | None = None,
) -> dict:
    """Tasks F1 and lead of the annex scans (three annexes, each resolution, noise and
    format), read each way."""
    from ttdn.documents.readers import ocr
    from ttdn.importer.pipeline import analyse_file

    defaults = (ocr.DESKEW, ocr.TABLE_CELLS)
    out: dict = {
        "angles": SCAN_ANGLES,
        "noise": {k: SCAN_NOISE[k] for k in noises},
        "load_before": os.getloadavg(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
    }
    totals = {"gold": 0, "matched": 0, "found": 0, "lead_right": 0, "lead_agency_right": 0}
    totals |= {"lead_checked": 0, "pages": 0, "seconds": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for annex, (pdf, gold) in _scan_annexes(work).items():
            if annexes and annex not in annexes:
                continue
            text_read = _scan_score(analyse_file(pdf), gold)
            out[annex] = {
                "gold_tasks": len(gold["tasks"]),
                "text_pdf": {
                    k: text_read[k]
                    for k in ("matched", "found", "f1", "lead_right", "lead_agency_right")
                }
                | {"extras": text_read["extras"], "lead_wrong": text_read["lead_wrong"]},
            }
            for noise in noises:
                for dpi in dpis:
                    for kind in formats:
                        suffix = ".tif" if kind == "tiff" else ".pdf"
                        scan = work / f"{annex}-{noise}-{dpi}dpi{suffix}"
                        # Another start in the angles for each resolution: every page is
                        # seen turned both ways.
                        pages = _scan_of(
                            pdf,
                            scan,
                            dpi,
                            noise=noise,
                            angle_from=SCAN_DPIS.index(dpi) if dpi in SCAN_DPIS else 0,
                        )
                        for label in readings:
                            ocr.DESKEW, ocr.TABLE_CELLS = SCAN_READINGS[label]
                            start = time.perf_counter()
                            try:
                                result = analyse_file(scan)
                            except Exception as exc:  # the command must never fail
                                out[annex][f"{noise}_{dpi}dpi_{kind}_{label}"] = {
                                    "error": repr(exc)
                                }
                                print(annex, noise, dpi, kind, label, repr(exc), file=sys.stderr)
                                continue
                            seconds = time.perf_counter() - start
                            scored = _scan_score(result, gold)
                            scored |= {"pages": pages, "seconds": round(seconds, 1)}
                            scored["s_per_page"] = round(seconds / pages, 2)
                            out[annex][f"{noise}_{dpi}dpi_{kind}_{label}"] = scored
                            if label == readings[-1]:
                                totals["gold"] += len(gold["tasks"])
                                for key in (
                                    "matched",
                                    "found",
                                    "lead_right",
                                    "lead_agency_right",
                                    "lead_checked",
                                    "pages",
                                ):
                                    totals[key] += scored[key]
                                totals["seconds"] += seconds
                            print(
                                annex,
                                noise,
                                dpi,
                                kind,
                                label,
                                f"F1 {scored['f1']}",
                                f"{scored['matched']}/{scored['found']} of {len(gold['tasks'])}",
                                f"lead {scored['lead_right']}/{scored['matched']}",
                                f"agency {scored['lead_agency_right']}/{scored['lead_checked']}",
                                f"{seconds:.1f} s",
                                file=sys.stderr,
                                flush=True,
                            )
        ocr.DESKEW, ocr.TABLE_CELLS = defaults
    p = totals["matched"] / totals["found"] if totals["found"] else 0.0
    r = totals["matched"] / totals["gold"] if totals["gold"] else 0.0
    out["all"] = totals | {
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "lead": round(totals["lead_right"] / totals["matched"], 3) if totals["matched"] else 0.0,
        "lead_agency": round(totals["lead_agency_right"] / totals["lead_checked"], 3)
        if totals["lead_checked"]
        else 0.0,
        "s_per_page": round(totals["seconds"] / totals["pages"], 2) if totals["pages"] else 0.0,
    }
    out["load_after"] = os.getloadavg()
    return out


# The development part's formal documents (plans, decisions, letters, guidance, circulars,
# programmes, reports: the kinds an office scans); news items are web pages, never scanned.
SCANNED_KINDS = ("kh_", "qd_", "cv_", "hd_", "ctr_", "bc_", "tt_")


def _typeset(text_path: Path, work: Path) -> Path:
    """The document as an office prints it: A4, Times New Roman 13 pt (Liberation Serif
    where Times is not installed), each line of the stored copy a paragraph; made a PDF by
    LibreOffice."""
    from docx import Document
    from docx.shared import Cm, Pt

    from ttdn.documents.convert import convert

    target = work / f"{text_path.stem}.pdf"
    if target.exists():
        return target
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for line in text_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())
    source = work / f"{text_path.stem}.docx"
    doc.save(source)
    target.write_bytes(convert(source, "pdf"))
    return target


def _formal_development_documents() -> list[tuple[Path, dict]]:
    """The development part's formal documents (plans, decisions, letters …), with the
    directory of their provinces loaded: what the scanned and PDF arms typeset."""
    docs = [
        (path, gold)
        for path, gold in real_documents()
        if not gold.get("held_out") and path.name.startswith(SCANNED_KINDS)
    ]
    load_real_provinces(docs)
    return docs


def _field_totals(scores, fields) -> dict:
    """Each field's share right over ``scores``, and tasks matched / found / gold."""
    n = len(scores)
    return {
        "fields": {f: round(sum(s.fields[f] for s in scores) / n, 3) for f in fields},
        "tasks": [sum(s.matched for s in scores), sum(s.predicted_tasks for s in scores)]
        + [sum(s.gold_tasks for s in scores)],
    }


def scan_documents_accuracy(noises: list[str], dpis: tuple[int, ...], clean: list[bool]) -> dict:
    """Real formal documents of the development part typeset, printed and scanned (turned
    by SCAN_ANGLES, each noise and resolution), then read: each field and the tasks against
    the gold, beside the same document read from its text. ``clean``: read with the
    text pages cleaned of specks (the default) and/or without."""
    from ttdn.documents.readers import ocr
    from ttdn.importer.pipeline import analyse_file
    from ttdn.importer.scoring import score

    docs = _formal_development_documents()
    fields = REAL_FIELDS + ("legal_bases",)

    def totals(scores) -> dict:
        return _field_totals(scores, fields)

    out: dict = {
        "documents": len(docs),
        "angles": SCAN_ANGLES,
        "noise": {k: SCAN_NOISE[k] for k in noises},
        "load_before": os.getloadavg(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
    }
    default = ocr.CLEAN_TEXT_PAGES
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out["text"] = totals([score(analyse_file(p).contract(), g) for p, g in docs])
        print("text", out["text"], file=sys.stderr, flush=True)
        for noise in noises:
            for dpi in dpis:
                scans = []
                for index, (path, _gold) in enumerate(docs):
                    scan = work / f"{path.stem}-{noise}-{dpi}.pdf"
                    pages = _scan_of(_typeset(path, work), scan, dpi, noise=noise, angle_from=index)
                    scans.append((scan, pages))
                for cleaned in clean:
                    ocr.CLEAN_TEXT_PAGES = cleaned
                    scores, seconds, pages = [], 0.0, 0
                    for (scan, count), (_path, gold) in zip(scans, docs, strict=True):
                        start = time.perf_counter()
                        scores.append(score(analyse_file(scan).contract(), gold))
                        seconds += time.perf_counter() - start
                        pages += count
                    label = f"{noise}_{dpi}dpi_{'cleaned' if cleaned else 'as_scanned'}"
                    out[label] = totals(scores) | {
                        "pages": pages,
                        "s_per_page": round(seconds / pages, 2),
                    }
                    print(label, out[label], file=sys.stderr, flush=True)
        ocr.CLEAN_TEXT_PAGES = default
    out["load_after"] = os.getloadavg()
    return out


# The header of a formal document (Decree 30/2020/NĐ-CP, appendix I) as offices set it:
# the lines before the title, split into a borderless two-column table.
_TITLE_LINE = re.compile(
    r"^(?:KẾ\s*HOẠCH|QUYẾT\s*ĐỊNH|CÔNG\s*VĂN|BÁO\s*CÁO|HƯỚNG\s*DẪN|THÔNG\s*TƯ|CHƯƠNG\s*TRÌNH"
    r"|NGHỊ\s*QUYẾT|CHỈ\s*THỊ|THÔNG\s*BÁO|TỜ\s*TRÌNH|QUY\s*CHẾ|KÍNH\s*GỬI|Kính\s*gửi)\b"
)
_MOTTO = re.compile(
    r"^CỘNG$|^H(?:OÀ|ÒA)\s*XÃ|CỘNG\s*H(?:OÀ|ÒA)|HỘI\s*CHỦ\s*NGHĨA|CHỦ\s*NGHĨA\s*VIỆT|Độc\s*lập"
    r"|ĐỘC\s*LẬP|ĐẢNG\s*CỘNG\s*SẢN"
)
_PLACE_DATE = re.compile(r"(?:^|\s)(?:[^\W\d][\w.]*\s?){1,4},\s*ngày\b|^ngày\b.*\bnăm\b")
_NUMBER = re.compile(r"^(?:Số|SỐ)\s*[:\d/]|^(?:V/v|Về việc)\b")
_RULE = re.compile(r"^[-–—_*=|.\s]+$")  # the short rule or stars under a header line


def _upper_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _header_split(line: str) -> tuple[str, str]:
    """A stored header line as (left, right): a line that a copy already interleaved
    ("UBND TỈNH X CỘNG HÒA …", "Số: 12/KH-UBND X, ngày …") is cut where the right part starts."""
    motto = _MOTTO.search(line)
    if motto and motto.start() > 0:
        return line[: motto.start()].strip(), line[motto.start() :].strip()
    if motto:
        return "", line
    if _NUMBER.match(line):
        date = _PLACE_DATE.search(line, 4)
        if date and date.start() > 4:
            return line[: date.start()].strip(), line[date.start() :].strip()
        return line, ""
    if _PLACE_DATE.search(line):
        return "", line
    return line, ""


def _split_header(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """(before, left, right, rest): ``lines`` cut at the header table, when there is one."""
    original, head = lines, []  # a web page's table copied: "|" at cells' edges, one line
    for line in lines[:30]:
        head.extend(p.strip(" |") for p in re.split(r"\s+[-—–]{3,}\s+", line) if p.strip(" |"))
    lines = head + lines[30:]
    limit = min(len(lines), len(head))
    anchor = next(
        (i for i in range(limit) if _MOTTO.search(lines[i]) or _NUMBER.match(lines[i])), None
    )
    if anchor is None:
        return [], [], [], original
    title = next((i for i in range(anchor + 1, limit) if _TITLE_LINE.match(lines[i])), None)
    if title is None:
        return [], [], [], original
    start = anchor
    while start > 0 and anchor - start < 5:
        above = lines[start - 1]
        if not (_RULE.match(above) or _upper_share(above) > 0.8):
            break
        start -= 1
    left: list[str] = []
    right: list[str] = []
    side = left
    for index in range(start, title):
        line = lines[index]
        if _RULE.match(line):
            if line.strip(" |"):
                side.append(line)
            continue
        after = lines[index + 1] if index + 1 < title else ""
        if side is right and not _NUMBER.match(line) and _upper_share(line) < 0.5:
            a, b = "", line  # goes on the line above it on the right ("… năm 2025")
        elif re.match(r"^ngày\b", after) and not _NUMBER.match(line):
            a, b = "", line  # "Bình Thuận," above "ngày 3 tháng 4 năm 2017"
        else:
            a, b = _header_split(line)
        if a:
            left.append(a)
            side = left
        if b:
            right.append(b)
            side = right
    return lines[:start], left, right, lines[title:]


_SIGNATURE = re.compile(
    r"^(?:TM|KT|TL|TUQ|Q|PHÓ|CHỦ|GIÁM|TRƯỞNG|BÍ\s*THƯ)\b|^\(?(?:Đã\s*ký|đã\s*ký)"
)


def _split_ending(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    """(body, left, right, after): the "Nơi nhận" list and the signature beside it, when
    there is one (an annex may follow them)."""
    start = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i].strip(" |").startswith(("Nơi nhận", "NƠI NHẬN"))
        ),
        None,
    )
    if start is None:
        return lines, [], [], []

    def signing(line: str) -> bool:
        return bool(_SIGNATURE.match(line)) or _upper_share(line) > 0.8 and len(line) < 50

    def name(line: str) -> bool:
        words = line.split()
        upper = all(w[:1].isupper() for w in words) and _upper_share(line) < 0.8
        return 2 <= len(words) <= 5 and upper

    first = start
    while first > max(start - 5, 0) and signing(lines[first - 1].strip(" |")):
        first -= 1
    right = [line.strip(" |") for line in lines[first:start] if line.strip(" |")]
    left: list[str] = []
    index = start
    for index in range(start, len(lines)):
        line = lines[index].strip(" |")
        head = re.match(r"^(Nơi nhận:?|NƠI NHẬN:?)\s*(.*)$", line)
        if not line:
            continue
        if index == start and head:
            left.append(head.group(1))
            if head.group(2):
                (right if signing(head.group(2)) else left).append(head.group(2))
        elif line[:1] in "-–+•" or line[:1].islower():
            left.append(line)
        elif right and name(right[-1]):
            break  # the signature ends with the signer's name
        elif signing(line) or line.startswith("(") or name(line) and right:
            right.append(line)
        else:
            break
    else:
        index = len(lines)
    return lines[:first], left, right, lines[index:]


def _typeset_office(text_path: Path, work: Path) -> tuple[Path, Path]:
    """The document as an office sets it in Word (Decree 30/2020/NĐ-CP): A4, Times New
    Roman 13 pt, the header a borderless two-column table (issuing body and number left,
    motto and place-date right), the title centred and bold, the body justified with
    its first lines indented, the "Nơi nhận" list and the signature side by side at the
    end; made a PDF by LibreOffice (:func:`ttdn.documents.convert.convert`, as the
    product does). Returns (docx, pdf)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from ttdn.documents.convert import convert

    source, target = work / f"{text_path.stem}.docx", work / f"{text_path.stem}.pdf"
    if source.exists() and target.exists():
        return source, target
    lines = [
        line.strip() for line in text_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    before, left, right, rest = _split_header(lines)
    body, sent_to, signature, annex = _split_ending(rest)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)

    def two_columns(first: list[str], second: list[str], widths, size, centred) -> None:
        table = doc.add_table(rows=1, cols=2)  # "Normal Table": no borders
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        for cell, cell_lines, width in zip(
            table.rows[0].cells, (first, second), widths, strict=True
        ):
            cell.width = Cm(width)
            cell.paragraphs[0].text = ""
            for n, line in enumerate(cell_lines):
                p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(size)
                run.bold = _upper_share(line) > 0.8 and not _NUMBER.match(line)
                run.italic = bool(_PLACE_DATE.search(line)) and not _NUMBER.match(line)
                if centred:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(0)

    for line in before:
        doc.add_paragraph(line)
    if left or right:
        two_columns(left, right, (5.8, 10.2), 12, True)
    for n, line in enumerate(body):
        p = doc.add_paragraph()
        run = p.add_run(line)
        if n < 3 and (left or right) and _upper_share(line) > 0.8:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER  # the title
            run.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
        p.paragraph_format.space_after = Pt(6)
    if sent_to or signature:
        two_columns(sent_to, signature, (8.0, 8.0), 12, False)
    for line in annex:
        doc.add_paragraph(line)
    doc.save(source)
    target.write_bytes(convert(source, "pdf"))
    return source, target


def pdf_documents_accuracy(show: bool = False) -> dict:
    """Real formal documents of the development part set as an office sets them (header
    and signature as borderless two-column tables: :func:`_typeset_office`), exported to
    PDF by LibreOffice and read: each field, the legal bases and the tasks against the
    gold, beside the same document read from its text and from the .docx (Word path).
    The typeset files are kept in a temporary folder so that reruns are quick."""
    import hashlib
    import inspect

    from ttdn.importer.pipeline import analyse_file
    from ttdn.importer.scoring import score

    docs = _formal_development_documents()
    fields = REAL_FIELDS + ("legal_bases",)
    setting = (_typeset_office, _split_header, _header_split, _split_ending)
    version = hashlib.sha1("".join(inspect.getsource(f) for f in setting).encode()).hexdigest()[:8]
    work = Path(tempfile.gettempdir()) / f"ttdn-pdf-documents-{version}"
    work.mkdir(exist_ok=True)

    def totals(scores) -> dict:
        return _field_totals(scores, fields)

    out: dict = {
        "documents": len(docs),
        "load_before": os.getloadavg(),
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count()},
    }
    paths = {"text": [], "pdf": [], "docx": []}
    for path, _gold in docs:
        stamp = hashlib.sha1(path.read_bytes()).hexdigest()[:8]
        folder = work / stamp
        folder.mkdir(exist_ok=True)
        source, target = _typeset_office(path, folder)
        paths["text"].append(path)
        paths["docx"].append(source)
        paths["pdf"].append(target)
    per_document: dict = {}
    for arm, files in paths.items():
        scores, seconds = [], 0.0
        for file, (path, gold) in zip(files, docs, strict=True):
            start = time.perf_counter()
            scores.append(score(analyse_file(file).contract(), gold))
            seconds += time.perf_counter() - start
            s = scores[-1]
            per_document.setdefault(path.stem, {})[arm] = {
                "wrong": sorted(f for f in fields if not s.fields[f]),
                "tasks": [s.matched, s.predicted_tasks, s.gold_tasks],
            }
        out[arm] = totals(scores) | {"s_per_document": round(seconds / len(docs), 3)}
        print(arm, out[arm], file=sys.stderr, flush=True)
    if show:  # development documents only
        for stem, arms in per_document.items():
            if arms["pdf"] != arms["docx"] or arms["pdf"] != arms["text"]:
                print(stem, json.dumps(arms, ensure_ascii=False), file=sys.stderr)
    out["per_document"] = per_document
    out["folder"] = str(work)
    out["load_after"] = os.getloadavg()
    return out


def _median_time(fn, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def _copies(work: Path, seeds: list[Path], copies: int, suffix: str, render) -> list[Path]:
    """``copies`` files of every seed, its text passed through ``render``."""
    made = []
    for path in seeds:
        text = render(path.read_text(encoding="utf-8"))
        for n in range(copies):
            target = work / f"{path.stem}-{n}{suffix}"
            target.write_text(text, encoding="utf-8")
            made.append(target)
    return made


def _throughput(paths: list[Path], runs: int, analyse_file) -> dict:
    median, times = _median_time(lambda: [analyse_file(p) for p in paths], runs)
    return {
        "documents": len(paths),
        "median_s": median,
        "docs_per_s": len(paths) / median,
        "runs_s": times,
    }


def speed(runs: int, skip_ocr: bool) -> dict:
    from ttdn.importer.pipeline import analyse_file

    out: dict = {}
    work = Path(tempfile.mkdtemp(prefix="ttdn-bench-docs-"))
    seeds = sorted(SEEDS.glob("*.txt"))
    copies = 10
    texts = _copies(work, seeds, copies, ".txt", lambda text: text)
    analyse_file(texts[0])  # warm the directory index
    out["text"] = _throughput(texts, runs, analyse_file)
    pages = _copies(work, seeds, copies, ".html", html_of)
    out["html"] = _throughput(pages, runs, analyse_file)
    word = work / "ke-hoach-30-trang.docx"
    rows = make_word_plan(word)
    tracemalloc.start()
    result = analyse_file(word)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    median, times = _median_time(lambda: analyse_file(word), runs)
    out["docx"] = {
        "annex_rows": rows,
        "tasks_found": len(result.tasks),
        "bytes": word.stat().st_size,
        "pages_estimate": _pages_of(word),
        "median_s": median,
        "runs_s": times,
        "peak_python_mib": round(peak / 2**20, 1),
    }
    if not skip_ocr:
        scan = work / "ban-quet-10-trang.pdf"
        make_scan(scan)
        median, times = _median_time(lambda: analyse_file(scan), max(1, min(runs, 3)))
        found = analyse_file(scan)
        out["ocr"] = {
            "pages": 10,
            "median_s": median,
            "runs_s": times,
            "plan_number": found.plan_number.value,
            "tasks_found": len(found.tasks),
        }
    return out


def _pages_of(path: Path) -> int | None:
    """Pages as LibreOffice lays the document out, when LibreOffice is installed."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    outdir = Path(tempfile.mkdtemp())
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{outdir}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    pdf = outdir / (path.stem + ".pdf")
    if not pdf.exists():
        return None
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-ocr", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--real", action="store_true", help="score the real corpus only")
    parser.add_argument("--show-dev", action="store_true", help="with --real: list dev misses")
    parser.add_argument(
        "--by-kind", action="store_true", help="with --real: each side by kind of document"
    )
    parser.add_argument("--batches", help="with --real: only batches LO-HI (e.g. 1-10)")
    parser.add_argument(
        "--corpus",
        type=Path,
        help="with --real: another folder of documents with gold (ttdn import-gold-export)",
    )
    parser.add_argument(
        "--batch", type=int, help="with --real: the batch reported on its own (default: newest)"
    )
    parser.add_argument(
        "--scans", action="store_true", help="score turned, noisy scans of the real annex"
    )
    parser.add_argument(
        "--scan-readings",
        default="deskew_cells",
        help=f"with --scans: comma-separated, of {', '.join(SCAN_READINGS)} (or all)",
    )
    parser.add_argument(
        "--scan-noise", default="harsh,office", help=f"with --scans: of {', '.join(SCAN_NOISE)}"
    )
    parser.add_argument(
        "--scan-dpi", default="150,200,300", help="with --scans: comma-separated resolutions"
    )
    parser.add_argument(
        "--scan-formats", default="pdf", help=f"with --scans: of {', '.join(SCAN_FORMATS)}"
    )
    parser.add_argument("--scan-annexes", default="", help="with --scans: only these annexes")
    parser.add_argument(
        "--scan-documents",
        action="store_true",
        help="score the real formal documents typeset, scanned and read (--scan-noise, --scan-dpi)",
    )
    parser.add_argument(
        "--scan-clean",
        default="on",
        help="with --scan-documents: on, off or on,off (text pages cleaned of specks or not)",
    )
    parser.add_argument(
        "--pdf-documents",
        action="store_true",
        help="score the real formal documents set as offices set them, as PDF, text and Word",
    )
    args = parser.parse_args()
    setup()
    if args.pdf_documents:
        born = pdf_documents_accuracy(show=args.show_dev)
        print(json.dumps({k: v for k, v in born.items() if k != "per_document"}, indent=1))
        if args.json:
            args.json.write_text(json.dumps(born, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    if args.scan_documents:
        scanned = scan_documents_accuracy(
            args.scan_noise.split(","),
            tuple(int(d) for d in args.scan_dpi.split(",")),
            [mode == "on" for mode in args.scan_clean.split(",")],
        )
        print(json.dumps(scanned, ensure_ascii=False, indent=1))
        if args.json:
            args.json.write_text(
                json.dumps(scanned, ensure_ascii=False, indent=2), encoding="utf-8"
            )
        return
    if args.scans:
        readings = (
            list(SCAN_READINGS) if args.scan_readings == "all" else args.scan_readings.split(",")
        )
        scans = scan_accuracy(
            readings,
            args.scan_noise.split(","),
            dpis=tuple(int(d) for d in args.scan_dpi.split(",")),
            formats=tuple(args.scan_formats.split(",")),
            annexes=[a for a in args.scan_annexes.split(",") if a] or None,
        )
        print(json.dumps({k: v for k, v in scans.items()}, ensure_ascii=False, indent=1))
        if args.json:
            args.json.write_text(json.dumps(scans, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    if args.real:
        batches = tuple(int(b) for b in args.batches.split("-")) if args.batches else None
        real = real_accuracy(
            show_dev=args.show_dev, batch=args.batch, batches=batches, folder=args.corpus
        )
        print_real(real)
        if args.by_kind:
            print_by_kind(real)
        if args.json:
            args.json.write_text(json.dumps(real, ensure_ascii=False, indent=2), encoding="utf-8")
        return
    report = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "accuracy": accuracy(),
        "speed": speed(args.runs, args.skip_ocr),
    }
    summary = report["accuracy"]["summary"]
    print("Accuracy over", summary["documents"], "documents")
    for name, value in summary["field_accuracy"].items():
        print(f"  {name:16} {value:6.1%}")
    print(
        f"  tasks P {summary['precision']:.3f}  R {summary['recall']:.3f}  F1 {summary['f1']:.3f}  "
        f"(exact text {summary['exact_text']:.1%})"
    )
    print(
        f"  on matched tasks: lead {summary['lead']:.1%}, coordinating {summary['coordinating']:.1%}, "
        f"timeframe {summary['timeframe']:.1%}, group {summary['group']:.1%}"
    )
    for file in report["accuracy"]["files"]:
        print(
            f"  {file['file']:40} fields {file['fields_right']}/{file['fields']}  tasks {file['matched']}/"
            f"{file['tasks_gold']} (found {file['tasks_found']})  F1 {file['f1']}"
            + (f"  wrong: {file['wrong_fields']}" if file["wrong_fields"] else "")
        )
    s = report["speed"]
    print("Speed (median of runs)")
    print(
        f"  text  {s['text']['docs_per_s']:8.1f} documents/s  (target ≥ {TARGET_TEXT_DOCS_PER_S})"
    )
    print(
        f"  HTML  {s['html']['docs_per_s']:8.1f} documents/s  (target ≥ {TARGET_TEXT_DOCS_PER_S})"
    )
    print(
        f"  Word  {s['docx']['median_s']:8.3f} s for {s['docx']['pages_estimate']} pages, "
        f"{s['docx']['annex_rows']} annex rows  (target < {TARGET_DOCX_S} s), peak {s['docx']['peak_python_mib']} MiB"
    )
    if "ocr" in s:
        print(f"  OCR   {s['ocr']['median_s']:8.1f} s for 10 pages  (target < {TARGET_OCR_S} s)")
    if args.json:
        args.json.write_text(
            json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
