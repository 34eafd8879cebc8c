"""Validate the hand-checked gold transcriptions of the five seed documents.

Plain pytest, no Django:
    .venv/bin/python -m pytest -p no:django tests/test_gold_fixtures.py -q
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from ttdn.demo.seeds import SEED_DIR

SEEDS_DIR = SEED_DIR  # shipped with the package: the demo imports them
GOLD_DIR = Path(__file__).parent / "fixtures" / "seeds" / "gold"

# byte-for-byte copies of ../shared/seeds/
SEED_SHA256 = {
    "000_2ca2b5e8f0a98be2.txt": "bc4d4b8c153cd30eb074fff5495aa15eb8404071a42e39772397524f326dc5cb",
    "001_9c81e32bd19ed172.txt": "2300e6626fac19dfe1118ff5719ff137a070cb11519f9518bd68d72ae4c1f6c4",
    "002_0f7991fa6d9150f7.txt": "09e398593905db907116f8f32b54128c9b80c80c41cc56ad7e28a28b03588ac8",
    "003_e5414bfee9b3272f.txt": "a4afc5103009088c20847c40c67b4306fcecaea2d3d887f8c8ce74dc53b1671d",
    "004_b3151840d8e177ab.txt": "a406c89c9581cf760b0fbe896b33597e5f2e5d7b37f2423821afff243d2903c3",
}
SEED_NAMES = sorted(SEED_SHA256)

DOC_TYPES = {"plan", "news_about_plan", "report", "other"}
LEVELS = {"national", "province", "district", "commune", "department", None}
LEGAL_KINDS = {
    "decree",
    "circular",
    "decision",
    "directive",
    "conclusion",
    "resolution",
    "official_letter",
    "plan",
    "law",
    "other",
}
GROUPS = {
    "training",
    "policy_communication",
    "promotion",
    "countering",
    "press_orientation",
    "spokesperson",
    "infrastructure",
    "management",
    "other",
    None,
}
SECTION_KINDS = {"purpose", "tasks", "organisation", "funding", "reporting", "other"}
SOURCES = {"annex", "prose"}
# The recurrences ttdn.plans.timeframe produces (the importer and the demo use them).
RECURRENCES = {"monthly", "quarterly", "half-yearly", "yearly", "ongoing", None}
AGENCY_KINDS = {
    "people_committee",
    "department",
    "party_board",
    "press",
    "police",
    "mass_organisation",
    "office",
    "portal",
    "central",
    "steering_committee",
    "other",
}
# anaphoric references ("Sở" = the Sở named just before) are valid as_written values
# but are not name variants in the agency directory
ANAPHORA = {"Sở"}

TOP_KEYS = {
    "file": str,
    "doc_type": str,
    "issuer": (str, type(None)),
    "level": (str, type(None)),
    "locality": (str, type(None)),
    "plan_number": (str, type(None)),
    "issued_date": (str, type(None)),
    "title": (str, type(None)),
    "period": (dict, type(None)),
    "legal_bases": list,
    "tasks": list,
    "report_deadline": (dict, type(None)),
    "warnings": list,
    # extra keys (beyond the contract)
    "signer": (str, type(None)),
    "sections": list,
}
TASK_KEYS = {
    "text": str,
    "group": (str, type(None)),
    "lead": list,
    "coordinating": list,
    "timeframe": (dict, type(None)),
    # extra keys
    "row": (str, type(None)),
    "row_number_as_written": (bool, type(None)),
    "source": str,
}


def ws(s: str) -> str:
    """NFC + collapse every run of whitespace (incl. NBSP, tabs, line breaks) to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def is_type(value, types) -> bool:
    # bool is an int subclass: never accept it where an int is expected
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        return False
    return isinstance(value, types)


def iso_date(s: str) -> dt.date:
    assert isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), s
    return dt.date.fromisoformat(s)  # raises on impossible dates (2018-02-30)


def gold_path(seed: str) -> Path:
    return GOLD_DIR / (Path(seed).stem + ".json")


def load_gold(seed: str) -> dict:
    return json.loads(gold_path(seed).read_text(encoding="utf-8"))


def seed_text(seed: str) -> str:
    return (SEEDS_DIR / seed).read_text(encoding="utf-8")


def all_agency_refs(gold: dict):
    for task in gold["tasks"]:
        for role in ("lead", "coordinating"):
            for ref in task[role]:
                yield task, role, ref


@pytest.fixture(scope="module")
def agencies() -> list[dict]:
    return json.loads((GOLD_DIR / "agencies.json").read_text(encoding="utf-8"))


# ------------------------------------------------------------------ files


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_seed_copy_is_byte_identical(seed):
    data = (SEEDS_DIR / seed).read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256[seed]


def test_one_gold_file_per_seed():
    gold_files = sorted(p.name for p in GOLD_DIR.glob("*.json") if p.name != "agencies.json")
    assert gold_files == sorted(Path(s).stem + ".json" for s in SEED_NAMES)


@pytest.mark.parametrize("name", [Path(s).stem + ".json" for s in SEED_NAMES] + ["agencies.json"])
def test_json_is_utf8_nfc_indent2_not_ascii_escaped(name):
    raw = (GOLD_DIR / name).read_bytes().decode("utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    assert "\\u" not in raw  # ensure_ascii=False
    data = json.loads(raw)
    assert raw.rstrip("\n") == json.dumps(data, ensure_ascii=False, indent=2)


# ------------------------------------------------------------------ schema


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_top_level_schema(seed):
    g = load_gold(seed)
    for key, types in TOP_KEYS.items():
        assert key in g, key
        assert is_type(g[key], types), (key, g[key])
    assert g["file"] == seed
    assert g["doc_type"] in DOC_TYPES
    assert g["level"] in LEVELS
    if g["issued_date"] is not None:
        iso_date(g["issued_date"])
    if g["plan_number"] is not None:
        assert re.fullmatch(r"\d+/KH-[A-ZĐ]+", g["plan_number"]), g["plan_number"]
    for w in g["warnings"]:
        assert isinstance(w, str) and w.strip()
    p = g["period"]
    if p is not None:
        assert set(p) == {"from_year", "to_year"}
        assert is_type(p["from_year"], int) and is_type(p["to_year"], int)
        assert 1990 <= p["from_year"] <= p["to_year"] <= 2100


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_legal_bases(seed):
    g = load_gold(seed)
    text = ws(seed_text(seed))
    ids = [lb["identifier"] for lb in g["legal_bases"]]
    assert len(ids) == len(set(ids)), "duplicate legal basis"
    for lb in g["legal_bases"]:
        assert {"identifier", "kind", "date"} <= set(lb)
        ident = lb["identifier"]
        assert isinstance(ident, str) and ident
        assert not re.search(r"\s", ident), "identifier must have no spaces"
        assert unicodedata.normalize("NFC", ident) == ident
        assert "/" in ident
        assert lb["kind"] in LEGAL_KINDS
        if lb["date"] is not None:
            iso_date(lb["date"])
        if g["plan_number"]:
            assert ident != g["plan_number"], "the plan itself is not its own basis"
        if "as_written" in lb:
            assert ws(lb["as_written"]) in text
            assert ident.replace(" ", "") in lb["as_written"].replace(" ", "")


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_tasks_schema_and_verbatim(seed):
    g = load_gold(seed)
    text = ws(seed_text(seed))
    for i, t in enumerate(g["tasks"]):
        where = f"{seed} task {i}"
        for key, types in TASK_KEYS.items():
            assert key in t, (where, key)
            assert is_type(t[key], types), (where, key, t[key])
        assert t["text"] == t["text"].strip() and t["text"], where
        assert not t["text"].startswith("-"), (where, "bullet marker must be removed")
        assert ws(t["text"]) in text, (where, "task text not verbatim in seed", t["text"])
        assert t["group"] in GROUPS, where
        assert t["source"] in SOURCES, where
        if t["source"] == "annex":
            assert g["doc_type"] == "plan"
            assert re.fullmatch(r"\d{2}", t["row"]), where
            assert isinstance(t["row_number_as_written"], bool), where
        else:
            assert t["row"] is None and t["row_number_as_written"] is None, where
        for role in ("lead", "coordinating"):
            for ref in t[role]:
                assert set(ref) == {"as_written", "agency"}, (where, role, ref)
                assert isinstance(ref["as_written"], str) and ref["as_written"].strip()
                assert ref["agency"] is None or (isinstance(ref["agency"], str) and ref["agency"])
                assert ws(ref["as_written"]) in text, (where, role, ref["as_written"])
            agencies_in_role = [r["agency"] for r in t[role] if r["agency"]]
            assert len(agencies_in_role) == len(set(agencies_in_role)), (where, role)
        lead_agencies = {r["agency"] for r in t["lead"] if r["agency"]}
        coord_agencies = {r["agency"] for r in t["coordinating"] if r["agency"]}
        assert not lead_agencies & coord_agencies, (where, "agency both lead and coordinating")
        tf = t["timeframe"]
        if tf is not None:
            assert set(tf) == {"as_written", "deadlines", "recurrence"}, where
            assert ws(tf["as_written"]) in text, (where, tf["as_written"])
            assert tf["recurrence"] in RECURRENCES, where
            days = [iso_date(d) for d in tf["deadlines"]]
            assert days, where
            assert days == sorted(set(days)), (where, "deadlines sorted and unique")
            if g["period"]:
                for d in days:
                    assert g["period"]["from_year"] <= d.year <= g["period"]["to_year"], where
            for d in days:  # deadlines are the last day of a period: at least a month end
                assert d.day == calendar.monthrange(d.year, d.month)[1], (where, d)


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_no_duplicate_tasks(seed):
    g = load_gold(seed)
    counts = Counter(ws(t["text"]).casefold() for t in g["tasks"])
    dupes = [k for k, n in counts.items() if n > 1]
    assert not dupes, dupes


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_report_deadline(seed):
    g = load_gold(seed)
    rd = g["report_deadline"]
    if rd is None:
        return
    assert set(rd) >= {"as_written", "month", "day", "recurrence"}
    assert ws(rd["as_written"]) in ws(seed_text(seed))
    assert rd["recurrence"] in RECURRENCES
    if rd["month"] is not None:
        assert 1 <= rd["month"] <= 12
        if rd["day"] is not None:
            dt.date(2000, rd["month"], rd["day"])  # leap year: any real day-of-month


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_sections_are_verbatim(seed):
    g = load_gold(seed)
    raw = seed_text(seed)
    for s in g["sections"]:
        assert set(s) == {"kind", "heading", "body"}
        assert s["kind"] in SECTION_KINDS
        assert s["heading"] in raw
        assert s["body"] and s["body"] in raw, s["heading"]
        assert raw.index(s["heading"]) < raw.index(s["body"])


# ------------------------------------------------------------------ agency directory


def test_agencies_json_schema(agencies):
    names = [a["name"] for a in agencies]
    assert len(names) == len(set(names))
    all_seed_text = " ".join(ws(seed_text(s)) for s in SEED_NAMES)
    for a in agencies:
        assert set(a) == {"name", "as_written_variants", "kind", "locality"}
        assert a["kind"] in AGENCY_KINDS
        assert a["locality"] is None or a["locality"] in a["name"], a["name"]
        if a["kind"] == "central":
            assert a["locality"] is None
        else:
            assert a["locality"], a["name"]
        assert a["as_written_variants"], a["name"]
        for v in a["as_written_variants"]:
            assert ws(v) in all_seed_text, v
            assert v not in ANAPHORA


def test_agencies_json_covers_every_agency_used(agencies):
    by_name = {a["name"]: a for a in agencies}
    used = set()
    for seed in SEED_NAMES:
        g = load_gold(seed)
        if g["issuer"]:
            used.add(g["issuer"])
            assert g["issuer"] in by_name, g["issuer"]
        for _task, _role, ref in all_agency_refs(g):
            if ref["agency"] is None:
                continue
            used.add(ref["agency"])
            assert ref["agency"] in by_name, ref["agency"]
            if ref["as_written"] not in ANAPHORA:
                assert ref["as_written"] in by_name[ref["agency"]]["as_written_variants"]
            loc = by_name[ref["agency"]]["locality"]
            # a local body must belong to the document's locality (Dầu Tiếng bodies in 001, ...)
            assert loc is None or loc == g["locality"], (seed, ref)
    assert used == set(by_name), set(by_name) - used


def test_readme_lists_every_agency(agencies):
    readme = (GOLD_DIR / "README.md").read_text(encoding="utf-8")
    for a in agencies:
        assert a["name"] in readme, a["name"]


def test_collective_phrases_have_no_agency():
    collective = re.compile(r"^(các|Các)\s")
    for seed in SEED_NAMES:
        for _task, _role, ref in all_agency_refs(load_gold(seed)):
            if collective.match(ref["as_written"]) or ref["as_written"] == "báo chí":
                assert ref["agency"] is None, (seed, ref)


# ------------------------------------------------------------------ key facts, seed 004

S004 = "004_b3151840d8e177ab.txt"


@pytest.fixture(scope="module")
def g004():
    return load_gold(S004)


def test_004_metadata(g004):
    assert g004["doc_type"] == "plan"
    assert g004["issuer"] == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert g004["level"] == "province"
    assert g004["locality"] == "Đồng Nai"
    assert g004["plan_number"] == "12773/KH-UBND"
    assert g004["issued_date"] == "2017-12-08"
    assert g004["title"] == "Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018"
    assert g004["period"] == {"from_year": 2018, "to_year": 2018}
    assert g004["signer"] == "Trần Văn Vĩnh"
    assert g004["report_deadline"] == {
        "as_written": "trước ngày 05 tháng 11 hàng năm",
        "month": 11,
        "day": 5,
        "recurrence": "yearly",
    }


def test_004_legal_bases(g004):
    got = [(lb["identifier"], lb["kind"], lb["date"]) for lb in g004["legal_bases"]]
    assert got == [
        ("21/CT-TTg", "directive", "2012-08-06"),
        ("368/QĐ-TTg", "decision", "2013-02-28"),
        ("72/2015/NĐ-CP", "decree", "2015-09-07"),
        ("22/2016/TT-BTTTT", "circular", "2016-10-19"),
    ]
    assert "09/2017/NĐ-CP" not in {lb["identifier"] for lb in g004["legal_bases"]}


def test_004_sections(g004):
    assert [(s["kind"], s["heading"]) for s in g004["sections"]] == [
        ("purpose", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("tasks", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN"),
        ("organisation", "III. TỔ CHỨC THỰC HIỆN"),
        ("funding", "IV. KINH PHÍ"),
    ]
    bodies = {s["kind"]: s["body"] for s in g004["sections"]}
    assert bodies["purpose"].startswith("1. Mục đích\n")
    assert bodies["purpose"].endswith("bảo vệ bí mật Nhà nước theo quy định hiện hành.")
    assert bodies["tasks"].startswith(
        "1. Nhiệm vụ phân công (đính kèm phụ lục)\n2. Giải pháp thực hiện"
    )
    assert "2.5. Định hướng thông tin đối ngoại cho báo chí" in bodies["tasks"]
    assert "6. Chế độ báo cáo:" in bodies["organisation"]
    assert "Nghị định 09/2017/NĐ-CP" in bodies["organisation"]
    assert bodies["funding"].startswith("1. Nguồn kinh phí: Ngân sách nhà nước.")
    assert "Trên đây là" not in bodies["funding"]


def test_004_has_25_annex_tasks(g004):
    tasks = g004["tasks"]
    assert len(tasks) == 25
    assert all(t["source"] == "annex" for t in tasks)
    rows = Counter(t["row"] for t in tasks)
    assert rows == {"01": 6, "02": 5, "03": 4, "04": 3, "05": 3, "06": 1, "07": 3}
    assert [t["row"] for t in tasks] == sorted(t["row"] for t in tasks)
    for t in tasks:
        assert t["row_number_as_written"] is (t["row"] in {"01", "04"})
        assert t["timeframe"] is not None


def test_004_leads_per_row(g004):
    leads = {}
    for t in g004["tasks"]:
        leads.setdefault(t["row"], set()).add(tuple(r["agency"] for r in t["lead"]))
    assert leads == {
        "01": {("Sở Thông tin và Truyền thông tỉnh Đồng Nai",)},
        "02": {("Sở Ngoại vụ tỉnh Đồng Nai",)},
        "03": {("Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai",)},
        "04": {("Sở Kế hoạch và Đầu tư tỉnh Đồng Nai",)},
        "05": {("Sở Công Thương tỉnh Đồng Nai",)},
        "06": {("Công an tỉnh Đồng Nai",)},
        "07": {(None, "Cổng Thông tin điện tử tỉnh Đồng Nai")},
    }


def test_004_annex_bullet_order_and_timeframes(g004):
    by_row = {}
    for t in g004["tasks"]:
        by_row.setdefault(t["row"], []).append(t)
    tf = [t["timeframe"]["as_written"] for t in by_row["01"]]
    assert tf == ["Hàng tháng, quý", "Quý III", "Quý II, III", "Cả năm", "Cả năm", "Cả năm"]
    coord = [[r["as_written"] for r in t["coordinating"]] for t in by_row["01"]]
    assert coord == [
        ["Ban Tuyên giáo Tỉnh ủy"],
        ["Các sở, ban, ngành"],
        ["Sở Ngoại vụ", "Sở Kế hoạch Đầu tư", "Sở Văn hóa Thể thao và Du lịch"],
        ["Đài PT-TH Đồng Nai"],
        ["Đài PT-TH Đồng Nai"],
        ["Đài PT-TH Đồng Nai"],
    ]
    monthly = by_row["01"][0]["timeframe"]
    assert monthly["recurrence"] == "monthly" and len(monthly["deadlines"]) == 12
    assert by_row["01"][1]["timeframe"]["deadlines"] == ["2018-09-30"]
    assert by_row["01"][2]["timeframe"]["deadlines"] == ["2018-06-30", "2018-09-30"]
    assert by_row["01"][2]["timeframe"]["recurrence"] is None
    assert by_row["01"][3]["timeframe"] == {
        "as_written": "Cả năm",
        "deadlines": ["2018-12-31"],
        "recurrence": None,
    }
    # row 02: five tasks, two coordinating lines (see README), five timeframes
    tf2 = [t["timeframe"]["as_written"] for t in by_row["02"]]
    assert tf2 == ["Quý II,III", "Cả năm", "Cả năm", "Hàng quý", "Quý III"]
    assert by_row["02"][3]["timeframe"] == {
        "as_written": "Hàng quý",
        "deadlines": ["2018-03-31", "2018-06-30", "2018-09-30", "2018-12-31"],
        "recurrence": "quarterly",
    }
    coord2 = [[r["as_written"] for r in t["coordinating"]] for t in by_row["02"]]
    assert coord2 == [["Sở TT-TT", "Công an tỉnh", "các đơn vị liên quan"]] * 4 + [
        ["Sở Văn hóa Thể thao và Du lịch"]
    ]
    assert by_row["03"][1]["text"].startswith("Triển lãm hình ảnh")  # from "-Triển lãm"
    for row in ("03", "04", "05", "06", "07"):
        assert {t["timeframe"]["as_written"] for t in by_row[row]} == {"Cả năm"}
    assert [r["as_written"] for r in by_row["04"][0]["coordinating"]] == [
        "Sở Ngoại vụ",
        "Ban Quản lý các KCN",
    ]


# ------------------------------------------------------------------ key facts, news items


def test_000_facts():
    g = load_gold("000_2ca2b5e8f0a98be2.txt")
    assert g["doc_type"] == "news_about_plan"
    assert (g["plan_number"], g["issued_date"]) == ("501/KH-UBND", "2019-01-15")
    assert g["period"] == {"from_year": 2019, "to_year": 2020}
    assert g["level"] == "province" and g["locality"] == "Đồng Nai"
    assert all(t["source"] == "prose" for t in g["tasks"])


def test_001_facts():
    g = load_gold("001_9c81e32bd19ed172.txt")
    assert (g["issuer"], g["level"], g["locality"]) == (
        "Ủy ban nhân dân huyện Dầu Tiếng",
        "district",
        "Dầu Tiếng",
    )
    assert (g["plan_number"], g["issued_date"]) == ("64/KH-UBND", None)
    assert any("issued_date" in w for w in g["warnings"])
    police = [
        t for t in g["tasks"] if any(r["agency"] == "Công an huyện Dầu Tiếng" for r in t["lead"])
    ]
    assert police and police[0]["text"].startswith("phân công Công an huyện theo dõi, tổng hợp")
    appraisal = [t for t in g["tasks"] if "thẩm định" in t["text"]]
    assert len(appraisal) == 1
    assert [r["agency"] for r in appraisal[0]["coordinating"]] == [
        "Phòng Văn hóa và Thông tin huyện Dầu Tiếng"
    ]


def test_002_facts():
    g = load_gold("002_0f7991fa6d9150f7.txt")
    assert g["issuer"] == "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hậu Giang"
    assert g["locality"] == "Hậu Giang" and g["period"] == {"from_year": 2021, "to_year": 2021}
    two_leads = [t for t in g["tasks"] if len(t["lead"]) == 2]
    assert len(two_leads) == 1
    assert [r["agency"] for r in two_leads[0]["lead"]] == [
        "Ban Tuyên giáo Tỉnh ủy Hậu Giang",
        "Sở Thông tin và Truyền thông tỉnh Hậu Giang",
    ]


def test_003_facts():
    g = load_gold("003_e5414bfee9b3272f.txt")
    assert (g["issuer"], g["level"], g["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )
    assert g["period"] == {"from_year": 2024, "to_year": 2024}
    assert [(lb["identifier"], lb["kind"], lb["date"]) for lb in g["legal_bases"]] == [
        ("72/2015/NĐ-CP", "decree", "2015-09-07"),
        ("3089/BTTTT-TTĐN", "official_letter", "2023-07-31"),
    ]
    focal = [
        t for t in g["tasks"] if t["text"].startswith("UBND tỉnh giao Sở TT&TT là cơ quan đầu mối")
    ]
    assert len(focal) == 1
    assert [r["agency"] for r in focal[0]["lead"]] == ["Sở Thông tin và Truyền thông tỉnh Phú Yên"]
    spoke = [t for t in g["tasks"] if t["text"].startswith("phối hợp với Ban Tuyên giáo Tỉnh ủy")]
    assert [r["agency"] for r in spoke[0]["coordinating"]] == [
        "Ban Tuyên giáo Tỉnh ủy Phú Yên",
        "Văn phòng Ủy ban nhân dân tỉnh Phú Yên",
        "Sở Ngoại vụ tỉnh Phú Yên",
        "Công an tỉnh Phú Yên",
        None,
    ]


@pytest.mark.parametrize("seed", SEED_NAMES[:4])
def test_news_items_have_only_prose_tasks_and_no_sections(seed):
    g = load_gold(seed)
    assert g["doc_type"] == "news_about_plan"
    assert g["sections"] == []
    assert g["signer"] is None
    assert all(t["source"] == "prose" for t in g["tasks"])
    if g["issued_date"] is None:
        assert any("issue" in w for w in g["warnings"])
