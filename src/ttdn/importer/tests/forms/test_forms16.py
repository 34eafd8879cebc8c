"""Kinds of body batch 16's development documents named as holders and the reader did not
know: an urban district's Party committee, a border guard's or the military's command at a
province or a district, a district's school of politics."""

import pytest

from .support import read

pytestmark = pytest.mark.django_db

BODIES = [
    # (as written, issuer, level, locality)
    ("Quận ủy Hai Bà Trưng", "Quận ủy Hai Bà Trưng", "district", "Hai Bà Trưng"),
    ("Quận ủy Ninh Kiều", "Quận ủy Ninh Kiều", "district", "Ninh Kiều"),
    (
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị",
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị",
        "province",
        "Quảng Trị",
    ),
    (
        "Ban Chỉ huy Quân sự huyện Tương Dương",
        "Ban Chỉ huy Quân sự huyện Tương Dương",
        "district",
        "Tương Dương",
    ),
    (
        "Trung tâm Bồi dưỡng chính trị huyện",
        "Trung tâm Bồi dưỡng chính trị huyện",
        "district",
        None,
    ),
]
FORMS = [
    "Chiều ngày 16/11/2023, {body} tổ chức hội nghị báo cáo viên, tuyên truyền viên tháng 11 "
    "với nội dung: Tình hình thời sự trong nước và thế giới, công tác đối ngoại.",
    "{body} tổ chức hội nghị thông tin thời sự\n\nNgày 14/8/2023 {body} tổ chức hội nghị "
    "thông tin thời sự về biển, đảo.",
    "Ngày 5/6/2023, {body} ban hành Kế hoạch số 45-KH/QU về công tác thông tin đối ngoại năm 2023.",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("body,issuer,level,locality", BODIES)
def test_the_holder_or_issuer_of_a_kind_the_reader_did_not_know(
    form, body, issuer, level, locality
):
    result = read(form.format(body=body))
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


def test_a_schools_hall_is_a_venue_not_the_holder():
    result = read(
        "Chiều 16/11/2023, tại Trung tâm Chính trị quận, Quận ủy Hai Bà Trưng tổ chức hội "
        "nghị báo cáo viên tháng 11."
    )
    assert result["issuer"] == "Quận ủy Hai Bà Trưng"


@pytest.mark.parametrize(
    "text,level,locality",
    [
        # governed by the centre since 2026, as the division data says
        (
            "Ngày 3/3/2026, UBND thành phố Đồng Nai ban hành Kế hoạch số 12/KH-UBND về công tác "
            "thông tin đối ngoại năm 2026.",
            "province",
            "Đồng Nai",
        ),
        (
            "Ngày 3/3/2026, UBND thành phố Quảng Ninh ban hành Kế hoạch số 12/KH-UBND về công tác "
            "thông tin đối ngoại năm 2026.",
            "province",
            "Quảng Ninh",
        ),
        # a province's own city before 2025 keeps a district's level
        (
            "Ngày 3/3/2020, UBND thành phố Bắc Ninh ban hành Kế hoạch số 12/KH-UBND về công tác "
            "thông tin đối ngoại năm 2020.",
            "district",
            "Bắc Ninh",
        ),
        (
            "Ngày 3/3/2020, UBND thành phố Cam Ranh ban hành Kế hoạch số 12/KH-UBND về công tác "
            "thông tin đối ngoại năm 2020.",
            "district",
            "Cam Ranh",
        ),
    ],
)
def test_the_cities_governed_by_the_centre_are_the_division_datas(directory, text, level, locality):
    result = read(text)
    assert (result["level"], result["locality"]) == (level, locality)


@pytest.mark.parametrize(
    "body,issuer,level",
    [
        (
            "Sở Ngoại vụ Bà Rịa - Vũng Tàu",
            "Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu",
            "department",
        ),
        (
            "BCĐ công tác TTĐN Bà Rịa - Vũng Tàu",
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Bà Rịa - Vũng Tàu",
            "province",
        ),
    ],
)
def test_the_province_named_with_a_dash_and_no_unit_word(directory, body, issuer, level):
    result = read(
        f"Ngày 15/3, {body} vừa ban hành Kế hoạch số 45/KH-SNgV về công tác thông tin đối "
        "ngoại năm 2024."
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        issuer,
        level,
        "Bà Rịa - Vũng Tàu",
    )
