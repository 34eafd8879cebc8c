"""A mass organisation's name written with the initials of its middle words (batch 28, form (3)).

"Hội LHPN thành phố Hải Phòng tổ chức …": the issuer is the organisation by its own name,
"Hội Liên hiệp Phụ nữ thành phố Hải Phòng"; so are "Hội LHTN" (the youth federation), "Hội
CCB" (the veterans) and "Hội ND" (the farmers). Near misses: a name already in full stays as
written, and an association whose name only starts with the same letters ("Hội Luật gia") is
left. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BODY = (
    " tổ chức hội nghị tập huấn công tác thông tin đối ngoại năm 2023 cho cán bộ hội các cấp.\n"
    "Tại hội nghị, các đại biểu được nghe thông tin về tình hình thế giới và khu vực.\n"
)


@pytest.mark.parametrize(
    ("written", "full"),
    [
        ("Hội LHPN thành phố Hải Phòng", "Hội Liên hiệp Phụ nữ thành phố Hải Phòng"),
        ("Hội LHPN tỉnh Nam Định", "Hội Liên hiệp Phụ nữ tỉnh Nam Định"),
        ("Hội LHTN Việt Nam tỉnh Sóc Trăng", "Hội Liên hiệp Thanh niên Việt Nam tỉnh Sóc Trăng"),
        ("Hội CCB tỉnh Hòa Bình", "Hội Cựu chiến binh tỉnh Hòa Bình"),
        ("Hội ND tỉnh Hà Nam", "Hội Nông dân tỉnh Hà Nam"),
        # (near misses: already in full, another association)
        ("Hội Liên hiệp Phụ nữ tỉnh Nam Định", "Hội Liên hiệp Phụ nữ tỉnh Nam Định"),
        ("Hội Luật gia tỉnh Nam Định", "Hội Luật gia tỉnh Nam Định"),
    ],
)
def test_initials_are_written_out(written, full):
    assert read(f"Ngày 12/5/2023, {written}{BODY}")["issuer"] == full
