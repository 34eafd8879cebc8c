"""The same task written in a plan's prose and again in its annex is one task.

A plan sent with its annex (one review, ttdn.importer.merge) listed 55 tasks, many of them
twice: the prose of "III. TỔ CHỨC THỰC HIỆN" names the body and its duty in a sentence, the
annex's row gives the duty with the body, its partners and its time in their columns. The
prose wraps the row's words in its frame ("Sở Ngoại vụ chủ trì, phối hợp … tổ chức …"), or
adds a detail after them; a near twin that names another number or place is another task.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.duplicates import same_task

from .support import quang_tri_plan

# the annex row's words, as the prose writes the same duty
ROWS = [
    "Tổ chức lễ kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
    "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh.",
    "Xuất bản “Bản tin đối ngoại” thông tin thành tựu phát triển kinh tế - xã hội của tỉnh.",
    "Tổ chức các lớp bồi dưỡng, tập huấn và cập nhật kiến thức đối ngoại cho cán bộ, công chức.",
]
PROSE_FORMS = [
    "{row}",  # the same words (the row's full stop, a space apart)
    "Sở Ngoại vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan {lower}",
    "Giao Sở Thông tin và Truyền thông {lower}",
    "{bare} trong năm 2018, bảo đảm đúng quy định.",
    "- {bare};",
]


def _forms(row: str) -> dict:
    bare = row.rstrip(".")
    return {"row": bare, "lower": bare[0].lower() + bare[1:] + ".", "bare": bare}


@pytest.mark.parametrize("form", PROSE_FORMS)
@pytest.mark.parametrize("row", ROWS)
def test_the_rows_words_in_the_proses_sentence_are_the_same_task(row, form):
    prose = form.format(**_forms(row))
    assert same_task(row, prose) and same_task(prose, row)


TWINS = [  # (one task, another that looks like it)
    (
        "Tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Lào.",
        "Tổ chức lễ kỷ niệm 60 năm thiết lập quan hệ ngoại giao Việt Nam - Campuchia.",
    ),
    (
        "Tổ chức lễ kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
        "Tổ chức lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
    ),
    (
        "Tổ chức tuyên truyền về chủ quyền biển, đảo Việt Nam trên báo Quảng Trị.",
        "Tổ chức tuyên truyền về biên giới đất liền Việt Nam trên báo Quảng Trị.",
    ),
    (
        # too few words to tell: a heading-like duty inside a longer one
        "Tổ chức hội nghị.",
        "Tổ chức hội nghị tổng kết công tác thông tin đối ngoại năm 2024.",
    ),
    (
        # the row's words are all in the prose, but far apart: two duties of one sentence
        "Tổ chức hội nghị tập huấn thông tin đối ngoại cho phóng viên.",
        "Tổ chức hội nghị sơ kết công tác năm 2024 của Ban Chỉ đạo và biên soạn tài liệu "
        "tập huấn về thông tin đối ngoại, phát hành cho phóng viên.",
    ),
]


@pytest.mark.parametrize(("one", "other"), TWINS)
def test_a_near_twin_is_another_task(one, other):
    assert not same_task(one, other) and not same_task(other, one)


# One document: the plan's "II. NHIỆM VỤ" lists duties that its annex table assigns again.
PLAN = quang_tri_plan(
    """I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh tỉnh Quảng Trị.

II. NHIỆM VỤ
1. {first}
2. {second}
3. Tổ chức tuyên truyền về chủ quyền biển, đảo Việt Nam trên báo Quảng Trị.

III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành, địa phương căn cứ Kế hoạch này triển khai thực hiện.

PHỤ LỤC
NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025
(Kèm theo Kế hoạch số 57/KH-UBND ngày 14/02/2025 của UBND tỉnh Quảng Trị)
STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện
1\tTổ chức lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản\tSở Ngoại vụ\t\
Sở Văn hóa, Thể thao và Du lịch\tQuý III
2\tHướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh\tSở Ngoại vụ\t\
Công an tỉnh\tCả năm
3\tXuất bản Bản tin đối ngoại thông tin thành tựu phát triển kinh tế - xã hội của tỉnh\t\
Sở Thông tin và Truyền thông\tCác sở, ngành\tHằng quý
"""
)
FIRSTS = [
    "Tổ chức lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
    "Tổ chức lễ kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản trong quý III.",
]
SECONDS = [
    "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh.",
    "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh theo quy định.",
]


@pytest.mark.django_db
@pytest.mark.parametrize("second", SECONDS)
@pytest.mark.parametrize("first", FIRSTS)
def test_a_duty_of_the_plans_sections_its_annex_repeats_is_read_once(directory, first, second):
    from .support import read

    tasks = read(PLAN.format(first=first, second=second))["tasks"]
    texts = [t["text"] for t in tasks]
    assert len(texts) == 4, texts  # three duties in the sections, three rows, two repeated
    assert texts[0].startswith("Tổ chức tuyên truyền về chủ quyền biển, đảo")
    [japan] = [t for t in tasks if t["text"].startswith("Tổ chức lễ kỷ niệm 50 năm")]
    [press] = [t for t in tasks if t["text"].startswith("Hướng dẫn, quản lý")]
    assert [m["as_written"] for m in japan["lead"]] == ["Sở Ngoại vụ"]
    assert (japan["timeframe"]["as_written"], press["timeframe"]["as_written"]) == (
        "Quý III",
        "Cả năm",
    )
    # the wording that holds more is kept
    assert japan["text"] == first.rstrip(".") and press["text"] == second.rstrip(".")
