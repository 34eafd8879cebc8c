"""The candidates of the learned choice of a document's period (issue 12,
``benchmarks/period_choice.py``, measured and not adopted: decision 0042): every period the
text could mean, and none; and the forward chain's record and reading of first contacts."""

from __future__ import annotations

import json

import pytest

from ttdn.importer.tests.corpus import training_script

period_choice = training_script("period_choice")
forward = training_script("forward")
period_forward = training_script("period_forward")
training_script("period_ranker")  # (the chain imports it by name)
as_period, candidates, mentions = (
    period_choice.as_period,
    period_choice.candidates,
    period_choice.mentions,
)

# Sentences in the forms of administrative writing (written for these tests), and the periods
# each names, with how it is written.
MENTIONS = [
    (
        "Kế hoạch thông tin đối ngoại giai đoạn 2021 - 2025, tầm nhìn đến năm 2030",
        [((2021, 2025), "span"), ((None, 2030), "vision")],
    ),
    (
        "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025",
        [((2020, 2025), "term")],
    ),
    ("Tuyên truyền biển, đảo 2022–2026 trên địa bàn huyện", [((2022, 2026), "bare_span")]),
    (
        "Kế hoạch tuyên truyền về chủ quyền biển, đảo từ năm 2021 đến năm 2025",
        [((2021, 2025), "span")],
    ),
    ("Báo cáo kết quả công tác 6 tháng đầu năm 2023 của Sở Ngoại vụ", [((2023, 2023), "part")]),
    ("Báo cáo công tác quý III năm 2024 và nhiệm vụ quý IV", [((2024, 2024), "part")]),
    ("Kế hoạch công tác thông tin đối ngoại năm 2024", [((2024, 2024), "year")]),
    (
        "Quảng Trị, ngày 15 tháng 01 năm 2024\nKẾ HOẠCH\nThông tin đối ngoại năm 2024",
        [((2024, 2024), "date"), ((2024, 2024), "year")],
    ),
    (
        "Căn cứ Quyết định số 1234/QĐ-UBND ngày 12/3/2021 của UBND tỉnh",
        [((2021, 2021), "date")],
    ),
    (
        "Tổ chức các hoạt động hữu nghị năm 2019 và những năm tiếp theo",
        [((2019, None), "open")],
    ),
    (
        "Thực hiện Chiến lược phát triển thông tin đối ngoại đến năm 2030",
        [((None, 2030), "until")],
    ),
    # a symbol's number, a figure and a phone number are no years
    ("Số: 2021/SNgV-TTĐN; kinh phí 2.025 triệu đồng; ĐT: 0233.2021.555", []),
    # a span written backwards or too long is not a period
    ("các năm 2025 - 2021 và 1990 - 2030", [((2025, 2025), "year"), ((2021, 2021), "bare")]),
]


@pytest.mark.parametrize(("text", "want"), MENTIONS)
def test_mentions(text, want):
    got = [(m.value, m.form) for m in mentions(text)]
    assert [g for g in got if g[1] != "bare" or g in want] == want


LETTER = (
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n"
    "Số: 45/STTTT-TTBCXB   Hà Tĩnh, ngày 20 tháng 11 năm 2023\n"
    "V/v xây dựng kế hoạch thông tin đối ngoại\n"
    "Thực hiện Kế hoạch số 99/KH-UBND ngày 02/02/2021 của UBND tỉnh về thông tin đối ngoại "
    "giai đoạn 2021 - 2025, Sở đề nghị các cơ quan, đơn vị xây dựng kế hoạch và gửi về Sở."
)


def _by_value(found):
    return {c.value: c.features for c in found}


def test_candidates_of_a_guidance_letter():
    found = _by_value(
        candidates(
            LETTER,
            doc_type="other",
            issued_date="2023-11-20",
            title="V/v xây dựng kế hoạch thông tin đối ngoại",
            rules_pick=None,
        )
    )
    # the years written, the year of issue and the next one, and no period
    assert set(found) == {(2023, 2023), (2021, 2021), (2021, 2025), (2024, 2024), None}
    assert found[(2024, 2024)]["only=next"] == 1.0
    assert found[(2023, 2023)]["form=date"] == 1.0
    assert found[(2021, 2025)]["form=span"] == 1.0 and found[(2021, 2025)]["in_title"] == 0.0
    assert found[(2021, 2025)]["from-issued=-2"] == 1.0
    # the rules read no period: the "no period" candidate is theirs
    assert found[None]["rule_pick"] == 1.0 and found[None]["kind=none"] == 1.0
    assert not any(f["rule_pick"] for v, f in found.items() if v is not None)
    assert found[None]["none|type=other"] == 1.0


def test_candidates_of_a_plan_its_title_and_the_rules_reading():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n"
        "Số: 12/KH-UBND   Lạng Sơn, ngày 10 tháng 01 năm 2022\n"
        "KẾ HOẠCH\nThông tin đối ngoại tỉnh Lạng Sơn năm 2022\n"
        "Thực hiện Chiến lược thông tin đối ngoại đến năm 2030, UBND tỉnh ban hành kế hoạch."
    )
    found = _by_value(
        candidates(
            text,
            doc_type="plan",
            issued_date="2022-01-10",
            title="Thông tin đối ngoại tỉnh Lạng Sơn năm 2022",
            rules_pick=(2022, 2022),
        )
    )
    year = found[(2022, 2022)]
    assert year["in_title"] == 1.0 and year["rule_pick"] == 1.0 and year["year|rule_pick"] == 1.0
    assert year["form=year"] == year["form=date"] == 1.0 and year["count=2"] == 1.0
    assert found[(None, 2030)]["form=until"] == 1.0
    assert found[(2022, 2030)]["only=issued_until"] == 1.0  # from the issue to that end
    assert found[None]["rule_pick"] == 0.0


def test_the_rules_reading_is_a_candidate_even_unwritten_and_unknown_marks_none():
    text = "Tin tức: Sở Ngoại vụ tổ chức hội nghị tập huấn công tác thông tin đối ngoại."
    found = _by_value(
        candidates(
            text, doc_type="news_about_plan", issued_date=None, title=None, rules_pick=(2019, 2020)
        )
    )
    assert set(found) == {(2019, 2020), None}
    assert found[(2019, 2020)]["only=rules"] == 1.0
    unknown = candidates(
        text, doc_type="news_about_plan", issued_date=None, title=None, rules_pick="unknown"
    )
    assert all("rule_pick" not in c.features for c in unknown)
    assert [c.value for c in unknown] == [None]


def test_candidates_read_the_opening_only():
    text = "Kế hoạch công tác.\n" + "Nội dung. " * 400 + "Năm 2019 tổ chức hội nghị."
    assert [
        c.value
        for c in candidates(text, doc_type="plan", issued_date=None, title=None, rules_pick=None)
    ] == [None]


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ({"from_year": 2021, "to_year": 2025}, (2021, 2025)),
        ({"from_year": None, "to_year": 2030}, (None, 2030)),
        ([2024, 2024], (2024, 2024)),
        (None, None),
    ],
)
def test_as_period(value, want):
    assert as_period(value) == want


def test_a_first_contact_is_recorded_beside_the_issuers_and_read_back(tmp_path, monkeypatch):
    kept = tmp_path / "first-contact.json"
    kept.write_text(
        json.dumps({"about": "…", "commits": {"3": "eb49548"}, "issuers": {"a.txt": "Sở X"}}),
        encoding="utf-8",
    )
    monkeypatch.setattr(forward, "FIRST_CONTACT", kept)
    contract = {
        "doc_type": "plan",
        "issued_date": "2024-01-15",
        "title": "Kế hoạch thông tin đối ngoại năm 2024",
        "period": {"from_year": 2024, "to_year": 2024},
    }
    reading = period_forward.reading(contract)
    assert reading == {
        "period": [2024, 2024],
        "doc_type": "plan",
        "issued_date": "2024-01-15",
        "title": "Kế hoạch thông tin đối ngoại năm 2024",
    }
    assert period_forward.reading({**contract, "period": None})["period"] is None
    forward.record(19, "abc1234", "periods", {"b.txt": reading})
    forward.record(19, "abc1234", "periods", {"a.txt": {**reading, "period": None}})
    assert forward.commits() == {3: "eb49548", 19: "abc1234"}
    readings = forward.readings()
    assert readings["issuers"] == {"a.txt": "Sở X"}  # the issuers' readings are kept
    assert list(readings["periods"]) == ["a.txt", "b.txt"]  # sorted, both kept
    assert readings["periods"]["b.txt"]["period"] == [2024, 2024]


@pytest.mark.parametrize(
    ("wins", "losses", "p"),
    [(0, 0, 1.0), (5, 5, 1.0), (10, 0, 0.002), (13, 7, 0.263), (20, 3, 0.0005)],
)
def test_sign_test(wins, losses, p):
    assert forward.sign_test(wins, losses) == pytest.approx(p, abs=0.0006)


def _row(name, batch, year, first, *, held_out=False):
    text = f"KẾ HOẠCH\nCông tác thông tin đối ngoại năm {year}\nNội dung kế hoạch."
    seen = {"period": first, "doc_type": "plan", "issued_date": f"{year}-01-10", "title": None}
    return {
        "file": name,
        "batch": batch,
        "held_out": held_out,
        "gold": [year, year],
        "now": seen,
        "first": seen if batch >= 3 else None,
        "text": text,
    }


def test_the_chain_reads_each_batch_by_the_batches_before_it():
    """Rules that read no period at first contact, where every plan names its year in its
    title: the model of the batches before learns the year; held-out rows are counted apart
    and never trained on."""
    rows = [
        _row(f"d{b}{i}.txt", b, 2010 + 2 * b + i % 2, None, held_out=(i == 3))
        for b in range(1, 6)
        for i in range(4)
    ]
    result = period_forward.chain(rows, 0.5)
    assert sorted(result["by_batch"]) == [3, 4, 5]
    assert result["tally"]["development"][0] == 9 and result["tally"]["held out"][0] == 3
    assert result["tally"]["development"][1] == 0  # the rules read none
    assert (
        result["model_only"] == result["tally"]["development"][2] + result["tally"]["held out"][2]
    )
    assert result["model_only"] >= 9 and result["rules_only"] == 0
