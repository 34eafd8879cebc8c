"""The extractor against the hand-checked gold of the five seeds, and its rules one by one.

The seeds are read as the text files they are; the directory (units and agencies) is
loaded as in production so that agency names resolve as they would for a user.
"""

import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from ttdn.demo.seeds import SEED_DIR
from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract
from ttdn.importer.extract.agencies import split_names
from ttdn.importer.extract.annex import align, header_columns, rows_from_text, split_items
from ttdn.importer.scoring import score, summarise

SEEDS = SEED_DIR
GOLD = Path(settings.BASE_DIR) / "tests" / "fixtures" / "seeds" / "gold"
EXTRA = Path(settings.BASE_DIR) / "tests" / "fixtures" / "importer" / "text"
SEED_NAMES = sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load()


def _read(path: Path) -> SourceDocument:
    return SourceDocument(name=path.name, text=path.read_text(encoding="utf-8"), format="txt")


def _gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("stem", SEED_NAMES)
def test_seed_metadata_and_tasks_match_gold(directory, stem):
    result = extract(_read(SEEDS / f"{stem}.txt")).contract()
    got = score(result, _gold(stem))
    wrong_fields = [name for name, ok in got.fields.items() if not ok]
    assert wrong_fields == [], {name: result[name] for name in wrong_fields}
    assert got.misses == [] and got.extras == [], (got.misses, got.extras)
    assert got.wrong == []


def test_all_seeds_together_reach_the_targets(directory):
    scores = [score(extract(_read(SEEDS / f"{s}.txt")).contract(), _gold(s)) for s in SEED_NAMES]
    summary = summarise(scores)
    assert all(value == 1.0 for value in summary.field_accuracy.values()), summary.field_accuracy
    assert summary.f1 >= 0.95
    assert summary.lead >= 0.95 and summary.coordinating >= 0.95 and summary.timeframe >= 0.95


def test_positions_point_at_the_words_read(directory):
    doc = _read(SEEDS / "004_b3151840d8e177ab.txt")
    result = extract(doc)
    assert doc.text[result.plan_number.start : result.plan_number.end] == "12773/KH-UBND"
    first = result.tasks[0]
    assert doc.text[first.start : first.end].startswith("Phối hợp Ban Tuyên giáo")
    lead = first.lead[0]
    assert doc.text[lead.start : lead.end] == "Sở Thông tin và Truyền thông (Sở TT-TT)"
    assert doc.text[first.timeframe.start : first.timeframe.end] == "Hàng tháng, quý"
    deadline = result.report_deadline
    assert doc.text[deadline.start : deadline.end] == "trước ngày 05 tháng 11 hàng năm"
    assert all(0 < t.confidence <= 1 for t in result.tasks)


def test_a_news_item_from_another_district_is_read_by_the_same_rules(directory):
    result = extract(_read(EXTRA / "tin_ke_hoach_huyen.txt"))
    contract = result.contract()
    assert contract["doc_type"] == "news_about_plan"
    assert contract["issuer"] == "Ủy ban nhân dân huyện Mường Khương"
    assert (contract["level"], contract["locality"]) == ("district", "Mường Khương")
    assert contract["plan_number"] == "112/KH-UBND"
    assert contract["issued_date"] == "2023-03-17"
    assert contract["period"] == {"from_year": 2023, "to_year": 2023}
    assert (
        contract["title"] == "Kế hoạch về hoạt động thông tin đối ngoại huyện Mường Khương năm 2023"
    )
    tasks = contract["tasks"]
    texts = [t["text"] for t in tasks]
    assert texts[0].startswith(
        "UBND huyện giao Phòng Văn hóa và Thông tin huyện là cơ quan đầu mối"
    )
    assert len(tasks) == 6, texts
    assert [m["as_written"] for m in tasks[0]["lead"]] == ["Phòng Văn hóa và Thông tin huyện"]
    # The clauses after ";" keep the lead; "phối hợp với" names the coordinating bodies.
    assert [m["as_written"] for m in tasks[1]["lead"]] == ["Phòng Văn hóa và Thông tin huyện"]
    assert [m["as_written"] for m in tasks[1]["coordinating"]] == [
        "Công an huyện",
        "Đồn Biên phòng",
        "các đơn vị liên quan",
    ]
    assert tasks[2]["timeframe"]["deadlines"] == ["2023-09-30"]
    assert [m["as_written"] for m in tasks[3]["lead"]] == [
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"
    ]
    assert tasks[4]["text"].startswith("Tăng cường giới thiệu tiềm năng du lịch")
    assert [m["as_written"] for m in tasks[4]["lead"]] == [
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"
    ]
    assert [m["as_written"] for m in tasks[5]["lead"]] == ["Ủy ban nhân dân các xã, thị trấn"]
    # The purpose sentence ("Kế hoạch nhằm …") and the portal furniture are not tasks.
    assert not any("nhằm nâng cao" in t for t in texts)


def test_nfd_text_reads_like_nfc(directory):
    import unicodedata

    text = (SEEDS / "003_e5414bfee9b3272f.txt").read_text(encoding="utf-8")
    nfd = SourceDocument(
        name="nfd.txt",
        text=unicodedata.normalize("NFC", unicodedata.normalize("NFD", text)),
        format="txt",
    )
    assert (
        extract(nfd).contract()["tasks"]
        == extract(_read(SEEDS / "003_e5414bfee9b3272f.txt")).contract()["tasks"]
    )


def test_prose_assignment_with_a_colon_names_the_lead(directory):
    text = (
        "KẾ HOẠCH\nThông tin đối ngoại năm 2024\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác thông tin đối ngoại.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng UBND tỉnh: Chủ trì phối hợp với Sở Ngoại vụ tổ chức họp báo định kỳ hằng quý.\n"
        "2. Công an tỉnh:\n- Theo dõi, tổng hợp dư luận trên không gian mạng.\n"
        "- Phối hợp với Sở Thông tin và Truyền thông xử lý thông tin sai sự thật.\n"
    )
    result = extract(SourceDocument(name="plan.txt", text=text, format="txt")).contract()
    tasks = result["tasks"]
    assert [t["text"] for t in tasks] == [
        "Văn phòng UBND tỉnh: Chủ trì phối hợp với Sở Ngoại vụ tổ chức họp báo định kỳ hằng quý",
        "Theo dõi, tổng hợp dư luận trên không gian mạng",
        "Phối hợp với Sở Thông tin và Truyền thông xử lý thông tin sai sự thật",
    ]
    assert [m["as_written"] for m in tasks[0]["lead"]] == ["Văn phòng UBND tỉnh"]
    assert [m["as_written"] for m in tasks[0]["coordinating"]] == ["Sở Ngoại vụ"]
    assert [m["as_written"] for m in tasks[1]["lead"]] == ["Công an tỉnh"]
    assert [m["as_written"] for m in tasks[2]["coordinating"]] == ["Sở Thông tin và Truyền thông"]


def test_a_notice_is_read_as_other_with_no_tasks(directory):
    """Its review page says no tasks were found (test_views owns that message)."""
    doc = SourceDocument(
        name="thong-bao.txt", text="Thông báo lịch tiếp công dân tháng 5.", format="txt"
    )
    result = extract(doc)
    assert result.tasks == []
    assert result.doc_type.value == "other"


# --- the small rules ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        (
            "Sở TT-TT, Công an tỉnh và các đơn vị liên quan",
            ["Sở TT-TT", "Công an tỉnh", "các đơn vị liên quan"],
        ),
        ("Sở Thông tin và Truyền thông (Sở TT-TT)", ["Sở Thông tin và Truyền thông (Sở TT-TT)"]),
        ("các sở, ban, ngành và địa phương", ["các sở, ban, ngành và địa phương"]),
        ("Các Sở, Ban, ngành, UBND các huyện", ["Các Sở, Ban, ngành", "UBND các huyện"]),
        ("- Ban Tuyên giáo Tỉnh ủy", ["Ban Tuyên giáo Tỉnh ủy"]),
    ],
)
def test_split_names(cell, names):
    assert [name for name, _s, _e in split_names(cell)] == names


def test_split_items_keeps_continuation_lines_and_an_unbulleted_first_line():
    cell = "Sở TT-TT, Công an tỉnh\n\n- Sở Văn hóa Thể thao\nvà Du lịch"
    assert [i.text for i in split_items(cell, 0)] == [
        "Sở TT-TT, Công an tỉnh",
        "Sở Văn hóa Thể thao và Du lịch",
    ]


def test_align_spreads_fewer_values_with_the_last_ones_last():
    values, confidence = align(["A", "B"], 5)
    assert values == [["A"], ["A"], ["A"], ["A"], ["B"]] and confidence < 0.75
    assert align(["A"], 3)[0] == [["A"], ["A"], ["A"]]
    assert align(["A", "B", "C"], 2)[0] == [["A"], ["B", "C"]]


def test_header_columns_recognise_the_usual_annex_headers():
    assert header_columns(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    ) == {
        "stt": 0,
        "task": 1,
        "lead": 2,
        "coord": 3,
        "time": 4,
    }
    assert header_columns(["Họ và tên", "Chức vụ", "Điện thoại"]) is None


def test_flattened_annex_rows_without_numbers():
    text = (
        "PHỤ LỤC\n\tSTT\n\tNhiệm vụ\n\tChủ trì\n\tPhối hợp\n\tThời gian\n"
        "\t01\n\t- Việc một\n\n- Việc hai\n\tSở A\n\tSở B\n\t- Quý I\n\n- Quý II\n"
        " \t- Việc ba\n\tSở C\n\tCác đơn vị liên quan\n\t- Cả năm\n"
    )
    rows = rows_from_text(text, 0)
    assert [r.number for r in rows] == ["01", None]
    assert [r.cells["task"].text.strip() for r in rows][1] == "- Việc ba"
    assert rows[1].cells["lead"].text == "Sở C"


# --- the project's own documents, through the readers -----------------------------------

FIXTURES = Path(settings.BASE_DIR) / "tests" / "fixtures" / "importer"


@pytest.fixture
def directory_with_fixture_provinces(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Đồng Nai", "Phú Yên", "Quảng Trị", "Lào Cai"])


def _own_documents():
    """Every fixture document that has a hand-checked gold file (same name stem)."""
    needs = {
        ".doc": "soffice",
        ".odt": "soffice",
        ".rtf": "soffice",
    }
    for expected in sorted(FIXTURES.rglob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        for source in sorted(expected.parent.glob(stem + ".*")):
            if source.name.endswith(".json"):
                continue
            program = needs.get(source.suffix)
            if source.name == "ke_hoach_scan.pdf":
                program = "tesseract"
            marks = []
            if program and not shutil.which(program):
                marks.append(pytest.mark.skip(reason=f"{program} is not installed"))
            yield pytest.param(source, expected, id=source.name, marks=marks)


@pytest.mark.parametrize(("source", "expected"), list(_own_documents()))
def test_own_documents_in_every_format_match_their_gold(
    directory_with_fixture_provinces, source, expected
):
    from ttdn.importer.pipeline import analyse_file

    gold = json.loads(expected.read_text(encoding="utf-8"))
    got = score(analyse_file(source).contract(), gold)
    assert [n for n, ok in got.fields.items() if not ok] == []
    assert got.f1 >= 0.95, (got.misses, got.extras)
    # Names as written are right; an agency missing from the directory (a border guard
    # command) or a word misread by OCR may cost a point.
    assert got.lead_right >= got.matched - 2 and got.coordinating_right >= got.matched - 2
    assert got.timeframe_right >= got.matched - 1


# --- forms met in real documents ----------------------------------------------------------


def _extract_text(text: str) -> dict:
    return extract(SourceDocument(name="van-ban.txt", text=text, format="txt")).contract()


def test_bases_in_an_opening_thuc_hien_paragraph_and_a_lost_title_word(directory):
    """Scraped copies lose the word KẾ HOẠCH and put the header cells on lines with "|";
    many plans cite their bases in one "Thực hiện …" paragraph instead of "Căn cứ" lines."""
    result = _extract_text(
        "ỦY BAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/KH-UBND |\n"
        "Phú Yên, ngày 10 tháng 02 năm 2022 |\n"
        "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH PHÚ YÊN NĂM 2022\n"
        "Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ; Văn bản số "
        "3388/BTTTT-TTĐN ngày 05/10/2021 của Bộ Thông tin và Truyền thông; theo đề nghị của "
        "Sở tại Tờ trình số 12/TTr-STTTT ngày 20/01/2022, Ủy ban nhân dân tỉnh Phú Yên ban "
        "hành Kế hoạch công tác thông tin đối ngoại năm 2022 như sau:\n1. Mục tiêu\n"
        "- Nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )
    assert result["title"] == "Kế hoạch công tác thông tin đối ngoại tỉnh Phú Yên năm 2022"
    assert (result["plan_number"], result["issued_date"]) == ("27/KH-UBND", "2022-02-10")
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert [b["identifier"] for b in result["legal_bases"]] == ["72/2015/NĐ-CP", "3388/BTTTT-TTĐN"]
    # The copy stops before the tasks: nothing is guessed from the purposes.
    assert result["tasks"] == []


def test_news_requirements_captions_and_pointers_are_not_tasks(directory):
    result = _extract_text(
        "UBND tỉnh vừa ban hành Kế hoạch số 310/KH-UBND ngày 02/3/2022 về công tác thông tin "
        "đối ngoại tỉnh Phú Yên năm 2022.\n"
        "Ảnh: Quang cảnh hội nghị |\n"
        "Mục đích của Kế hoạch nhằm quảng bá hình ảnh của tỉnh; cung cấp thông tin cho báo chí "
        "trong và ngoài nước.\n"
        "UBND tỉnh yêu cầu các hoạt động thông tin đối ngoại phải bám sát chủ trương của Đảng. "
        "Chấp hành nghiêm túc chế độ bảo mật thông tin.\n"
        "UBND tỉnh yêu cầu các sở, ngành chủ động cung cấp thông tin cho báo chí.\n"
        "Nội dung chi tiết của Kế hoạch, mời quý vị xem tại file đính kèm.\n"
    )
    assert [t["text"] for t in result["tasks"]] == [
        "UBND tỉnh yêu cầu các sở, ngành chủ động cung cấp thông tin cho báo chí"
    ]
    assert [m["as_written"] for m in result["tasks"][0]["lead"]] == ["các sở, ngành"]


def test_a_list_introduced_by_bao_gom_cac_noi_dung_nhu(directory):
    result = _extract_text(
        "UBND tỉnh vừa ban hành kế hoạch ngoại giao văn hóa của tỉnh năm 2023. Trong đó, kế "
        "hoạch này bao gồm các nội dung như tuyên truyền, quảng bá văn hóa của tỉnh; thăm, "
        "tặng quà các gia đình kiều bào; tổ chức tập huấn về ngoại giao văn hóa…\n"
        "UBND tỉnh giao Sở Ngoại vụ làm đầu mối, phối hợp với các sở, ngành liên quan tổ "
        "chức triển khai thực hiện.\n"
    )
    texts = [t["text"] for t in result["tasks"]]
    assert texts[:3] == [
        "tuyên truyền, quảng bá văn hóa của tỉnh",
        "thăm, tặng quà các gia đình kiều bào",
        "tổ chức tập huấn về ngoại giao văn hóa…",
    ]
    assert [m["as_written"] for m in result["tasks"][3]["lead"]] == ["Sở Ngoại vụ"]
    assert [m["as_written"] for m in result["tasks"][3]["coordinating"]] == [
        "các sở, ngành liên quan"
    ]


def test_word_annex_with_a_two_row_header_and_a_budget_table(directory, tmp_path):
    """ "Cơ quan thực hiện" spanning "Chủ trì | Phối hợp" is a common header; a table that
    follows with another header (funding) adds no tasks."""
    import docx

    from ttdn.importer.pipeline import analyse_file

    document = docx.Document()
    for line in (
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN",
        "Số: 12/KH-UBND",
        "Phú Yên, ngày 05 tháng 01 năm 2024",
    ):
        document.add_paragraph(line)
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thông tin đối ngoại năm 2024")
    document.add_paragraph("PHỤ LỤC")
    table = document.add_table(rows=2, cols=5)
    top, under = table.rows[0].cells, table.rows[1].cells
    top[0].text, top[1].text, top[2].text, top[4].text = (
        "STT",
        "Nội dung",
        "Cơ quan thực hiện",
        "Thời gian",
    )
    top[2].merge(top[3])
    under[2].text, under[3].text = "Chủ trì", "Phối hợp"
    for number, task, lead, coord, time in (
        (
            "1",
            "Tổ chức họp báo định kỳ",
            "Văn phòng Ủy ban nhân dân tỉnh",
            "Sở Ngoại vụ",
            "Hàng quý",
        ),
        (
            "2",
            "Tập huấn nghiệp vụ thông tin đối ngoại",
            "Sở Thông tin và Truyền thông",
            "Sở Nội vụ",
            "Quý III",
        ),
    ):
        cells = table.add_row().cells
        for cell, value in zip(cells, (number, task, lead, coord, time), strict=True):
            cell.text = value
    budget = document.add_table(rows=2, cols=3)
    for cell, value in zip(
        budget.rows[0].cells, ("Nguồn kinh phí", "Số tiền", "Ghi chú"), strict=True
    ):
        cell.text = value
    budget.rows[1].cells[0].text, budget.rows[1].cells[1].text = "Ngân sách tỉnh", "500.000.000"
    path = tmp_path / "ke-hoach.docx"
    document.save(path)

    tasks = analyse_file(path).contract()["tasks"]
    assert [t["text"] for t in tasks] == [
        "Tổ chức họp báo định kỳ",
        "Tập huấn nghiệp vụ thông tin đối ngoại",
    ]
    assert [m["as_written"] for m in tasks[1]["lead"]] == ["Sở Thông tin và Truyền thông"]
    assert tasks[1]["lead"][0]["agency"] == "Sở Thông tin và Truyền thông tỉnh Phú Yên"
    assert [m["as_written"] for m in tasks[1]["coordinating"]] == ["Sở Nội vụ"]
    assert tasks[0]["timeframe"]["recurrence"] == "quarterly"
