"""A guidance summarised on a site, its year only in its title line (batch 20).

"Hướng dẫn công tác tuyên truyền biển đảo năm 2019 / 6/3/2019 … / Theo đó, Ban Tuyên giáo Tỉnh
ủy yêu cầu …": a guidance's period is the year it guides (the corpus's convention for guidance
letters), and the summary names it only in its title line. The end of what it carries out
("… đến năm 2030") or an anniversary's years in brackets are not its period. Synthetic texts
only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BODY = (
    "Theo đó, {board} yêu cầu các huyện, thành, thị ủy, đảng ủy trực thuộc; các sở, ngành của tỉnh "
    "căn cứ vào tình hình thực tiễn để lựa chọn nội dung, hình thức tuyên truyền phù hợp, hiệu "
    "quả.\nCác cơ quan, đơn vị cần đa dạng hóa các hình thức tuyên truyền.\n"
)

GUIDANCES = [
    (
        "Hướng dẫn công tác tuyên truyền biển đảo năm 2019",
        "6/3/2019 16:4'",
        "Ban Tuyên giáo Tỉnh ủy",
        2019,
    ),
    (
        "Hướng dẫn tuyên truyền về công tác biên giới trên đất liền năm 2022",
        "Ngày đăng: 12/02/2022",
        "Ban Tuyên giáo Tỉnh ủy",
        2022,
    ),
    (
        "Hướng dẫn công tác thông tin đối ngoại năm 2024",
        "15/01/2024 08:30",
        "Ban Tuyên giáo Thành ủy",
        2024,
    ),
    (
        "Hướng dẫn tuyên truyền kỷ niệm Năm hữu nghị Việt Nam - Lào năm 2017",
        "Cập nhật: 20/02/2017",
        "Ban Tuyên giáo Tỉnh ủy",
        2017,
    ),
]


def summary(headline: str, posted: str, board: str) -> str:
    return f"Thứ Năm, 13/8/2024\n{headline}\n{posted} Gửi bài này In bài này\n" + BODY.format(
        board=board
    )


@pytest.mark.parametrize(("headline", "posted", "board", "year"), GUIDANCES)
def test_guidance_headline_gives_the_period(directory, headline, posted, board, year):
    got = fields_of(read(summary(headline, posted, board)))
    assert got["doc_type"] == "other"
    assert got["period"] == (year, year)


@pytest.mark.parametrize(
    "headline",
    [
        "Hướng dẫn tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (1954 - 2024)",
        "Hướng dẫn thực hiện Chiến lược văn hóa đối ngoại đến năm 2030",
    ],
)
def test_not_the_guidances_period(directory, headline):
    got = fields_of(read(summary(headline, "Ngày đăng: 12/02/2024", "Ban Tuyên giáo Tỉnh ủy")))
    assert got["period"] is None
