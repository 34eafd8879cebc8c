"""The corpus of real public documents (tests/fixtures/importer/real, issue 12).

The development part is held to the figures the rules reached on it, so that a later rule
does not undo an earlier one; the held-out part is only required to be read without
error (its figures are reported by ``benchmarks/importer.py --real``, never asserted,
so that no one tunes the rules to it).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from django.conf import settings

from ttdn.importer.pipeline import analyse_file
from ttdn.importer.scoring import METADATA_FIELDS, score, summarise

REAL = Path(settings.BASE_DIR) / "tests" / "fixtures" / "importer" / "real"
GOLD = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(REAL.glob("*.gold.json"))]


@pytest.fixture
def directory_of_the_corpus(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    provinces = {g["locality"] for g in GOLD if g["level"] == "province" and g["locality"]}
    provinces = (provinces - {"Thừa Thiên Huế"}) | {"Huế", "Hà Nội"}
    agencies_load(provinces=sorted(provinces))


def test_the_corpus_has_a_held_out_quarter():
    held = [g for g in GOLD if g["held_out"]]
    assert len(GOLD) >= 83 and len(held) >= len(GOLD) // 5
    # Batches 3 to 28 and the size each was added with.
    for batch, size in zip(
        range(3, 29),
        (15, 20, 17, 18, 16, 16, 17, 16, 20, 18, 16, 16, 16, 16, 16, 16, 16, 17, 19, 16, 19, 17)
        + (16, 17, 17, 14),
        strict=True,
    ):
        newest = [g for g in GOLD if g.get("batch") == batch]
        # A quarter, rounded (17 documents hold 4 out, 19 hold 5).
        assert len(newest) >= size and sum(g["held_out"] for g in newest) >= round(len(newest) / 4)


def test_the_import_command_reads_the_whole_corpus_without_failing(directory_of_the_corpus):
    """No document may make ``ttdn import-plan`` fail: one JSON line each, exit code 0."""
    import io

    from django.core.management import call_command

    out, err = io.StringIO(), io.StringIO()
    paths = [str(REAL / gold["file"]) for gold in GOLD]
    call_command("import_plan", "--dry-run", "--json", *paths, stdout=out, stderr=err)
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    assert [line["file"] for line in lines] == [gold["file"] for gold in GOLD]
    assert not [line for line in lines if "error" in line]
    assert all(line["doc_type"] in ("plan", "news_about_plan", "report", "other") for line in lines)


def test_every_real_document_is_read_without_error(directory_of_the_corpus):
    for gold in GOLD:
        contract = analyse_file(REAL / gold["file"]).contract()
        assert contract["doc_type"] in ("plan", "news_about_plan", "report", "other")


def test_the_development_part_keeps_its_figures(directory_of_the_corpus):
    scores = [
        score(analyse_file(REAL / gold["file"]).contract(), gold)
        for gold in GOLD
        if not gold["held_out"]
    ]
    development = [g for g in GOLD if not g["held_out"]]

    def part(*, upto: int, without: tuple[int, ...] = ()):
        """The development documents of batches 1..``upto`` but ``without``: the batches after
        the tenth are measured at first contact (no rule is written for batch 12, the
        post-2025 documents, nor for the thirteenth on), so a new batch never needs adding."""
        return summarise(
            [
                one
                for one, gold in zip(scores, development, strict=True)
                if (batch := gold.get("batch") or 1) <= upto and batch not in without
            ]
        )

    fields = ("doc_type", "plan_number", "issued_date", "period", "issuer", "level", "locality")
    assert set(fields) <= set(METADATA_FIELDS)
    # The batches before the seventh: a development document names its province only in its
    # portal's tag ("PhuthoPortal"), and copies carry typos no rule should guess through (a
    # date whose plan lost the word "hoạch", a "Chỉ thị s21/…"), hence not quite 1.0.
    earlier = part(upto=6)
    assert min(earlier.field_accuracy[f] for f in fields) >= 0.98
    assert earlier.legal_f1 >= 0.99
    # The batches to the eighth (the ninth was added for prose tasks; its metadata was not
    # worked on), the seventh and eighth batches' metadata worked on in the meta8 pass (issue
    # 12) and the meta11 pass (reports and letters): what is left is a province named only
    # in its portal's tag, a year's results told without "đã", and a scheme's period the
    # gold reads from its decision's year.
    metadata = part(upto=8)
    assert metadata.field_accuracy["issuer"] >= 0.95
    assert min(metadata.field_accuracy[f] for f in fields if f != "issuer") >= 0.97
    assert metadata.legal_f1 >= 0.97
    # Tasks are held on the batches to the ninth but the eighth (whose prose was not worked on).
    prose = part(upto=9, without=(8,))
    assert prose.f1 >= 0.98
    # All development batches to the tenth, the eighth and tenth included (forms of prose
    # read, prose11).
    assert part(upto=10).f1 >= 0.97
    # The gold of one party guidance's news item (tin_btg_nghe_an_2022) carries its first
    # sentence's addressees over a following paragraph with no connector; the importer
    # carries a subject within its paragraph (and after "Đồng thời", "Trong đó,", a frame
    # sentence); and one letter's duty is led by its own subject ("Lãnh đạo chủ chốt …"),
    # which the importer reads as the frame's addressees: 2 of 114 found tasks differ.
    assert prose.lead_written >= 0.97


# How copies of real documents come damaged (benchmarks/importer_fuzz.py tries them at
# random and times them; here each is tried once on a few documents).
DAMAGE = {
    "line ends lost": lambda t: t.replace("\n", " "),
    "spaces lost": lambda t: t.replace(" ", ""),
    "capitals": str.upper,
    "cut mid-word": lambda t: t[: len(t) // 2 + 3],
    "layout spaces": lambda t: t.replace(" ", " " * 40, 50),
    "a page of blanks pasted": lambda t: t[: len(t) // 2] + " " * 100_000 + t[len(t) // 2 :],
    "control and zero-width characters": lambda t: t.replace(" ", " \x00\u200b\ufeff", 80),
    "a long run of marked letters": lambda t: t + "\nĐạihội" * 3000,
    "formula and script pasted": lambda t: "=cmd|' /C calc'!A0\n<script>x</script>\n" + t,
}


def test_a_damaged_copy_is_read_or_refused_never_a_failure(directory_of_the_corpus, tmp_path):
    """A copy with its line ends or spaces lost, padded for layout, cut mid-word or pasted
    into gives a result (or the reader's "no text" refusal): never an exception."""
    from ttdn.documents.source import ReadError

    development = [g for g in GOLD if not g["held_out"]][::40]
    assert len(development) >= 4
    for damage, gold in itertools.product(sorted(DAMAGE), development):
        path = tmp_path / gold["file"]
        path.write_text(DAMAGE[damage]((REAL / gold["file"]).read_text(encoding="utf-8")))
        try:
            contract = analyse_file(path).contract()
        except ReadError:
            continue
        assert contract["doc_type"] in ("plan", "news_about_plan", "report", "other"), damage
        assert all(task["text"].strip() for task in contract["tasks"]), damage


# A copy damaged past its announcement (its accents decomposed, its lines shuffled: the
# reference to another document comes after the news, with no sentence announcing it), as
# benchmarks/importer_fuzz.py --seed 80 made it; it failed with a TypeError before 8d557c8.
NAMES_ANOTHER_DOCUMENT = (
    "Theo đó, Chủ tịch UBND tỉnh yêu cầu tổ chức họp báo định kỳ hàng tháng sau phiên họp định "
    "kỳ hàng tháng của Ủy ban nhân dân tỉnh. Chánh Văn phòng Ủy ban nhân dân tỉnh, người phát "
    "ngôn của Ủy ban nhân dân tỉnh chủ trì cùng với các ngành liên quan tổ chức họp báo.\n"
    "Nhằm nâng cao hiệu quả, chủ động trong cung cấp thông tin cho các cơ quan thông tấn, báo "
    "chí, ngày 04 tháng 7 năm 2018, Chủ tịch UBND tỉnh Phan Ngọc Thọ đã có Công văn số "
    "4774/UBND-GD chỉ đạo một số nội dung liên quan đến việc tổ chức họp báo định kỳ và cung "
    "cấp thông tin cho cho báo chí."
)


def test_a_copy_naming_another_document_without_announcing_it_is_read(db, tmp_path):
    import unicodedata

    path = tmp_path / "hong.txt"
    path.write_text(unicodedata.normalize("NFD", NAMES_ANOTHER_DOCUMENT), encoding="utf-8")
    contract = analyse_file(path).contract()
    assert contract["doc_type"] == "other"
    leads = [unicodedata.normalize("NFC", t["lead"][0]["as_written"]) for t in contract["tasks"]]
    assert len(leads) == 1 and leads[0].startswith("Chánh Văn phòng Ủy ban nhân dân tỉnh")


def test_a_decomposed_copy_reads_as_its_composed_copy(directory_of_the_corpus, tmp_path):
    """A .txt in NFD (its accents decomposed) gives the very contract its NFC copy gives,
    its written fields included: the reader composes it once, at the edge."""
    import unicodedata

    development = [g for g in GOLD if not g["held_out"] and g["file"].endswith(".txt")][::60]
    assert len(development) >= 3
    for gold in development:
        text = unicodedata.normalize("NFC", (REAL / gold["file"]).read_text(encoding="utf-8"))
        contracts = []
        for form in ("NFC", "NFD"):
            path = tmp_path / form / gold["file"]
            path.parent.mkdir(exist_ok=True)
            path.write_text(unicodedata.normalize(form, text), encoding="utf-8")
            contract = analyse_file(path).contract()
            contract.pop("warnings", None)
            contracts.append(contract)
        assert contracts[0] == contracts[1], gold["file"]
