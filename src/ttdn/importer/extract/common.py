"""Vocabulary and small text tools shared by the extraction rules.

The word lists follow the forms of Vietnamese administrative writing (Nghị định
30/2020/NĐ-CP) and of TTĐN plans in general: the heads that open an agency's name, the
verbs that open a duty, the words that name a level of government. Nothing here names a
particular province, plan or sentence.
"""

from __future__ import annotations

import re

from ttdn.core.text import fold

# Words that open the name of an organisation ("Sở Văn hóa, Thể thao và Du lịch",
# "Công an tỉnh", "Các cơ quan báo chí"). Case matters: "ban" in "sở, ban, ngành" is
# part of a collective, "Ban Tuyên giáo" opens a name.
AGENCY_HEADS = (
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Ủy ban Mặt trận",
    # (the Front's committee written small in a list: "…, ủy ban Mặt trận Tổ quốc Việt Nam
    # tỉnh và các đoàn thể")
    "Uỷ ban Mặt trận",
    "ủy ban Mặt trận",
    "uỷ ban Mặt trận",
    "Ủy ban",
    "UBND",
    "UBMTTQ",
    "HĐND",
    "Hội đồng nhân dân",
    "Ban Chỉ đạo",
    "Ban Chỉ huy",
    "Ban Quản lý",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Biên tập",
    "Ban Thường vụ",
    "Ban",
    "Bộ Chỉ huy",
    "Bộ đội Biên phòng",
    "Đồn",
    "Hải đội",
    "Trạm",
    "Bộ",
    "Sở",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Vụ",
    "Văn phòng",
    "Phòng",
    "Công an",
    "Đài",
    "Báo",
    "Tạp chí",
    "Cổng",
    "Trang thông tin",
    "Trung tâm",
    "Thông tấn xã",
    "Hội",
    "Liên hiệp",
    "Liên đoàn",
    "Đoàn",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Huyện đoàn",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Huyện ủy",
    "Đảng ủy",
    # a party group in a body of the state or the front ("Đảng đoàn Hội đồng nhân dân tỉnh")
    "Đảng đoàn",
    # the party committees under a province's (a list's member: "các sở, ban, ngành, đảng bộ
    # trực thuộc tỉnh ủy")
    "Đảng bộ trực thuộc",
    "đảng bộ trực thuộc",
    "Mặt trận",
    "Quân khu",
    "Bộ Tư lệnh",
    "Viện",
    "Trường",
    "Học viện",
    "Ngân hàng",
    "Kho bạc",
    "Thanh tra",
    "Tòa án",
    "Viện kiểm sát",
    "Cảng vụ",
    "Cục Hải quan",
    "Chính phủ",
    "Thủ tướng",
    "Các",
    "các",
    "Cơ quan",
    "cơ quan",
    "Đơn vị",
    "Những",
    "những",
    "Mọi",
    # (some bodies of a kind, as "các": "đề nghị một số bộ, ban, ngành Trung ương …")
    "Một số",
    "một số",
)
_HEAD_RE = re.compile(
    r"(?:" + "|".join(re.escape(h) for h in sorted(AGENCY_HEADS, key=len, reverse=True)) + r")\b"
)

# Verbs that open a duty ("tổ chức hội nghị …", "phối hợp với …"). Longest first when
# joined into a pattern, so "tổ chức thực hiện" wins over "tổ chức".
DUTY_VERBS = (
    "bảo đảm",
    "bảo vệ",
    "biên soạn",
    "bồi dưỡng",
    "cập nhật",
    "chỉ đạo",
    "chủ động",
    "chủ trì",
    "chuẩn bị",
    "cung cấp",
    "cụ thể hóa",
    "cụ thể hoá",
    "cử",
    "duy trì",
    "đa dạng hóa",
    "đào tạo",
    "đảm bảo",
    "đánh giá",
    "đăng tải",
    "đấu tranh",
    "đẩy mạnh",
    "đề xuất",
    "định hướng",
    "đôn đốc",
    "đổi mới",
    "giám sát",
    "giới thiệu",
    "hỗ trợ",
    "hợp tác",
    "hướng dẫn",
    "kết hợp",
    "khai thác",
    "khuyến khích",
    "kiểm tra",
    "kịp thời",
    "lồng ghép",
    "lựa chọn",
    "mở rộng",
    "mời",
    "nắm bắt",
    "nâng cao",
    "nâng cấp",
    "nghiên cứu",
    "phản bác",
    "phát hành",
    "phát huy",
    "phát triển",
    "phân công",
    "phổ biến",
    "phối hợp",
    "quán triệt",
    "quản lý",
    "quảng bá",
    "rà soát",
    "sản xuất",
    "sửa đổi",
    "tạo điều kiện",
    "tập huấn",
    "tập trung",
    "tăng cường",
    "tăng",
    "tham gia",
    "tham mưu",
    "theo dõi",
    "thông tin",
    "thống kê",
    "thực hiện",
    "tiếp tục",
    "tiếp nhận",
    "tổ chức",
    "tổng hợp",
    "tổng kết",
    "triển khai",
    "truyền thông",
    "tuyên truyền",
    "ứng dụng",
    "vận hành",
    "xây dựng",
    "xuất bản",
    "công tác",
    "củng cố",
    "điều chỉnh",
    "đầu tư",
    "trả lời",
    "thẩm định",
    "lấy ý kiến",
    "giao",
    "cần",
    "phải",
    "có trách nhiệm",
    "là cơ quan",
    "được giao",
    "xử lý",
    "cải chính",
    "phát hiện",
    "ngăn chặn",
    "gỡ bỏ",
    "bổ sung",
    "ban hành",
    "trình",
    "báo cáo",
    "tiếp xúc",
    "vận động",
    "giáo dục",
    "phát động",
    "kêu gọi",
    "thu hút",
    "mời gọi",
    "hoàn thiện",
    # ("…; hoàn thành các mục tiêu, chỉ tiêu …": a duty of its own after ';')
    "hoàn thành",
    "kiện toàn",
    "thành lập",
    "biên tập",
    "biên dịch",
    "phát sóng",
    "đưa tin",
    "trao đổi",
    "lưu trữ",
    "khảo sát",
    "điều tra",
    "làm việc",
    "ký kết",
    "tiếp đón",
    "đón tiếp",
    "quảng cáo",
    "chủ động",
    "tổ chức thực hiện",
    "chịu trách nhiệm",
    "bố trí",
    "thẩm tra",
    "góp ý",
    "đề nghị",
    "chỉ đạo",
    "tham dự",
    "cử",
    "phụ trách",
    "thông báo",
    "công bố",
    "đánh giá",
    "rà soát",
    "tăng cường",
    "chấn chỉnh",
    "chia sẻ",
    "lan tỏa",
    "ghi nhận",
    "vinh danh",
    "khen thưởng",
    "thăm",
    "tặng",
    "chúc mừng",
    "chúc Tết",
    "giao lưu",
    "tham quan",
    "đón",
    "tiếp",
    "kỷ niệm",
    "mời",
)
_VERB_ALT = "|".join(re.escape(v) for v in sorted(DUTY_VERBS, key=len, reverse=True))
VERB_RE = re.compile(r"(?<![\w])(?:" + _VERB_ALT + r")(?![\w])")
# Duty verbs that are just as often nouns inside a name or a list ("Trang thông tin điện
# tử", "công tác thông tin"): they open a duty only at the start of a clause.
NOUN_LIKE = frozenset(
    {
        "thông tin",
        "truyền thông",
        "công tác",
        "quản lý",
        "đầu tư",
        "hỗ trợ",
        "giao",
        "cần",
        "phải",
        "tăng",
        "kịp thời",
        "phát triển",
        "giới thiệu",
    }
)
VERB_START_RE = re.compile(r"^(?:" + _VERB_ALT + r")(?![\w])", re.IGNORECASE)


def words_pattern(words) -> str:
    """An alternation of ``words`` in their order, for a regular expression; the space in a
    word is any run of blanks ("nhà báo" → ``nhà\\s+báo``)."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


# Duty verbs that are also the words of a body's name, written there with a capital ("Ban
# Quản lý …", "Trung tâm Hỗ trợ …", "Trung tâm Giới thiệu …", "Quỹ Phát triển …"): in lower
# case after a body's name they open its duty ("phối hợp với Sở Ngoại vụ quản lý …"). (Each
# is NOUN_LIKE too.)
NAME_WORD_VERBS = ("quản lý", "hỗ trợ", "giới thiệu", "phát triển")

# Bodies named in lower case by their kind alone, as the subject of their work or the
# addressees of an ask ("Thời gian tới, sở sẽ phối hợp …", "Năm 2025, tỉnh đoàn tổ chức …",
# "đề nghị: …; báo, đài mở chuyên mục …"). Not a level alone ("tỉnh sẽ …", "phường tập trung
# …"): the place itself, no body that leads (the corpus's gold); nor "ban", "hội" ("ban hành",
# "hội nghị").
BARE_BODIES = (
    "tỉnh đoàn",
    "thành đoàn",
    "huyện đoàn",
    "tỉnh ủy",
    "tỉnh uỷ",
    "thành ủy",
    "thành uỷ",
    "huyện ủy",
    "huyện uỷ",
    # (a city's districts and towns have theirs too: "các quận ủy, thị ủy …")
    "quận ủy",
    "quận uỷ",
    "thị ủy",
    "thị uỷ",
    "đảng ủy",
    "đảng uỷ",
    "sở",
    "ngành",
    "địa phương",
    "báo chí",
    "báo",
    "đài",
    "công an",
    "liên hiệp",
    "mặt trận",
)

# The people who carry the work, named as a body ("đội ngũ báo cáo viên …", "lực lượng Công an
# …"): an addressee or a subject as a body is.
PEOPLE_AT_WORK = ("đội ngũ", "lực lượng")
# The people of a trade or a membership, asked as a body is ("đề nghị các nhà báo tiếp tục
# đồng hành …", "yêu cầu phóng viên …", "đề nghị hội viên …").
PEOPLE_OF_TRADE = ("nhà báo", "phóng viên", "biên tập viên", "văn nghệ sĩ", "hội viên", "đoàn viên")
# The offices a person holds, as written before the body ("Chánh Văn phòng UBND tỉnh", "Giám
# đốc Sở …", "Trưởng Ban Chỉ đạo …"), "Phó" before any of them.
OFFICES = (
    "Chánh Văn phòng",
    "Giám đốc",
    "Trưởng Ban",
    "Trưởng ban",
    "Chủ tịch",
    "Bí thư",
    "Chánh Thanh tra",
    "Tổng Biên tập",
    "Chỉ huy trưởng",
)

# Words of local government: "tỉnh Đồng Nai", "huyện Dầu Tiếng", "thành phố Huế".
UNIT_LEVEL = {
    "tỉnh": "province",
    "thành phố": "province",  # corrected with the directory when it is a city of a province
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}
# Every upper-case letter of the Vietnamese alphabet (a range such as "À-Ỹ" would take
# the lower-case letters in between too).
UPPER_LETTERS = "".join(
    ch
    for ch in map(chr, range(0x41, 0x1EFA))
    if ch.isupper() and fold(ch).isascii() and fold(ch).isalpha() and len(fold(ch)) == 1
)
LOWER_LETTERS = UPPER_LETTERS.lower()
UPPER_CLASS = f"[{UPPER_LETTERS}]"
# A proper name: capitalised words ("Đồng Nai", "Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm").
# A place name stays on its line: "tỉnh Bình Thuận\nLượt xem" is Bình Thuận.
PROPER_NAME = (
    rf"{UPPER_CLASS}[\w]*(?:(?:[ \u00a0]+|[ \u00a0]*-[ \u00a0]*){UPPER_CLASS}[\w]*){{0,4}}"
)


# After "các"/"những", the noun must name bodies: "các cơ quan", "các sở, ban, ngành" ("các
# tô chức", "các tố chức": "tổ chức" whose mark a scan misread).
_BODY_NOUNS_RE = re.compile(
    r"(?:các|những|mọi|toàn\s+thể|một\s+số)\s+(?:cơ\s+quan|đơn\s+vị|sở|ban|ngành|phòng|địa\s+phương|xã|"
    r"phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tỉnh|t[ổôố]\s+chức|đoàn\s+thể|doanh\s+nghiệp|"
    r"báo|đài|cấp|bộ|hội|trường|lực\s+lượng|thành\s+viên|cổng|trang|nhà\s+đầu\s+tư"
    # (the party's cells and the places below a commune: "Các chi bộ thôn, bản nắm chắc …")
    r"|chi\s+bộ|đảng\s+bộ|thôn|bản|ấp|khu\s+phố|tổ\s+dân\s+phố)\b",
    re.IGNORECASE,
)


def starts_with_head(text: str) -> bool:
    text = text.strip()
    match = _HEAD_RE.match(text)
    if not match:
        return False
    if match.group(0).lower() in ("các", "những", "mọi", "một số"):
        return bool(_BODY_NOUNS_RE.match(text))
    return True


def is_upper_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def line_around(text: str, start: int, end: int) -> str:
    """The whole line (or lines) holding ``text[start:end]``, without its line breaks."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : len(text) if line_end < 0 else line_end]


# The caption under an annex's title: "(Kèm theo Kế hoạch số … của …)", "Ban hành kèm
# theo Quyết định số …".
# (the spaces before it one run: "[ \t]*" then "\s*" could share a page of blanks pasted in
# a copy every way, and took minutes to fail on 100,000 of them)
_CAPTION_RE = re.compile(r"[ \t]*(?:\(\s*)?(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+\S")
_LETTER_RE = re.compile(r"[^\W\d_]")


def is_title_line(text: str, start: int | None, end: int | None) -> bool:
    """Whether ``text[start:end]`` lies on a line that titles the document or an annex:
    a line written in capitals ("PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2024",
    "PHỤ LỤC", "DANH MỤC NHIỆM VỤ …") or an annex's caption ("(Kèm theo Kế hoạch số …)").
    Such a line is never a task, whatever verb it holds."""
    if start is None or end is None:
        return False
    line = line_around(text, start, end)
    if _CAPTION_RE.match(line):
        return True
    # Stops at the first small letter: a page whose line ends were lost is one long line,
    # asked about once per task.
    if any(not letter.group(0).isupper() for letter in _LETTER_RE.finditer(line)):
        return False
    return sum(1 for w in line.split() if _LETTER_RE.search(w)) >= 2


def strip_span(text: str, start: int, end: int, chars: str = " \t\r\n\u00a0") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


# The opening of a document's signature block: "Nơi nhận:", the signing line ("TM. UBND …",
# "KT. CHỦ TỊCH", "T/M", "TL.", "TUQ."), or the "./." that ends the text (a pattern to put
# after a line's start).
SIGNATURE_OPENING = r"Nơi\s+nhận|(?:TM|KT|T/M|TL|TUQ)\s*\.|\./\."
