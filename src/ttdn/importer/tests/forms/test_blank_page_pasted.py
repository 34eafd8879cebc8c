"""A page of blanks pasted into a copy (100,000 spaces after a line end) is read in one pass.

The annex's start and a title line's caption were looked for with a run of spaces written as
``[ \\t]*`` then ``\\(?\\s*``: the two runs could share the blanks every way, and one document of
the real corpus took minutes to fail the search (test_real_corpus's damaged copies). The
answers are those of the undamaged text.
"""

from __future__ import annotations

from ttdn.importer.extract.common import is_title_line
from ttdn.importer.extract.metadata import _annex_start

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
