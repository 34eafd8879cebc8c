"""Tasks written in sentences: news items about a plan, and plans without an annex.

How a news item is read:

1. **Where the tasks are.** After the sentence that announces the plan ("… ban hành Kế
   hoạch …"). If a later sentence introduces the list of tasks ("các nhiệm vụ: …", "Các
   nhiệm vụ trọng tâm là …"), reading starts there and what comes between restates the
   plan's purpose. Reading stops at the end mark "./.", at attachments, sources and
   "other news" blocks.
2. **One task per duty.** Sentences are split at ". " and "… " before a capital, and at
   ";" when the next clause is a duty of its own (it opens with a verb, or with a capital
   and has a verb). A list introduction ("…, đó là:", "… như:") is not a task; a
   timeframe in it ("trong năm 2021") applies to the items of that list.
3. **Who.** The lead is read from the forms of assignment: "<cấp> giao A (và B) là cơ
   quan chủ trì/đầu mối", "phân công A …", "A: chủ trì …", "Đối với A, …", or a subject
   opening the clause ("các cơ quan, ban ngành … chủ động …"). "phối hợp (với) C …" and
   "ý kiến (thẩm định) của C" name coordinating bodies. A clause without its own subject
   keeps the one before it in the same paragraph (and across a paragraph that opens with
   "Đồng thời"). A bare "Sở" refers back to the last Sở named.
4. Sentences about the plan itself ("Kế hoạch nhằm …", "Tại Kế hoạch …") and about
   purposes and requirements ("Yêu cầu …", "Mục đích …", "Nhằm …") are not tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ttdn.core.patterns import guarded
from ttdn.core.text import squash
from ttdn.importer.extract.common import (
    _VERB_ALT,
    BARE_BODIES,
    DUTY_VERBS,
    LOWER_LETTERS,
    NAME_WORD_VERBS,
    NOUN_LIKE,
    OFFICES,
    PEOPLE_AT_WORK,
    PEOPLE_OF_TRADE,
    PROPER_NAME,
    UPPER_LETTERS,
    VERB_RE,
    VERB_START_RE,
    is_upper_heading,
    line_around,
    starts_with_head,
    strip_span,
    words_pattern,
)
from ttdn.importer.result import AgencyMention, ExtractedTask, Located, Section, Timeframe

_I = re.IGNORECASE
_UP = f"[{UPPER_LETTERS}]"

# Shared fragments of the classes Vietnamese administrative writing fills with many words; each
# class has one owner here, used by every rule that means it (tasks24).
# The coming period left unnamed ("thời gian tới", "năm tới", "nhiệm kỳ tới", "giai đoạn tới").
_COMING_TIME = r"(?:thời\s+gian\s+tới|năm\s+tới|nhiệm\s+kỳ\s+tới|giai\s+đoạn\s+tới)"
# (A time may come before the addressee: "yêu cầu trong thời gian tới, các sở …".)
_ASK_TIME = r"(?:(?:trong\s+)?(?:" + _COMING_TIME + r"|năm\s+(?:19|20)\d{2})\s*,?\s*)?"
# What marks a body's duty still to come after its subject ("… sẽ / cần / phải / tiếp tục /
# tập trung / chủ động / có trách nhiệm / có nhiệm vụ …").
_DUTY_MODAL = (
    r"(?:sẽ|cần|phải|tiếp\s+tục|tập\s+trung|chủ\s+động|có\s+trách\s+nhiệm|có\s+nhiệm\s+vụ)"
)
# The people who carry the work and the people of a trade, asked as a body is (the classes in
# :mod:`.common`).
_PEOPLE_AT_WORK = words_pattern(PEOPLE_AT_WORK)
_PEOPLE_OF_TRADE = words_pattern(PEOPLE_OF_TRADE)
# Who a request is addressed to: bodies and their kinds, places, party cells, the heads and
# members of bodies, and the people who carry the work ("đội ngũ …", "lực lượng …"). The
# capitalised names are matched as written in a case-sensitive rule.
_ADDRESSEES = (
    r"(?:(?:các|những)\s+)?"
    # (never the verbs that share a name's first word: "báo cáo", "ban hành")
    r"(?!(?:báo\s+cáo(?!\s+viên)|ban\s+hành)\b)"
    r"(?:Ban|Sở|sở|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|cấp|cơ\s+quan|đơn\s+vị"
    r"|địa\s+phương|ngành|tổ\s+chức|Liên\s+hiệp|Hội|Mặt\s+trận|Đoàn|Quý\s+cơ\s+quan"
    r"|tỉnh|huyện|xã|phường|thôn|buôn|khu\s+phố|chi\s+bộ|đảng\s+bộ|Đảng\s+ủy|Huyện\s+ủy"
    # (a city's districts and towns and their party committees: "các quận ủy, huyện ủy …")
    r"|quận|thị\s+xã|thị\s+(?:ủy|uỷ)"
    r"|Tỉnh\s+ủy|Thành\s+ủy|Phòng|phòng|Trung\s+tâm|Văn\s+phòng|Công\s+an|Đài|Báo"
    r"|thành\s+viên|lãnh\s+đạo|thủ\s+trưởng|người\s+đứng\s+đầu|chủ\s+tịch|giám\s+đốc"
    r"|" + _PEOPLE_AT_WORK + r"|báo\s+cáo\s+viên|tuyên\s+truyền\s+viên|cán\s+bộ"
    r"|" + _PEOPLE_OF_TRADE + r")\b"
)
# The verbs that give work to an addressee: "giao (nhiệm vụ / trách nhiệm cho)", "yêu cầu",
# "đề nghị", "chỉ đạo" (a verb in lower case, not "Ban Chỉ đạo"). (Not a speaker's "lưu ý":
# a remark at a meeting, no task in the gold.)
_ASKS = (
    # (never the "giao" of "Bộ Ngoại giao", "bàn giao", "chuyển giao", "trao giao")
    r"(?:đề\s+nghị|yêu\s+cầu|(?<![Nn]goại\s)(?<!bàn\s)(?<!chuyển\s)(?<!trao\s)giao"
    r"(?:\s+(?:nhiệm\s+vụ|trách\s+nhiệm)(?=\s+cho\s))?"
    r"|(?-i:chỉ\s+đạo))"
)

_CONNECTOR_RE = re.compile(
    r"(?:(?:Theo\s+đó|Đồng\s+thời|Bên\s+cạnh\s+đó|Cùng\s+với\s+đó(?:\s+là(?=\s))?|Ngoài\s+ra|Do\s+đó|"
    # (more of the same: "Song song với đó,", "Thêm vào đó,", "Trước hết,", "Cuối cùng,")
    r"Song\s+song(?:\s+với)?\s+(?:đó|này)(?=\s*,)|"
    # ("Cùng với củng cố tổ chức bộ máy, Liên hiệp quan tâm …": the work before, then the body)
    r"Cùng\s+với\s+(?!đó\b)[^,;.:\n]{3,80},(?=\s*(?-i:[A-ZĐ]))|Thêm\s+vào\s+đó|Hơn\s+nữa(?=\s*,)"
    r"|Trước\s+(?:hết|mắt)(?=\s*,)|Cuối\s+cùng(?=\s*,)|Đồng\s+thời\s+với\s+đó|Đáng\s+chú\s+ý(?=\s*,)|"
    r"Trong\s+đó|Tiếp\s+theo|Mặt\s+khác|Cụ\s+thể|Bên\s+cạnh|Ngoài\s+những\s+nội\s+dung\s+trên"
    r"|Để\s+thực\s+hiện\s+tốt\s+[^,]{0,60}|Theo\s+chỉ\s+đạo|Tại\s+(?:hội\s+nghị|buổi\s+làm\s+việc)"
    # "Thực hiện Quyết định số …, UBND tỉnh yêu cầu …": the document implemented opens
    # the sentence; it is the basis, not the duty.
    r"|(?:Thực\s+hiện|Triển\s+khai)\s+(?:Quyết\s+định|Kế\s+hoạch|Công\s+văn|Chỉ\s+thị|Kết\s+luận"
    r"|Nghị\s+quyết|Thông\s+tư|Nghị\s+định|Văn\s+bản)\s+số\s*[^;]{3,300}?,"
    r"(?:\s*(?:vừa\s+qua|mới\s+đây|gần\s+đây)\s*,)?(?=\s*(?-i:UBND|Ủy\s+ban"
    r"|Uỷ\s+ban|Ban|Sở|Bộ|Chủ\s+tịch|Thủ\s+tướng|Tỉnh\s+ủy|Huyện\s+ủy)\b)"
    # "Để nâng cao …, UBND tỉnh đề nghị các sở …": the purpose before an ask is its ground.
    r"|(?:Để|Nhằm)\s+[^,.;:]{3,160}?,(?=\s*(?:UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Sở|Bộ|Chủ\s+tịch"
    r"|Thủ\s+tướng|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Thường\s+trực)\b[^.;:]{0,80}?"
    r"\b(?-i:" + _ASKS + r")\s)"
    # "Đặc biệt là …", "Đặc biệt, …" singling out one duty of the list ("Đặc biệt chú trọng …"
    # is the duty's own verb).
    r"|Đặc\s+biệt(?=\s*,)|Đặc\s+biệt\s+là)\s*[,:]?\s*"
    # "Một trong những nhiệm vụ trọng tâm là …": the frame of a task, not its text.
    r"|Một\s+trong\s+(?:những|các)\s+nhiệm\s+vụ(?:\s+\w+){0,3}?\s+là\s+"
    # Enumerators ("Thứ nhất,", "Thứ hai,"), the document as the speaker ("Kế hoạch nêu rõ,",
    # "Hướng dẫn nêu rõ …") and the ground of a duty ("Trên cơ sở nội dung … này,").
    # A news item's dateline ("(kontumtv.vn) – ", "(PY) - ") and "Vừa qua, …", "Mới đây, …".
    r"|\((?:[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)|[A-ZĐ]{2,8})\)\s*[–—-]\s*"
    r"|(?:Vừa\s+qua|Mới\s+đây|Gần\s+đây)\s*,\s*"
    # "Theo kế hoạch, Sở … chủ trì …": the document as the source of the duties of a body
    # named next ("Theo kế hoạch, có nhiều hình thức …" stays a description)
    r"|Theo\s+(?:kế\s+hoạch|hướng\s+dẫn|chương\s+trình|chỉ\s+thị|công\s+văn|văn\s+bản)\s*,\s*"
    r"(?=(?-i:[A-ZĐ])|(?:các|những|hai|ba|bốn|năm|[2-9])\s)"
    r"|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s*"
    # The coming work as a topic ("Về phương hướng năm 2026, Liên hiệp sẽ …", "Về nhiệm vụ
    # thời gian tới, …"): its frame, not a time phrase of the duty.
    r"|(?-i:Về)\s+(?:phương\s+hướng(?:,?\s+nhiệm\s+vụ)?|nhiệm\s+vụ)"
    r"(?:\s+(?:năm\s+(?:19|20)\d{2}|" + _COMING_TIME + r"))?\s*,\s*"
    # ("Nhiệm vụ 6 tháng cuối năm, Ban Chỉ đạo yêu cầu …": the same frame, its time named)
    r"|(?-i:Nhiệm)\s+vụ(?:\s+trọng\s+tâm)?\s+(?:(?:\d{1,2}|sáu)\s+tháng\s+cuối\s+năm"
    r"|năm\s+(?:19|20)\d{2}|" + _COMING_TIME + r")(?:\s+(?:19|20)\d{2})?\s*,\s*"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*,\s*"
    r"|(?:Kế\s+hoạch|Hướng\s+dẫn|Chương\s+trình|Đề\s+án|Công\s+văn|Văn\s+bản|Chỉ\s+thị|Kết\s+luận"
    r"|Nghị\s+quyết)\s+(?:cũng\s+)?(?:nêu\s+rõ|chỉ\s+rõ|xác\s+định|đề\s+ra)\s*,?\s*"
    # (capitalised: opening a sentence; "…; trên cơ sở …" inside one continues a duty)
    # (not "Trên cơ sở đó hoàn thiện dự thảo …, trong đó …": "đó" / "này" with no comma runs
    # into the duty's verb, and the comma closes its object)
    r"|(?-i:Trên)\s+cơ\s+sở\s+(?!(?:đó|này)\s+(?!,))[^,;.]{3,80},\s*"
    # A speaker stating what others need to do ("Định hướng công tác tuyên truyền, <chức vụ>
    # <tên> khẳng định, các cấp ủy … cần …", "Giám đốc Sở … nhấn mạnh, các cơ quan … phải …"):
    # the speaker is the frame, the 'các' subject with its "cần" / "phải" the duty.
    r"|(?:(?-i:[A-ZĐ])|đồng\s+chí\s|ông\s|bà\s)[^.;:\n]{0,200}?\s"
    r"(?-i:khẳng\s+định|nhấn\s+mạnh|lưu\s+ý|cho\s+rằng)\s*,\s*"
    r"(?=(?-i:các|những)\s[^.;:\n]{3,160}?\s(?-i:cần|phải)\s)"
    # A speaker's frame before his request ("Định hướng công tác tuyên truyền thời gian tới,
    # Phó Trưởng ban … đề nghị …", "Phát biểu chỉ đạo hội nghị, đồng chí … yêu cầu …").
    r"|(?-i:Định\s+hướng|Phát\s+biểu|Kết\s+luận|Chỉ\s+đạo)(?:\s+(?!số\b)[^,.;:\n]{3,120}?)?\s*,\s*"
    r"(?=(?:(?-i:[A-ZĐ])|đồng\s+chí\s)[^.;:\n]{0,160}?\b(?-i:đề\s+nghị|yêu\s+cầu)[\s:])"
    # "… thực hiện tốt các nội dung sau. Bao gồm tiếp tục …": the items' opener.
    r"|(?-i:Bao)\s+gồm(?:\s+các\s+nội\s+dung)?\s*:?\s+(?=(?-i:[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]))"
    r")+",
    _I,
)
_NOT_TASK_RE = re.compile(
    # ("Yêu cầu UBND các huyện …" opening a letter's sentence is an ask: see below.)
    r"^(?:yêu\s+cầu\s*(?::|$)|mục\s+đích|mục\s+tiêu|nhằm|để|kế\s+hoạch|tại\s+kế\s+hoạch|theo\s+kế\s+hoạch"
    # What the work contributes to ("Góp phần …"): a purpose or a result, never a duty.
    r"|góp\s+phần"
    # The aim a body sets ("Tỉnh cũng đặt mục tiêu tranh thủ …; phát huy …") and a comment on
    # the work ("Đây cũng là một nhiệm vụ quan trọng, góp phần …"): not duties.
    # (or a strategy's or a scheme's: "Chiến lược (cũng) hướng tới mục tiêu …")
    r"|(?:\w+\s+){0,4}?(?:cũng\s+)?(?:đặt|đề)\s+(?:ra\s+)?mục\s+tiêu\b|đây\s+(?:cũng\s+)?là\b"
    r"|(?:chiến\s+lược|đề\s+án|chương\s+trình|kế\s+hoạch)\s+(?:cũng\s+)?hướng\s+tới\s+mục\s+tiêu\b"
    r"|qua\s+đó|với\s+mục|đính\s+kèm|nguồn\s*:|tin\s+liên\s+quan|các\s+tin\s+khác|nội\s+dung\s+chi\s+tiết"
    # The document itself sent or in force ("Hướng dẫn được gửi tới các đảng bộ …", "Chỉ thị
    # có hiệu lực …"): news of the document, not a duty in it.
    r"|(?:hướng\s+dẫn|chỉ\s+thị|công\s+văn|văn\s+bản|nghị\s+quyết|kết\s+luận|đề\s+án|chương\s+trình)"
    # (its closing line without "được": "Chỉ thị này phổ biến đến chi bộ")
    r"(?:\s+số\s*\S+)?\s+(?:này\s+(?:phổ\s+biến|quán\s+triệt)\s+(?:đến|tới)"
    r"|(?:này\s+)?(?:(?:đã\s+)?được\s+(?:gửi|phổ\s+biến|ban\s+hành|quán\s+triệt)|có\s+hiệu\s+lực"
    # (or what it is for, as "Kế hoạch nhằm …": "Theo đó, Hướng dẫn nhằm góp phần …")
    r"|(?:cũng\s+)?nhằm))\b"
    # The work counted, not listed ("Kế hoạch cũng đề ra 5 nhóm giải pháp để …", once its
    # frame is dropped): a summary of the plan, unless a colon opens the items.
    r"|\d{1,3}\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung|mục\s+tiêu|chỉ\s+tiêu|hoạt\s+động"
    r"|phần|chương\s+trình|đề\s+án)\b(?![^.;\n]*:)"
    # The issuing told as an event ("Ngày 14/10, UBND tỉnh ban hành Quyết định …"): the
    # news of the document, not a duty in it.
    r"|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,[^.;:]{0,120}?\b(?:đã\s+|vừa\s+)?"
    r"(?:ban\s+hành|ký\s+ban\s+hành|phê\s+duyệt)\b"
    # "<body> yêu cầu (,) các hoạt động … phải …": a requirement, unless it is addressed
    # to agencies ("UBND tỉnh yêu cầu các sở, ngành …").
    r"|(?:\w+\s+){0,5}?yêu\s+cầu\s*[,:]?\s+(?!" + _ASK_TIME + _ADDRESSEES + r"))",
    _I,
)
# A remark on the items above ("Các nội dung trên cần được thể hiện đa dạng …", "Những hoạt động
# nêu trên phải bảo đảm …"): a requirement on how they are done, not a duty of its own.
_ABOVE_REQUIRED_RE = re.compile(
    r"(?:(?:các|những)\s+)?(?:nội\s+dung|hoạt\s+động|nhiệm\s+vụ|thông\s+tin)\s+(?:nêu\s+)?"
    r"(?:trên|này)\b[^.;:\n]{0,80}?\b(?:cần|phải)\b",
    _I,
)
# The document or activity as the subject of its purpose ("Chương trình phối hợp nhằm …",
# "Việc triển khai Kế hoạch nhằm …", "Hoạt động này nhằm …"): its aim, not a duty, outside a
# list of work ("các nhiệm vụ: …; Các hoạt động nhằm giới thiệu …" names work by its aim), and
# not the work asked of it ("Hoạt động … cần tập trung … nhằm …").
_WORK_AIM_RE = re.compile(
    r"(?:(?:các|những)\s+)?(?:việc|chương\s+trình|đề\s+án|hướng\s+dẫn|hoạt\s+động|hội\s+nghị"
    r"|cuộc\s+thi|sự\s+kiện|chuỗi\s+hoạt\s+động|quy\s+chế)\b"
    r"(?:(?!\b(?:cần|phải|sẽ)\b)[^.;:,\n]){0,80}?\s(?:cũng\s+)?(?:là\s+)?nhằm\b"
    # (its contents told by their aim, however long its name: "Chương trình phối hợp giữa …
    # giai đoạn … có nhiều nội dung quan trọng nhằm …")
    r"|(?:chương\s+trình|đề\s+án|kế\s+hoạch)\b(?:(?!\b(?:cần|phải|sẽ)\b)[^.;:\n]){0,160}?"
    r"\scó\s+(?:nhiều|những)\s+(?:nội\s+dung|điểm)\b[^.;:,\n]{0,30}?\snhằm\b",
    _I,
)
# The document named as the one that assigns: "Kế hoạch giao Sở Ngoại vụ là cơ quan đầu mối
# …", "Kế hoạch cũng yêu cầu các sở, ngành …" (not "Kế hoạch yêu cầu công tác … phải …").
_DOCUMENT_ASKS_RE = re.compile(
    # (and a Party document's kinds: "Kết luận yêu cầu …", "Nghị quyết đề nghị …")
    r"(?:Kế\s+hoạch|Hướng\s+dẫn|Chương\s+trình|Công\s+văn|Văn\s+bản|Chỉ\s+thị|Đề\s+án"
    r"|Nghị\s+quyết|Kết\s+luận)\s+"
    # (named short with its number: "Kế hoạch số 12 yêu cầu …", "Chỉ thị 28 yêu cầu …")
    r"(?:(?:số\s*)?\d{1,5}(?:[/-][\w/-]*\w)?\s+)?"
    r"(?:cũng\s+|còn\s+)?(?:" + _ASKS + r"|phân\s+công)\s+(?:cho\s+)?"
    r"(?=(?:các\s+|những\s+)?(?-i:[A-ZĐ])|(?:các|những)\s+(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương"
    r"|cấp\s+ủy|cấp|tổ\s+chức|huyện|xã|phòng"
    # (the Party's own bodies asked in lower case: "các chi bộ, đảng bộ trực thuộc", "các đảng
    # ủy", "các huyện ủy", "các đảng đoàn, ban cán sự đảng")
    r"|chi\s+bộ|đảng\s+bộ|đảng\s+(?:ủy|uỷ)|đảng\s+đoàn|ban\s+cán\s+sự|(?:huyện|thành|thị|quận)\s+(?:ủy|uỷ)"
    r")\b|cấp\s+(?:ủy|uỷ)\b)",
    _I,
)
_REQUIREMENT_RE = re.compile(
    # The work as a whole "cần / phải …", "sẽ được thực hiện có trọng tâm …": a requirement
    # on how it is done, not a duty.
    r"^(?:(?:công\s+tác|các\s+hoạt\s+động|hoạt\s+động|việc)\b[^.;:\n]{0,90}?\b(?:cần|phải"
    # … or how it went: "Công tác phối hợp … được tiến hành nhịp nhàng", "… đã được …".
    r"|đã|(?<!sẽ\s)được\s+(?!giao\b)"
    r"|sẽ\s+được\s+(?:thực\s+hiện|triển\s+khai)\s+(?:có|một\s+cách|bảo\s+đảm|đảm\s+bảo"
    # (how often or how long: "… sẽ được thực hiện thường xuyên, liên tục đến hết năm …")
    r"|thường\s+xuyên|liên\s+tục|đồng\s+bộ|xuyên\s+suốt)"
    # … or when and how long it runs ("Hoạt động tuyên truyền diễn ra trong cả năm …").
    r"|(?:sẽ\s+)?diễn\s+ra|kéo\s+dài)\b"
    # What the contents will achieve or show: "… sẽ giúp …", "… không chỉ … mà còn …".
    r"|[^.;:\n]{0,120}?\bsẽ\s+giúp\b|[^.;:,\n]{0,120}?\bkhông\s+chỉ\b[^.;\n]{0,200}?\bmà\s+còn\b"
    # What the activities named before are for: "Chuỗi hoạt động … này nhằm …".
    r"|[^.;:\n]{0,120}?\bnày\s+nhằm\b"
    # How any work is to be done, with no work named: "bảo đảm đúng thời gian …", "đảm bảo
    # tiết kiệm, hiệu quả".
    r"|(?:bảo\s+đảm|đảm\s+bảo)\s+(?:đúng\s+(?:thời\s+gian|tiến\s+độ|thời\s+hạn)|tiết\s+kiệm"
    r"|chất\s+lượng\s*(?:,|và)\s*hiệu\s+quả)\b)",
    _I,
)
# What was done or achieved, told of the work rather than given to anyone: "Công tác … đạt
# nhiều kết quả", "Nhận thức của cán bộ … được nâng lên", "có chuyển biến".
_RESULT_PHRASE_RE = re.compile(
    r"\b(?:được\s+nâng\s+lên|đạt\s+(?:được\s+)?(?:nhiều\s+)?(?:kết\s+quả|thành\s+tựu)"
    r"|có\s+(?:nhiều\s+)?(?:chuyển\s+biến|tiến\s+bộ))",
    _I,
)


# A statement of what the plan is for ("Kế hoạch nhằm …", "Nhằm …", "mục đích của Kế hoạch
# nhằm …", "… gắn với mục tiêu …").
_PURPOSE_RE = re.compile(r"[^.;:\n]{0,120}?\b(?:nhằm|mục\s+đích|mục\s+tiêu)\b", _I)
# A purpose told as a bare sentence: the work, then "để" and the people it is for coming to
# understand ("Tuyên truyền để các tầng lớp Nhân dân … hiểu về Cộng đồng ASEAN …").
_AIM_SENTENCE_RE = re.compile(
    r"(?:\w+,?\s+){1,4}?để\s+(?:các|những|mọi|người|nhân\s+dân|cán\s+bộ|toàn|bạn\s+bè"
    r"|cộng\s+đồng|du\s+khách|công\s+chúng|dư\s+luận)\b[^.;:\n]{0,250}?"
    r"\b(?:hiểu|biết|nắm\s+(?:được|rõ|vững|bắt)|nhận\s+thức|thấy\s+(?:được|rõ))\b",
    _I,
)
# Where a news item turns from the purposes to the plan's work.
_AIMS_END_RE = re.compile(
    r"(?:Theo\s+đó|Cụ\s+thể|Theo\s+(?:kế\s+hoạch|hướng\s+dẫn|chương\s+trình)"
    r"|(?:Kế\s+hoạch|Hướng\s+dẫn|Chương\s+trình)\s+(?:cũng\s+)?(?:nêu\s+rõ|chỉ\s+rõ|đề\s+ra|xác\s+định)"
    r"|(?:Các\s+|Những\s+)?(?:nhiệm\s+vụ|nội\s+dung)"
    # the period of the work ("Năm 2025, …", "Trong năm tới, …")
    r"|(?:Trong\s+)?(?:năm\s+(?:19|20)\d{2}|" + _COMING_TIME + r")\s*,"
    # the enumerated items of the work ("Thứ nhất, …", "Một là, …")
    r"|Thứ\s+nhất(?=\s*,)|Một\s+là(?=\s*,))\b",
    _I,
)
# Work still to come in a paragraph that told what was done: "sẽ", "thời gian tới", "năm tới".
_PLANNED_RE = re.compile(r"\bsẽ\b|\b" + _COMING_TIME + r"\b", _I)


def _announces_aims(text: str, meta) -> bool:
    """Whether the announcement goes on to the plan's purposes ("Kế hoạch số … ban hành
    gắn với mục tiêu nhằm …"); a purpose before it ("Nhằm …, Ban … đề ra kế hoạch …") is
    why the plan was made, and the plan's work follows."""
    if not meta.announcement:
        return False
    announcing = _ANNOUNCING_RE.search(text, *meta.announcement)
    aim = re.compile(r"\b(?:nhằm|mục\s+đích|mục\s+tiêu)\b", _I).search(text, *meta.announcement)
    return bool(announcing and aim and aim.start() > announcing.start())


def _later_year_opens(text: str, start: int, end: int, year: int) -> bool:
    """A sentence set in a year after the done work before it ("Năm 2023, … đã …. Năm 2024,
    tiếp tục …"): the coming work, not more of the done."""
    opening = re.match(r"(?:Trong\s+)?năm\s+((?:19|20)\d{2})\s*,", text[start:end], _I)
    return bool(opening and int(opening.group(1)) > year)


# A predicate that describes rather than directs: "tỉnh có bờ biển dài …", "Đây là hoạt
# động …", "Việc ban hành kế hoạch thể hiện …", "Công tác … giữ vai trò quan trọng",
# "Hoạt động này góp phần …". Not "là cơ quan chủ trì", "có trách nhiệm …".
_DESCRIBING_RE = re.compile(
    # ("Các đơn vị có liên quan …": a collective's qualifier, not a predicate)
    r"\s(?:có(?!\s+(?:trách\s+nhiệm|nhiệm\s+vụ|kế\s+hoạch|văn\s+bản|công\s+văn|ý\s+kiến|liên\s+quan))"
    r"|(?<!biệt\s)(?<!nhất\s)(?<!tức\s)là(?!\s+(?:cơ\s+quan|đơn\s+vị|đầu\s+mối))|giữ\s+vai\s+trò|đóng\s+vai\s+trò|thể\s+hiện"
    r"|góp\s+phần|trở\s+thành|thu\s+hút|tăng(?!\s+cường)|giảm(?!\s+thiểu)"
    # an event's acts told as they happened ("Lãnh đạo tỉnh tặng hoa …", "Hai bên ký kết …")
    r"|trao\s+tặng|tặng\s+hoa|tặng\s+quà|trao\s+(?:giấy|bằng|cờ|giải|quà)|dâng\s+hương|ký\s+kết"
    r"|cắt\s+băng)\s"
)


def _describes(piece: str) -> bool:
    """A statement whose first predicate describes (before any duty verb, without "cần",
    "phải", "sẽ" or "tiếp tục" to make it work to do)."""
    match = _DESCRIBING_RE.search(piece, 0, 120)
    if match is None or match.start() == 0:
        return False
    opening = VERB_START_RE.match(piece)
    if opening and opening.group(0).lower() not in NOUN_LIKE or _DUTY_OPENER_RE.match(piece):
        return False  # "Thực hiện có hiệu quả …", "Thắt chặt …": a duty opening with its verb
    before = piece[: match.start() + 1]
    if re.match(r"Việc\s", piece, _I):
        before = ""  # "Việc ban hành kế hoạch thể hiện …": the subject is a deed named
    before = re.sub(r"chương\s+trình", "chương_trình", before, flags=_I)  # a noun, not "trình"
    verb = next((m for m in VERB_RE.finditer(before) if m.group(0) not in NOUN_LIKE), None)
    if verb is not None or re.search(r"\b(?:cần|phải|sẽ|tiếp\s+tục|cũng)\b", before, _I):
        return False
    return not _ASSIGN_RE.search(before)


def _is_headline(text: str, start: int, end: int) -> bool:
    """A whole line of five words or more, capitalised, that ends without a stop and
    opens with no duty verb or mark: a headline in sentence case ("Hội nghị xúc tiến đầu tư
    vào tỉnh năm 2024"), not a sentence. (A line in capitals or an annex's caption is
    :func:`ttdn.importer.extract.is_title_line`, applied to every task.)"""
    line = line_around(text, start, end).strip()
    return (
        line == text[start:end].strip()
        and len(line.split()) >= 5
        and bool(re.match(_UP, line))
        and not re.search(r"[.;:!?…”\"]$", line)
        and not _LIST_MARK_RE.match(line)
        and not _opens_with_verb(line)
        and not _assigns(line, 0, len(line))
    )


# Another item's title with its date, as a site lists related news ("Tăng cường … (15/3/2024)").
_DATED_TITLE_RE = re.compile(
    r"\(\s*(?:\d{1,2}[:h]\d{2}\s*)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?\s*\)\s*$"
)


def _is_teaser(text: str, start: int, end: int) -> bool:
    """A line alone that ends with a date in brackets: a related item's title, not a duty."""
    if not _DATED_TITLE_RE.search(text, start, end):
        return False
    line = line_around(text, start, end).strip()
    return line.rstrip(".") == text[start:end].strip().rstrip(".")


# A page's posting line, alone on its line: "Cập nhật: 08/12/2026 10:15", "Cập nhật lúc 10:15
# ngày 8/12/2026", "Ngày đăng: 08/12/2026 | Lượt xem: 120", "Đăng lúc: 10:15 08/12/2026" (its
# first word the verb "cập nhật", to update, a duty's in a sentence).
_POSTING_LINE_RE = re.compile(
    r"[ \t|]*(?:(?:Ngày|Thời\s+gian)\s+)?(?:cập\s+nhật|đăng(?:\s+tải)?|xuất\s+bản)"
    r"(?:\s+(?:lúc|ngày|vào))?\s*:?\s*(?=[^\n]{0,20}\d{1,2}\s*[/:h-]\s*\d{1,2})[^\n]{0,80}",
    _I,
)


def _is_posting_line(text: str, start: int, end: int) -> bool:
    """A line alone that gives the item's time of posting: no duty."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_POSTING_LINE_RE.fullmatch(text, line_start, line_end))


# A photo's credit closing its caption's line: "… nhiệm kỳ 2025-2030. Ảnh: Thu Hà".
_CREDIT_RE = re.compile(r"\.\s*(?<!\w)Ảnh\s*:\s*[^.;:\n]{1,60}$")


def _is_caption(text: str, start: int, end: int) -> bool:
    """A line alone, one sentence and its photo's credit: a caption, not a duty."""
    line = line_around(text, start, end).strip()
    credit = _CREDIT_RE.search(line)
    return bool(credit) and line[: credit.start()].strip() == text[start:end].strip().rstrip(".")


def _after_asking_colon(text: str, start: int, end: int) -> int:
    """Where the first item begins in an ask that lists its items after a colon ("… đồng
    chí … đề nghị các thành viên Ban Chỉ đạo: tiếp tục …; tăng cường …"): the ask frames
    them, its addressees lead them."""
    ask = _assignment(text, start, end)
    if ask is None:
        return start
    colon = text.find(":", ask.end(), end)
    if colon < 0 or end - colon < 12 or _PREDICATE_RE.search(text, ask.end(), colon):
        return start
    return _clean(text, colon + 1, end)[0]


def _earlier_year_opens(text: str, start: int, end: int, meta) -> bool:
    """A sentence set in a year before the plan's period ("Năm 2023, tỉnh đón … đoàn
    khách" in the news of a 2024 plan): what was done, not what is to be done."""
    opening = re.match(r"(?:Trong\s+)?năm\s+((?:19|20)\d{2})\s*,", text[start:end], _I)
    period = meta.period.value
    return bool(opening and period and period[0] and int(opening.group(1)) < period[0])


def _ends_aims(text: str, clause: Clause) -> bool:
    return bool(
        clause.listed
        or _AIMS_END_RE.match(text, *strip_span(text, clause.start, clause.end))
        or _under_work_list(text, clause.start)
    )


def _under_work_list(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` follows one that opens a list of work ("Để triển
    khai …, UBND tỉnh đề ra một số nhiệm vụ, giải pháp chính, gồm:"), not of aims."""
    above = text[: text.rfind("\n", 0, start) + 1].rstrip()
    if not above.endswith(":"):
        return False
    line = above[above.rfind("\n") + 1 :]
    return bool(_LIST_INTRO_RE.search(line)) and not _PURPOSE_RE.match(line)


def _states_outcome(piece: str) -> bool:
    """A clause whose predicate, before any duty verb, is passive or done: a target ("mọi
    người dân được cung cấp …", "90% giáo viên … được tập huấn") or past work ("Sở … đã
    xây dựng …"), not a duty someone is given. A clause opening with its verb is a duty."""
    opening = VERB_START_RE.match(piece)
    if opening and opening.group(0).lower() not in NOUN_LIKE or _DUTY_OPENER_RE.match(piece):
        # ("Công tác …" opens with a noun; "thắt chặt quan hệ với các tỉnh đã ký kết …" opens
        # with its verb, the "đã" is of the object's own clause)
        return False
    if _RESULT_PHRASE_RE.search(piece) or _TARGET_RE.match(piece):
        return True
    verb = next(
        (
            m
            for m in VERB_RE.finditer(piece)
            if m.group(0) not in NOUN_LIKE
            # ("Liên hiệp các tổ chức hữu nghị … đã …": after a plural marker, a noun)
            and not re.search(r"\b(?:các|những)\s+$", piece[max(0, m.start() - 8) : m.start()])
            # (nor a verb made a noun of those who do it: "báo cáo viên", "tuyên truyền viên")
            and not re.match(r"\s+viên\b", piece[m.end() : m.end() + 8])
        ),
        None,
    )
    before = piece[: verb.start()] if verb else piece
    if (_ASSIGN_RE.search(before) and not _ASKED_RE.search(before)) or (
        _WROTE_TO_ASK_RE.search(before) and _assigns(piece, 0, len(piece))
    ):
        # "UBND tỉnh giao …", "đề nghị …": an assignment; "UBND tỉnh đã có công văn yêu
        # cầu Sở …": the ask of a letter, told as news
        return False
    # ("… sẽ được phổ biến": what the plan will do, written in the passive, is planned.)
    return bool(_DONE_OR_PASSIVE_RE.search(before))


# "đã …", or a passive left open before the verb ("… được"); the "\s+" starts where the
# spaces start (a layout copy's run of spaces is tried once, not from each of its spaces).
_DONE_OR_PASSIVE_RE = re.compile(r"\bđã\b|\bđang\b|(?<!sẽ)(?<!\s)\s+được\s*$")
_WROTE_TO_ASK_RE = re.compile(r"\bđã\s+(?:có|gửi|ban\s+hành)\s+(?:công\s+văn|văn\s+bản)\b", _I)
# A target in figures ("90% giáo viên … được tập huấn", "100% các xã …"): an indicator.
_TARGET_RE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%\s")


# A meeting told as news: who attended ("Tham dự hội nghị có …", "Cùng dự có …"), who chaired
# or spoke ("Đồng chí … chủ trì hội nghị", "Phát biểu tại hội nghị, …"), what the meeting
# itself did ("Hội nghị đã …", "Các đại biểu được nghe …"). Unless it gives work to a body.
_NARRATIVE_RE = re.compile(
    r"(?:(?:Tham\s+)?[Dd]ự\s+(?:hội\s+nghị|buổi|lễ|cuộc|đại\s+hội|tại|có)\b|Cùng\s+(?:tham\s+)?dự\b"
    r"|(?:Đến|Tới)\s+dự\b|Hội\s+nghị\s+(?:đã|được|diễn\s+ra|thống\s+nhất|thông\s+qua)\b"
    r"|(?:Các\s+)?[Đđ]ồng\s+chí\b|(?:Các\s+)?[Đđ]ại\s+biểu\b|Phát\s+biểu\b|Toàn\s+cảnh\b"
    r"|Quang\s+cảnh\b"
    # when and how long a meeting runs ("Hội nghị sơ kết sẽ diễn ra trong 2 ngày"): its news
    r"|(?:Hội\s+(?:nghị|thảo)|Đại\s+hội|Tọa\s+đàm|Toạ\s+đàm|Buổi\s+(?:làm\s+việc|gặp\s+mặt))\b"
    r"[^.;:\n]{0,60}?\b(?:sẽ\s+)?(?:diễn\s+ra|kéo\s+dài|khai\s+mạc|bế\s+mạc)\b"
    # a person named as the subject ("Ông Nguyễn Văn A, Phó Chủ tịch …, báo cáo …"): a caption
    r"|(?:Ông|Bà)\s+(?!Rịa\b)[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]*\s+[A-ZĐÂĂÊÔƠƯ])"
)
# What a news item tells around the work rather than gives as work: the context ("Trong
# bối cảnh …", "Thời gian qua, …", "Những năm qua …"), findings ("Kết quả cho thấy …"),
# figures of the budget ("Tổng kinh phí … là …"), words reported from someone ("Theo ông
# …, …", "“…”, bà … nói", "Giám đốc Sở … nhấn mạnh …").
_BACKGROUND_RE = re.compile(
    r"(?:Trong\s+)?bối\s+cảnh\b|(?:Trong\s+)?(?:thời\s+gian|những\s+năm|năm|các\s+năm)\s+(?:vừa\s+)?qua\b"
    r"|Qua\s+(?:\d{1,2}|một|hai|ba|bốn|năm|mười)\s+năm\b|Kết\s+quả\s+(?:cho\s+thấy|khảo\s+sát)"
    # (what a report found: "Báo cáo chính trị đại hội chỉ rõ, Chi bộ … đã lãnh đạo …")
    r"|Báo\s+cáo\b[^.;:\n]{0,80}?\b(?:chỉ\s+rõ|nêu\s+rõ|đánh\s+giá|khẳng\s+định|nhận\s+định)"
    r"\s*(?:,|rằng\b)"
    r"|(?:Tổng\s+)?kinh\s+phí\b|Theo\s+(?:ông|bà|đồng\s+chí|lãnh\s+đạo|giám\s+đốc|phó\s+giám\s+đốc"
    r"|chủ\s+tịch|phó\s+chủ\s+tịch|trưởng|phó\s+trưởng|thống\s+kê|báo\s+cáo)\b"
    # what came before or where things stand ("Trước đó, …", "Hiện nay, …", "Tính đến
    # hết năm 2023, …", "Như vậy, …") and a photo's caption ("Ảnh: …")
    r"|(?:Trước\s+đó|Hiện\s+nay|Hiện\s+tại|Như\s+vậy|Được\s+biết)\s*,|Tính\s+(?:đến|từ)\b"
    # a target or a forecast ("Phấn đấu đến năm 2025, …", "Chỉ tiêu: …", "Dự kiến, …")
    r"|Phấn\s+đấu\s+(?:đến|tới|trong|hết)\b|Chỉ\s+tiêu\s*:|Dự\s+kiến\s*(?:,|(?:sẽ\s+)?(?:có|thu\s+hút|khoảng)\b)"
    # who comes to an event and how many ("Thủ tướng … dự và chỉ đạo Hội nghị …", "… về dự",
    # "… sẽ có khoảng 500 đại biểu …"), what a reporter saw ("Phóng viên … ghi nhận, …")
    r"|[^.;:\n]{0,100}?(?:\b(?:đến|tới|về)\s+dự\b|\bdự\s+và\s+(?:phát\s+biểu|chỉ\s+đạo)\b"
    r"|\b(?:sẽ\s+)?có\s+(?:khoảng|hơn|gần|trên)\s+[\d.]+\s+(?:đại\s+biểu|lượt|người|đoàn|khách"
    r"|gian\s+hàng|doanh\s+nghiệp)\b|\bghi\s+nhận\s*,)"
    r"|(?:Phóng\s+viên|PV)\b[^.;:\n]{0,60}?\b(?:ghi\s+nhận|có\s+mặt)\b"
    # when and how long an event runs ("Chương trình diễn ra từ ngày …", "Lễ hội sẽ khai mạc …")
    r"|(?:Các\s+|Những\s+)?(?:chương\s+trình|sự\s+kiện|lễ\s+hội|hội\s+chợ|triển\s+lãm|cuộc\s+thi"
    r"|hội\s+thi|tuần\s+lễ|ngày\s+hội|liên\s+hoan|lễ)\b[^.;:\n]{0,80}?\b(?:sẽ\s+)?(?:diễn\s+ra"
    r"|kéo\s+dài|khai\s+mạc)\b"
    r"|\(?Ảnh\s*(?:minh\s+họa\s*)?:"
    # the year's figures so far and forecasts ("Tính chung 9 tháng, …", "… dự kiến đón …"), how
    # things stand ("… tình hình … (được dự báo) diễn biến phức tạp")
    r"|Tính\s+chung\b|Lũy\s+kế\b|Luỹ\s+kế\b|[^.;:\n]{0,80}?\bdự\s+kiến\s+(?:sẽ\s+)?(?:đón|đạt|thu\s+hút)\b"
    r"|[^.;:\n]{0,60}?\btình\s+hình\b[^.;:\n]{0,80}?\b(?:diễn\s+biến|được\s+dự\s+báo)\b"
    # who took part ("Tham gia chương trình có …")
    r"|Tham\s+gia\s+[^.;:\n]{0,40}?\bcó\b"
    r"|[“\"]|(?:Ông|Bà)\s+(?:cũng\s+)?(?:\w+\s+){0,1}?(?:nhấn\s+mạnh|cho\s+biết|khẳng\s+định|nói|chia\s+sẻ"
    r"|đề\s+nghị|yêu\s+cầu|phát\s+biểu|đánh\s+giá|lưu\s+ý)\b"
    r"|[^.;:\n]{0,100}?\bcho\s+biết\b"
    r"|[^.;:\n]{0,60}?\b(?:ông|bà|đồng\s+chí|chủ\s+tịch|giám\s+đốc|bí\s+thư|trưởng\s+ban|lãnh\s+đạo)\b"
    r"[^.;:\n]{0,80}?\b(?:nhấn\s+mạnh|khẳng\s+định|chia\s+sẻ|phát\s+biểu|lưu\s+ý)\b",
    _I,
)
# A news item telling what happened rather than giving work: an event as the subject ("Hội
# nghị tập trung đánh giá …", "Lớp tập huấn trang bị cho học viên …", "Đoàn công tác thăm …"),
# and what was done at it or on its occasion ("Tại buổi làm việc, Sở … báo cáo …", "Dịp này,
# …", "Sau hội nghị, …", "Trong khuôn khổ …, …", "Tiếp đó, …", "Đánh giá cao …, …"). Read on
# the clause as written (before its connector is dropped); what "sẽ" be done is not narrative.
_NARRATION_RE = re.compile(
    r"(?:Hội\s+(?:nghị|thảo|thi)|(?:Lớp|Khóa|Khoá|Chương\s+trình|Buổi|Đợt)\s+(?:tập\s+huấn|bồi\s+dưỡng"
    r"|đào\s+tạo|học|giao\s+lưu|làm\s+việc|gặp\s+mặt|tiếp|lễ|họp|sinh\s+hoạt|nói\s+chuyện)"
    r"|Buổi\s+lễ|Lễ\s+(?:ký|công\s+bố|ra\s+mắt|kỷ\s+niệm|khai\s+mạc|bế\s+mạc|trao)|Đại\s+hội|Tọa\s+đàm"
    r"|Toạ\s+đàm|Sự\s+kiện|Cuộc\s+(?:họp|gặp|thi|hội\s+thảo)|Đoàn\s+(?:công\s+tác|đại\s+biểu|cũng|đã|đến"
    r"|tới|thăm)|(?:Các\s+)?(?:đại\s+biểu|học\s+viên|báo\s+cáo\s+viên)"
    r")\b(?![^.;:\n]{0,120}?\b(?:sẽ|cần|phải)\b)"
    r"|(?:Tại|Cũng\s+tại|Sau|Trước)\s+(?:hội\s+nghị|hội\s+thảo|buổi|lễ|cuộc|đại\s+hội|tọa\s+đàm|toạ\s+đàm"
    r"|lớp|chương\s+trình|sự\s+kiện)\b[^,]{0,80},(?![^.;:\n]{0,160}?\b(?:sẽ|thời\s+gian\s+tới|năm\s+tới)\b)"
    r"|(?:Dịp\s+này|Nhân\s+dịp\s+[^,]{1,80}|Trong\s+khuôn\s+khổ\s+[^,]{1,80}|Tiếp\s+đó|Tiếp\s+theo\s+chương"
    r"\s+trình|Trong\s+chuyến\s+(?:thăm|công\s+tác)[^,]{0,80}|Đánh\s+giá\s+cao\s+[^,]{1,80}"
    r"|Ghi\s+nhận\s+[^,]{1,80})\s*,"
)
# A row of a site's links: short words between bars ("Chia sẻ | In bài | Gửi email").
_LINK_ROW_RE = re.compile(r"[\w ]{2,25}(?:\|[\w ]{2,25}){2,}")
# A letter's courtesies: thanks, "gửi … để biết", "xin trân trọng gửi tới …".
_COURTESY_RE = re.compile(
    r"\bcảm\s+ơn\b|\bđể\s+(?:các\s+\S+\s+)?biết(?:\s*,|\s+và|\s*$)"
    r"|\bxin\s+(?:trân\s+trọng\s+)?(?:gửi|thông\s+báo)\b",
    _I,
)
# Words that only point the reader elsewhere ("mời quý vị xem tại file đính kèm").
_POINTER_RE = re.compile(
    r"mời\s+(?:quý\s+vị|bạn\s+đọc|các\s+bạn)|xem\s+(?:tại|chi\s+tiết)\s+(?:file|tệp)"
    r"|(?:gửi|giới\s+thiệu)\s+(?:đến\s+|tới\s+)?(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc)"
    # a site introducing the full text it carries ("TG trân trọng giới thiệu toàn văn Hướng
    # dẫn:", "Xin giới thiệu nguyên văn Chỉ thị:"; the colon opens the text carried, unlike a
    # request to carry it, "đề nghị các báo giới thiệu toàn văn Chỉ thị trên …")
    r"|\bgiới\s+thiệu\s+(?:toàn\s+văn|nguyên\s+văn|toàn\s+bộ\s+nội\s+dung)\b(?=[^.;:\n]{0,80}:)",
    _I,
)
_LIST_INTRO_RE = re.compile(
    # (the work named as the next period's direction, "… đề ra phương hướng năm 2024: …")
    r"(?:nhiệm\s+vụ|nội\s+dung|hoạt\s+động|giải\s+pháp|trọng\s+điểm|chủ\s+đề|phương\s+hướng)"
    r"[^.;:]{0,120}?(?:\s+đó\s+là|\s+như|\s+gồm|"
    r"\s+sau|\s+cụ\s+thể|\s+là)?\s*:\s*"
    r"|(?m:^)\s*(?:Các\s+|Những\s+)?(?:nhiệm\s+vụ|nội\s+dung)[^.;:]{0,80}?\s+là\s+"
    r"|\bnhư\s*:\s*"
    r"|\b(?:bao\s+gồm|gồm\s+có|gồm)\s+(?:các\s+|những\s+)?(?:nội\s+dung|nhiệm\s+vụ|hoạt\s+động)"
    r"(?:\s+(?:như|sau))?\s*:?\s+",
    _I,
)
_END_RE = re.compile(
    r"(?m)\./\.|^\s*(?:Đính\s+kèm|Nguồn\s*:|Tin\s+liên\s+quan|CÁC\s+TIN\s+KHÁC|Các\s+tin\s+khác"
    r"|Bài\s+viết\s+liên\s+quan|Tags?\s*:|Từ\s+khóa|Bản\s+quyền\b|Copyright\b|©"
    r"|Tin\s+(?:cùng\s+chuyên\s+mục|mới(?:\s+nhất)?|đã\s+đưa|bài\s+khác)\s*:?\s*$|Xem\s+thêm\s*:?\s*$"
    # a site's blocks after the item, a line of their own in any case ("TIN LIÊN QUAN", "Tin
    # khác", "Bài viết khác", "Tin đọc nhiều", "Có thể bạn quan tâm", "Ý kiến bạn đọc")
    r"|(?i:(?:các\s+)?(?:tin|bài|bài\s+viết|tin\s+bài|tin\s+tức)\s+(?:liên\s+quan|khác|đã\s+đưa"
    r"|cùng\s+(?:chuyên\s+mục|chủ\s+đề|danh\s+mục|loại|lĩnh\s+vực)|mới(?:\s+(?:nhất|cập\s+nhật))?"
    r"|(?:đọc|xem)\s+nhiều(?:\s+nhất)?|nổi\s+bật|bài\s+khác)"
    r"|(?:đọc|xem)\s+nhiều(?:\s+nhất)?|có\s+thể\s+bạn\s+quan\s+tâm|ý\s+kiến\s+bạn\s+đọc|bình\s+luận"
    r"|gửi\s+bình\s+luận|xem\s+thêm)\s*:?[ \t]*$)"
)
_SENTENCE_BREAK_RE = re.compile(
    rf"(?:(?<=[.…!?])[\"”’)]?\s+|;\s*…\s*)(?={_UP}|\d{{1,3}}(?:[.,]\d+)?\s*%)"
)
_TIME_PHRASE_RE = re.compile(
    r"\b(?:trong|trước|chậm\s+nhất|đến\s+hết|vào)\s+(?:"
    # (a day also written "20-6-2024", "20.6.2024")
    r"ngày\s+\d{1,2}(?:\s*([/.-])\s*\d{1,2}(?:\s*\1\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
    r"|tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?"
    # (a whole day written without "ngày": "báo cáo … trước 20/7/2018")
    r"|\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*(?:19|20)\d{2}\b"
    r"|quý\s+[IVX\d]+(?:\s*(?:,|và)\s*[IVX\d]+)*(?:\s*(?:/|năm)\s*\d{4})?"
    r"|năm\s+(?:19|20)\d{2}"
    # ("trong năm nay", "ngay trong năm nay": the year the document is written in)
    r"|năm\s+nay\b)",
    _I,
)
# Verbs that end a subject or an object noun phrase ("các cơ quan … | chủ động …").
_PREDICATE = (
    "chủ động",
    "cần",
    "phải",
    "có trách nhiệm",
    "có nhiệm vụ",
    "chủ trì",
    "tăng cường",
    "tham gia",
    "tham mưu",
    "tổ chức",
    "triển khai",
    "tập trung",
    "theo dõi",
    "thực hiện",
    "xây dựng",
    "hướng dẫn",
    "cung cấp",
    "phối hợp",
    "phối họp",  # a typist's "phối hợp": the verb, never part of the name before it
    "là cơ quan",
    "là đơn vị",
    "làm đầu mối",
    "đẩy mạnh",
    "nắm bắt",
    "kịp thời",
    "đề xuất",
    "rà soát",
    "tiếp tục",
    "quán triệt",
    "tuyên truyền",
    "quảng bá",
    "đôn đốc",
    "kiểm tra",
    "giám sát",
    "nghiên cứu",
    "đảm bảo",
    "bảo đảm",
    "duy trì",
    "nâng cao",
    "lồng ghép",
    "biên soạn",
    "sản xuất",
    "trong việc",
    "trước khi",
    "để",
    "nhằm",
    "về việc",
    "thường xuyên",
    "định kỳ",
    "hằng năm",
    "hàng năm",
    "theo dõi",
    "được giao",
    "tổng hợp",
    "sẽ",
    "theo chức năng",
    "căn cứ",
    # common verbs that are no duty verb of their own ("… các cơ quan báo chí mở chuyên mục")
    "mở",
    "dành",
    "đưa",
    "treo",
    "bố trí",
    "lập",
    "gửi",
    "đăng",
    "viết",
    # (more verbs a body's name never holds: "Công an tỉnh nắm tình hình …")
    "nắm",
    "chịu trách nhiệm",
    "làm tốt",
    "phản ánh",
    "thúc đẩy",
    "tranh thủ",
    "kiện toàn",
    "hoàn thiện",
    "vận động",
    "chú trọng",
    "quan tâm",
    "bám sát",
    "xác định",
    "cũng",
    "tích cực",
    "khẩn trương",
    # ("đề nghị Quý Cơ quan liên hệ với Sở …", "các cơ quan, đơn vị áp dụng các mẫu …")
    "liên hệ",
    "được biết",
    "áp dụng",
    "sử dụng",
    # (the manner a collective's duty is told in: "Các sở, ban, ngành, các quận, huyện chấp
    # hành nghiêm …", "… các xã, phường, thị trấn nghiêm túc thực hiện …")
    "nghiêm túc",
    "nghiêm chỉnh",
    "ưu tiên",
    "gương mẫu",
    "coi trọng",
    "đồng thời",
    "tuân thủ",
    "nêu cao",
    "đề cao",
)
_PREDICATE_WORDS = sorted(
    set(_PREDICATE) | {v for v in DUTY_VERBS if v not in NOUN_LIKE}, key=len, reverse=True
)
# "… các cơ quan, ban, ngành liên quan | trong chỉ đạo …": a collective ends with "liên quan".
_PREDICATE_RE = re.compile(
    r"(?<![\w])(?<!Dịch\svụ\s)(?:" + "|".join(re.escape(v) for v in _PREDICATE_WORDS) + r")(?![\w])"
    # (a verb made a noun of those who do it is no predicate: "báo cáo viên", "tuyên truyền viên")
    r"(?!\s+viên\b)"
    # "Đảng ủy các xã lãnh đạo, chỉ đạo …", "Ban điều hành các khu phố thông tin đến người dân":
    # verbs that are nouns elsewhere ("lãnh đạo cấp ủy", "thông tin về …")
    r"|(?<=[\w,]\s)lãnh\sđạo(?=,|\s+(?:chỉ\s+đạo|thực\s+hiện|triển\s+khai|tổ\s+chức)\b)"
    # a party group or committee leading the body it works in or a duty ("Đảng đoàn HĐND
    # tỉnh, Ban cán sự đảng UBND tỉnh lãnh đạo cụ thể hóa …", "… lãnh đạo Ủy ban nhân dân
    # tỉnh bố trí …"), never the leaders of a body named after a word that governs them
    # ("làm việc với lãnh đạo UBND …", "của lãnh đạo Sở …")
    r"|(?<=\w\s)(?<!và\s)(?<!với\s)(?<!của\s)(?<!cho\s)(?<!các\s)lãnh\sđạo"
    r"(?=\s+(?:(?:Ủy|Uỷ)\s+ban|UBND|HĐND|Hội\s+đồng|Mặt\s+trận|MTTQ|chính\s+quyền"
    r"|cụ\s+thể\s+h[óo]a|quán\s+triệt|xây\s+dựng|tuyên\s+truyền)\b)"
    # a party committee leading the government of its level ("Các huyện ủy, thị ủy lãnh đạo
    # UBND cùng cấp chỉ đạo …"), never the leaders of a body after a comma or "và"
    r"|(?<=\w\s)(?<!và\s)lãnh\sđạo(?=\s[^.;:\n]{2,60}?\scùng\s+cấp\b)"
    r"|(?<=\w\s)(?-i:thông)\stin(?=\s+(?:đến|tới|rộng\s+rãi)\b)"
    r"|(?<=liên\squan)(?=\s+(?!và\b|của\b|,))"
    # "… các quận, huyện chấp hành nghiêm …", never the board "Ban chấp hành (Hội …)"
    r"|(?<![Bb]an\s)chấp\shành(?![\w])"
)
# ("chỉ đạo" gives work when written as a verb in lower case: "Chủ tịch UBND tỉnh chỉ đạo
# Sở …", not "Ban Chỉ đạo".)
# ("UBND tỉnh giao: Sở … chủ trì …; Sở … ": the bodies listed after a colon)
_ASSIGN_RE = re.compile(
    r"(?<!hồ\ssơ\s)(?<!tờ\strình\s)\b" + _ASKS + r"(?:\s*:)?\s+"
    r"(?:cho\s+)?"
    + _ASK_TIME
    # a speaker's request with a comma after its verb, the bodies then what they "cần" do
    # ("… đề nghị, các cơ quan báo chí cần tuyên truyền …")
    + r"|\b(?:đề\s+nghị|yêu\s+cầu)\s*,\s+(?=(?:các|những)\s[^.;:,\n]{3,60}?\s(?:cần|phải)\s)"
    # a notice to the bodies it names, for them to know and apply ("Sở Ngoại vụ thông báo các
    # Sở, ban, ngành … được biết, áp dụng …")
    + r"|\bthông\s+báo\s+(?:(?:đến|tới|cho)\s+)?"
    r"(?=(?:các|toàn\s+thể|Quý)\s[^.;:\n]{0,250}?\s(?:được\s+)?biết\b)",
    _I,
)
# (each branch starts where a run of blanks starts: a copy with a page of blanks pasted in made
# the search try every start inside the run, its time growing as the run's square)
_ASSIGN_END_RE = re.compile(
    r"(?<!\s)\s+(?:là|làm)\s+(?:cơ\s+quan|đơn\s+vị|đầu\s+mối)|(?:,|(?<![\s,]))\s+chủ\s+trì"
)
_DIVIDE_RE = re.compile(r"\bphân\s+công\s+(?:cho\s+)?", _I)
# "… như sau" closing the addressees of an ask before its colon.
_AS_FOLLOWS_RE = re.compile(r"\s+(?:như\s+sau|sau\s+đây)\s*$", _I)
_FOR_RE = re.compile(r"Đối\s+v?ới\s+", _I)  # used with match()
_COORD_RE = re.compile(
    r"\bphối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với|,\s*(?:đôn\s+đốc|hướng\s+dẫn)|\s+cùng)?\s+"
    # (the bodies the lead in charge is to work with: "… chủ trì, làm việc trực tiếp với Sở
    # Ngoại vụ …"; not the guests met, "đón tiếp và làm việc với Đoàn …")
    r"|\bchủ\s+trì\s*(?:,|\svà)\s*làm\s+việc(?:\s+trực\s+tiếp)?\s+với\s+"
    # (… "chủ trì cùng với các ngành liên quan tổ chức …": the bodies it works with)
    r"|\bchủ\s+trì\s*,?\s*cùng\s+với\s+",
    _I,
)
# (an appraisal's body takes part in the duty; a body only consulted, "lấy / xin / tham khảo
# ý kiến (góp ý) của Sở Tài chính", is a step of the lead's own duty, no coordinating body)
_OPINION_RE = re.compile(r"\bý\s+kiến\s+thẩm\s+định\s+của\s+", _I)


@dataclass
class Clause:
    start: int
    end: int
    paragraph: int
    sentence: int
    list_time: tuple[str, int, int] | None = None
    lead: list[AgencyMention] = field(default_factory=list)
    coordinating: list[AgencyMention] = field(default_factory=list)
    own_lead: bool = False
    carries_over: bool = False  # the paragraph opens with "Đồng thời"
    item: bool = False  # an item of an enumerated list of contents (a topic is a task)
    listed: bool = False  # in a sentence that opens with a list introduction
    intro: tuple[int, int] | None = None  # that introduction ("UBND tỉnh yêu cầu … sau:")
    opens_items: bool = False  # ends with ":" above bulleted lines ("- …;", "+ …")
    year_led: bool = False  # its list_time is the year heading its sentence ("Năm 2024, …")
    holder: bool = False  # its subject is the holder of an office ("Lãnh đạo chủ chốt …")
    aside: Clause | None = None  # a holder's sentence: the clause before it, whose lead goes on


# How often or how a duty is done, before its verb ("Thường xuyên kiểm tra …", "Định kỳ rà soát
# …", "Tích cực phối hợp …", "Hằng năm, tổ chức …"): the duty opens after it.
_MANNER_OPENING_RE = re.compile(
    r"(?:Thường\s+xuyên|Định\s+kỳ|Tích\s+cực|Khẩn\s+trương|Nghiêm\s+túc|Chủ\s+động"
    r"|H[ằà]ng\s+(?:năm|quý|tháng|tuần))\s*,?\s+",
    _I,
)


def _manner_opening(piece: str) -> int:
    """The length of a manner word opening ``piece`` (:data:`_MANNER_OPENING_RE`), or 0."""
    manner = _MANNER_OPENING_RE.match(piece)
    return manner.end() if manner else 0


def tasks_from_prose(
    text, meta, resolver, schedule, classify, *, runs_on: bool = False
) -> list[ExtractedTask]:
    """The duties told in running text. With ``runs_on`` (a request retold from a
    document), a paragraph that opens with a duty verb and no subject goes on with the bodies
    asked in the paragraph before it."""
    start, end = _region(text, meta)
    if start >= end:
        return []
    clauses = _clauses(text, start, end)
    headline = _headline(text)
    aims = _aim_spans(text, start, end)
    said: tuple[int, int] | None = None  # (paragraph, sentence) of a requirement
    tasks: list[ExtractedTask] = []
    previous: Clause | None = None
    mentioned: list[AgencyMention] = []
    skipped: tuple[int, int] | None = None  # (paragraph, sentence) of a non-task statement
    frame: Clause | None = None  # "X yêu cầu A … thực hiện tốt các nội dung sau" before items
    # In the plan's purposes ("Kế hoạch nhằm …"), which may run on; the announcement may
    # state them itself ("Kế hoạch số … ban hành gắn với mục tiêu nhằm …").
    aiming = _announces_aims(text, meta)
    # (paragraph, latest year named) of a sentence telling work already done
    done: tuple[int, int] | None = None
    done_intro: tuple[int, int] | None = None  # a list introduction telling done work
    done_list: int | None = None  # the paragraph of the latest one
    opening: dict[tuple[int, int], tuple[int, int]] = {}  # each sentence's first clause
    for clause in clauses:
        s, e = _clean(text, clause.start, clause.end)
        opening.setdefault((clause.paragraph, clause.sentence), (s, e))
        if _TURN_RE.match(text, clause.start, clause.end):
            # "Theo đó, …", "Theo kế hoạch, …", "Thứ nhất, …" open the plan's work: what was
            # skipped before (a purpose, done work) does not run on into it, even where a
            # web copy glued the paragraphs into one.
            skipped = done = None
        if clause.intro and clause.intro != done_intro and clause.intro[0] < clause.start:
            intro_text = text[clause.intro[0] : clause.intro[1]]
            if _tells_done(intro_text) or (
                done_list is not None
                and clause.paragraph - done_list <= 1
                and not (_assigns(text, *clause.intro) or _PLANNED_RE.search(intro_text))
                and not starts_with_head(_strip_connector(intro_text))
            ):
                # items of a list whose sentence tells done work ("Ban … đã phối hợp … với
                # nhiều hình thức, như: a; b"), or of a list of what it covered that follows
                # it ("Nội dung tuyên truyền gồm: …"): what was done, not duties
                done_intro, done_list = clause.intro, clause.paragraph
        if clause.intro is not None and clause.intro == done_intro:
            continue
        if not _may_be_task(text, s, e, meta, item=clause.item) or (headline and s < headline):
            if _NOT_TASK_RE.match(text[s:e]):
                # ("Kế hoạch gồm 3 phần: mục đích, yêu cầu; nội dung; tổ chức thực hiện": the
                # plan's parts, its later clauses too.)
                skipped, previous = (clause.paragraph, clause.sentence), None
            continue
        if (
            _is_headline(text, clause.start, clause.end)
            or _is_teaser(text, s, e)
            or _is_caption(text, s, e)
            or _is_posting_line(text, s, e)
        ):
            continue  # a title standing alone (another item's, a photo's), a posting line
        if clause.intro and _DOCUMENT_NAMED_RE.match(text, s, e) and not _assigns(text, s, e):
            # "… quán triệt các Chỉ thị … gồm: Chỉ thị số 25-CT/TW về …; Chỉ thị số 41-CT/TW
            # …": the items name the documents studied, the objects of the sentence's verb,
            # no duty each
            continue
        if any(a <= s < b for a, b in aims):
            continue  # an item under "Mục đích", "Yêu cầu", "Quan điểm" …
        if clause.intro and _lists_aims(text, *clause.intro):
            continue  # an item of "mục tiêu … gồm (những nội dung) như sau: …": a purpose
        if (
            text[clause.start : clause.end].rstrip().endswith("|")
            or _LINK_ROW_RE.fullmatch(text, s, e)  # site links ("Chia sẻ | In bài | …")
            or _POINTER_RE.search(text, s, e)
            or _COURTESY_RE.search(text, s, e)
        ):
            continue  # a photo caption, a pointer to the attachment, a letter's courtesy
        if _REQUIREMENT_RE.match(text[s:e]) or _ABOVE_REQUIRED_RE.match(text, s, e):
            # A requirement or a statement of effect: the rest of its sentence goes with it;
            # not when it is one item of an ask's list, whose later items name their bodies
            # ("đề nghị: các sở …; việc tổ chức … phải bảo đảm …; UBND các huyện …", "đề
            # nghị các sở …; bảo đảm đúng thời gian …; các huyện …").
            first = opening.get((clause.paragraph, clause.sentence), (s, e))
            if not (first[0] < s and (_asks_bodies_listed(text, *first) or _assigns(text, *first))):
                said = (clause.paragraph, clause.sentence)
            continue
        if said == (clause.paragraph, clause.sentence):
            continue
        if (
            _CONTENTS_TOLD_RE.match(text, s, e)
            and not (clause.item or clause.opens_items or text[s:e].rstrip().endswith(":"))
            and not _contents_asked(text, s)
            and not _assigns(text, s, e)
        ):
            # "Trọng tâm tuyên truyền phản ánh …": what the work carries, told; the rest of
            # its sentence ("…; hoạt động tìm kiếm cứu nạn …") is more of it.
            said = (clause.paragraph, clause.sentence)
            continue
        if (_NOT_TASK_RE.match(text[s:e]) and not _DOCUMENT_ASKS_RE.match(text, s, e)) or (
            _WORK_AIM_RE.match(text, s, e) and not (clause.item or clause.listed)
        ):
            # A purpose or requirement statement: its other clauses, and the sentences
            # after it in the paragraph that name nobody, say more of the same.
            skipped, previous = (clause.paragraph, clause.sentence), None
            aiming = aiming or bool(_PURPOSE_RE.match(text, s, e))
            continue
        if _AIM_SENTENCE_RE.match(text, s, e) and not _assigns(text, s, e):
            # "Tuyên truyền để các tầng lớp Nhân dân … hiểu về …": the plan's purpose told
            # as a bare sentence; the subjectless sentences after it say more of the same
            skipped, previous, aiming = (clause.paragraph, clause.sentence), None, True
            continue
        if _TELLS_DOCUMENT_RE.match(text, s, e) and not _assigns(text, s, e):
            # "Chủ tịch UBND tỉnh vừa ký văn bản chỉ đạo tăng cường …": the news of the
            # document, not a duty in it (unless it names the bodies it asks)
            skipped, previous = (clause.paragraph, clause.sentence), None
            continue
        if _states_outcome(text[s:e]):
            if re.search(r"\bđã\b", text[s:e]):
                years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", text[s:e])]
                done = (clause.paragraph, max(years, default=0))
            continue
        if (
            _NARRATIVE_RE.match(text, s, e)
            or _NARRATION_RE.match(text, *strip_span(text, clause.start, e))
            or _BACKGROUND_RE.match(text, s, e)
            or _describes(text[s:e])
            or _earlier_year_opens(text, s, e, meta)
            or _tells_shortcoming(text[s:e])
        ) and not _assigns(text, s, e):
            # who attended, chaired or spoke, the context, someone's words, a year before
            # the plan's: the news around the work, not a duty
            continue
        _read_agencies(text, s, e, clause, resolver, mentioned)
        if text[clause.end : clause.end + 1] == ";":
            # (items after the colon: the ask frames them; one duty after it keeps its frame,
            # "giao UBND các huyện: Phối hợp …")
            s = _after_asking_colon(text, s, e)
        if aiming:
            if not (
                clause.own_lead or clause.item or _assigns(text, s, e) or _ends_aims(text, clause)
            ):
                # The purposes run on over the next paragraphs ("Kế hoạch nhằm …. Tăng cường
                # quảng bá …"), in the infinitive a duty has too, until the text turns to
                # what is done: a body, a list, an assignment, "Theo đó, …".
                continue
            aiming = False
        if (
            done
            and done[0] == clause.paragraph
            and not (
                clause.own_lead
                or _assigns(text, s, e)
                or _PLANNED_RE.search(text, s, e)
                or _later_year_opens(text, s, e, done[1])
            )
        ):
            continue  # the rest of a paragraph of done work ("… đã …. Góp phần …") is done too
        if (
            skipped
            and skipped[0] == clause.paragraph
            and (skipped[1] == clause.sentence or not clause.own_lead)
        ):
            continue
        if clause.own_lead and (
            _FRAME_RE.search(text, s, e)
            or (text[s:e].rstrip().endswith(":") and (_assigns(text, s, e) or clause.opens_items))
        ):
            # Only frames the items after it: they are the duties, led by its addressees
            # (in the next paragraphs too, until one names its own).
            frame = previous = clause
            continue
        if (
            previous is not None
            and previous.aside is not None
            and (previous.paragraph, previous.sentence) != (clause.paragraph, clause.sentence)
        ):
            previous = previous.aside  # the lead before a holder's sentence goes on after it
        if (
            not clause.own_lead
            and previous is not None
            # (not the items of a list a later sentence of its own subject opens, "… yêu cầu
            # các cơ quan …. UBND thành phố xác định 7 nhiệm vụ … gồm: …": that body's list)
            and not (
                clause.intro
                and clause.intro[0] >= previous.end
                and starts_with_head(_strip_connector(text[clause.intro[0] : clause.intro[1]]))
            )
            and (
                previous.paragraph == clause.paragraph
                or clause.carries_over
                or (
                    runs_on
                    and clause.paragraph == previous.paragraph + 1
                    and clause.sentence == 0
                    and text[s : s + 1].isupper()
                    and bool(VERB_START_RE.match(text[s:e][_manner_opening(text[s:e]) :]))
                )
            )
        ):
            clause.lead = [_copy(m) for m in previous.lead]
        elif not clause.own_lead and clause.intro and _assigns(text, *clause.intro):
            # an item of a list its sentence asks of bodies ("UBND tỉnh yêu cầu các sở …
            # thực hiện tốt các nội dung sau, cụ thể: …")
            asked = Clause(*clause.intro, clause.paragraph, clause.sentence)
            _read_agencies(text, *clause.intro, asked, resolver, mentioned)
            clause.lead = [_copy(m) for m in asked.lead]
            clause.coordinating = clause.coordinating or [_copy(m) for m in asked.coordinating]
        elif (
            not clause.own_lead
            and clause.intro
            and (agreed := _SIGNATORIES_RE.search(text, *clause.intro))
        ):
            # "Tại lễ ký kết, X và Y thống nhất ký kết với nội dung sau: …": the items are
            # the signatories' (one entry per body).
            clause.lead = resolver.mentions(agreed.group("who"), agreed.start("who"))
        elif not clause.own_lead and clause.intro and _works_on_list(text, *clause.intro):
            # an item of a list whose bodies are the subject of its sentence ("Theo chương
            # trình, hai đơn vị phối hợp tuyên truyền các nội dung: …")
            doer = Clause(*_clean(text, *clause.intro), clause.paragraph, clause.sentence)
            _read_agencies(text, doer.start, doer.end, doer, resolver, mentioned)
            clause.lead = [_copy(m) for m in doer.lead]
        elif not clause.own_lead and frame is not None:
            # (the bodies the ask names to work with, "giao A chủ trì, phối hợp với B thực
            # hiện các nhiệm vụ sau:", work with its addressees on each item)
            clause.lead = [_copy(m) for m in frame.lead]
            clause.coordinating = clause.coordinating or [_copy(m) for m in frame.coordinating]
        mentioned.extend(clause.lead + clause.coordinating)
        timeframe = _timeframe_in(text, s, e, schedule)
        if timeframe is None and clause.list_time:
            wording, ts, te = clause.list_time
            timeframe = schedule(wording, ts, te)
            if clause.year_led and not timeframe.deadlines:
                timeframe = None  # a year outside the period read: as a year in the clause
        confidence = 0.7 if clause.own_lead or not clause.lead else 0.6
        tasks.append(_prose_task(text, s, e, clause, timeframe, confidence, classify))
        if clause.holder and previous is not None:
            clause.aside = previous.aside or previous
        previous = clause
        if clause.own_lead:
            # A body given work: the clauses after it without a subject are its work too,
            # not more of a purpose or of done work told earlier in the paragraph.
            skipped = done = None
    return tasks


# The contents or focus of the work as a sentence's subject, told with what they carry and
# nothing asking for them ("Trọng tâm tuyên truyền phản ánh sinh động …", "Nội dung phối hợp
# tuyên truyền tập trung làm rõ …", "Các nội dung … sẽ nêu bật …"): what the plan is about.
_CONTENTS_TOLD_RE = re.compile(
    r"(?:(?:Các|Những)\s+)?(?:nội\s+dung|trọng\s+tâm)\s[^.;:\n]{0,80}?\b(?:sẽ\s+)?"
    r"(?:phản\s+ánh|tập\s+trung|làm\s+rõ|hướng\s+(?:vào|tới|đến)|nêu\s+bật|xoay\s+quanh"
    r"|đề\s+cập|nhấn\s+mạnh)\b",
    _I,
)
# The contents of the work asked for as a sentence's subject, "cần" or "phải" before its verb
# ("Nội dung tuyên truyền biển, đảo cần tập trung …"): a duty with no lead, and the sentences
# with no subject after it in its paragraph go on with it ("Tiếp tục tuyên truyền …").
_CONTENTS_ASKED_RE = re.compile(
    r"(?:Nội\s+dung|Trọng\s+tâm)\s[^.;:\n]{0,80}?\b(?:cần|phải)\s+(?=\w)", _I
)


def _contents_asked(text: str, start: int) -> bool:
    return bool(_CONTENTS_ASKED_RE.match(text, start))


_BLANKS_RE = re.compile(r"\s*")


def _in_asked_contents(text: str, start: int) -> bool:
    """Whether the paragraph holding ``start`` opens with contents asked for."""
    line = text.rfind("\n", 0, start) + 1
    return _contents_asked(text, _BLANKS_RE.match(text, line).end())


# The signatories of a joint plan before the items they agreed on: "Tại lễ ký kết Ủy ban
# MTTQ TP và Các tổ chức thành viên thống nhất ký kết với nội dung sau:".
_SIGNATORIES_RE = re.compile(
    r"(?:^|,\s*|\bTại\s+(?:lễ|hội\s+nghị|buổi)(?:\s+ký\s+kết)?\s*,?\s*)"
    r"(?P<who>(?-i:[A-ZĐỦ])[^,.;:\n]{2,160}?)\s+(?:đã\s+|cùng\s+)?thống\s+nhất\s+(?:ký\s+kết|thực\s+hiện)\b",
    _I,
)


def _works_on_list(text: str, start: int, end: int) -> bool:
    """A list's introduction whose subject is bodies at work on its items ("các sở, ngành
    tập trung tuyên truyền các nội dung: …", "hai đơn vị phối hợp …"), not the issuer
    announcing them ("UBND tỉnh ban hành kế hoạch với các nội dung: …")."""
    s, e = _clean(text, start, end)
    body = text[s:e]
    counted = _COUNTED_BODIES_RE.match(body)
    if counted:
        subject_end = s + counted.end()
    elif starts_with_head(body) and not re.match(r"(?:kế\s+hoạch|hướng\s+dẫn)\b", body, _I):
        phrase = _noun_phrase(text, s, e)
        if phrase is None or phrase[1] >= e:
            return False
        subject_end = phrase[1]
    else:
        return False
    rest = text[subject_end:e]
    return bool(
        re.match(r"[\s,]*(?:sẽ\s+|cần\s+|tiếp\s+tục\s+)?\w", rest)
        # (the issuer announcing, work done or a plan deployed "với nhiệm vụ …" is no body
        # at work on the items)
        and not re.search(
            r"\b(?:ban\s+hành|đề\s+ra|xác\s+định|nêu|đặt\s+ra|thống\s+nhất|đã|vừa|có|kế\s+hoạch"
            r"|chương\s+trình)\b",
            body,
            _I,
        )
        and _opens_with_verb(rest.lstrip(" ,"))
    )


# A body that "vừa / đã ký (ban hành) / có / gửi" a document: the news of the document.
_TELLS_DOCUMENT_RE = re.compile(
    r"[^.;:\n]{0,100}?\b(?:vừa|đã|mới)\s+(?:ký(?:\s+ban\s+hành)?|ban\s+hành|có|gửi|phát\s+hành)"
    r"(?:\s+\d{1,3})?\s+(?:văn\s+bản|công\s+văn|chỉ\s+thị|thông\s+báo|quyết\s+định|kế\s+hoạch"
    r"|hướng\s+dẫn|công\s+điện|thư)\b",
    _I,
)


# What falls short ("Tuy nhiên, công tác … còn hạn chế, chưa phát huy …") and why
# ("Nguyên nhân là do …"): a review's findings, not work to do.
_SHORTCOMING_RE = re.compile(
    r"(?:Tuy\s+nhiên|Song|Nhưng)\s*,?\s*[^.;:\n]{0,120}?\b(?:còn|vẫn\s+còn|chưa)\b"
    r"|[^.;:\n]{0,120}?\b(?:còn|vẫn\s+còn)\s+(?:nhiều\s+|một\s+số\s+)?(?:hạn\s+chế|bất\s+cập"
    r"|khó\s+khăn|tồn\s+tại|thiếu|chưa)\b"
    r"|Nguyên\s+nhân\b",
    _I,
)


def _tells_shortcoming(piece: str) -> bool:
    """A finding of what falls short, unless the clause opens with its verb ("Khắc phục những
    hạn chế còn tồn tại …") or makes it work to do ("cần", "phải", "sẽ", "tiếp tục")."""
    match = _SHORTCOMING_RE.match(piece)
    if match is None or _opens_with_verb(piece) or _DUTY_OPENER_RE.match(piece):
        return False
    return not re.search(r"\b(?:cần|phải|sẽ|tiếp\s+tục|khắc\s+phục)\b", piece[: match.end()], _I)


_SETS_WORK_RE = re.compile(
    r"\bđã\s+(?:\w+\s+){0,3}?(?:nêu|đề\s+ra|xác\s+định|đưa\s+ra|chỉ\s+rõ|ban\s+hành|thống\s+nhất"
    r"|kế\s+hoạch|chương\s+trình|nhiệm\s+vụ)\b",
    _I,
)


def _tells_done(piece: str) -> bool:
    """A sentence telling done work ("… đã phối hợp …"), not a request or the coming work."""
    return bool(
        re.search(r"\bđã\b", piece)
        and not _PLANNED_RE.search(piece)
        # ("Kế hoạch đã đề ra các nhiệm vụ như: …", "Sở đã triển khai kế hoạch … với nhiệm vụ
        # trọng tâm là: …": the work set, not done)
        and not _SETS_WORK_RE.search(piece)
        and not _WROTE_TO_ASK_RE.search(piece)
        # (an ask told as done, "… đã yêu cầu các sở …", is done too)
        and (_assignment(piece, 0, len(piece)) is None or _ASKED_RE.search(piece))
    )


# An ask told as done: "đã yêu cầu", "đã đề nghị", "đã giao", "đã chỉ đạo".
_ASKED_RE = re.compile(r"\bđã\s+" + _ASKS + r"\s", _I)


# The turn of a news item to the plan's work: "Theo đó,", "Cụ thể,", "Theo kế hoạch,", and
# the enumerators of its items ("Thứ nhất,", "Một là,").
_TURN_RE = re.compile(
    r"\s*(?:Theo\s+đó|Cụ\s+thể|Theo\s+(?:kế\s+hoạch|hướng\s+dẫn|chương\s+trình)"
    r"|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)\s*[,:]",
)


# The end of a sentence that only announces the items after it: "… tập trung thực hiện tốt
# các nội dung liên quan.", "… triển khai các nhiệm vụ sau:".
_FRAME_RE = re.compile(
    r"(?:thực\s+hiện|triển\s+khai)(?:\s+(?:tốt|nghiêm|nghiêm\s+túc|hiệu\s+quả|có\s+hiệu\s+quả))?"
    r"\s+(?:các|những|một\s+số)\s+(?:nội\s+dung|nhiệm\s+vụ|việc|yêu\s+cầu)"
    r"(?:\s+(?:sau(?:\s+đây)?|liên\s+quan|dưới\s+đây|như\s+sau|cụ\s+thể|trọng\s+tâm))?\s*:?\s*$",
    _I,
)


# A heading of aims, requirements or principles ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
# "Yêu cầu:"), and any numbered heading (which ends the items under the former).
_AIM_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*)?(?:mục\s+đích|mục\s+tiêu|yêu\s+cầu|quan\s+điểm"
    r"|nguyên\s+tắc)\b[^\n]{0,60}$",
    _I,
)
_NUMBERED_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:[IVX]{1,4}|\d{1,2})\s*[.)](?:\s+\S|[^\W\d_])[^\n]{0,160}$"
)


def _aim_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items written under a heading of aims or requirements, up to the next numbered
    heading that is not one: purposes and requirements are not tasks, even as bullets. A
    news item's turn to the work ("Theo đó, …" opening a line) ends them too."""
    spans = []
    for match in _AIM_HEADING_RE.finditer(text, start, end):
        stop = end
        for heading in _NUMBERED_HEADING_RE.finditer(text, match.end(), end):
            if not _AIM_HEADING_RE.match(text, heading.start()):
                stop = heading.start()
                break
        turn = _AIMS_TURN_RE.search(text, match.end(), stop)
        spans.append((match.start(), turn.start() if turn else stop))
    return spans


# A heading of the changes a letter passes on ("1. Các nội dung được điều chỉnh:", "Những nội
# dung sửa đổi, bổ sung:"): the terms under it (of an award, a contest, a plan of a higher
# body) tell what was changed, not work asked of the addressees.
_CHANGES_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*)?(?:(?:các|những|một\s+số)\s+)?"
    r"nội\s+dung\s+(?:được\s+|đã\s+được\s+)?(?:điều\s+chỉnh|sửa\s+đổi|thay\s+đổi)\b[^\n]{0,60}$",
    _I,
)


def _changes_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items a letter writes under a heading of changes, up to the next numbered heading
    of its own level (a numbered sub-item, "1.1.", is one of the changes)."""
    spans = []
    for match in _CHANGES_HEADING_RE.finditer(text, start, end):
        stop = end
        heading = _NUMBERED_HEADING_RE.search(text, match.end(), end)
        if heading:
            # (ended on the newline before it: the item there is read, not taken as the
            # first line of what follows)
            stop = max(match.end(), heading.start() - 1)
        spans.append((match.start(), stop))
    return spans


_AIMS_TURN_RE = re.compile(
    r"(?m)^[ \t]*Theo\s+(?:đó|kế\s+hoạch|hướng\s+dẫn|chương\s+trình|quyết\s+định)\s*,", _I
)


# The objectives a list introduction names as its items ("Theo Quyết định, mục tiêu để ban hành
# Kế hoạch gồm những nội dung chính như sau:", "Kế hoạch đề ra các mục tiêu cụ thể sau:"),
# not the work done to reach them ("Để đạt mục tiêu trên, Kế hoạch đề ra các nhiệm vụ sau:").
_AIM_WORD_RE = re.compile(r"\bmục\s+(?:tiêu|đích)\b", _I)
_TOWARDS_AIM_RE = re.compile(
    r"\b(?:để|nhằm|đạt|thực\s+hiện|hướng\s+tới|hoàn\s+thành)\s+(?:(?:được|các|những)\s+)?$", _I
)
_WORK_NAMED_RE = re.compile(r"[,.;]|\b(?:nhiệm\s+vụ|giải\s+pháp|hoạt\s+động|công\s+việc)\b", _I)


def _lists_aims(text: str, start: int, end: int) -> bool:
    intro = text[start:end]
    aim = _AIM_WORD_RE.search(intro)
    if aim is None or _TOWARDS_AIM_RE.search(intro, 0, aim.start()):
        return False
    after = intro[aim.end() :].rstrip()
    if after.endswith(":"):
        after = after[:-1]
    if _WORK_NAMED_RE.search(after) or _assigns(text, start, end):
        return False
    return intro.rstrip().endswith(":") or bool(re.search(r"\b(?:gồm|là)\b", after, _I))


def _headline(text: str) -> int | None:
    """The end of a news item's headline: its first line when it is short and ends without
    a stop ("Nghệ An triển khai nhiệm vụ …: đổi mới, chủ động, hiệu quả")."""
    match = re.match(r"\s*([^\n]{10,250})\n", text)
    if (
        match
        and not re.search(r"[.;:…]\s*$", match.group(1))
        and not _LIST_MARK_RE.match(match.group(1))
    ):
        return match.end(1)
    return None


_LIST_MARK_RE = re.compile(r"\s*(?:[-–•+*]|\d{1,2}\s*[.)]|[IVX]{1,4}\s*[.)])\s")


def _copy(mention: AgencyMention) -> AgencyMention:
    return AgencyMention(**{**mention.__dict__, "confidence": min(mention.confidence, 0.7)})


# ---------------------------------------------------------------------------------------
# Region, sentences, clauses
# ---------------------------------------------------------------------------------------


def _region(text: str, meta) -> tuple[int, int]:
    end = meta.body_end or meta.annex_start or len(text)
    if meta.doc_type.value == "plan":
        sections = [s for s in meta.sections if s.kind in ("tasks", "organisation")]
        if sections:
            return sections[0].start, sections[-1].end
        # A plan whose task sections were not found (a cut copy, unusual headings): the
        # rest is preamble and purposes, and guessing tasks from it would mislead.
        return 0, 0
    if (
        meta.announcement
        and meta.announcement[1] > meta.announcement[0]
        and re.match(
            r"\s*\(?(?:Ảnh|Nguồn)\b", text[_sentence_start(text, meta.announcement[0] + 1, 0) :]
        )
    ):
        # a photo's caption naming the plan ("Ảnh: Hội nghị triển khai kế hoạch …") announces
        # nothing: the item is read from its start
        meta = replace(meta, announcement=None)
    start = meta.announcement[1] if meta.announcement else 0
    heading = _task_heading(text, 0, end)
    if heading is not None and (not meta.announcement or heading <= meta.announcement[0]):
        # A heading that introduces the work ("MỘT SỐ CÔNG TÁC TRỌNG TÂM NĂM 2020"): what is
        # under it is read, whatever sentence below was taken for the announcement.
        start = heading
        meta = replace(meta, announcement=None)
    elif meta.announcement and _LIST_INTRO_RE.search(
        text, _sentence_start(text, meta.announcement[0], 0), meta.announcement[1]
    ):
        # The announcement opens the list itself ("Sở đã triển khai kế hoạch … với nhiệm vụ
        # trọng tâm là: …"), or is one of the items of a list its sentence opens ("Nhiệm vụ
        # trọng tâm năm 2024 là: tham mưu … ban hành kế hoạch …; …"): its items are read.
        start = _sentence_start(text, meta.announcement[0], 0)
        meta = replace(meta, announcement=None)
    if meta.announcement:
        # An announcement read past its own sentence ("… phương châm “…, hiệu quả.” Năm
        # 2025, công tác … tập trung …"): what follows its stop is the plan's content.
        pieces = _sentences(text, *meta.announcement)
        if len(pieces) > 1 and not _ANNOUNCING_RE.search(text, *pieces[-1]):
            start = pieces[-1][0]
    stop = _END_RE.search(text, start, end)
    if stop:
        end = stop.start()
    intro = None
    for match in _LIST_INTRO_RE.finditer(text, start, end):
        intro = match
        break
    if intro is not None:
        listed = _sentence_start(text, intro.start(), start)
        # (the sentence before it, in its own paragraph or not)
        back = max(start, len(text[:listed].rstrip()) - 1)
        before = _sentence_start(text, back, start) if listed > start else listed
        assigned = _assignment(text, before, listed) if before < listed else None
        if assigned is not None and (
            _LEADING_PURPOSE_RE.match(text, before, listed)
            or not _DONE_OR_PASSIVE_RE.search(text, before, assigned.start())
        ):
            # The direction the list follows, led by its purpose or by the body that gives it
            # ("Để làm được điều này, UBND thành phố yêu cầu các cơ quan, đơn vị ….", "Ban
            # Thường vụ Tỉnh ủy yêu cầu các cấp ủy … triển khai …. Kế hoạch đề ra các nhiệm vụ
            # trọng tâm như: …"): a duty of its own, read with the list; told as done ("đã yêu
            # cầu …") it is the plan's background.
            listed = before
        coming = next(
            (m for m in _COMING_DUTY_RE.finditer(text, start, listed) if m.start() >= start), None
        )
        # The work the place or body sets itself before the list ("Theo kế hoạch, Cà Mau sẽ
        # tập trung mở rộng …. Bên cạnh đó, Cà Mau tiếp tục tăng cường …. … UBND tỉnh đề ra
        # một số nhiệm vụ, giải pháp chính, gồm: …"): duties as much as the list's items, read
        # from the first of them (the sentences between keep their own filters).
        start = listed if coming is None else _sentence_start(text, coming.start(), start)
    return start, end


# A sentence whose subject "sẽ tập trung / tiếp tục" does a duty: work set for the coming
# period, not a purpose restated ("Kế hoạch nhằm …") nor work told as done ("đã tiếp tục …").
_COMING_DUTY_RE = re.compile(
    rf"(?:^|(?<=[.\n])\s)\s*(?:{_UP}[^.;:\n,]{{0,40}},\s*)?{_UP}[^.;:\n]{{1,60}}?"
    r"(?<!\bđã)\s(?:sẽ\s+(?:tập\s+trung|tiếp\s+tục)|tiếp\s+tục)\s+(?=(?:"
    + _VERB_ALT
    + r")(?![\w]))",
    re.M,
)


_ANNOUNCING_RE = re.compile(r"ban\s+hành|kế\s+hoạch|đề\s+ra|phê\s+duyệt|chương\s+trình", _I)
# A heading line in capitals that introduces the work ("NHIỆM VỤ TRỌNG TÂM NĂM 2024",
# "MỘT SỐ CÔNG TÁC TRỌNG TÂM NĂM 2020", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ"), not the results.
_TASK_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*)?([^\n]{0,40}?(?:NHIỆM\s+VỤ|TRỌNG\s+TÂM"
    r"|PHƯƠNG\s+HƯỚNG)[^\n]{0,80})[ \t]*$"
)


def _task_heading(text: str, start: int, end: int) -> int | None:
    """Where the text under a heading that introduces the work begins."""
    for match in _TASK_HEADING_RE.finditer(text, start, end):
        line = match.group(1)
        if is_upper_heading(line) and not re.search(r"KẾT\s+QUẢ|TÌNH\s+HÌNH|MỤC\s+ĐÍCH", line):
            return match.end()
    return None


def _sentence_start(text: str, pos: int, floor: int) -> int:
    candidates = [text.rfind("\n", floor, pos)]
    for match in _SENTENCE_BREAK_RE.finditer(text, floor, pos):
        candidates.append(match.end() - 1)
    best = max(candidates)
    return floor if best < floor else best + 1


def _clauses(text: str, start: int, end: int) -> list[Clause]:
    clauses: list[Clause] = []
    paragraphs = _paragraphs(text, start, end)
    bulleted = [bool(_BULLET_RE.match(text, ps, pe)) for ps, pe in paragraphs]
    # Numbered or lettered lines ("1. …", "a. …") under an ask ending with ":" ("UBND tỉnh
    # giao Sở … chủ trì, phối hợp với … thực hiện các nhiệm vụ sau:") are its items too.
    asked_run = False
    for p_index, (ps, pe) in enumerate(paragraphs):
        numbered = bool(_NUMBERED_ITEM_RE.match(text, ps, pe))
        if not (numbered or bulleted[p_index]):
            asked_run = False
        elif p_index and not (asked_run or bulleted[p_index - 1]):
            above_start, above_end = paragraphs[p_index - 1]
            asked_run = text[above_start:above_end].rstrip().endswith(":") and bool(
                _assignment(text, above_start, above_end)
            )
        bulleted[p_index] = bulleted[p_index] or (numbered and asked_run)
    above: tuple[int, int] | None = None  # the line ending with ":" above bulleted lines
    for p_index, (ps, pe) in enumerate(paragraphs):
        if not bulleted[p_index]:
            above = None
        opens = (
            text[ps:pe].rstrip().endswith(":")
            and p_index + 1 < len(paragraphs)
            and bulleted[p_index + 1]
        )
        # ("Trong đó, …" goes on with the work of the sentence before it, as "Đồng thời" does;
        # so does "Cùng với đó (là) …" with no subject of its own, while a paragraph opening
        # "Bên cạnh đó, …" adds work of its own, no lead carried: seed convention.)
        carries = bool(
            re.match(r"\s*(?:Đồng\s+thời|Trong\s+đó\s*,|Cùng\s+với\s+đó\b)", text[ps:pe])
        )
        sentences = _sentences(text, ps, pe)
        capitals_only: bool | str = False
        for s_index, (ss, se) in enumerate(sentences):
            list_time = None
            enumerated = False
            intro_end = _intro_end(text, ss, se)
            intro = (ss, intro_end) if intro_end is not None else None
            count = _announced_count(text[ss:intro_end]) if intro_end is not None else None
            if intro_end is None and _CONNECTOR_RE.match(text, ss, se):
                # A sentence opening with a connector ("Cụ thể: …", "Đồng thời, …") is no
                # item of the list before it: its ";" split duties as usual.
                capitals_only = False
            # A year heading the sentence ("Trong năm 2014, …", "Cụ thể: Năm 2024, …") dates
            # each of its duties, its ";"-clauses included, and no sentence after it (P11).
            leading = _LEADING_YEAR_RE.match(text, intro_end if intro_end is not None else ss)
            year_led = bool(leading)
            if leading:
                time_start, time_end = leading.span("time")
                list_time = (squash(leading.group("time")), time_start, time_end)
            if intro_end is not None:
                time = _TIME_PHRASE_RE.search(text, ss, intro_end)
                if time:
                    list_time = (squash(time.group(0)), time.start(), time.end())
                    year_led = False
                # Items enumerated in lower case ("bao gồm: bản sắc ASEAN; những nét …"):
                # each ";" ends one. A writer who capitalises them is read as below.
                # (The writer may capitalise the first item only: "là: Lịch sử …; ý nghĩa …".)
                # (the topics an item lists after "cụ thể là" are its own, up to the next
                # item in capitals: "…; Triển khai các hoạt động …, cụ thể là giải thích …;
                # quảng bá hình ảnh …; …" counts as one item)
                items_text = _SPELLED_OUT_RE.sub("", text[intro_end:se])
                enumerated = (
                    bool(_ENUMERATION_RE.search(text, ss, intro_end))
                    and bool(
                        re.match(rf"\s*[{LOWER_LETTERS}]", items_text)
                        or re.match(rf"[^;]*;\s*[{LOWER_LETTERS}]", items_text)
                    )
                    # (more items after ";" in capitals than in lower case: the writer
                    # capitalises the items, a lower-case piece goes on with the one before it)
                    and len(re.findall(rf";\s*{_UP}", items_text))
                    <= len(re.findall(rf";\s*[{LOWER_LETTERS}]", items_text))
                )
                ss = intro_end
                # When the writer capitalises the items of a list ("…; Các hoạt động …"),
                # a ";" before a lower-case word stays inside an item.
                capitals_only = not enumerated and bool(re.search(rf";\s*{_UP}", text[ss:pe]))
                if capitals_only and text[:intro_end].rstrip().endswith(":"):
                    # An explicit list ("… gồm: Tăng cường …; Tiếp tục …"): each ";" before
                    # a capital opens the next item, a duty verb or not ("Gắn kết …").
                    capitals_only = "items"
            pieces = _split_duties(
                text,
                ss,
                se,
                in_list=intro_end is not None,
                capitals_only=capitals_only,
                every=intro_end is not None and enumerated,
            )
            if count:
                pieces = _fit_count(text, pieces, count)
            for cs, ce in pieces:
                clauses.append(
                    Clause(
                        cs,
                        ce,
                        p_index,
                        s_index,
                        list_time=list_time,
                        year_led=year_led,
                        carries_over=carries and s_index == 0,
                        # (a bullet under a line ending with ":" is an item of its list)
                        item=enumerated or capitals_only == "items" or above is not None,
                        listed=intro_end is not None or above is not None,
                        intro=intro or above,
                        opens_items=opens and s_index == len(sentences) - 1,
                    )
                )
        if opens:
            above = (ps, pe)
    return clauses


# The count a list introduction announces ("… xác định 7 nhiệm vụ, giải pháp … gồm:", "… đề
# ra năm nhóm giải pháp sau:").
_COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_ANNOUNCED_COUNT_RE = re.compile(
    r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp"
    r"|nội\s+dung|hoạt\s+động|công\s+việc|việc|vấn\s+đề|chủ\s+đề|trọng\s+tâm|định\s+hướng)\b",
    _I,
)


def _announced_count(intro: str) -> int | None:
    match = _ANNOUNCED_COUNT_RE.search(intro)
    if match is None:
        return None
    word = match.group(1).lower()
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


_LAST_AND_RE = re.compile(r"\s+và\s+(?=\w)")


def _fit_count(text: str, pieces: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """The items of a list announced with its count, where its ";" do not mark them (the
    twenty-first batch's convention: split by the count). A piece that opens with no duty
    ("quảng bá các giá trị văn hóa; hình ảnh và con người …") goes on with the item before
    it; the last item may join two with "và" ("tiếp thu … và đẩy mạnh …"), the list's own
    last link. Kept as split at ";" unless this gives the count announced."""
    if len(pieces) < 2 or not _opens_duty(text[pieces[0][0] : pieces[0][1]]):
        return pieces
    fitted: list[list[int]] = []
    for s, e in pieces:
        if fitted and not _opens_duty(text[s:e]):
            fitted[-1][1] = e
        else:
            fitted.append([s, e])
    if len(fitted) == count - 1:
        s, e = fitted[-1]
        links = [m for m in _LAST_AND_RE.finditer(text, s, e) if _opens_duty(text[m.end() : e])]
        if links:
            fitted[-1][1] = links[-1].start()
            fitted.append([links[-1].end(), e])
    if len(fitted) != count:
        return pieces
    return [(s, e) for s, e in fitted]


# An item's topics spelled out ("…, cụ thể là giải thích …; quảng bá …; …") up to the next
# item written with a capital.
_SPELLED_OUT_RE = re.compile(rf"\b(?:cụ\s+thể|Cụ\s+thể)\s+(?:là|như)\s[^;]*(?:;(?!\s*{_UP})[^;]*)*")
# (also an item numbered with a dash, "1- Tuyên truyền …", as a resolution's copy writes them)
_BULLET_RE = re.compile(r"\s*(?:[-–•+*]|[a-zđ]\)|\d{1,2}\s*-)\s+\S")
_NUMBERED_ITEM_RE = re.compile(r"\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s+\S|\d{1,2}[.)][^\W\d_])")


_INTRO_IS_RE = re.compile(
    # (not "… gồm có:", the list after a colon)
    r"(?:Các\s+|Những\s+)?(?:nhiệm\s+vụ|nội\s+dung|trọng\s+điểm)[^.;:]{0,80}?\s+(?:là|gồm|gồm\s+có)\s+"
    r"(?!có\s*:)"
    # "Các chương trình, hoạt động … trọng tâm giai đoạn 2021-2025 là …": the focus work
    # named by what it is.
    r"|(?:Các\s+|Những\s+)?(?:chương\s+trình|hoạt\s+động|công\s+tác|giải\s+pháp)[^.;:]{0,60}?"
    r"\b(?:trọng\s+tâm|chủ\s+yếu|chính)\b[^.;:]{0,40}?\s+(?:là|gồm|gồm\s+có)\s+",
    _I,
)


# Names given as examples after "như:" (capitalised, separated by commas).
_EXAMPLES_RE = re.compile(rf"\s*(?:{_UP}[^,;:.\n]{{0,30}},\s*){{2,}}")


def _intro_end(text: str, start: int, end: int) -> int | None:
    """Where the items of a list begin, if the sentence opens with a list introduction."""
    connector = _CONNECTOR_RE.match(text, start, end)
    opening = connector.end() if connector else start
    match = _INTRO_IS_RE.match(text, opening, end)
    if match:
        return match.end()
    match = _LIST_INTRO_RE.search(text, start, min(end, start + 400))
    if match is None or _agency_prefix(text, start, match) is not None:
        return None
    if _EXAMPLES_RE.match(text, match.end(), end):
        return None  # "… với các quốc gia như: Singapore, Nhật Bản, …": examples, not a list
    if ":" not in match.group(0) and not re.match(r"(?:bao\s+gồm|gồm)", match.group(0), _I):
        return None
    head = text[opening : match.start()] + match.group(0)
    if VERB_START_RE.match(text[opening:end]) and not re.search(
        r"nhiệm\s+vụ|nội\s+dung|như\s*:", head, _I
    ):
        return None
    return match.end()


def _agency_prefix(text: str, start: int, intro: re.Match) -> str | None:
    colon = text.find(":", start, intro.end())
    if colon < 0:
        return None
    head = _strip_connector(text[start:colon]).strip()
    if re.match(r"Hội\s+nghị\b", head, _I):
        return None  # a meeting ("Hội nghị thống nhất …:") is not a body ("Hội Nông dân")
    if (
        head
        and starts_with_head(head)
        and not _PREDICATE_RE.search(head)
        and not _SETS_LISTED_WORK_RE.search(head)
        and len(head.split()) <= 12
    ):
        return head
    return None


# A body setting the work it lists ("Sở Ngoại vụ đề ra một số giải pháp sau:", "Liên hiệp xác
# định 5 nhiệm vụ trọng tâm:"): the sentence introduces the list, it is no body's label.
_SETS_LISTED_WORK_RE = re.compile(
    r"\b(?:đề\s+ra|xác\s+định|thống\s+nhất)\s+(?:một\s+số\s+|các\s+|những\s+|\d{1,2}\s+)?"
    r"(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp)",
    _I,
)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each line is a paragraph (web pages and pasted text put one paragraph on a line;
    the PDF and OCR readers join the lines they wrapped)."""
    out = []
    for match in re.finditer(r"[^\n]+", text[start:end]):
        s, e = strip_span(text, start + match.start(), start + match.end())
        if s < e:
            out.append((s, e))
    # A word split over a blank line by a web scrape ("giới\n\nthiệu") joins its paragraph.
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if (
            merged
            and text[s] in LOWER_LETTERS
            and not re.search(r"[.;:!?…]\s*$", text[merged[-1][0] : merged[-1][1]])
            and not re.match(r"[a-zđ]\)\s", text[s:e])  # a lettered item ("a) Tăng cường …")
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for match in _SENTENCE_BREAK_RE.finditer(text, start, end):
        if _is_abbreviation(text, match.start()):
            continue
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _is_abbreviation(text: str, pos: int) -> bool:
    word = re.search(r"(\S+)$", text[max(0, pos - 12) : pos])
    return bool(
        word
        and re.fullmatch(r"(?:TP|Tp|TX|St|Th|Ths|TS|PGS|GS|Q|P|[A-Z])\.", word.group(1))
        # (an item's number after the ";" or ":" before it, a list pasted on one line: "…: 1.
        # Tham mưu …; 2. Đẩy mạnh …")
        or re.search(r"[;:]\s*\d{1,2}\.$", text[max(0, pos - 6) : pos])
    )


_COORDINATE_CLAUSE_RE = re.compile(r"(?<!chủ trì)(?<!đầu mối),\s+(?=phối\s+hợp\s+với\s)")


# A list of contents enumerated after "(bao) gồm:" ("Nội dung tuyên truyền bao gồm: A; B;
# C"): each ";" ends an item, whether the item is a duty or a topic.
_ENUMERATION_RE = re.compile(
    # (also the focal points or topics named: "Các trọng điểm (tuyên truyền) bao gồm: A; b")
    r"(?:nội\s+dung|nhiệm\s+vụ|trọng\s+điểm|chủ\s+đề)[^.;:]{0,80}?\b"
    r"(?:bao\s+gồm|gồm(?:\s+có)?|là|như|tập\s+trung\s+vào)"
    # ("… tập trung vào 7 vấn đề lớn: A; b; c", "… gồm 10 nội dung: a; b": the topics counted)
    r"(?:\s+\d{1,2}\s+(?:vấn\s+đề|nội\s+dung|chủ\s+đề|nhóm|lĩnh\s+vực)[^.;:]{0,30})?\s*:\s*$"
    r"|\b(?:bao\s+gồm|gồm(?:\s+có)?)\s+\d{1,2}\s+(?:nội\s+dung|nhiệm\s+vụ|vấn\s+đề|chủ\s+đề|nhóm)"
    r"[^.;:]{0,30}:\s*$"
    # ("… tuyên truyền các nội dung: A; b; c", "… những vấn đề chủ yếu sau: a; b": the colon
    # right after the contents named)
    r"|\b(?:các|những|một\s+số)\s+(?:nội\s+dung|vấn\s+đề|chủ\s+đề)(?:\s+(?:tuyên\s+truyền|sau"
    r"|đây|chính|chủ\s+yếu|trọng\s+tâm|cơ\s+bản|cụ\s+thể)){0,3}\s*:\s*$",
    _I,
)


# (never work told done in the passive: "… tiếp tục được đổi mới …")
# (the ask may list its items after a colon: "đề nghị: các sở, ngành …; báo, đài …")
_ASK_OR_MODAL_RE = re.compile(
    r"\b(?:" + _ASKS + r"(?:\s*:)?|" + _DUTY_MODAL + r")\s+(?!được\b)", _I
)


def _split_duties(
    text: str,
    start: int,
    end: int,
    *,
    in_list: bool = False,
    capitals_only: bool | str = False,
    every: bool = False,
) -> list[tuple[int, int]]:
    """Split a sentence at ";" where the next clause is a duty of its own; inside a list
    of duties also at ", phối hợp với …" (but not after "chủ trì", where it completes it)."""
    parts: list[list[int]] = []
    pos = start
    depth = 0
    for index in range(start, end):
        ch = text[index]
        if ch in '(“"':
            depth += 1 if ch != '"' or depth == 0 else -1
        elif ch in ")”":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            parts.append([pos, index])
            pos = index + 1
    parts.append([pos, end])
    if in_list:
        finer = []
        for s, e in parts:
            for match in _COORDINATE_CLAUSE_RE.finditer(text, s, e):
                finer.append([s, match.start()])
                s = match.end()
            finer.append([s, e])
        parts = finer
    # A duty that lists what it covers ("Chuẩn bị … 06 sự kiện gồm: kỷ niệm …; kỷ niệm …"):
    # the items after its "gồm:" / "như:" are its examples, not duties of their own.
    examples = None if in_list else _EXAMPLES_COLON_RE.search(text, start, end)
    # (the first clause asks or sets work to come: "Ban Chỉ đạo yêu cầu …", "… sẽ …")
    asking = bool(_ASK_OR_MODAL_RE.search(text, parts[0][0], parts[0][1]))
    # (the ask lists its bodies' items after a colon: each ";" ends one, and an item that is
    # no duty, a requirement or a purpose, is a clause of its own, not read as a task)
    listing = _asks_bodies_listed(text, *parts[0])
    out: list[list[int]] = []
    fragments: set[int] = set()  # pieces the copy cut ("…;... các hình thức …"), no clause
    for s, e in parts:
        s, e = strip_span(text, s, e)
        if out and examples is not None and s > examples.end():
            out[-1][1] = e
            continue
        elided = s < e and text[s] in "…." and bool(out)
        while s < e and text[s] in "….":  # the "…" of ";…" opens no clause
            s += 1
        s, e = strip_span(text, s, e)
        if s >= e:
            continue
        piece = text[s:e]
        if elided and not _opens_duty(piece):
            # ";... các hình thức tuyên truyền phù hợp …": the copy left out the clause's
            # verb (an ellipsis for words cut); what is left is no duty, nor part of the one
            # before.
            fragments.add(len(out))
            out.append([s, e])
            continue
        if (
            not out
            or (
                (
                    every
                    # "…: - Tuyên truyền …; - Tổ chức …": a web copy that lost the list's line
                    # breaks keeps its marks, each opening an item
                    or _INLINE_MARK_RE.match(piece)
                    or capitals_only == "items"
                    and re.match(_UP, piece)
                    or _opens_duty(piece, asking=asking)
                    and not (capitals_only and not re.match(_UP, piece))
                    or listing
                    and _NO_DUTY_ITEM_RE.match(piece)
                )
                and not _asks_only_addressees(text, *out[-1])
                and not _narrows(text[out[-1][0] : out[-1][1]], piece)
                and not _propaganda_topic(text[out[-1][0] : out[-1][1]], piece)
            )
        ):
            out.append([s, e])
        else:
            out[-1][1] = e
    return [(s, e) for i, (s, e) in enumerate(out) if i not in fragments]


# An ask that lists its items after a colon, each led by its bodies ("UBND tỉnh đề nghị: các sở,
# ngành tăng cường …; các xã, phường chủ động …; báo, đài mở chuyên mục …").
_ASK_COLON_RE = re.compile(r"\b" + _ASKS + r"\s*:\s*", _I)
# An item of such an ask that gives no body work: a requirement on how the work is done ("các
# hoạt động phải bảo đảm tiết kiệm …", "các nội dung trên cần …") or its purpose ("nhằm …").
_NO_DUTY_ITEM_RE = re.compile(
    r"(?:nhằm|để)\s|" + _ABOVE_REQUIRED_RE.pattern + "|" + _REQUIREMENT_RE.pattern[1:], _I
)


def _asks_bodies_listed(text: str, start: int, end: int) -> bool:
    ask = _ASK_COLON_RE.search(text, start, end)
    if ask is None:
        return False
    return bool(
        _bare_subject(text, ask.end(), end)
        or starts_with_head(text[ask.end() : end])
        and _body_at_work(text, ask.end(), end)
    )


def _propaganda_topic(before: str, piece: str) -> bool:
    """ "… cần đẩy mạnh tuyên truyền A; công tác chuẩn bị Đại hội …": the work named after ';'
    is one more topic of the propaganda before it, not a duty of its own."""
    return piece.startswith("công tác ") and bool(re.search(r"\btuyên\s+truyền\b", before))


# A clause after ";" that singles out one of the things the clause before it named ("… đa
# dạng hóa các hình thức tuyên truyền; chú trọng hình thức tuyên truyền miệng", "… mở rộng các
# hoạt động giao lưu; ưu tiên hoạt động …"): the same duty made precise, not one of its own
# ("…; chú trọng tuyên truyền …", a verb after it, is one).
_NARROWING_RE = re.compile(
    r"(?:đặc\s+biệt\s+(?:là\s+)?)?(?:cần\s+)?(?:chú\s+trọng|ưu\s+tiên|quan\s+tâm(?:\s+(?:đến|tới))?)"
    r"\s+(?P<noun>\w+\s+\w+)\b",
    _I,
)


def _narrows(before: str, piece: str) -> bool:
    narrowing = _NARROWING_RE.match(piece)
    if narrowing is None or VERB_START_RE.match(narrowing.group("noun")):
        return False
    noun = r"\s+".join(map(re.escape, narrowing.group("noun").split()))
    return bool(re.search(rf"\b(?:các|những)\s+{noun}\b", before, _I))


_INLINE_MARK_RE = re.compile(r"(?:[-–•+*]|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}[.)])\s+(?=\w)")


def _asks_only_addressees(text: str, start: int, end: int) -> bool:
    """A clause that stops after the bodies it asks ("… đề nghị Báo Hà Nam, Đài Phát thanh
    và Truyền hình Hà Nam; UBND các huyện … chỉ đạo …"): its addressees go on after the ";"."""
    ask = _assignment(text, start, end)
    if ask is None:
        return False
    phrase = _noun_phrase(text, ask.end(), end)
    return bool(phrase and phrase[1] >= strip_span(text, start, end, " \t\n,;")[1])


_EXAMPLES_COLON_RE = re.compile(r"\b(?:gồm(?:\s+có)?|như|sau(?:\s+đây)?)\s*:", _I)


# Words that open a duty clause though they are no duty verb of their own ("chú trọng
# tuyên truyền …", "gắn kết …", "tích cực phối hợp …", "khẩn trương tổ chức …").
_DUTY_OPENER_RE = re.compile(
    r"(?:chú\s+trọng|gắn\s+kết|tích\s+cực|khẩn\s+trương|ưu\s+tiên|quan\s+tâm|hạn\s+chế"
    # common verbs of work that are no listed duty verb ("…; làm tốt công tác …", "…; phản
    # ánh kịp thời …", "…; đưa tin …")
    r"|làm\s+tốt|nắm\s+chắc|giữ\s+vững|phản\s+ánh|đưa|trang\s+trí|vận\s+động|bố\s+trí|mở"
    # ("…; thắt chặt quan hệ hữu nghị …", "…; thúc đẩy hợp tác …", "…; kiện toàn …")
    r"|thắt\s+chặt|thúc\s+đẩy|tranh\s+thủ|kết\s+nối|kiện\s+toàn|hoàn\s+thiện|tôn\s+vinh|phát\s+sóng"
    r"|hưởng\s+ứng"
    # ("…; vạch trần âm mưu, thủ đoạn …": the propaganda's fight against hostile views)
    r"|vạch\s+trần"
    r"|không\s+(?:tổ\s+chức|cử|để))\b",
    _I,
)


def _body_at_work(text: str, start: int, end: int) -> bool:
    """A body named as the subject, then a predicate ("Báo … mở chuyên mục …", "Các khu phố
    treo cờ …"), though the verb is no listed duty verb."""
    if not starts_with_head(text[start:end]):
        return False
    phrase = _noun_phrase(text, start, end)
    return bool(phrase and phrase[1] < end and end - phrase[1] > 12)


# A duty singled out ("…; đặc biệt cần chú trọng phát huy …") or told as needed ("…; cần
# tăng cường …"): the verb after it opens the clause.
_SINGLED_OUT_RE = re.compile(r"(?:đặc\s+biệt\s+(?:là\s+)?)?(?:cần|phải)\s+(?=\w)", _I)


def _opens_duty(piece: str, asking: bool = False) -> bool:
    piece = _strip_connector(piece)
    singled = _SINGLED_OUT_RE.match(piece)
    if singled:
        piece = piece[singled.end() :]
    if _DOCUMENT_NAMED_RE.match(piece):
        return False  # "…; Quyết định số 1517 của …": one more document the duty names
    opening = VERB_START_RE.match(piece)
    if opening and re.match(r"\s+(?:phẩm|viên)\b", piece[opening.end() :]):
        return False  # "…; xuất bản phẩm …", "…; báo cáo viên …": a noun, no verb
    if opening or _DUTY_OPENER_RE.match(piece):
        return True
    ask = _ASSIGN_RE.match(piece)
    if ask and _looks_like_agency(piece, ask.end(), len(piece)):
        return True  # "…; đồng thời yêu cầu các bộ, ngành …": an ask of its own
    if re.match(_UP, piece) and _body_at_work(piece, 0, len(piece)):
        return True  # "…; Báo Bình Dương mở chuyên mục …": a body named with its own work
    if asking and _bare_subject(piece, 0, len(piece)):
        return True  # "… đề nghị: các sở, ngành …; báo, đài mở chuyên mục …": bodies in lower case
    if asking and re.match(r"(?:các|những)\s", piece) and _body_at_work(piece, 0, len(piece)):
        # "… yêu cầu các thành viên …; các sở, ngành cập nhật …": bodies in lower case after an
        # ask, a duty verb or modal right after them (not a result told after results: "…
        # được duy trì; các tổ chức Hội thành viên từng bước …")
        rest = piece[_noun_phrase(piece, 0, len(piece))[1] :].lstrip()
        verb = VERB_START_RE.match(rest)
        return bool(
            verb and verb.group(0).lower() not in NOUN_LIKE or re.match(_DUTY_MODAL + r"\s", rest)
        )
    return bool(re.match(_UP, piece)) and any(
        m.group(0) not in NOUN_LIKE for m in VERB_RE.finditer(piece, 0, 160)
    )


_DOCUMENT_NAMED_RE = re.compile(
    r"(?:Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Thông\s+tư"
    r"|Công\s+văn|Hướng\s+dẫn|Quy\s+chế|Quy\s+định|Chương\s+trình|Đề\s+án)\s+(?:số\s*)?\d"
)


def _strip_connector(piece: str) -> str:
    piece = piece.strip()
    connector = _CONNECTOR_RE.match(piece)
    return piece[connector.end() :] if connector else piece


# (also "(Theo đó) với mục đích (mục tiêu) …, UBND tỉnh chỉ đạo …")
_LEADING_PURPOSE_RE = re.compile(
    r"(?:Nhằm|Để|(?:Theo\s+đó\s*,?\s*)?với\s+mục\s+(?:đích|tiêu))\s", _I
)
# The condition of a request ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc có
# kiến nghị …, đề nghị Quý Cơ quan liên hệ …", "Trường hợp có vướng mắc, các đơn vị phản ánh
# về …"): the duty starts at the requesting verb or at the bodies asked.
_CONDITION_RE = re.compile(
    r"(?:Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)[^,.;:\n]{0,60},\s*)?"
    r"(?:nếu|trường\s+hợp|khi)\s+(?:có|phát\s+sinh|gặp)\s[^.;:\n]{0,200}?,\s*"
    r"(?=(?:đề\s+nghị|yêu\s+cầu)\s|Quý\s|(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|sở|ban|ngành"
    r"|địa\s+phương|huyện|xã|phòng|tổ\s+chức)\b|(?-i:[A-ZĐ]))",
    _I,
)


# The role a body holds, opening its sentence as a leading purpose does ("Là cơ quan quản lý
# nhà nước về thông tin đối ngoại, Sở … chịu trách nhiệm …", "Với vai trò (là) cơ quan đầu
# mối, …"): dropped; the body after it leads.
_ROLE_BEFORE_RE = re.compile(
    r"(?:Với\s+vai\s+trò\s+(?:là\s+)?|Là\s+)(?:cơ\s+quan|đơn\s+vị)\s[^,.;:\n]{3,160}?,\s*"
    r"(?=[A-ZĐ])"
)


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the leading connector and the trailing terminator of a clause."""
    s, e = strip_span(text, start, end)
    # a bullet's or a lettered item's mark is not part of its text
    # ("(1) Tăng cường …", "2) chủ động …" in a list run into one paragraph)
    marker = re.match(
        r"(?:(?:[-–•+*]|[a-zđ]\)|\(\d{1,2}\)|\d{1,2}[.)](?=\s+\D))\s+"
        r"|\d{1,2}(?:\.\d{1,2})*[.)](?=[^\W\d_]))",
        text[s:e],
    )
    if marker is None and (s == 0 or text[s - 1] == "\n"):
        # "1- Tuyên truyền …" opening a line: an item numbered with a dash
        marker = re.match(r"\d{1,2}\s*-\s+(?=\D)", text[s:e])
    if marker:
        s += marker.end()
    connector = _CONNECTOR_RE.match(text, s, e)
    if connector:
        s = connector.end()
    condition = _CONDITION_RE.match(text, s, e)
    if condition:
        s = condition.end()  # "(Trong quá trình thực hiện,) nếu có khó khăn, …, đề nghị …"
    role = _ROLE_BEFORE_RE.match(text, s, e)
    if role and starts_with_head(text[role.end() : e]):
        s = role.end()  # "Là cơ quan quản lý nhà nước về …, Sở … chịu trách nhiệm …"
    if _LEADING_PURPOSE_RE.match(text, s, e) and (asks := _assignment(text, s, e)):
        # "Nhằm bảo đảm …, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu UBND các huyện …": the
        # duty starts at the subject that asks, after the purpose leading it.
        comma = text.rfind(",", s, asks.start())
        if comma > s and 0 < asks.start() - comma <= 80:
            s = strip_span(text, comma + 1, e)[0]
    while e > s:
        tail = text[s:e]
        if tail.endswith("./."):
            e -= 3
        elif tail.endswith(";…") or tail.endswith(";..."):
            e -= 2 if tail.endswith(";…") else 4
        elif tail[-1] in ".; \t\n\u00a0" and not tail.endswith("..."):
            e -= 1
        else:
            break
    return s, e


# ---------------------------------------------------------------------------------------
# Agencies in a clause
# ---------------------------------------------------------------------------------------


_ORGANISATION_RE = re.compile(
    r"\s+(?:(?:cơ\s+sở\s+)?đảng|chính\s+trị|đoàn\s+thể|thành\s+viên|hữu\s+nghị|phi\s+chính\s+phủ)\b"
)


def _noun_phrase(text: str, start: int, end: int, stop_re=_PREDICATE_RE) -> tuple[int, int] | None:
    stop = end
    for match in stop_re.finditer(text, start, end):
        if re.search(r"(?:\bcác|\bnhững)\s+$", text[max(start, match.start() - 8) : match.start()]):
            continue  # "các tổ chức hữu nghị": after a plural marker the word is a noun
        if match.group(0) == "tổ chức" and _ORGANISATION_RE.match(text, match.end(), end):
            continue  # "các cấp ủy, tổ chức đảng": organisations named, not organising
        if re.search(r"\blực\s+lượng\s+$", text[max(start, match.start() - 10) : match.start()]):
            continue  # "các lực lượng tuyên truyền biển, đảo": the forces' kind, a noun
        if re.match(r"\s+(?:viên|phẩm)\b", text[match.end() : match.end() + 8]) or re.search(
            r"\bcông\s+tác\s+$", text[max(start, match.start() - 10) : match.start()]
        ):
            continue  # "đội ngũ báo cáo viên", "cán bộ làm công tác tuyên truyền": nouns
        stop = match.start()
        break
    s, e = strip_span(text, start, stop, " \t\n,:")
    if stop < end and (joined := re.search(r"[\s,]+(?:và|hoặc)$", text[s:e])):
        e = s + joined.start()  # "… các sở, ngành và | chịu trách nhiệm …": 'và' joins two duties
    return (s, e) if s < e else None


def _read_agencies(text, s, e, clause: Clause, resolver, mentioned) -> None:
    body = text[s:e]
    lead_span = None
    assign = _assignment(text, s, e)
    if assign:
        stop = _ASSIGN_END_RE.search(text, assign.end(), e)
        end_at = stop.start() if stop else e
        colon = text.find(":", assign.end(), end_at)
        if 0 <= colon - assign.end() <= 120:
            end_at = colon  # "giao UBND các huyện, thành phố: Phối hợp …": the bodies end at ":"
            if said := _AS_FOLLOWS_RE.search(text, assign.end(), end_at):
                end_at = said.start()  # "… yêu cầu các cơ quan, đơn vị như sau:"
        phrase = _noun_phrase(text, assign.end(), end_at)
        lead_span = phrase
    if lead_span is None:
        divide = _DIVIDE_RE.search(text, s, e)
        if divide and _looks_like_agency(text, divide.end(), e):
            lead_span = _noun_phrase(text, divide.end(), e)
    if lead_span is None:
        colon = body.find(":")
        if 0 < colon < 120 and starts_with_head(body) and not _PREDICATE_RE.search(body[:colon]):
            lead_span = (s, s + colon)
    if lead_span is None:
        opener = _FOR_RE.match(text, s, e)
        if opener:
            lead_span = _noun_phrase(text, opener.end(), e)
    if lead_span is None and starts_with_head(body):
        lead_span = _noun_phrase(text, s, e)
    if lead_span is None and _PEOPLE_SUBJECT_RE.match(body):
        lead_span = _noun_phrase(text, s, e)  # "Đội ngũ báo cáo viên … chủ động …"
    if lead_span is None and _HOLDER_SUBJECT_RE.match(body):
        lead_span = _noun_phrase(text, s, e, _HOLDER_STOP_RE)
        clause.holder = lead_span is not None
    if lead_span is None and _TWO_TITLES_RE.match(body):
        # "Chánh Văn phòng UBND tỉnh, người phát ngôn của UBND tỉnh chủ trì …": one holder
        # named by two offices leads, as one entry
        held = _noun_phrase(text, s, e, _HOLDER_STOP_RE)
        if held and held[1] < e:
            clause.lead = [resolver.mention(text[held[0] : held[1]], held[0], held[1])]
            clause.own_lead = clause.holder = True
    if lead_span is None:
        time = _OPENING_TIME_RE.match(body)
        if time and starts_with_head(body[time.end() :]):
            lead_span = _noun_phrase(text, s + time.end(), e)
        elif time and (bare := _bare_subject(text, s + time.end(), e, told=True)):
            lead_span = bare  # "Năm nay, sở tập trung …", "Thời gian tới, tỉnh đoàn sẽ …"
    if lead_span is None:
        # "…; báo, đài mở chuyên mục …": the item of an ask led by bodies in lower case
        lead_span = _bare_subject(text, s, e)
    if lead_span is None:
        counted = _COUNTED_BODIES_RE.match(body)
        if counted:
            lead_span = (s, s + counted.end())  # "Hai đơn vị phối hợp …", "2 bên …"
    if lead_span:
        ls, le = lead_span
        clause.lead = [
            _refer_back(m, resolver, mentioned) for m in resolver.mentions(text[ls:le], ls)
        ]
        counted = _COUNTED_BODIES_RE.match(text, ls)
        if counted and counted.end() == le:
            for mention in clause.lead:  # "Hai bên": bodies counted, many, never one
                if mention.agency is None:
                    mention.collective = True
        clause.own_lead = bool(clause.lead)
    coords: list[AgencyMention] = []
    directed = None if lead_span else _DIRECTS_OTHERS_RE.match(body)
    for regex in (_COORD_RE, _OPINION_RE):
        for match in regex.finditer(text, s, e):
            if not _looks_like_agency(text, match.end(), e):
                continue
            if directed and match.start() > s + directed.end():
                continue  # "chỉ đạo các Đồn … phối hợp với UBND các xã …": the directed's partners
            phrase = _noun_phrase(text, match.end(), e)
            if phrase and (day := _TIME_PHRASE_RE.search(text, *phrase)):
                # "phối hợp với Sở Tài chính trước ngày 20/6": the body, not its day
                phrase = _noun_phrase(text, match.end(), day.start())
            if phrase and (field := _PARTNERS_FIELD_RE.search(text, *phrase)):
                # "phối hợp với Sở Ngoại vụ, … trong vận động …": the partners, not their field
                phrase = _noun_phrase(text, match.end(), field.start())
            if phrase and (verb := _partner_verb(text, *phrase)) is not None:
                # "phối hợp với Sở Ngoại vụ quản lý hoạt động …": the duty's verb ends them
                phrase = _noun_phrase(text, match.end(), verb)
            if phrase:
                coords.extend(resolver.mentions(text[phrase[0] : phrase[1]], phrase[0]))
    clause.coordinating = coords


# The field partners work in, after their list ("phối hợp với A, B trong vận động …", "… trong
# công tác người Việt Nam ở nước ngoài"): "trong" + work, not + a place or scope that names
# the partners ("các cơ quan báo chí trong tỉnh", "… trong và ngoài nước", "… trong khu vực").
_PARTNERS_FIELD_RE = re.compile(
    r"\s+trong(?=\s*$|\s+(?!(?:và\s+ngoài|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường"
    r"|nước|cả\s+nước|khu\s+vực|vùng|ngành|hệ\s+thống|toàn|cụm|khối)\b)\w)",
    _I,
)


# The duty's verb right after the partners, a verb that is a noun inside names ("Ban Quản lý
# …", "Trung tâm Hỗ trợ …"): in lower case after a body's name, not after the head of a name
# ("Ban quản lý khu kinh tế", "Trung tâm hỗ trợ …", "Quỹ hỗ trợ …") nor after "và" or a comma.
_PARTNER_VERB_RE = re.compile(r"(?<=\w)\s+(?=" + words_pattern(NAME_WORD_VERBS) + r"\s)")
_NAME_HEAD_BEFORE_RE = re.compile(
    r"(?:^|\s)(?:Ban|Trung\s+tâm|Quỹ|Hội|Cục|Chi\s+cục|Vụ|Phòng|Văn\s+phòng|Viện|Tổ|Đội|Ủy\s+ban"
    r"|Uỷ\s+ban|Sở|Bộ|Cổng|Trang|Dự\s+án|dự\s+án|và|ban|trung\s+tâm|quỹ|phòng|tổ)$"
)


def _partner_verb(text: str, start: int, end: int) -> int | None:
    """Where the duty's verb starts inside a partners' phrase (its blank before), or None."""
    for match in _PARTNER_VERB_RE.finditer(text, start, end):
        if not _NAME_HEAD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            return match.start()
    return None


# The people who carry the work as a sentence's subject, named with what they are ("Đội ngũ
# báo cáo viên các cấp …", "Lực lượng vũ trang tỉnh …").
_PEOPLE_SUBJECT_RE = re.compile(r"(?=(?-i:[ĐL]))" + _PEOPLE_AT_WORK + r"\s+\w", _I)


# A duty of directing others, with no subject of its own ("chỉ đạo (, hướng dẫn) các Đồn Biên
# phòng …", "đôn đốc các đơn vị …"): the partners named after the bodies directed are theirs.
_DIRECTS_OTHERS_RE = re.compile(
    r"(?:chỉ\s+đạo|đôn\s+đốc)(?:\s*,\s*(?:hướng\s+dẫn|đôn\s+đốc|kiểm\s+tra))*\s+"
    r"(?:các|những|toàn\s+thể)\s",
    _I,
)


# A sentence whose subject is the holder of an office ("Lãnh đạo chủ chốt không đi công tác
# nước ngoài quá 2 lần trong một năm", "Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm …",
# "Người đứng đầu cơ quan …", "Người phát ngôn của UBND tỉnh chủ trì họp báo …"): that holder
# leads it, not the bodies asked before. (Never
# "Lãnh đạo, chỉ đạo …" or "Lãnh đạo thực hiện …": the verb.)
_HOLDER_SUBJECT_RE = re.compile(
    r"(?:Lãnh\s+đạo\s+chủ\s+chốt|Thủ\s+trưởng|Người\s+(?:đứng\s+đầu|phát\s+ngôn))\s+(?!,)\S"
)
# A person named by two offices, the second after a comma ("Chánh Văn phòng UBND tỉnh, người
# phát ngôn của UBND tỉnh …", "Giám đốc Sở …, Phó Trưởng Ban Chỉ đạo …").
_OFFICE = r"(?:Phó\s+)?" + words_pattern(OFFICES)
_TWO_TITLES_RE = re.compile(
    _OFFICE + r"\s+[^,.;:\n]{3,80}?,\s*(?:" + _OFFICE + r"|[Nn]gười\s+phát\s+ngôn)\s"
)
# (its duty may open with a modal or a negation: "… không đi …", "… phải báo cáo …")
_HOLDER_STOP_RE = re.compile(
    _PREDICATE_RE.pattern + r"|(?<![\w])(?:không|phải|cần)(?![\w])", _PREDICATE_RE.flags
)


# A year heading a sentence, after its connector if any ("Cụ thể: Trong năm 2014, …", "Theo
# đó, năm 2024, …").
_LEADING_YEAR_RE = re.compile(
    r"\s*(?:(?:Cụ\s+thể|Theo\s+đó|Đồng\s+thời)\s*[:,]\s*)?"
    # (a review's heading of its coming year: "Phương hướng, nhiệm vụ năm 2024, Liên hiệp …")
    r"(?:(?:Về\s+)?(?:[Pp]hương\s+hướng|[Nn]hiệm\s+vụ)(?:,?\s+(?:nhiệm\s+vụ|phương\s+hướng))?\s+)?"
    r"(?P<time>(?:[Tt]rong\s+)?[Nn]ăm\s+(?:19|20)\d{2}|(?:(?:[Nn]gay\s+)?[Tt]rong\s+)?[Nn]ăm\s+nay)\s*,"
)


# The bodies a programme joins, counted ("hai đơn vị", "2 bên", "ba cơ quan") as the subject.
_COUNTED_BODIES_RE = re.compile(
    r"(?:hai|ba|bốn|năm|[2-9])\s+(?:đơn\s+vị|bên|cơ\s+quan|ngành|lực\s+lượng)(?=\s+(?!đã\b)\w)", _I
)
_OPENING_TIME_RE = re.compile(
    # (and the heading of a review's coming work: "Phương hướng năm 2024, Liên hiệp …")
    r"(?:[Tt]rong\s+)?(?:(?:(?:Về\s+)?[Pp]hương\s+hướng(?:,?\s+nhiệm\s+vụ)?\s+)?[Nn]ăm\s+(?:19|20)\d{2}|[Tt]hời\s+gian\s+tới|[Nn]ăm\s+tới|[Nn]ăm\s+nay|[Nn]hiệm\s+kỳ\s+tới"
    r"|[Gg]iai\s+đoạn\s+tới|(?:[Nn]hững\s+)?(?:\d{1,2}\s+)?tháng\s+cuối\s+năm(?:\s+(?:19|20)\d{2})?)\s*,\s*"
)


# A body named in lower case by its kind (:data:`~.common.BARE_BODIES`) opening a clause: "sở",
# "tỉnh đoàn", "báo, đài", "các sở, ngành tỉnh", "công an xã". Case matters: a capital opens a
# name, read as one.
_BARE = (
    "(?:"
    + "|".join(r"\s+".join(w.split()) for w in sorted(BARE_BODIES, key=len, reverse=True))
    + r")(?![\w])"
)
_BARE_SUBJECT_RE = re.compile(
    r"(?:(?:các|những)\s+)?" + _BARE + r"(?:\s*(?:,|và)\s*" + _BARE + r")*"
    r"(?:\s+" + PROPER_NAME + r"|\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|đặc\s+khu)(?![\w]))?"
    r"(?=\s+\w)"
)
# The words that end a subject without being its verb ("để", "nhằm", "về việc", "được giao").
_NO_VERB_PREDICATE_RE = re.compile(
    r"(?:để|nhằm|về\s+việc|trong\s+việc|trước\s+khi|căn\s+cứ|theo\s+chức\s+năng|được"
    r"|đồng\s+thời|cũng)(?![\w])"
)
# Figures of what was reached ("đón hơn 900 nghìn lượt khách", "đạt 95%"): results told.
_RESULT_FIGURES_RE = re.compile(
    r"\b(?:hơn|gần|trên|khoảng)\s+\d|\d\s*%|\b\d[\d.,]*\s+(?:nghìn\s+|triệu\s+)?lượt\b", _I
)


def _bare_subject(text: str, start: int, end: int, told: bool = False) -> tuple[int, int] | None:
    """The span of the body in lower case (:data:`_BARE_SUBJECT_RE`) that opens
    ``text[start:end]``, when its work to do follows: a modal ("sẽ", "tiếp tục", "tập trung",
    "cần" …) or a duty verb that is no noun ("sở tập trung tuyên truyền …", "báo, đài mở
    chuyên mục …"), never work told as done ("đã", "được"). ``told``: after a time frame, a
    duty verb with figures reached ("Năm 2025, tỉnh đón hơn 900 nghìn lượt khách") is a
    result told, not work to do."""
    start = strip_span(text, start, end)[0]
    subject = _BARE_SUBJECT_RE.match(text, start, end)
    if subject is None:
        return None
    rest = text[subject.end() : end].lstrip()
    rest = rest[5:] if rest.startswith("cũng ") else rest
    if re.match(_DUTY_MODAL + r"(?![\w])", rest, _I):
        return subject.span()
    verb = VERB_START_RE.match(rest)
    if not (
        verb
        and verb.group(0).lower() not in NOUN_LIKE
        or _DUTY_OPENER_RE.match(rest)
        # (a verb a body's name never holds: "báo, đài dành thời lượng …", "xã treo cờ …")
        or _PREDICATE_RE.match(rest)
        and not _NO_VERB_PREDICATE_RE.match(rest)
    ):
        return None
    if told and _RESULT_FIGURES_RE.search(rest):
        return None
    return subject.span()


# Addressees that are no body's name: the heads of bodies ("thủ trưởng các sở …", "chủ tịch
# UBND cấp huyện"), the letter's addressee ("Quý Cơ quan"); and a body written in lower case
# after "đề nghị" ("phòng Văn hóa - Thông tin …").
_ADDRESSEE_RE = re.compile(
    r"(?:thủ\s+trưởng|chủ\s+tịch|giám\s+đốc|lãnh\s+đạo|thành\s+viên)\s+(?:các\s+|những\s+)?\S"
    r"|quý\s+(?:cơ\s+quan|đơn\s+vị)\b"
    # the cells below a commune and the party's ("các thôn, buôn", "các khu phố", "các chi bộ")
    r"|(?:các|những)\s+(?:thôn|buôn|bản|ấp|khu\s+phố|tổ\s+dân\s+phố|chi\s+bộ|đảng\s+bộ|cấp\s+ủy"
    r"|tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng)\b"
    # (the party committees as a kind, with no plural marker: "yêu cầu cấp ủy, tổ chức đảng …")
    r"|cấp\s+(?:ủy|uỷ)\b"
    # the people who carry the work, as a body ("đội ngũ báo cáo viên …", "lực lượng Công an …")
    r"|" + _PEOPLE_AT_WORK + r"\s+\S"
    r"|(?:(?:các|những)\s+)?" + _PEOPLE_OF_TRADE + r"\b"
    r"|(?:phòng|trung\s+tâm|văn\s+phòng|sở|ủy\s+ban|uỷ\s+ban)\s+(?-i:[A-ZĐÂĂÊÔƠƯ])",
    _I,
)


# Events whose names open like a body's ("Hội nghị", "Hội thảo" beside "Hội Nông dân").
_EVENT_NAME_RE = re.compile(
    r"\s*(?:các\s+)?(?:Hội\s+(?:nghị|thảo|chợ|thi|diễn|báo|trại)|Đại\s+hội)\b", _I
)


def _looks_like_agency(text: str, start: int, end: int) -> bool:
    if _EVENT_NAME_RE.match(text, start, end):
        return False  # "… dự và chỉ đạo Hội nghị …": an event, not an addressee
    return (
        starts_with_head(text[start:end])
        or bool(_ADDRESSEE_RE.match(text[start:end].lstrip()))
        # ("yêu cầu: sở tham mưu …; các huyện …": a body in lower case, its work after it)
        or _bare_subject(text, start, end) is not None
    )


def _refer_back(mention: AgencyMention, resolver, mentioned) -> AgencyMention:
    """A bare "Sở" (or "Ban", "Phòng") means the last one of that kind named before."""
    if mention.agency_id or len(mention.as_written.split()) > 1:
        return mention
    earlier = resolver.same_head(mention.as_written, mentioned)
    if earlier is None:
        return mention
    return AgencyMention(
        as_written=mention.as_written,
        agency=earlier.agency,
        agency_id=earlier.agency_id,
        start=mention.start,
        end=mention.end,
        confidence=0.7,
    )


# ---------------------------------------------------------------------------------------
# A plan without an annex: the items of its "Nhiệm vụ" and "Tổ chức thực hiện" sections
# ---------------------------------------------------------------------------------------

# a number glued to its item's first word ("1.1.Tuyên truyền …", "2.Tổ chức …") reads as spaced
_NUMBERED_RE = re.compile(r"^[ \t]*(\d{1,2}(?:\.\d{1,2})*)(?:[.)]?[ \t]+|[.)](?=[^\W\d_]))(\S.*)$")
_ITEM_RE = re.compile(r"^[ \t]*(?:[-–—+•·*▪●○◦]+|[a-zđ]\)|[a-zđ]\.(?=\s))[ \t]*")
_REQUEST_RE = re.compile(r"^(?:Đề\s+nghị|Giao|Yêu\s+cầu)\s+", _I)


# (Its spaces are taken from where a run starts: tried from each space of a long run of
# layout spaces, the pattern took the square of the run's length, 5 s on a damaged copy.)
_STATED_TIME_RE = re.compile(
    r"(?:[.;]\s*|(?<!\s)\s+)?(?:Thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+thành)?|Thời\s+hạn|Tiến\s+độ)\s*:\s*([^\n]+?)\s*$",
    _I | re.M,
)
# "…, thực hiện thường xuyên." closing an item.
_CLOSING_TIME_RE = re.compile(
    r"(?<=[,\s])(?:thường\s+xuyên|hằng\s+(?:năm|quý|tháng)|hàng\s+(?:năm|quý|tháng))$",
    _I,
)
_BESIDE_ANNEX_RE = re.compile(r"giải\s+pháp|phụ\s+lục|kèm\s+theo", _I)


# A heading or sentence about the work of the next period: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
# 2024", "nhiệm vụ trọng tâm 6 tháng cuối năm", "các nhiệm vụ, giải pháp thời gian tới".
_NEXT_PERIOD_RE = re.compile(
    # ("Kế hoạch công tác năm 2024", "Định hướng hoạt động thời gian tới", "Công tác trọng tâm
    # năm 2024", "Chương trình công tác 6 tháng cuối năm")
    r"(?:kế\s+hoạch|chương\s+trình|định\s+hướng)\s+(?:công\s+tác|hoạt\s+động|nhiệm\s+vụ)\s+"
    r"(?:(?:trọng\s+tâm|chủ\s+yếu)\s+)?(?:năm\s+(?:19|20)\d{2}|thời\s+gian\s+tới|năm\s+tới|6\s+tháng\s+cuối)"
    r"|công\s+tác\s+(?:trọng\s+tâm|chủ\s+yếu)\s+(?:năm\s+(?:19|20)\d{2}|thời\s+gian\s+tới|năm\s+tới"
    r"|6\s+tháng\s+cuối)"
    # ("4. Dự kiến kế hoạch công tác PCPNN trong thời gian tới": a report's coming work)
    r"|dự\s+kiến\s+(?:kế\s+hoạch|chương\s+trình|nhiệm\s+vụ)[^.\n:]{0,60}?(?:thời\s+gian\s+tới"
    r"|năm\s+tới|năm\s+(?:19|20)\d{2})"
    r"|phương\s+hướng|(?:năm\s+(?:19|20)\d{2}|thời\s+gian\s+tới)\s*,[^.\n:]{0,100}?\b(?:nhiệm\s+vụ"
    r"|giải\s+pháp)\b[^.\n:]{0,40}:"
    r"|(?:đề\s+ra|xác\s+định|thống\s+nhất)\s+(?:một\s+số\s+|các\s+|những\s+)?"
    r"(?:nhiệm\s+vụ|giải\s+pháp)\b[^.\n]{0,60}:"
    r"|(?:nhiệm\s+vụ|giải\s+pháp)[^.\n]{0,80}?(?:thời\s+gian\s+tới|6\s+tháng\s+cuối"
    r"|cuối\s+năm|năm\s+(?:19|20)\d{2}|tiếp\s+theo|trọng\s+tâm)|thời\s+gian\s+tới[^.\n]{0,120}?"
    r"(?:nhiệm\s+vụ|giải\s+pháp)",
    _I,
)
_NEXT_PERIOD_RE = guarded(_NEXT_PERIOD_RE)  # see ttdn.core.patterns
# The part of a report (or of a plan's preamble) that tells what was done or how things
# stand: never tasks.
_RESULTS_RE = re.compile(
    r"kết\s+quả|tình\s+hình|thực\s+trạng|bối\s+cảnh|đánh\s+giá|hạn\s+chế|tồn\s+tại|nguyên\s+nhân"
    r"|bài\s+học",
    _I,
)


def tasks_from_report(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """A report's tasks are those it sets for the next period: the items of its
    "Phương hướng, nhiệm vụ …" sections, or, in a news item about a review, the list it
    introduces as the coming tasks. What was done (results, shortcomings) is not read."""
    sections = [
        Section(kind="tasks", heading=sec.heading, body="", start=sec.start, end=sec.end)
        for sec in meta.sections
        if _NEXT_PERIOD_RE.search(sec.heading) and not _RESULTS_RE.search(sec.heading)
    ]
    if sections:
        return tasks_from_plan_body(text, meta, resolver, schedule, classify, sections=sections)
    start = _coming_list(text, meta)
    if meta.sections:
        # a formal report whose coming part is headed otherwise than its numbered capitals
        # ("Phần thứ hai", "B.", "3. Phương hướng …", a heading in sentence case): that part,
        # up to the next of its sections; none, when its next-period part is not in the text
        after = [sec.start for sec in meta.sections if sec.start > (start or 0)]
        if start is None or not _heading_line(text, start):
            return []
        meta = replace(meta, body_end=min(after, default=meta.body_end))
    if start is not None and (proposals := _PROPOSALS_HEADING_RE.search(text, start)):
        # the report's proposals to higher bodies, under a heading after its coming part
        # ("C. KIẾN NGHỊ", "Phần thứ ba / KIẾN NGHỊ, ĐỀ XUẤT"), are no work it sets
        end = meta.body_end or len(text)
        meta = replace(meta, body_end=min(end, proposals.start()))
    if start is not None and (heading := _numbered_heading_alone(text, start, meta)):
        # "4. Dự kiến kế hoạch … thời gian tới" over a paragraph, not a list: that paragraph,
        # up to the next numbered heading, is the coming work (what the report did not do,
        # under the headings after it, is no task).
        following = _NUMBERED_HEADING_RE.search(text, heading, meta.body_end or len(text))
        meta = replace(meta, body_end=following.start() if following else meta.body_end)
        start = heading
    if start is None:
        # ("… tổng kết năm 2019 và triển khai nhiệm vụ năm 2020." names the coming work
        # without listing it: what the review asks of bodies may follow.)
        return _requests_and_coming_work(text, meta, resolver, schedule, classify)
    reading = replace(
        meta, announcement=(start, start), doc_type=Located("news_about_plan", None, None, 0.5)
    )
    tasks = tasks_from_prose(text, reading, resolver, schedule, classify)
    return _focus_frame(text, start, tasks, resolver)


# A report's heading of its proposals to higher bodies, in any numbering ("IV. KIẾN NGHỊ, ĐỀ
# XUẤT", "C. Kiến nghị", "Phần thứ ba: Đề xuất, kiến nghị"), or its "Phần …" line above it.
_PROPOSALS_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2}|[A-ZĐ])\s*[.):/-]\s*|Phần\s+(?:thứ\s+)?\w+\s*[.:-]?\s*)?"
    r"(?:Những\s+|Một\s+số\s+)?(?:kiến\s+nghị|đề\s+xuất)(?:\s*(?:,|và)\s*(?:kiến\s+nghị|đề\s+xuất))?"
    r"[ \t]*:?[ \t]*$",
    _I,
)


def _heading_line(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a heading (up to its ":"): short, no sentence, no work
    told as done."""
    line_end = text.find("\n", start)
    head = text[start : len(text) if line_end < 0 else line_end].split(":")[0].strip()
    return len(head.split()) <= 16 and not head.endswith(".") and not re.search(r"\bđã\b", head)


# A review's frame counting the focus work it sets ("Liên hiệp Hữu nghị Hải Phòng xác định 6
# nhiệm vụ trọng tâm trong năm 2024, gồm: …"): its subject leads each item (in its sentence and
# the paragraphs after it) and its year times them, the review's own period being the year
# before. Work told as done ("… đã thực hiện 6 nhiệm vụ …, gồm:") has no such verb.
_FOCUS_FRAME_RE = re.compile(
    r"(?P<subject>[^.,;:\n]{3,80}?)\s+(?:xác\s+định|đề\s+ra|thống\s+nhất)\s+"
    r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp)"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chủ\s+chốt))?\s*,?\s*"
    r"(?P<time>(?:trong\s+)?năm\s+(?P<year>(?:19|20)\d{2}))\s*,?\s*(?:bao\s+)?gồm\s*:"
    # (the set not counted and its year left to the sentence: "Để thực hiện tốt nhiệm vụ năm
    # 2024, Sở … đề ra một số giải pháp (trọng tâm) sau: Một là, …")
    r"|(?P<subject2>[^.,;:\n]{3,80}?)\s+(?:xác\s+định|đề\s+ra|thống\s+nhất)\s+"
    r"(?:một\s+số|các|những)\s+(?:nhóm\s+)?(?:nhiệm\s+vụ|giải\s+pháp)(?:,?\s+giải\s+pháp)?"
    r"(?:\s+(?:trọng\s+tâm|chủ\s+yếu|chủ\s+chốt))?\s+sau(?:\s+đây)?\s*:",
    _I,
)


def _focus_frame(text: str, start: int, tasks: list[ExtractedTask], resolver) -> list:
    """The items after a focus frame (:data:`_FOCUS_FRAME_RE`) at ``start``, led by its subject
    where they name no doer and timed by its year where they write no time of their own."""
    frame = _FOCUS_FRAME_RE.match(text, start) or _FOCUS_FRAME_RE.match(
        text, _after_purpose(text, start)
    )
    which = "subject" if frame is not None and frame.group("subject") else "subject2"
    if frame is None or not starts_with_head(frame.group(which)):
        return tasks
    leads = resolver.mentions(frame.group(which), frame.start(which))
    named = re.search(r"([^()\n]{5,120}?)\s*\(\s*" + re.escape(frame.group(which)) + r"\s*\)", text)
    full = resolver.mentions(named.group(1), named.start(1)) if named else []
    if len(leads) == 1 and leads[0].agency is None and full and full[-1].agency:
        # its short form, given in brackets after the full name ("Liên hiệp các tổ chức hữu
        # nghị thành phố Hải Phòng (Liên hiệp Hữu nghị Hải Phòng)"): that body
        leads = [replace(leads[0], agency=full[-1].agency, agency_id=full[-1].agency_id)]
    year = int(frame.group("year")) if frame.group("year") else None
    timeframe = year and Timeframe.read(
        squash(frame.group("time")), (year, year), frame.start("time"), frame.end("time"), 0.8
    )
    for task in tasks:
        if (task.start or 0) < frame.end():
            continue
        if not task.lead:
            task.lead = [_copy(m) for m in leads]
        if timeframe and (task.timeframe is None or not task.timeframe.deadlines):
            task.timeframe = replace(timeframe)
    return tasks


def _after_purpose(text: str, start: int) -> int:
    """Where the sentence at ``start`` goes on after its leading purpose or time ("Để thực
    hiện tốt nhiệm vụ năm 2024, …", "Năm 2024, …"), or ``start``."""
    purpose = re.match(
        r"\s*(?:Để\s[^.;:\n]{3,120}?|(?:Trong\s+)?(?:năm\s+(?:19|20)\d{2}|"
        + _COMING_TIME
        + r"))\s*,\s*",
        text[start : start + 200],
        _I,
    )
    return start + purpose.end() if purpose else start


def _numbered_heading_alone(text: str, start: int, meta) -> int | None:
    """Where the paragraph under the numbered heading at ``start`` begins, when the heading
    is followed by plain lines (no list items)."""
    line_end = text.find("\n", start)
    if line_end < 0 or not _NUMBERED_HEADING_RE.match(text, start, line_end):
        return None
    below = re.compile(r"\s*").match(text, line_end).end()
    if _ITEM_LINE_RE.match(text, below) or _NUMBERED_HEADING_RE.match(text, below):
        return None
    return below


def _coming_list(text: str, meta) -> int | None:
    """Where the list of the next period's work begins: the first sentence naming that
    work ("Phương hướng, nhiệm vụ năm 2024: …", "Nhiệm vụ trọng tâm năm 2024 là: …", "…
    đề ra một số nhiệm vụ: …") that opens a list, in itself or on the lines below it. Only
    such a list: the other sentences of a review tell what was done."""
    end = meta.body_end or len(text)
    reviewed = meta.period.value[1] if meta.period.value else None
    for intro in _NEXT_PERIOD_RE.finditer(text, 0, end):
        start = _sentence_start(text, intro.start(), 0)
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", intro.group(0))]
        dated = re.match(r"năm|thời\s+gian", intro.group(0), _I)  # "Năm 2024, … nhiệm vụ:"
        if dated and (
            re.search(r"\bđã\b", text[start : intro.end()])
            or (years and reviewed and max(years) <= reviewed)
        ):
            continue  # the work of the year reviewed ("Năm 2023, … đã thực hiện các nhiệm vụ:")
        colon = text.find(":", intro.start(), intro.end() + 200)
        told = text[start : max(intro.end(), colon)]
        told_years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", told)]
        if (
            re.search(r"\bđã\b", told)
            and told_years
            and reviewed
            and max(told_years) <= reviewed
            and not re.search(r"cuối|tới|tiếp\s+theo", told, _I)
        ):
            # a set of work told as done in the year reviewed ("Để hoàn thành nhiệm vụ năm
            # 2023, Sở đã đề ra các giải pháp sau: …" in a review of 2023)
            continue
        if _REPORTS_ON_RE.search(text, start, intro.start()):
            continue  # "Sở … báo cáo kết quả … và phương hướng … như sau:": the whole report
        line_end = text.find("\n", intro.end())
        line = text[start : end if line_end < 0 else line_end]
        named = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", line.split(":")[0])]
        if (
            meta.sections
            and named
            and reviewed
            and max(named) <= reviewed
            and not re.search(r"cuối|tới|tiếp\s+theo", line, _I)
        ):
            continue  # a formal report's "3. Thực hiện nhiệm vụ trọng tâm năm 2023": its results
        paragraph_end = text.find("\n", intro.end())
        paragraph_end = end if paragraph_end < 0 else paragraph_end
        if _intro_end(text, start, paragraph_end) is not None:
            return start
        if _numbered_heading_alone(text, start, meta):
            return start  # "4. Dự kiến kế hoạch … thời gian tới" over its paragraph
        line = text[start:paragraph_end].strip()
        heading = line.endswith(":") or (len(line.split()) <= 14 and not line.endswith("."))
        if heading and _ITEM_LINE_RE.match(text, paragraph_end + 1, end):
            # the items on the lines below ("Phương hướng …:\n- Tiếp tục …", "2. Nhiệm vụ,
            # giải pháp thời gian tới\na) Tăng cường …")
            return start
    return None


# A report's opening, naming what it reports on: "… báo cáo kết quả … và phương hướng …".
_REPORTS_ON_RE = re.compile(r"\bbáo\s+cáo\s+(?:kết\s+quả|tình\s+hình)\b", _I)


# In a news item about a review: what the meeting asks of bodies ("đồng chí … đề nghị Ban Chỉ
# đạo các địa phương …", "yêu cầu các cấp ủy …") and the coming year's work ("Năm 2023, Liên
# hiệp … sẽ …"). What was done is told with "đã"; these are the tasks it sets.
_REQUEST_SENTENCE_RE = re.compile(
    # (not a dossier's or submission's proposal: "hoàn thiện hồ sơ đề nghị UBND tỉnh phê duyệt")
    r"(?<!hồ\ssơ\s)(?<!tờ\strình\s)\b"
    + _ASKS
    + r"(?:\s*:)?\s+"
    + _ASK_TIME
    # (the addressees: bodies, places and party cells, the members or heads of bodies, the
    # people who carry the work; see _ADDRESSEES)
    + r"(?="
    + _ADDRESSEES
    + r")"
    # "… đồng chí Trưởng ban giao Sở … chủ trì …": work given to a body named
    r"|\bgiao\s+(?:cho\s+)?(?=(?:Sở|Ban|Phòng|UBND|Ủy\s+ban|Uỷ\s+ban|Công\s+an|Bộ|Văn\s+phòng"
    r"|Trung\s+tâm|Đài|Báo|Hội|Liên\s+hiệp)\b)"
)
_REQUEST_SENTENCE_RE = guarded(_REQUEST_SENTENCE_RE)  # see ttdn.core.patterns
_COMING_YEAR_RE = re.compile(
    # (the coming year's heading may be a topic: "Về phương hướng năm 2026, Liên hiệp sẽ …")
    r"(?:^|(?<=[.\n]))\s*(?:Về\s+nhiệm\s+vụ\s+(?=năm\s|thời\s|giai\s|nhiệm\s))?"
    r"(?:(?:(?:Trong\s+)?[Nn]ăm|(?:Về\s+)?[Pp]hương\s+hướng(?:,?\s+nhiệm\s+vụ)?"
    r"(?:\s+năm)?)\s+((?:19|20)\d{2})"
    # (the work set for it, not work told as done: "Năm 2023, Liên hiệp đã tiếp tục …")
    r"\s*,(?:(?!\bđã\b)[^.\n]){0,200}?\b(?:" + _DUTY_MODAL + r"|xác\s+định)\b"
    # "Thời gian tới, Sở … sẽ / tiếp tục …", "Trong năm tới, …": the coming period unnamed.
    r"|(?:Trong\s+)?(?:"
    + _COMING_TIME
    # (this year's work, told at its start: "Năm nay, sở tập trung …")
    + r"|năm\s+nay"
    # the rest of the year reviewed ("Trong những tháng cuối năm 2020, …")
    + r"|(?:những\s+)?(?:\d{1,2}\s+)?tháng\s+cuối\s+năm(?:\s+(?:19|20)\d{2})?)"
    r"\s*,[^.\n]{0,200}?\b" + _DUTY_MODAL + r"\b)",
    _I,
)


def _coming_period(text: str, meta, end: int) -> re.Match | None:
    """Where the text turns to the coming period (:data:`_COMING_YEAR_RE`), a year after
    the one reviewed."""
    reviewed = meta.period.value[1] if meta.period.value else None
    return next(
        (
            m
            for m in _COMING_YEAR_RE.finditer(text, 0, end)
            if reviewed is None or m.group(1) is None or int(m.group(1)) > reviewed
        ),
        None,
    )


def _led_work_from(text, start, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """The work given to a body from the sentence at ``start`` on, read as news of a plan
    announced there; the sentences that name nobody tell the meeting or the results."""
    start = _sentence_start(text, start, 0)
    reading = replace(
        meta, announcement=(start, start), doc_type=Located("news_about_plan", None, None, 0.5)
    )
    return [t for t in tasks_from_prose(text, reading, resolver, schedule, classify) if t.lead]


# A count frame of the coming work ("… năm 2024, hệ thống Liên hiệp … sẽ triển khai 10 trọng
# tâm công tác."): no task itself, its items follow ("Trong đó, Liên hiệp tập trung …").
_COUNT_FRAME_RE = re.compile(
    r"\bsẽ\s+(?:triển\s+khai|thực\s+hiện|tập\s+trung(?:\s+vào)?)\s+"
    r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:nhóm\s+)?"
    r"(?:trọng\s+tâm|nhiệm\s+vụ|chương\s+trình|nội\s+dung|giải\s+pháp)"
    r"(?:\s+(?:công\s+tác|trọng\s+tâm|chủ\s+yếu|lớn))?\s*\.(?=\s)",
    _I,
)


# A review's coming work told by its speaker: "… cho biết, năm 2024, Sở sẽ …", "… khẳng định,
# trong năm 2020, năm <what the year holds>, Ban … sẽ tiếp tục …", "… nhấn mạnh, thời gian tới,
# Liên hiệp tiếp tục …": the body's work, from the body on (never work told as done).
_TOLD_COMING_RE = re.compile(
    r"\b(?:cho\s+biết|khẳng\s+định|nhấn\s+mạnh|thông\s+tin|chia\s+sẻ|nêu\s+rõ)\s*,\s*"
    r"(?P<time>(?:trong\s+)?(?:năm\s+(?P<year>(?:19|20)\d{2})|" + _COMING_TIME + r"))\s*,\s*"
    r"(?:(?:(?!\bđã\b)[^.\n]|\.(?=\S)){0,400}?,\s*)?"
    r"(?P<subject>(?:(?!\bđã\b)[^.,;:\n]|\.(?=\S)){2,80}?)\s+(?:sẽ|tiếp\s+tục|tập\s+trung)\b",
    _I,
)


def _told_coming(text: str, meta, end: int) -> re.Match | None:
    """The first :data:`_TOLD_COMING_RE` whose subject is a body and whose year, if written,
    comes after the one reviewed."""
    reviewed = meta.period.value[1] if meta.period.value else None
    for told in _TOLD_COMING_RE.finditer(text, 0, end):
        year = told.group("year")
        if year and reviewed and int(year) <= reviewed:
            continue
        if starts_with_head(told.group("subject")):
            return told
    return None


def _requests_and_coming_work(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    end = meta.body_end or len(text)
    frame = _COUNT_FRAME_RE.search(text, 0, end)
    told = _told_coming(text, meta, end)
    found = [
        m
        for m in (_coming_period(text, meta, end), _REQUEST_SENTENCE_RE.search(text, 0, end))
        if m is not None
    ]
    if told is not None:
        found.append(told)
    if frame is not None and not any(m.start() < frame.start() for m in found):
        # the items after the frame are the coming work (the frame only counts them)
        return _led_work_from(text, frame.end(), meta, resolver, schedule, classify)
    if not found:
        return []
    first = min(found, key=lambda m: m.start())
    if first is not told:
        return _led_work_from(text, first.start(), meta, resolver, schedule, classify)
    # (read from the body on: the speaker's frame and the year's apposition are dropped; the
    # year told dates the work of that sentence)
    start = told.start("subject")
    reading = replace(
        meta, announcement=(start, start), doc_type=Located("news_about_plan", None, None, 0.5)
    )
    tasks = [t for t in tasks_from_prose(text, reading, resolver, schedule, classify) if t.lead]
    sentence_end = next((e for s, e in _sentences(text, start, end) if e > start), end)
    if told.group("year"):
        timeframe = schedule(squash(told.group("time")), told.start("time"), told.end("time"))
        for task in tasks:
            if (task.start or 0) < sentence_end and task.timeframe is None and timeframe.deadlines:
                task.timeframe = replace(timeframe)
    return tasks


def _coming_work(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """The work a body sets itself for the coming period, in a review or a meeting told as
    news (after a count frame, "… sẽ triển khai 10 trọng tâm công tác.", its items)."""
    end = meta.body_end or len(text)
    coming = _coming_period(text, meta, end)
    frame = _COUNT_FRAME_RE.search(text, 0, end)
    if frame is not None and (coming is None or frame.start() < coming.start()):
        return _led_work_from(text, frame.end(), meta, resolver, schedule, classify)
    if coming is None:
        return []
    # (only the paragraph that opens the coming work: the meeting goes on after it)
    paragraph_end = text.find("\n", coming.end())
    head = text[: end if paragraph_end < 0 else paragraph_end]
    return _led_work_from(head, coming.start(), meta, resolver, schedule, classify)


def _up_to_paragraph_end(text: str, position: int, end: int) -> str:
    """``text`` up to the end of the paragraph holding ``position`` (at most ``end``): a
    form read from one paragraph only, what the item goes on with after it staying the news."""
    paragraph_end = text.find("\n", position)
    return text[: end if paragraph_end < 0 else min(end, paragraph_end)]


# A speaker's request at a meeting with a comma after its verb and the bodies' need after
# them ("Phó Trưởng ban … đề nghị, các cơ quan báo chí cần tuyên truyền …"): a request to
# bodies, as "đề nghị các cơ quan …" would be, while what else was said stays the news.
_COMMA_REQUEST_RE = re.compile(
    r"\b(?:đề\s+nghị|yêu\s+cầu)\s*,\s+(?=(?:các|những)\s[^.;:,\n]{3,60}?\s(?:cần|phải)\s)", _I
)


def _comma_request(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    end = meta.body_end or len(text)
    request = _COMMA_REQUEST_RE.search(text, 0, end)
    if request is None:
        return []
    head = _up_to_paragraph_end(text, request.end(), end)
    start = _sentence_start(head, request.start(), 0)
    sentence = next((p for p in _sentences(head, start, len(head)) if p[1] > request.end()), None)
    if sentence is None:
        return []
    topics = _request_of_topics(head, sentence, resolver, schedule, classify)
    if topics is not None:
        return topics
    return _led_work_from(head, request.start(), meta, resolver, schedule, classify)


def _request_of_topics(head, sentence, resolver, schedule, classify) -> list[ExtractedTask] | None:
    """A request whose ';'-items after a topic are more topics of its verb ("… cần tuyên
    truyền đậm nét A, đặc biệt là …; các chủ trương …; kết quả …; quảng bá …"): one duty,
    led by its addressees (no task when it names none); None when it has no such items."""
    first = head.find(";", *sentence)
    after = head[first + 1 : sentence[1]].split(";", 1)[0].strip()
    if first < 0 or not after or _opens_duty(after):
        return None
    s, e = _clean(head, *sentence)
    clause = Clause(s, e, paragraph=0, sentence=0)
    _read_agencies(head, s, e, clause, resolver, [])
    if not clause.lead:
        return []
    return [_prose_task(head, s, e, clause, _timeframe_in(head, s, e, schedule), 0.6, classify)]


def _speaker_request(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """A speaker's request at a meeting ("Phát biểu chỉ đạo, đồng chí …, Phó Bí thư Tỉnh ủy đề
    nghị các cấp ủy … đẩy mạnh …", "X, Trưởng Ban …, định hướng …, yêu cầu đội ngũ báo cáo
    viên …"): a task led by its addressees (the gold's convention since batch 16), read from the
    paragraph it is in; what else was said at the meeting stays its news."""
    end = meta.body_end or len(text)
    tasks: list[ExtractedTask] = []
    covered = 0  # (a later request, in a sentence of its own, is one more: "… cũng giao …")
    for request in _REQUEST_SENTENCE_RE.finditer(text, 0, end):
        start = _sentence_start(text, request.start(), 0)
        if start < covered:
            continue
        if _DONE_OR_PASSIVE_RE.search(text[start : request.start()]):
            continue  # told as done ("UBND tỉnh đã yêu cầu …")
        head = _up_to_paragraph_end(text, request.end(), end)
        sentence = next(
            (p for p in _sentences(head, start, len(head)) if p[1] > request.end()), None
        )
        if sentence is None:
            continue
        reading = replace(
            meta, announcement=(start, start), doc_type=Located("news_about_plan", None, None, 0.5)
        )
        found = _request_of_topics(head, sentence, resolver, schedule, classify)
        if found is None:
            # (the request's duties, led by its addressees where the directory knows them:
            # "đội ngũ báo cáo viên" is asked as much as "các sở")
            found = tasks_from_prose(head[: sentence[1]], reading, resolver, schedule, classify)
        if not found:
            continue
        # the items of a list the speaker names next ("Các trọng điểm bao gồm: …"), no lead
        listed = _LIST_INTRO_RE.search(head, sentence[1])
        opening = _sentence_start(head, listed.start(), sentence[1]) if listed else None
        if listed is not None and _intro_end(head, opening, len(head)):
            reading = replace(reading, announcement=(sentence[1], sentence[1]))
            items = tasks_from_prose(head, reading, resolver, schedule, classify)
            found += [t for t in items if (t.start or 0) >= listed.end()]
            covered = len(head)
        tasks += found
        covered = max(covered, sentence[1])
    return tasks


# The sides of a working session committing to work together ("Hai bên sẽ cùng nhau chuẩn bị
# …", "Hai bên sẽ phối hợp …"): what they will do, led by them; told as done ("Hai bên đã ký
# kết …") or as the talk ("Hai bên cùng trao đổi …"), it stays the news.
_SIDES_COMMIT_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Hai|Ba|Các)\s+bên\s+(?:đều\s+)?sẽ\s+(?!không\b)", re.M
)


def _sides_commit(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    end = meta.body_end or len(text)
    commit = _SIDES_COMMIT_RE.search(text, 0, end)
    if commit is None:
        return []
    head = _up_to_paragraph_end(text, commit.end(), end)
    return _led_work_from(head, commit.end() - 1, meta, resolver, schedule, classify)


# The headline named as a body's focus by the sentence after it: "“Chú trọng vận động …”
# / Đây là một trong những nhiệm vụ trọng tâm của Liên hiệp … được xác định tại Đại hội …".
_FOCUS_NAMED_RE = re.compile(
    r"\s*Đây\s+là\s+(?:một\s+trong\s+(?:những|các)\s+)?(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp)"
    r"\s+(?:trọng\s+tâm|quan\s+trọng|chủ\s+yếu|hàng\s+đầu)\b[^.\n]{0,160}?"
    r"\b(?:được\s+)?(?:xác\s+định|đề\s+ra|thống\s+nhất|thông\s+qua)\b",
    _I,
)


def _focus_headline(text: str, schedule, classify) -> list[ExtractedTask]:
    """A headline a body's meeting names as its focus (:data:`_FOCUS_NAMED_RE`) is a task
    with no lead (the focus a body names as its own, batch 18)."""
    end = _headline(text)
    if end is None or not _FOCUS_NAMED_RE.match(text, end):
        return []
    s, e = strip_span(text, 0, end, " \t\n\"'“”‘’")
    clause = Clause(s, e, paragraph=0, sentence=0)
    return [_prose_task(text, s, e, clause, _timeframe_in(text, s, e, schedule), 0.5, classify)]


# The letter retold by whom it was sent to and what it asks, in its announcing sentence ("…, Ban
# Tuyên giáo Tỉnh ủy có Công văn số 594-CV/BTGTU gửi các sở, ban, ngành; Báo …; Đài … yêu cầu
# tuyên truyền hưởng ứng Cuộc thi …"): the ask is a task from its verb, led by the addressees.
_SENT_ASKING_RE = re.compile(
    r"\bgửi\s+(?:đến\s+|tới\s+)?(?P<to>[^.\n]{3,600}?)[\s,;]+(?:về\s+việc\s+)?"
    r"(?P<ask>(?:yêu\s+cầu|đề\s+nghị)\s+(?=(?:" + _VERB_ALT + r")(?![\w])))",
    _I,
)


def _sent_asking(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    start, end = meta.announcement
    sent = _SENT_ASKING_RE.search(text, _sentence_start(text, start, 0), end)
    if sent is None:
        return []
    to_start, to_end = sent.span("to")
    lead = resolver.mentions(text[to_start:to_end], to_start)
    sentence = next(
        (p for p in _sentences(text, sent.start(), len(text)) if p[1] > sent.end()), None
    )
    if not lead or sentence is None:
        return []
    s, e = _clean(text, sent.start("ask"), sentence[1])
    clause = Clause(s, e, paragraph=0, sentence=0, lead=lead, own_lead=True)
    return [_prose_task(text, s, e, clause, _timeframe_in(text, s, e, schedule), 0.6, classify)]


def _retells_letter(text: str, meta) -> bool:
    """Whether the document a news item announces is a letter (công văn, văn bản)."""
    if not meta.announcement:
        return False
    start, end = meta.announcement
    return bool(re.search(r"\b(?:công\s+văn|văn\s+bản)\s+số", text[start:end], _I))


def tasks_from_letter(
    text, meta, resolver, schedule, classify, *, letter: bool = True
) -> list[ExtractedTask]:
    """A letter that directs agencies ("Công văn … Chủ tịch UBND tỉnh có ý kiến như sau:
    1. Các sở, ban, ngành …: - …; 2. Đề nghị Ban … "): its numbered and bulleted items
    are tasks, an addressee heading leads the items under it. Its running paragraphs
    (background, the subject) are not read, except where they assign work: an explicit
    list of tasks ("Các nhiệm vụ, giải pháp … như: …") or a request to bodies ("Trân
    trọng đề nghị Quý Cơ quan …", "… yêu cầu thủ trưởng các sở … thực hiện …").

    ``letter`` is false for any other document that is neither plan nor report (a
    department's notice, a news item that names no document): it has no items of its
    own, and when it tells of a meeting, what was said there gives no task."""
    if not letter:
        if meta.kind_reason in ("circular_heading", "decision_heading"):
            return []
        if _tells_meeting(text, meta):
            # What was said at a meeting gives no task; the coming work a review sets its
            # body does ("Những tháng cuối năm, Liên hiệp … tiếp tục …").
            return (
                _coming_work(text, meta, resolver, schedule, classify)
                or _comma_request(text, meta, resolver, schedule, classify)
                or _sides_commit(text, meta, resolver, schedule, classify)
                or _focus_headline(text, schedule, classify)
                or _speaker_request(text, meta, resolver, schedule, classify)
            )
        return _assigned_in_prose(text, meta, resolver, schedule, classify)
    text = _relined(text, meta.announcement[0] if meta.announcement else 0, len(text))
    # (a letter's request for a report by a day is one of its asks, not a plan's reporting
    # regime: "Đề nghị các sở … báo cáo kết quả … về Sở … trước ngày 15/6/2024")
    meta = replace(meta, report_deadline=None)
    start = meta.announcement[1] if meta.announcement else 0
    addressed = _ADDRESSEES_RE.search(text)
    if addressed and not meta.announcement:
        start = addressed.end()
    end = meta.body_end or meta.annex_start or len(text)
    stop = _END_RE.search(text, start, end)
    if stop:
        end = stop.start()
    if start >= end:
        return []
    # Items under a heading of principles, aims or requirements ("Nguyên tắc hoạt động …:")
    # are not duties, even as bullets.
    sections, pos = [], start
    spans = sorted(_aim_spans(text, start, end) + _changes_spans(text, start, end))
    for aim_start, aim_end in spans:
        if aim_start > pos:
            sections.append(Section(kind="tasks", heading="", body="", start=pos, end=aim_start))
        pos = max(pos, aim_end)
    if pos < end:
        sections.append(Section(kind="tasks", heading="", body="", start=pos, end=end))
    tasks = tasks_from_plan_body(
        text, meta, resolver, schedule, classify, sections=sections, items_only=True
    )
    if not tasks and meta.other_document and _retells_letter(text, meta):
        # A news item retells the letter in sentences: its tasks are the duties it gives
        # to bodies ("UBND tỉnh giao Sở … chủ trì …", "yêu cầu các sở, ban ngành …").
        tasks = _retold_duties(tasks_from_prose(text, meta, resolver, schedule, classify))
        if not tasks:
            tasks = _sent_asking(text, meta, resolver, schedule, classify)
    elif not tasks and meta.other_document and _retells_guidance(text, meta):
        # A guidance ("Hướng dẫn số 36-HD/BTGTU về công tác … năm 2022") sets the year's
        # work as a plan does: the duties it states are tasks, led or not.
        tasks = tasks_from_prose(text, meta, resolver, schedule, classify)
    if not tasks and not _ITEM_LINE_RE.search(text, start, end):
        # A letter in running text only (one with numbered or bulleted lines has said
        # what it asks in them).
        tasks = _assigned_in_prose(text, meta, resolver, schedule, classify)
    return tasks


# A list whose line breaks the copy lost, run on after a colon: "… yêu cầu: 1. Sở …; 2. UBND …",
# "… như sau: a) …; b) …", "… đề nghị: - Sở …; - Báo …". Each mark follows a colon, a ";" or a
# stop, and the marks run in order (1, 2, 3; a, b, c; one dash kind repeated).
_RUN_ON_MARK_RE = re.compile(r"(?<=[:;.])[ \t]+(?P<mark>\d{1,2}[.)]|[a-zđ]\)|[-–•+])[ \t]+(?=\w)")
_LETTER_ORDER = "abcdđeghiklmnopqrstuvxy"


def _mark_rank(mark: str) -> tuple[str, int]:
    digits = re.sub(r"\D", "", mark)
    if digits:
        return (mark[-1], int(digits))
    if mark[0] in _LETTER_ORDER:
        return (")", 100 + _LETTER_ORDER.index(mark[0]))
    return (mark, 0)


def _relined(text: str, start: int, end: int) -> str:
    """``text`` with the items of a run-on list (:data:`_RUN_ON_MARK_RE`) set back on lines of
    their own, the space before each mark made a line break (offsets unchanged), so that the
    letter's items read as they do in a copy that kept its lines."""
    pieces, done = [], 0
    for line in re.finditer(r"[^\n]+", text[start:end]):
        marks = list(_RUN_ON_MARK_RE.finditer(line.group(0)))
        if len(marks) < 2 or line.group(0)[marks[0].start() - 1] != ":":
            continue
        ranks = [_mark_rank(m.group("mark")) for m in marks]
        run = [marks[0]]
        for before, after, mark in zip(ranks, ranks[1:], marks[1:], strict=False):
            if after[0] != before[0] or after[1] not in (before[1], before[1] + 1):
                break
            if after[1] == before[1] and after[1]:
                break  # (a number or a letter repeated: no list)
            run.append(mark)
        if len(run) < 2:
            continue
        for mark in run:
            at = start + line.start() + mark.start()
            pieces.append(text[done:at])
            pieces.append("\n")
            done = at + 1
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# The letter's signer asking for work with no body named ("Chủ tịch UBND tỉnh yêu cầu tổ chức
# họp báo định kỳ …"): a duty of the letter, unled.
_UNADDRESSED_ASK_RE = re.compile(
    r"(?:Phó\s+)?Chủ\s+tịch\s+(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?:\s+[A-ZĐ]\w*){0,3}\s+(?:yêu\s+cầu|chỉ\s+đạo)\s+"
    rf"(?={VERB_START_RE.pattern[1:]})"
)


def _retold_duties(found: list[ExtractedTask]) -> list[ExtractedTask]:
    """The duties of a letter retold in sentences: those given to bodies; and, from the
    signer's request that names no body on, that request and the sentences opening with a
    duty's verb ("Tổ chức cung cấp thông tin …"), unled."""
    kept, asked = [], False
    for task in found:
        if task.lead:
            kept.append(task)
        elif _UNADDRESSED_ASK_RE.match(task.text):
            kept.append(task)
            asked = True
        elif (
            asked
            and re.match(_UP, task.text)
            and (verb := VERB_START_RE.match(task.text))
            and verb.group(0).lower() not in NOUN_LIKE
        ):
            kept.append(task)
    return kept


# The salutation and the addressees listed under it ("Kính gửi:\n- Các sở, ban, ngành;\n-
# UBND các huyện …"): bullets that name who is written to, not what is asked of them.
_ADDRESSEES_RE = re.compile(
    r"(?m)^\s*Kính\s+g\S{0,3}\s*:[^\n]*"
    # (a site's copy may set each addressee apart with a blank line)
    r"(?:\n(?:[ \t]*\n)*[ \t]*[-–•+][ \t]*[^\n]{2,120}?[;.,]?[ \t]*(?=\n|$)(?<!:))*"
)


_ITEM_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*[.)]|[-–•+*]|[a-zđ]\))[ \t]+\S"
    r"|\d{1,2}(?:\.\d{1,2})*[.)][^\W\d_])"
)


# A news item about a meeting (a conference, a training, a working session): what is said
# there is its news; it gives no task of a document.
_MEETING_RE = re.compile(
    r"(?<!không\s)\b(?:tổ\s+chức|khai\s+mạc|khai\s+giảng|bế\s+mạc|chủ\s+trì|tiếp\s+cầu|dự|tham\s+dự)\b"
    r"[^.;\n]{0,80}?\b(?:hội\s+nghị|hội\s+thảo|lớp\s+tập\s+huấn|tập\s+huấn|buổi\s+làm\s+việc"
    r"|buổi\s+gặp|cuộc\s+họp|họp\s+báo|tọa\s+đàm|toạ\s+đàm|đại\s+hội|lễ\s+(?:ký|công\s+bố|ra\s+mắt|kỷ\s+niệm))"
    # … or the meeting first ("Hội nghị … diễn ra sáng 5/3"), or a working session ("… có buổi
    # làm việc với …").
    r"|\b(?:hội\s+nghị|hội\s+thảo|lớp\s+tập\s+huấn|buổi\s+làm\s+việc|cuộc\s+họp|tọa\s+đàm|toạ\s+đàm)\b"
    r"[^.;\n]{0,80}?\b(?:được\s+tổ\s+chức|(?:đã\s+)?diễn\s+ra)\b"
    r"|\bcó\s+buổi\s+(?:làm\s+việc|tiếp|gặp)",
    _I,
)
_MEETING_RE = guarded(_MEETING_RE)  # see ttdn.core.patterns
# An explicit list of tasks in running text: "Các nhiệm vụ, giải pháp cụ thể … như: …",
# "Các nội dung tuyên truyền chính là: …".
_TASK_LIST_RE = re.compile(
    r"(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)[^.;:\n]{0,80}?(?:\s+là|\s+gồm(?:\s+có)?|\s+như|\s+sau)"
    r"\s*:"
    # … or counted: "Hướng dẫn nêu rõ 06 nội dung tuyên truyền:".
    r"|\b\d{1,2}\s+(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)\b[^.;:\n]{0,60}:",
    _I,
)
# A request to bodies in a letter or notice ("Đề nghị phòng …", "… yêu cầu thủ trưởng các
# sở …", "Trân trọng đề nghị Quý Cơ quan …", "UBND tỉnh giao Sở …").
_LETTER_REQUEST_RE = re.compile(
    r"\b" + _ASKS + r"\s+(?:cho\s+)?(?=" + _ADDRESSEES + r")"
    # a notice to the bodies it names ("Sở … thông báo các Sở, ban, ngành … được biết, …")
    r"|\bthông\s+báo\s+(?:(?:đến|tới|cho)\s+)?"
    r"(?=(?:các|toàn\s+thể|Quý)\s[^.;:\n]{0,250}?\s(?:được\s+)?biết\b)",
    _I,
)


def _tells_meeting(text: str, meta) -> bool:
    """Whether the item's opening (its headline and lede) tells of a meeting."""
    return bool(_MEETING_RE.search(text, 0, min(meta.body_end or len(text), 700)))


def _assigned_in_prose(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """The work a letter or notice assigns in running text: the items of an explicit list
    of tasks (led or not), else the duties from its first request on (those given to a
    body only; the rest of such a text is background)."""
    end = meta.body_end or meta.annex_start or len(text)
    floor = meta.announcement[0] if meta.announcement else 0
    listed = _TASK_LIST_RE.search(text, floor, end)
    if listed:
        start = _sentence_start(text, listed.start(), floor)
        if listed.start() - start > 300:
            start = listed.start()  # a long preamble before "… các nhiệm vụ trọng tâm sau:"
        before = _sentence_start(text, max(floor, start - 1), floor)
        if before < start and _tells_done(text[before:start]):
            # the list follows an account of done work ("… đã phối hợp …, như: …. Nội dung
            # tuyên truyền gồm: …"): read with it, the list is what that work covered
            start = before
        reading = replace(meta, announcement=(start, start))
        return tasks_from_prose(text, reading, resolver, schedule, classify)
    request = _LETTER_REQUEST_RE.search(text, floor, end)
    if request is None:
        turn = _LETTER_TURN_RE.search(text, floor, end)
        if turn is not None:
            # A letter retold from "Theo đó, …" (its lede lost, or naming no request): the
            # bodies set to work there are its asks.
            reading = replace(meta, announcement=(turn.start(), turn.start()))
            found = tasks_from_prose(text, reading, resolver, schedule, classify)
            if any(t.lead for t in found):
                return [t for t in found if t.lead or _in_asked_contents(text, t.start or 0)]
        # A body's own coming work told as news ("Những tháng cuối năm, Liên hiệp … tiếp tục
        # …", "Thời gian tới, Sở … sẽ …"): what it sets itself, as a review's coming work.
        return _requests_and_coming_work(text, meta, resolver, schedule, classify)
    start = _sentence_start(text, request.start(), floor)
    if re.search(r"\bvề\s+việc\s+$", text[max(start, request.start() - 12) : request.start()], _I):
        # the letter's subject is its ask ("… Công văn số … về việc đề nghị các địa phương,
        # đơn vị tổ chức tuyên truyền …"): the ask opens the task
        start = request.start()
    if re.match(r"(?:Trân\s+trọng\s+)?(?-i:Đề|Yêu|Giao)", text[request.start() :]):
        # A capitalised request opens its own sentence, even where the copy lost the stop
        # before it ("… phát thanh "Bảo vệ …" Đề nghị phòng …").
        start = max(start, request.start())
    trang_trong = text.rfind("Trân trọng", start, request.start())
    if trang_trong >= 0:
        start = trang_trong
    reading = replace(meta, announcement=(start, start))
    found = tasks_from_prose(text, reading, resolver, schedule, classify, runs_on=True)
    # (the contents asked for, "Nội dung tuyên truyền … cần …", are no body's: kept unled)
    return [t for t in found if t.lead or _in_asked_contents(text, t.start or 0)]


# "Theo đó," opening a sentence of a letter's retelling, or the document as its speaker ("Văn
# bản nêu rõ, …", "Hướng dẫn cũng chỉ rõ, …": what it sets out follows).
_LETTER_TURN_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Theo\s+đó\s*,"
    r"|(?:Văn\s+bản|Công\s+văn|Hướng\s+dẫn|Chỉ\s+thị|Thông\s+báo)\s+(?:cũng\s+)?"
    r"(?:nêu\s+rõ|chỉ\s+rõ|xác\s+định)\s*,)",
    re.M,
)


def _retells_guidance(text: str, meta) -> bool:
    """Whether the document a news item announces is a guidance (hướng dẫn số …)."""
    if not meta.announcement:
        return False
    start, end = meta.announcement
    return bool(re.search(r"\bhướng\s+dẫn\s+số", text[start:end], _I))


def tasks_from_plan_body(
    text,
    meta,
    resolver,
    schedule,
    classify,
    *,
    beside_annex: bool = False,
    sections=None,
    items_only: bool = False,
) -> list[ExtractedTask]:
    """One task per item (bullet, lettered item or paragraph) of the sections that assign
    work; a numbered heading naming agencies ("2. Sở Thông tin và Truyền thông:") makes
    them the lead of the items below it.

    ``beside_annex``: the plan also has an annex table. Then only the "Nhiệm vụ" section
    is read, without the parts that point to the annex or list solutions ("giải pháp"),
    and "Tổ chức thực hiện" organises the annex rather than adding tasks.

    ``sections`` replaces the plan's sections; ``items_only`` reads only bulleted and
    numbered lines (a letter's paragraphs are its background)."""
    tasks: list[ExtractedTask] = []
    mentioned: list[AgencyMention] = []
    kinds = ("tasks",) if beside_annex else ("tasks", "organisation", "other")
    for section in meta.sections if sections is None else sections:
        if section.kind not in kinds:
            continue
        if section.kind == "other" and _RESULTS_RE.search(section.heading):
            continue  # "I. TÌNH HÌNH …", "KẾT QUẢ …": background, not duties
        lead: list[AgencyMention] = []
        coordinating: list[AgencyMention] = []  # the bodies a frame line asks to work with
        group = None
        topic = False  # under a letter's topic heading ("1. Về công tác tuyên truyền")
        # A letter's ask above its items ("Sở … đề nghị A, B thực hiện các nội dung sau:"):
        # its addressees (and the bodies they work with) go on under the unnamed numbered
        # headings that divide what it asks ("1. Nội dung tuyên truyền:"), until a heading
        # as high as the one the ask sits under.
        asked: tuple[list[AgencyMention], list[AgencyMention]] | None = None
        under = -1  # depth of the numbered heading the ask sits under (-1: none)
        depth = -1  # depth of the latest numbered heading
        skipping: str | None = None  # number of a heading whose part is left out
        explained = False  # under a numbered duty stated as a sentence ("1. Tăng cường … .")
        lettered = False  # the lead is a lettered heading's ("b) Công an tỉnh")
        pos = section.start
        lines = text[section.start : section.end].split("\n")
        for index, line in enumerate(lines):
            line_start, pos = pos, pos + len(line) + 1
            if not line.strip() or index == 0 and section.heading:
                continue  # (a fragment's part before its first heading has none: read whole)
            numbered = _NUMBERED_RE.match(line)
            if skipping and numbered and not numbered.group(1).startswith(skipping + "."):
                skipping = None
            if beside_annex and numbered and _BESIDE_ANNEX_RE.search(numbered.group(2)):
                skipping = numbered.group(1)
            if skipping or beside_annex and re.search(r"phụ\s+lục", line, _I):
                continue
            if (
                numbered
                and _is_heading(numbered, lines[index + 1 :])
                and not (items_only and _names_a_duty(numbered.group(2)))
            ):
                heading = numbered.group(2).strip().rstrip(":").strip()
                topic = items_only and bool(_TOPIC_RE.match(heading))
                depth = numbered.group(1).count(".")
                if asked is not None and depth <= under:
                    asked = None  # a heading as high as the ask's own: its part is over
                body_start = line_start + numbered.start(2)
                request = _REQUEST_RE.match(heading)
                if request:
                    heading, body_start = heading[request.end() :], body_start + request.end()
                heading, body_start = _heading_body(heading, body_start)
                if starts_with_head(heading):
                    lead = [
                        _refer_back(m, resolver, mentioned)
                        for m in resolver.mentions(heading, body_start)
                    ]
                    mentioned.extend(lead)
                    coordinating = []
                elif asked is not None:
                    # "1. Nội dung tuyên truyền:" under the ask: still its addressees' work
                    (lead, coordinating), group = asked, heading
                else:
                    lead, coordinating, group = [], [], heading
                continue
            item = _ITEM_RE.match(line)
            if item and _letter_heading(line, item, lines[index + 1 :]):
                # "b) Công tác phát ngôn" over its bullets: their group, and their lead when it
                # names a body ("b) Công an tỉnh"); a part's heading, never a task
                heading = line[item.end() :].strip()
                named, named_start = _heading_body(heading.rstrip(":"), line_start + item.end())
                if starts_with_head(named):
                    lead = [
                        _refer_back(m, resolver, mentioned)
                        for m in resolver.mentions(named, named_start)
                    ]
                    mentioned.extend(lead)
                    coordinating, lettered = [], True
                elif lettered:
                    lead, coordinating, lettered = [], [], False
                group = heading
                continue
            if items_only and not (item or numbered) and line.rstrip().endswith(":"):
                ask = _assignment(text, line_start, line_start + len(line))
                if ask is not None and not _GUIDES_PLANS_RE.search(line):
                    # "UBND tỉnh yêu cầu các sở …, UBND các huyện … thực hiện tốt các nội dung
                    # sau:": its addressees lead the items below
                    frame = Clause(line_start, line_start + len(line), 0, 0)
                    _read_agencies(
                        text, line_start, line_start + len(line), frame, resolver, mentioned
                    )
                    lead, coordinating, group = frame.lead, frame.coordinating, None
                    asked, under = (lead, coordinating), depth
                    continue
            if items_only and not (item or numbered or topic and not _COURTESY_RE.search(line)):
                continue  # (a paragraph under a letter's topic heading is one of its asks)
            plain = not (item or numbered)
            if not plain:
                explained = bool(numbered and line.rstrip().endswith("."))
            if item:
                s = line_start + item.end()
            else:
                s = line_start + (numbered.start(2) if numbered else 0)
            line_span = _clean(text, s, line_start + len(line))
            for s, e in [line_span] if item else _listed_items(text, *line_span):
                # "… Thời gian: Quý II." closing an item gives its timeframe.
                stated_time = _STATED_TIME_RE.search(text, s, e)
                if stated_time and not text[s : stated_time.start()].strip():
                    # "Thời gian thực hiện: Quý II/2026." on a line of its own: the time of
                    # the duty above it (when it gave none), never a task
                    if tasks and tasks[-1].timeframe is None and (tasks[-1].end or s) < s:
                        ts, te = strip_span(
                            text, stated_time.start(1), stated_time.end(1), " \t\n.;"
                        )
                        tasks[-1].timeframe = schedule(squash(text[ts:te]), ts, te)
                    continue
                if not _may_be_task(text, s, e, meta) or _NOT_TASK_RE.match(text[s:e]):
                    continue
                if _ABOVE_REQUIRED_RE.match(text, s, e):
                    continue  # "Các nội dung trên cần được thể hiện …": how the items are done
                if stated_time:
                    s, e = _clean(text, s, stated_time.start())
                clause = Clause(s, e, 0, 0)
                _read_agencies(text, s, e, clause, resolver, mentioned)
                if plain and explained and not clause.own_lead:
                    # the paragraph under a numbered duty explains it ("1. Tăng cường … .\n
                    # Nội dung tập trung vào …"): one task, as a letter's focus task
                    continue
                if not clause.own_lead:
                    clause.lead = [_copy(m) for m in lead]
                    if not clause.coordinating:
                        clause.coordinating = [_copy(m) for m in coordinating]
                mentioned.extend(clause.lead + clause.coordinating)
                if stated_time:
                    ts, te = strip_span(text, stated_time.start(1), stated_time.end(1), " \t\n.;")
                    timeframe = schedule(squash(text[ts:te]), ts, te)
                else:
                    timeframe = _timeframe_in(text, s, e, schedule)
                confidence = 0.7 if clause.lead else 0.5
                tasks.append(
                    _prose_task(text, s, e, clause, timeframe, confidence, classify, group)
                )
    return tasks


# A fragment's opening line that heads it: short, no stop ("Tổ chức thực hiện", "NHIỆM VỤ TRỌNG
# TÂM NĂM 2026"), not a body introducing its duties ("1. Sở Ngoại vụ:").
_FRAGMENT_HEADING_RE = re.compile(r"[ \t]*(?![^\n]*:[ \t]*$)([^\n.;]{3,120})[ \t]*(?=\n)")
_SECTION_NAME_RE = re.compile(r"\s*(?:Tổ\s+chức\s+thực\s+hiện|Phân\s+công)\s*$", _I)
_PURPOSE_HEADING_RE = re.compile(
    r"mục\s+đích|mục\s+tiêu|yêu\s+cầu|quan\s+điểm|kết\s+quả|tình\s+hình", _I
)


def tasks_from_fragment(text, meta, resolver, schedule, classify) -> list[ExtractedTask]:
    """The duties of a plan's part pasted alone, with no header (see
    :func:`~ttdn.importer.extract.metadata.kind.duties_fragment`): read as a plan's sections
    are, the lines before its first numbered heading as one section (its own heading line, if
    it opens with one, left out; one of purposes or results gives no task)."""
    first = meta.sections[0].start if meta.sections else len(text)
    sections = []
    start = len(text) - len(text.lstrip())
    if start < first:
        heading = _FRAGMENT_HEADING_RE.match(text, start, first)
        words = heading and heading.group(1).split()
        if (
            heading
            and len(words) <= 12
            and (_SECTION_NAME_RE.match(heading.group(1)) or not _opens_with_verb(heading.group(1)))
        ):
            if not _PURPOSE_HEADING_RE.search(heading.group(1)):
                sections.append(Section("tasks", squash(heading.group(1)), "", start, first))
        else:
            sections.append(Section("tasks", "", "", start, first))
    sections += [s for s in meta.sections if s.kind in ("tasks", "organisation", "other")]
    return tasks_from_plan_body(text, meta, resolver, schedule, classify, sections=sections)


# A guidance letter asking bodies to make their plans on the focus work below ("… đề nghị UBND
# các tỉnh xây dựng Kế hoạch …, tập trung các nhiệm vụ trọng tâm sau:"): its items are the
# year's focus tasks, not work given to the addressees.
_GUIDES_PLANS_RE = re.compile(r"(?:xây\s+dựng|ban\s+hành)\s+kế\s+hoạch|trọng\s+tâm", _I)


def _listed_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph that opens a list and gives its items after the colon ("Năm 2024, tỉnh
    tập trung thực hiện các nhiệm vụ sau: tăng cường …; đẩy mạnh …"): one span per item.
    Any other paragraph is one span."""
    intro = _intro_end(text, start, end)
    if intro is None or ";" not in text[intro:end] or not text[:intro].rstrip().endswith(":"):
        return [(start, end)]
    return [
        _clean(text, s, e) for s, e in _split_duties(text, intro, end, in_list=True, every=True)
    ]


# A news site's own controls on a line alone: share, print, send, follow, comment, listen,
# download, related items ("Chia sẻ với bạn bè", "In bài viết", "Theo dõi Báo … trên Google
# News", "Nghe đọc bài", "Gửi ý kiến của bạn"): the page's, not the document's.
_SITE_CONTROL_RE = re.compile(
    r"[-–•+*\s]*(?:Chia\s+sẻ(?:\s+(?:với\s+bạn\s+bè|bài\s+viết|lên\s+\w+|qua\s+\w+))?"
    r"|In\s+(?:bài(?:\s+viết)?|trang)|Bản\s+in|Gửi\s+(?:email|e-mail|bài(?:\s+viết)?\s+qua\s+email"
    r"|cho\s+bạn\s+bè|ý\s+kiến(?:\s+của\s+bạn)?|bình\s+luận)|Lưu\s+(?:bài(?:\s+viết)?|tin)"
    r"|(?:Viết\s+)?[Bb]ình\s+luận(?:\s+của\s+bạn)?|Ý\s+kiến\s+bạn\s+đọc|Theo\s+dõi\s+[^\n]{1,40}?\s+trên"
    r"(?:\s+(?:Google\s+News|Facebook|Zalo|YouTube|TikTok))?|Nghe\s+(?:đọc\s+)?bài(?:\s+viết)?"
    r"|Đọc\s+(?:thêm|tiếp|bài\s+gốc)|Xem\s+(?:thêm|tiếp|bản\s+đầy\s+đủ)|Tải\s+(?:về|xuống|file|tệp)"
    r"(?:\s+(?:văn\s+bản|tệp\s+đính\s+kèm|file\s+đính\s+kèm))?|Sao\s+chép\s+(?:liên\s+kết|đường\s+dẫn)"
    r"|Copy\s+link|Quay\s+(?:lại|về)(?:\s+trang\s+trước)?|Về\s+đầu\s+trang|Tin\s+(?:liên\s+quan|khác"
    r"|cùng\s+chuyên\s+mục)|Bài\s+viết\s+liên\s+quan|Cỡ\s+chữ|Thu\s+nhỏ|Phóng\s+to)"
    r"\s*[:.!]?\s*",
    re.IGNORECASE,
)


def _may_be_task(text: str, start: int, end: int, meta, item: bool = False) -> bool:
    """Long enough, holds a duty verb (an item of an enumerated list of contents need not),
    and is not the sentence that sets the plan's report deadline (that duty is the
    reporting regime, kept as ``report_deadline``)."""
    if end - start < 12:
        return False
    line = line_around(text, start, end).strip()
    if line == text[start:end].strip() and len(line.split()) <= 3:
        return False  # a line of two or three words alone: a label or a button, not a duty
    if line == text[start:end].strip() and len(line.split()) <= 5 and not _opens_with_verb(line):
        return False  # a short line alone naming a thing ("các thông tin tiện ích"): a menu
    if _SITE_CONTROL_RE.fullmatch(line):
        return False  # the site's "Chia sẻ với bạn bè", "Gửi ý kiến của bạn" …
    if not (
        item
        or VERB_START_RE.match(text[start:end])
        or VERB_RE.search(text, start, end)
        or _DUTY_OPENER_RE.match(text, start, end)  # a clause split off as a duty opens one
        or _assigns(text, start, end)
        or _body_at_work(text, start, end)
        or _bare_subject(text, start, end)  # "…; báo, đài mở chuyên mục …"
    ):
        return False
    deadline = meta.report_deadline
    return not (deadline and deadline.start is not None and start <= deadline.start < end)


_LETTER_MARK_RE = re.compile(r"[ \t]*[a-zđ][.)]")
_DASH_ITEM_RE = re.compile(r"[ \t]*[-–—+•*]\s+\S")


def _letter_heading(line: str, item: re.Match, following: list[str]) -> bool:
    """Whether a lettered line heads the dashed items below it ("b) Công tác phát ngôn và cung
    cấp thông tin cho báo chí" then "- Người phát ngôn …"): short, no stop, no verb opening it,
    and the next line a dashed item."""
    if not _LETTER_MARK_RE.match(line):
        return False
    heading = line[item.end() :].strip()
    if heading.endswith(":") and starts_with_head(_heading_body(heading[:-1], 0)[0]):
        heading = heading[:-1]  # "a) Đối với Sở Ngoại vụ:", "b) Công an tỉnh có trách nhiệm:"
    if not heading or len(heading.split()) > 12 or re.search(r"[.;:…]$", heading):
        return False
    if _opens_with_verb(heading) and not starts_with_head(heading):
        return False
    after = next((f for f in following if f.strip()), "")
    return bool(_DASH_ITEM_RE.match(after))


# A heading over a body's items that says more than the body: "Đối với Sở …", "Sở … có trách
# nhiệm", "… chịu trách nhiệm", "… có nhiệm vụ", "… thực hiện các nội dung sau".
_HEADING_DUTY_RE = re.compile(
    r"\s*,?\s+(?:(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ"
    r"|(?:thực\s+hiện|triển\s+khai)\s+(?:tốt\s+)?(?:các|một\s+số|những)\s+"
    r"(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))\b[^:]*$",
    _I,
)


def _heading_body(heading: str, start: int) -> tuple[str, int]:
    """The body a heading names (:data:`_HEADING_DUTY_RE`), and where it starts."""
    opener = _FOR_RE.match(heading)
    if opener and starts_with_head(heading[opener.end() :]):
        heading, start = heading[opener.end() :], start + opener.end()
    duty = _HEADING_DUTY_RE.search(heading)
    if duty and starts_with_head(heading):
        heading = heading[: duty.start()]
    return heading, start


def _opens_with_verb(piece: str) -> bool:
    opening = VERB_START_RE.match(piece.lstrip("-–•+* \t"))
    return bool(opening and opening.group(0).lower() not in NOUN_LIKE)


def _assigns(text: str, start: int, end: int) -> bool:
    """Work given to a body ("… yêu cầu các cơ quan báo chí mở chuyên mục …"): a duty even
    when its verb is none of the listed duty verbs."""
    return _assignment(text, start, end) is not None


def _assignment(text: str, start: int, end: int) -> re.Match | None:
    """The first "giao / yêu cầu / đề nghị / chỉ đạo" followed by a body ("Phát biểu chỉ
    đạo hội nghị, đồng chí … yêu cầu các sở …": the second)."""
    return next(
        (
            m
            for m in _ASSIGN_RE.finditer(text, start, end)
            if _looks_like_agency(text, m.end(), end)
        ),
        None,
    )


_DAY_DEADLINE_RE = re.compile(r"(?:trước|chậm\s+nhất)\s+(?:ngày\s|\d)", _I)


def _timeframe_in(text: str, start: int, end: int, schedule):
    """A timeframe written inside the clause ("… trong Quý III", "…, thực hiện thường
    xuyên"), if it reads as one."""
    match = _TIME_PHRASE_RE.search(text, start, end) or _CLOSING_TIME_RE.search(text, start, end)
    days = [
        m for m in _TIME_PHRASE_RE.finditer(text, start, end) if _DAY_DEADLINE_RE.match(m.group(0))
    ]
    if len(days) > 1:
        # "lấy ý kiến của Sở … trước ngày 20-6 để hoàn thiện, báo cáo … trước ngày 24-6": of a
        # step's day and the duty's in one duty, the deadline is the last
        match = days[-1]
    if match is None:
        return None
    found = schedule(squash(match.group(0)), match.start(), match.end())
    return found if found.deadlines else None


def _names_a_duty(rest: str) -> bool:
    """A letter's numbered line that opens with a duty verb and introduces nothing ("1.
    Hoàn thiện hành lang pháp lý …" above the paragraph that explains it) is a focus task
    itself, not a heading."""
    rest = rest.strip()
    opening = VERB_START_RE.match(rest)
    return bool(opening and opening.group(0).lower() not in NOUN_LIKE and not rest.endswith(":"))


# A letter's topic heading: "1. Về công tác tuyên truyền", "2. Về việc tổ chức …".
_TOPIC_RE = re.compile(r"Về\s+(?!việc\s+này)[^.;]{3,100}$")


def _is_heading(numbered: re.Match, following: list[str]) -> bool:
    """A numbered line is a heading when it ends with ":", when items or deeper-numbered
    lines follow it, or when it is short and names agencies or no duty (or a topic: "Về
    công tác …")."""
    rest = numbered.group(2).strip()
    if rest.endswith(":") or re.search(r"phụ\s+lục", rest, _I):
        return True
    if _TOPIC_RE.match(rest) and len(rest.split()) <= 16:
        return True
    nxt = next((line for line in following if line.strip()), "")
    deeper = _NUMBERED_RE.match(nxt)
    if _ITEM_RE.match(nxt) or (deeper and deeper.group(1).startswith(numbered.group(1) + ".")):
        return True
    if len(rest.split()) > 16 or re.search(r"[.;]\s*$", rest):
        return False
    return not _PREDICATE_RE.search(rest)


def _prose_task(
    text: str, s: int, e: int, clause: Clause, timeframe, confidence: float, classify, group=None
) -> ExtractedTask:
    """The task a clause of prose states, at ``text[s:e]``, with the agencies read in it
    (``classify(body, group)`` gives its group of work)."""
    body = squash(text[s:e])
    return ExtractedTask(
        text=body,
        group=classify(body, group) if group else classify(body),
        lead=clause.lead,
        coordinating=clause.coordinating,
        timeframe=timeframe,
        source="prose",
        start=s,
        end=e,
        confidence=confidence,
    )


def task_at(
    text: str, start: int, end: int, resolver, schedule, classify, score: float
) -> ExtractedTask:
    """The task ``text[start:end]`` would be, read as a clause of prose: its lead and
    coordinating bodies and a timeframe written in it; a suggestion's (see
    :mod:`.task_choice`), whose ``score`` is its confidence."""
    clause = Clause(start, end, paragraph=0, sentence=0)
    _read_agencies(text, start, end, clause, resolver, [])
    timeframe = _timeframe_in(text, start, end, schedule)
    task = _prose_task(text, start, end, clause, timeframe, score, classify)
    task.source = "suggested"
    return task


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` as the rules take a task's text from a clause: without its list
    mark, its leading connector ("Đồng thời,", "Theo đó,") and its closing terminator."""
    return _clean(text, start, end)
