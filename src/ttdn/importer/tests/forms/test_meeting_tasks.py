"""Where a meeting, review or report item told as news states tasks (issue 12, othertasks).

The importer reads an ``other`` or ``report`` item's tasks only in the forms that set work
for the coming period: a review's chair asking bodies ("đề nghị các sở, ngành … cần …"), the
meeting agreeing its focus ("Hội nghị thống nhất một số nhiệm vụ trọng tâm …: …"), a body's
coming work ("Thời gian tới, Sở … tiếp tục …"), a "Phương hướng, nhiệm vụ năm …" list. Never
the narrative, the praise, the purposes, a lede that sums the meeting up, a training's asks
to its trainees or a visitor's wish for its host. Wider gates (``benchmarks/meeting_gate.py``)
were measured against these forms and the real corpus and none was kept: these tests hold
the forms and the negatives the gates broke. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _review(province: str, body: str, meeting: str = "Hội nghị tổng kết") -> str:
    return (
        f"{meeting} công tác thông tin đối ngoại năm 2023 tại {province}\n"
        f"Ngày 20/12/2023, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh {province} tổ chức "
        f"{meeting.lower()} công tác thông tin đối ngoại năm 2023, triển khai nhiệm vụ năm 2024.\n"
        "Năm 2023, các thành viên Ban Chỉ đạo đã chủ động phối hợp, tổ chức nhiều hoạt động "
        "quảng bá hình ảnh địa phương.\n"
        "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh đánh giá cao, ghi nhận những kết "
        f"quả các sở, ngành đạt được trong thời gian qua.\n{body}"
    )


@pytest.mark.parametrize("province", ["Phú Yên", "Lào Cai"])
def test_a_review_chairs_request_to_bodies_gives_its_duties(province):
    result = read(
        _review(
            province,
            "Kết luận hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị các sở, ban, "
            "ngành, địa phương trong thời gian tới cần tập trung đổi mới nội dung thông tin đối "
            "ngoại; chủ động cung cấp thông tin cho báo chí nước ngoài.\n",
        )
    )
    texts = task_texts(result)
    assert len(texts) == 2
    # (the speaker's frame "Kết luận hội nghị," is not part of the request, as in the gold:
    # "Phát biểu kết luận buổi làm việc, Bộ trưởng … đề nghị …" starts at "Bộ trưởng")
    assert texts[0].startswith("đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị")
    assert texts[1].startswith("chủ động cung cấp thông tin cho báo chí")


def test_the_focus_a_meeting_agrees_on_gives_its_items():
    result = read(
        _review(
            "Quảng Trị",
            "Hội nghị thống nhất một số nhiệm vụ trọng tâm năm 2024: nâng cao chất lượng "
            "chuyên mục thông tin đối ngoại trên báo, đài địa phương; tăng cường quảng bá hình "
            "ảnh tỉnh trên mạng xã hội.\n",
            meeting="Hội nghị giao ban",
        )
    )
    texts = task_texts(result)
    assert [t[:30] for t in texts] == [
        "nâng cao chất lượng chuyên mục",
        "tăng cường quảng bá hình ảnh t",
    ]


def test_a_review_told_as_results_praise_and_purposes_gives_no_task():
    result = read(
        _review(
            "Hà Nội",
            "Hội nghị nhằm đánh giá kết quả, rút kinh nghiệm trong chỉ đạo, tổ chức thực hiện "
            "công tác thông tin đối ngoại.\nCác đại biểu đã tập trung thảo luận, làm rõ những hạn "
            "chế, nguyên nhân và đề ra giải pháp thực hiện tốt hơn trong thời gian tới.\n",
        )
    )
    assert task_texts(result) == []


def test_a_lede_summing_up_what_the_meeting_agreed_is_no_task():
    # The wider gates read the lede's "Hội nghị thống nhất trong thời gian tới … cần …"
    # when the article's paragraphs tell only results.
    result = read(
        "Hội nghị Ban Thường vụ Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai\n"
        "Hội nghị thống nhất trong thời gian tới, Liên hiệp các tổ chức hữu nghị tỉnh cần tập "
        "trung mở rộng quan hệ với các đối tác nước ngoài.\n"
        "Ngày 26/6/2019, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổ chức hội nghị Ban "
        "Thường vụ nhằm đánh giá công tác 6 tháng đầu năm.\n"
        "Năm 2019, Liên hiệp đã chủ động phối hợp tổ chức nhiều hoạt động giao lưu hữu nghị.\n"
    )
    assert task_texts(result) == []


def test_a_trainings_ask_to_its_trainees_is_no_task():
    result = read(
        "Tập huấn nghiệp vụ thông tin đối ngoại năm 2024\n"
        "Ngày 12/6/2024, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức lớp tập huấn nghiệp "
        "vụ thông tin đối ngoại cho 120 học viên.\n"
        "Phát biểu bế mạc, đồng chí Giám đốc Sở đề nghị các học viên vận dụng kiến thức vào "
        "thực tiễn công tác tại cơ quan, đơn vị.\n"
    )
    assert task_texts(result) == []


@pytest.mark.parametrize("province", ["Quảng Trị", "Hà Nội"])
def test_a_visitors_wish_for_its_host_province_is_no_task(province):
    # Every gate that read requests in a meeting's news took this one (NEG_visit in
    # benchmarks/meeting_gate.py).
    result = read(
        f"Đoàn công tác Liên hiệp các tổ chức hữu nghị Việt Nam làm việc tại {province}\n"
        "Ngày 8/4/2023, Đoàn công tác Liên hiệp các tổ chức hữu nghị Việt Nam có buổi làm việc "
        f"với lãnh đạo {province}.\n"
        "Phát biểu tại buổi làm việc, đồng chí Chủ tịch Liên hiệp đánh giá cao kết quả công tác "
        f"đối ngoại nhân dân của địa phương.\nChủ tịch Liên hiệp đề nghị {province} đẩy mạnh "
        "giao lưu nhân dân với các địa phương nước láng giềng.\n"
    )
    assert task_texts(result) == []
