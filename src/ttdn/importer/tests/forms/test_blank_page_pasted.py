"""A page of blanks pasted into a copy (100,000 spaces after a line end) is read in one pass.

The annex's start and a title line's caption were looked for with a run of spaces written as
``[ \\t]*`` then ``\\(?\\s*``: the two runs could share the blanks every way, and one document of
the real corpus took minutes to fail the search (test_real_corpus's damaged copies). The
answers are those of the undamaged text.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.common import is_title_line
from ttdn.importer.extract.metadata.text import _annex_start

BLANKS = " " * 100_000


def test_the_annex_is_looked_for_past_a_page_of_blanks():
    assert _annex_start(f"Theo đó,\n{BLANKS}các sở triển khai.\n") is None
    text = f"Theo đó,\n{BLANKS}các sở triển khai.\n(Kèm theo Kế hoạch số 12/KH-UBND)\n"
    assert _annex_start(text) == text.index("(Kèm")
    text = f"Theo đó,\n{BLANKS}\nPHỤ LỤC\nDanh mục nhiệm vụ\n"
    assert _annex_start(text) == text.index("PHỤ LỤC")


def test_a_line_of_blanks_is_no_caption_nor_title():
    text = f"Theo đó,\n{BLANKS}các sở triển khai.\n"
    start = text.index("các sở")
    assert not is_title_line(text, start, start + 6)
    caption = f"\n{BLANKS}(Kèm theo Kế hoạch số 12/KH-UBND)\n"
    start = caption.index("Kế hoạch")
    assert is_title_line(caption, start, start + 8)


def test_a_page_of_empty_lines_is_one_and_the_tables_move_with_the_text():
    from ttdn.documents.source import Cell, SourceDocument, Table
    from ttdn.importer.pipeline import _without_blank_runs

    text = "KẾ HOẠCH\n" + "\n" * 5_000 + "STT\tNội dung\n" + " \n" * 300 + "Hết."
    stt, content = text.index("STT"), text.index("Nội dung")
    table = Table(
        rows=[[Cell("STT", stt, stt + 3), Cell("Nội dung", content, content + 8)]],
        start=stt,
        end=content + 8,
    )
    original = SourceDocument("a.txt", text, "txt", tables=[table])
    document = _without_blank_runs(original)
    assert document.text == "KẾ HOẠCH\n\nSTT\tNội dung\n\nHết."
    cells = document.tables[0].rows[0]
    assert [document.text[c.start : c.end] for c in cells] == ["STT", "Nội dung"]
    moved = document.tables[0]
    assert document.text[moved.start : moved.end] == "STT\tNội dung"
    # the document read is left as it was (its tables are copied, not moved in place)
    assert (table.start, table.rows[0][1].start) == (stt, content)
    assert original.text[table.start : table.end] == "STT\tNội dung"
    # a few empty lines, as pages and paragraphs leave them, stay as they are
    few = SourceDocument("b.txt", "Điều 1.\n\n\n\nĐiều 2.\n", "txt")
    assert _without_blank_runs(few) is few


@pytest.mark.django_db
@pytest.mark.usefixtures("directory")
def test_a_copy_with_a_page_of_empty_lines_pasted_is_read():
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.pipeline import analyse_document

    text = "Ngày 5/3/2024, UBND tỉnh Bình Định ban hành Kế hoạch.\n" + "\n" * 50_000 + "Hết.\n"
    got = analyse_document(SourceDocument("c.txt", text, "txt")).contract()
    assert got["issuer"] == "Ủy ban nhân dân tỉnh Bình Định"


def test_a_line_opening_with_a_page_of_tabs_is_read_past():
    """A news item's first line opening with 100,000 tabs (importer_fuzz.py seed 61, 'blanks
    at a line start': 14 s for 50,000): each of the first lines is asked whether it opens with
    "Thực hiện …", and the line's blanks were shared every way between ``[ \\t]*`` and the
    ``\\s*`` after an optional dateline tag. The answer is the undamaged text's."""
    from ttdn.importer.extract.metadata.subject import _subject_body

    line = (
        "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Ngoại vụ tỉnh Nghệ An đã ban "
        "hành Kế hoạch thông tin đối ngoại năm 2024.\n"
    )
    for blanks in ("", "\t" * 100_000):
        text = f"{blanks}Nghệ An triển khai công tác đối ngoại\n{line}"
        issuer = _subject_body(text, len(text))
        assert (issuer.org, issuer.unit, issuer.name) == ("Sở Ngoại vụ", "tỉnh", "Nghệ An")
        assert text[issuer.start : issuer.end] == "Sở Ngoại vụ tỉnh Nghệ An"


def test_a_run_of_blanks_inside_a_line_is_cut_to_a_page_width():
    from ttdn.documents.source import Cell, SourceDocument, Table
    from ttdn.importer.pipeline import _WIDEST_GAP, _without_blank_runs

    text = "UBND tỉnh" + " \t" * 30_000 + "ban hành.\nSTT\tNội dung\n"
    stt = text.index("STT")
    table = Table(rows=[[Cell("STT", stt, stt + 3)]], start=stt, end=stt + 12)
    document = _without_blank_runs(SourceDocument("a.txt", text, "txt", tables=[table]))
    assert (
        document.text == "UBND tỉnh" + (" \t" * 30_000)[:_WIDEST_GAP] + "ban hành.\nSTT\tNội dung\n"
    )
    cell = document.tables[0].rows[0][0]
    assert document.text[cell.start : cell.end] == "STT"
    # a header's two columns set apart by a gap as a page lays them out stay as they are
    header = SourceDocument("b.txt", "ỦY BAN NHÂN DÂN" + " " * 60 + "CỘNG HÒA XÃ HỘI\n", "txt")
    assert _without_blank_runs(header) is header


@pytest.mark.django_db
@pytest.mark.usefixtures("directory")
def test_a_copy_with_a_line_of_blanks_after_a_body_is_read():
    """100,000 blanks pasted after a body's name: the patterns reading the words after it
    ("UBND tỉnh … ban hành …") shared them every way between their runs (3 s for 5,000)."""
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.pipeline import analyse_document

    for blanks in (" ", " " * 100_000, "\t" * 100_000):
        text = f"Ngày 5/3/2024, UBND tỉnh Bình Định{blanks}ban hành Kế hoạch số 12/KH-UBND.\n"
        got = analyse_document(SourceDocument("c.txt", text, "txt")).contract()
        assert got["issuer"] == "Ủy ban nhân dân tỉnh Bình Định"
        assert got["plan_number"] == "12/KH-UBND"
