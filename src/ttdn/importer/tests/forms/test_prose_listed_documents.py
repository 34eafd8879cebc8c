"""Items that only name documents are no duties (batch 18's results account).

"Các cấp, các ngành … quán triệt đầy đủ nội dung các Chỉ thị … gồm: Chỉ thị số 12-CT/TW về
…; Chỉ thị số 32-CT/TW về …": the items are the documents studied, the objects of the
sentence's verb, not a task each. An item that opens with its own verb and names a
document ("quán triệt Kết luận số 57-KL/TW …") stays a task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

STUDIED = [
    "Chỉ thị số 12-CT/TW về công tác đối ngoại nhân dân; Chỉ thị số 32-CT/TW về hội nhập quốc "
    "tế; Chỉ thị số 18-CT/TW về ngoại giao văn hóa... bằng nhiều hình thức tới đội ngũ cán bộ",
    "Nghị quyết số 22-NQ/TW về hội nhập quốc tế; Kết luận số 57-KL/TW về công tác thông tin "
    "đối ngoại; Quyết định số 1190/QĐ-TTg về thông tin đối ngoại tới cán bộ, đảng viên",
]


def _account(listed: str) -> str:
    return (
        "Dấu ấn nổi bật trong công tác đối ngoại năm 2023\n"
        "Thực hiện quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh, trong "
        "năm 2023 tỉnh ta đã triển khai, thực hiện có hiệu quả đường lối, chính sách đối ngoại; "
        "phân công rõ trách nhiệm, đề cao vai trò chủ động của các cấp, các ngành.\n\n"
        "Các cấp, các ngành trong tỉnh tiếp tục tổ chức quán triệt đầy đủ nội dung các văn bản "
        f"của Trung ương gồm: {listed}.\n"
    )


@pytest.mark.parametrize("listed", STUDIED)
def test_documents_listed_as_studied_are_no_tasks(listed):
    assert task_texts(read(_account(listed))) == []


def test_an_item_with_its_own_verb_naming_a_document_stays_a_task():
    result = read(
        news_of_plan(
            "Phú Yên",
            "Kế hoạch đề ra các nhiệm vụ trọng tâm gồm: quán triệt Kết luận số 57-KL/TW của Bộ "
            "Chính trị; tuyên truyền về chủ quyền biển, đảo; quảng bá hình ảnh tỉnh trên mạng xã "
            "hội.\n",
        )
    )
    assert task_texts(result) == [
        "quán triệt Kết luận số 57-KL/TW của Bộ Chính trị",
        "tuyên truyền về chủ quyền biển, đảo",
        "quảng bá hình ảnh tỉnh trên mạng xã hội",
    ]


# The topics an item spells out after "cụ thể là" stay in that item (the corpus's seed
# convention on items split where a capital follows), also when they outnumber the items.
SPELLED_OUT = [
    (
        "gồm: rà soát văn bản chỉ đạo về thông tin đối ngoại; Kiện toàn đội ngũ cán bộ phụ trách; "
        "Tổ chức các hoạt động thông tin đối ngoại, cụ thể là giải thích thông tin sai lệch; "
        "quảng bá hình ảnh của tỉnh; tuyên truyền về biên giới, biển, đảo; thông tin về các sự "
        "kiện nổi bật trong năm.",
        "Tổ chức các hoạt động thông tin đối ngoại, cụ thể là giải thích thông tin sai lệch; "
        "quảng bá hình ảnh của tỉnh; tuyên truyền về biên giới, biển, đảo; thông tin về các sự "
        "kiện nổi bật trong năm",
    ),
    (
        "gồm: Bồi dưỡng nghiệp vụ cho phóng viên; Đẩy mạnh thông tin đối ngoại trên mạng, cụ "
        "thể như xây dựng chuyên trang; cập nhật tin tức bằng tiếng Anh; mở tài khoản mạng xã "
        "hội; Kiểm tra, đánh giá kết quả thực hiện.",
        "Đẩy mạnh thông tin đối ngoại trên mạng, cụ thể như xây dựng chuyên trang; cập nhật tin "
        "tức bằng tiếng Anh; mở tài khoản mạng xã hội",
    ),
]


@pytest.mark.parametrize(("listed", "item"), SPELLED_OUT)
def test_topics_spelled_out_after_cu_the_la_stay_in_their_item(listed, item):
    texts = task_texts(
        read(news_of_plan("Phú Yên", f"Theo đó, các nội dung được triển khai thực hiện {listed}\n"))
    )
    assert item in texts
    assert len(texts) in (3, 4)
    assert not any(t.startswith(("quảng bá", "cập nhật", "mở tài khoản")) for t in texts)


def test_items_all_in_lower_case_after_cu_the_la_still_split():
    texts = task_texts(
        read(
            news_of_plan(
                "Phú Yên",
                "Theo đó, các nội dung được triển khai thực hiện gồm: tuyên truyền về chủ quyền, "
                "cụ thể là biển, đảo; quảng bá hình ảnh tỉnh; tăng cường thông tin về hội nhập.\n",
            )
        )
    )
    assert texts == [
        "tuyên truyền về chủ quyền, cụ thể là biển, đảo",
        "quảng bá hình ảnh tỉnh",
        "tăng cường thông tin về hội nhập",
    ]
