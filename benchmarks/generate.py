#!/usr/bin/env python
"""Fill a database with one province's ten years of external-information plans.

    python benchmarks/generate.py --plans 200 --tasks-per-plan 100 \\
        --updates-per-task 10 --agencies 150 [--seed 1] [--force]

The database is the one the normal settings name: the SQLite file
``$TTDN_VAR_DIR/ttdn.sqlite3`` (``var/ttdn.sqlite3`` by default) or
``DATABASE_URL``. Use a separate database for benchmarks, for example::

    TTDN_VAR_DIR=var/bench python benchmarks/generate.py ...
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_bench python benchmarks/generate.py ...

Speed matters more than going through the services, so rows are written with
``bulk_create`` in batches; the values the services would derive are computed
here the same way (deadlines with ``ttdn.plans.timeframe.parse_timeframe``, task
status/percent/next deadline/latest update with the rules of
``ttdn.tracking.services.task_states_refresh``, search entries with
``ttdn.core.search.index_many``). A sample of tasks is re-derived with the real
service at the end (and rolled back) to check that. No audit entries are
written. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import os
import random
import sys
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")

BENCH_PASSWORD = "bench"
FIRST_YEAR, LAST_YEAR = 2017, 2026
PROVINCE = "Đồng Nai"

# --- texts ---------------------------------------------------------------------------------
# Task templates: the annex of seed 004 (Kế hoạch 12773/KH-UBND, Đồng Nai, 2018) and the
# solutions of its section II.2, with their groups. Texts are varied per task below.
TASK_TEMPLATES: list[tuple[str, str]] = [
    (
        "spokesperson",
        "Phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí định kỳ và đột xuất.",
    ),
    ("training", "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại, kỹ năng phát ngôn."),
    (
        "promotion",
        "Phối hợp với cơ quan báo chí trung ương: Thông tấn xã Việt Nam, Truyền hình Việt Nam, "
        "Đài Tiếng nói Việt Nam, cổng Thông tin điện tử Chính phủ... quảng bá hình ảnh của tỉnh.",
    ),
    (
        "infrastructure",
        "Đầu tư, nâng cấp, cải tạo cơ sở vật chất cho Đài Truyền thanh cấp huyện, xã.",
    ),
    (
        "infrastructure",
        "Hỗ trợ đầu thu truyền hình số mặt đất cho hộ nghèo, hộ cận nghèo theo chuẩn của tỉnh.",
    ),
    (
        "infrastructure",
        "Triển khai Dự án giảm nghèo về thông tin thuộc Chương trình Mục tiêu quốc gia giảm "
        "nghèo bền vững.",
    ),
    (
        "training",
        "Tổ chức các lớp bồi dưỡng, tập huấn và cập nhật kiến thức đối ngoại; lớp bồi dưỡng kỹ năng "
        "biên, phiên dịch tiếng Anh cho CBCC-VC.",
    ),
    ("press_orientation", "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh."),
    (
        "countering",
        "Theo dõi, nghiên cứu, tổng hợp dư luận báo chí nước ngoài viết về tỉnh Đồng Nai.",
    ),
    (
        "promotion",
        "Xuất bản “Bản tin đối ngoại” thông tin thành tựu phát triển kinh tế - xã hội của tỉnh.",
    ),
    (
        "promotion",
        "Tổ chức lễ kỷ niệm {anniv} năm thiết lập quan hệ ngoại giao Việt Nam - {country}.",
    ),
    (
        "promotion",
        "Triển khai các hoạt động thông tin đối ngoại, quảng bá hình ảnh của Đồng Nai thông qua "
        "việc tổ chức chương trình giao lưu văn hóa, văn nghệ, thể thao, du lịch quảng bá hình ảnh về Đồng Nai "
        "ra thế giới.",
    ),
    (
        "promotion",
        "Triển lãm hình ảnh, sách báo, tư liệu giới thiệu về biển, đảo quê hương, truyền thống lịch "
        "sử, văn hóa của đất nước và con người Việt Nam, về vùng đất và con người Đồng Nai.",
    ),
    (
        "promotion",
        "Tăng cường quảng bá du lịch trên các Đài Truyền hình khu vực, Đài Truyền hình Việt Nam, các "
        "báo, ấn phẩm trong nước; biên soạn và phát hành bản đồ du lịch, sổ tay hướng dẫn giới thiệu những điểm "
        "đến của du lịch Đồng Nai.",
    ),
    (
        "policy_communication",
        "Chủ trì xây dựng hệ thống pano, áp phích, băng rôn, khẩu hiệu chào mừng các sự "
        "kiện lớn của đất nước và của tỉnh.",
    ),
    (
        "promotion",
        "Chủ trì, phối hợp với các sở, ban, ngành liên quan gắn các hoạt động phát triển kinh tế với "
        "thông tin đối ngoại về tình hình thu hút đầu tư, chính sách khuyến khích đầu tư, chiến lược phát triển "
        "kinh tế của tỉnh đến các nhà đầu tư, kiều bào, các doanh nghiệp trong và ngoài nước.",
    ),
    ("promotion", "Tham mưu UBND tỉnh các hoạt động xúc tiến đầu tư, ký kết các văn kiện hợp tác."),
    (
        "promotion",
        "Xây dựng Brochure giới thiệu tiềm năng đầu tư, quảng bá hình ảnh con người, lịch sử, văn "
        "hóa, thương hiệu, tiềm năng hợp tác và phát triển của tỉnh.",
    ),
    (
        "promotion",
        "Tổ chức và tham gia các cuộc triển lãm và hội chợ thương mại, mời gọi sự tham gia của các "
        "nước trong khu vực, qua đó giới thiệu, quảng bá thương hiệu các sản phẩm, tiềm năng thế mạnh của các "
        "doanh nghiệp trong tỉnh.",
    ),
    (
        "promotion",
        "Phối hợp với Báo Công thương, Báo Diễn đàn doanh nghiệp, Tạp chí văn hóa doanh nghiệp... để "
        "tuyên truyền, quảng bá hình ảnh của tỉnh đến với nhân dân trong nước và nước ngoài.",
    ),
    (
        "policy_communication",
        "Tiếp tục tuyên truyền nội dung các hiệp định thương mại quan trọng tác động lớn "
        "đến phát triển kinh tế - xã hội để các tổ chức, doanh nghiệp, người dân trên địa bàn tỉnh hiểu rõ và "
        "chủ động tham gia.",
    ),
    (
        "countering",
        "Theo dõi, tổng hợp diễn biến thông tin đối ngoại của tỉnh để đề xuất chủ trương, biện pháp "
        "phản bác các thông tin sai, xuyên tạc, chống phá Đảng và Nhà nước, chia rẽ khối đại đoàn kết dân tộc.",
    ),
    (
        "promotion",
        "Tiếp tục đẩy mạnh công tác thông tin đối ngoại, tuyên truyền, giới thiệu, quảng bá hình ảnh "
        "về truyền thống lịch sử, văn hóa, tiềm năng, thế mạnh phát triển kinh tế, du lịch của địa phương; phổ "
        "biến những kiến thức lịch sử, cơ sở pháp lý về chủ quyền biển, đảo.",
    ),
    (
        "promotion",
        "Tăng thời lượng các chương trình quảng bá hình ảnh của tỉnh Đồng Nai ra thế giới; những cơ "
        "hội và môi trường đầu tư kinh doanh tại Đồng Nai.",
    ),
    (
        "promotion",
        "Khuyến khích xây dựng nội dung thông tin bằng nhiều thứ tiếng (Việt, Anh, Hàn, Trung, Nhật) "
        "cho đài phát thanh - truyền hình, các tờ báo, cổng thông tin điện tử của tỉnh.",
    ),
    (
        "training",
        "Tổ chức hội nghị, tập huấn, bồi dưỡng về chủ trương, đường lối của Đảng, chính sách, pháp "
        "luật của Nhà nước về công tác đối ngoại; về hội nhập quốc tế; về chủ quyền biên giới, lãnh thổ, biển "
        "đảo Việt Nam.",
    ),
    (
        "training",
        "Tổ chức tập huấn, bồi dưỡng kiến thức, nghiệp vụ về thông tin đối ngoại cho cán bộ chuyên "
        "trách, lãnh đạo chủ chốt, phóng viên các cơ quan báo chí trên địa bàn tỉnh.",
    ),
    (
        "training",
        "Cử cán bộ tham gia các lớp tập huấn do Bộ Thông tin và Truyền thông, Bộ Ngoại giao tổ chức "
        "về công tác đối ngoại.",
    ),
    (
        "policy_communication",
        "Phổ biến, tuyên truyền rộng rãi trên các phương tiện thông tin đại chúng về "
        "đường lối, chính sách của Đảng, pháp luật của Nhà nước về đối ngoại, hợp tác và hội nhập.",
    ),
    (
        "policy_communication",
        "Thông tin về những chính sách của tỉnh trong việc thu hút đầu tư từ người Việt "
        "Nam ở nước ngoài nhằm gắn kết tình cảm quê hương.",
    ),
    (
        "spokesperson",
        "Cung cấp thông tin định kỳ và đột xuất về tỉnh Đồng Nai cho các cơ quan báo chí và trang "
        "thông tin điện tử của Cục Thông tin đối ngoại.",
    ),
    (
        "infrastructure",
        "Tiếp tục phát triển Cổng thông tin điện tử tỉnh với các phiên bản tiếng Việt, Anh, "
        "Trung, Hàn.",
    ),
    (
        "spokesperson",
        "Tổ chức phát ngôn và cung cấp thông tin cho báo chí bằng các hình thức: trả lời phỏng "
        "vấn, họp báo, thông cáo báo chí.",
    ),
    (
        "countering",
        "Tăng cường số lượng, thời lượng và chất lượng các tin, bài phân tích, góp phần đấu tranh "
        "với những thông tin sai sự thật, xuyên tạc của các thế lực thù địch.",
    ),
    (
        "press_orientation",
        "Định hướng tuyên truyền về thông tin đối ngoại cho các phương tiện thông tin đại "
        "chúng trên địa bàn tỉnh.",
    ),
    (
        "management",
        "Xây dựng và triển khai kế hoạch hoạt động thông tin đối ngoại của ngành, địa phương; tổng "
        "hợp, báo cáo kết quả thực hiện.",
    ),
    (
        "management",
        "Thẩm định dự toán ngân sách cho hoạt động thông tin đối ngoại trình cấp có thẩm quyền phê "
        "duyệt.",
    ),
]

PREFIXES = ["", "", "", "", "Tiếp tục ", "Chủ động ", "Đẩy mạnh việc "]
SUFFIXES = [
    "",
    "",
    "",
    "",
    " năm {year}",
    " trên địa bàn {place}",
    " cho cán bộ, công chức, viên chức các sở, ban, ngành",
    " gắn với các sự kiện chính trị, kinh tế - xã hội lớn của tỉnh",
    " bằng tiếng Anh, tiếng Trung và tiếng Hàn",
    " nhân dịp kỷ niệm Ngày thành lập tỉnh",
]
COUNTRIES = [
    "Nhật Bản",
    "Hàn Quốc",
    "Lào",
    "Campuchia",
    "Cộng hòa Liên bang Đức",
    "Hoa Kỳ",
    "Australia",
    "Pháp",
    "Thái Lan",
    "Singapore",
    "Ấn Độ",
    "Cộng hòa Séc",
    "Cuba",
    "Liên bang Nga",
]

# (wording, weight); {y} is a year of the plan, {m} a month.
TIMEFRAMES_ONE_YEAR = [
    ("Cả năm", 30),
    ("Thường xuyên", 12),
    ("Hàng quý", 10),
    ("Hàng tháng", 5),
    ("Hàng tháng, quý", 3),
    ("Quý I", 3),
    ("Quý II", 3),
    ("Quý III", 3),
    ("Quý IV", 3),
    ("Quý II, III", 4),
    ("6 tháng đầu năm", 3),
    ("6 tháng cuối năm", 3),
    ("Tháng {m}/{y}", 5),
    ("Trước ngày 15/12/{y}", 3),
    ("trước ngày 05 tháng 11 hàng năm", 2),
    ("Định kỳ 6 tháng", 2),
    ("Theo yêu cầu", 2),
    ("Đột xuất", 1),
    ("", 1),
]
TIMEFRAMES_MULTI_YEAR = [
    ("Hàng năm", 25),
    ("Cả giai đoạn", 15),
    ("Thường xuyên", 15),
    ("Hàng quý", 10),
    ("Năm {y}", 10),
    ("Quý IV hàng năm", 5),
    ("Giai đoạn {y1}-{y2}", 5),
    ("6 tháng/lần", 5),
    ("Theo yêu cầu", 2),
]

NARRATIVES_PROGRESS = [
    "Đã đăng tải {n} tin, bài, ảnh về hoạt động thông tin đối ngoại của tỉnh trên Cổng Thông tin điện tử.",
    "Tổ chức {n} lớp tập huấn với {m} lượt học viên tham dự.",
    "Phối hợp Đài PT-TH Đồng Nai sản xuất {n} phóng sự, chuyên đề quảng bá hình ảnh tỉnh.",
    "Đang triển khai; dự kiến hoàn thành trong quý {q}.",
    "Tiếp đón, hướng dẫn {n} đoàn phóng viên nước ngoài tác nghiệp tại tỉnh.",
    "Đã xây dựng dự thảo, đang lấy ý kiến các sở, ban, ngành liên quan.",
    "Cung cấp thông tin cho báo chí tại {n} cuộc họp báo định kỳ.",
    "Phát hành {m} ấn phẩm (tờ gấp, sổ tay) giới thiệu tiềm năng của tỉnh bằng tiếng Anh.",
    "Chưa triển khai do chưa được bố trí kinh phí; đã có văn bản đề xuất.",
]
NARRATIVES_DONE = [
    "Hoàn thành theo kế hoạch; đã báo cáo kết quả về Sở Thông tin và Truyền thông.",
    "Đã hoàn thành: {n} tin, bài và {m} lượt phát sóng chương trình thông tin đối ngoại.",
    "Hoàn thành; tổ chức {n} lớp với {m} lượt học viên, đạt 100% chỉ tiêu.",
]
NARRATIVES_CANCELLED = [
    "Không thực hiện do điều chỉnh kế hoạch, kinh phí được bố trí cho nhiệm vụ khác."
]

PEOPLE = [
    "Trần Văn Vĩnh",
    "Nguyễn Thị Hương",
    "Lê Quang Minh",
    "Phạm Văn Hùng",
    "Võ Thị Lan",
    "Đặng Minh Tuấn",
    "Huỳnh Thanh Sơn",
    "Bùi Thị Mai",
    "Đỗ Văn Nam",
    "Hoàng Thị Thu",
    "Ngô Đức Thắng",
    "Dương Văn Bình",
]

SECTION_TEXTS = [
    (
        "purpose",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích\n- Đảm bảo sự lãnh đạo, chỉ đạo thống nhất của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân "
        "tỉnh; sự phối hợp giữa các cơ quan Trung ương và địa phương về công tác thông tin đối ngoại.\n\n"
        "- Tiếp tục đẩy mạnh việc thông tin về chủ trương, đường lối, chính sách của Đảng và pháp luật của Nhà "
        "nước, của tỉnh Đồng Nai đến với các nước trong khu vực và trên thế giới; giới thiệu và quảng bá hình "
        "ảnh, con người, lịch sử, văn hóa, tiềm năng thế mạnh của tỉnh nhằm mời gọi, thu hút đầu tư.\n\n"
        "2. Yêu cầu\n- Hoạt động thông tin đối ngoại phải bám sát các chủ trương, đường lối của Đảng, chính "
        "sách, pháp luật của Nhà nước; bám sát kế hoạch phát triển kinh tế, văn hóa, xã hội của tỉnh năm {year}.",
    ),
    (
        "tasks",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
        "1. Nhiệm vụ phân công (đính kèm phụ lục)\n2. Giải pháp thực hiện\n2.1. Tập huấn bồi dưỡng nghiệp vụ\n"
        "a) Tổ chức hội nghị, tập huấn, bồi dưỡng về chủ trương, đường lối của Đảng, chính sách, pháp luật của "
        "Nhà nước về công tác đối ngoại.\n\n2.2. Thông tin, tuyên truyền về quan điểm, chủ trương, chính sách của "
        "Đảng và Nhà nước về công tác đối ngoại\n\n2.3. Giới thiệu quảng bá hình ảnh tỉnh Đồng Nai ra thế giới\n\n"
        "2.4. Đấu tranh, phản bác những thông tin, quan điểm sai trái\n\n2.5. Định hướng thông tin đối ngoại "
        "cho báo chí",
    ),
    (
        "organisation",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Sở Thông tin và Truyền thông\nChủ trì, phối hợp với các sở, ban, ngành, địa phương triển khai công "
        "tác thông tin đối ngoại năm {year}; tổng hợp, báo cáo kết quả thực hiện.\n\n2. Sở Tài chính\nThẩm định "
        "dự toán ngân sách hàng năm cho hoạt động thông tin đối ngoại.\n\n3. Chế độ báo cáo\nCác cơ quan, đơn "
        "vị báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05 tháng 11 hàng năm hoặc báo cáo "
        "đột xuất theo yêu cầu.",
    ),
    (
        "funding",
        "IV. KINH PHÍ",
        "1. Nguồn kinh phí: Ngân sách nhà nước.\n\n2. Các sở, ban, ngành; UBND các huyện, thành phố xây dựng "
        "dự toán kinh phí năm {year}, gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét quyết định.",
    ),
]

LEGAL_BASES = [
    ("21/CT-TTg", "directive", datetime.date(2012, 8, 6), "Chỉ thị số 21/CT-TTg ngày 06/8/2012"),
    (
        "368/QĐ-TTg",
        "decision",
        datetime.date(2013, 2, 28),
        "Quyết định số 368/QĐ-TTg ngày 28/02/2013",
    ),
    (
        "72/2015/NĐ-CP",
        "decree",
        datetime.date(2015, 9, 7),
        "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015",
    ),
    (
        "22/2016/TT-BTTTT",
        "circular",
        datetime.date(2016, 10, 19),
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
    ),
]

# Provincial bodies, busiest first: (name, short name, kind).
PROVINCIAL_BODIES = [
    ("Sở Thông tin và Truyền thông tỉnh Đồng Nai", "Sở TT&TT", "department"),
    ("Sở Ngoại vụ tỉnh Đồng Nai", "Sở Ngoại vụ", "department"),
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai", "Sở VH-TT&DL", "department"),
    ("Ban Tuyên giáo Tỉnh ủy Đồng Nai", "Ban Tuyên giáo TU", "party_board"),
    ("Đài Phát thanh và Truyền hình Đồng Nai", "Đài PT-TH Đồng Nai", "press"),
    ("Sở Kế hoạch và Đầu tư tỉnh Đồng Nai", "Sở KH&ĐT", "department"),
    ("Sở Công Thương tỉnh Đồng Nai", "Sở Công Thương", "department"),
    ("Công an tỉnh Đồng Nai", "Công an tỉnh", "police"),
    ("Báo Đồng Nai", "", "press"),
    ("Cổng Thông tin điện tử tỉnh Đồng Nai", "Cổng TTĐT tỉnh", "portal"),
    ("Văn phòng Ủy ban nhân dân tỉnh Đồng Nai", "Văn phòng UBND tỉnh", "office"),
    ("Sở Tài chính tỉnh Đồng Nai", "Sở Tài chính", "department"),
    ("Sở Nội vụ tỉnh Đồng Nai", "Sở Nội vụ", "department"),
    ("Sở Giáo dục và Đào tạo tỉnh Đồng Nai", "Sở GD&ĐT", "department"),
    ("Ban Quản lý các Khu công nghiệp Đồng Nai", "Ban Quản lý các KCN", "other"),
    ("Bộ Chỉ huy Quân sự tỉnh Đồng Nai", "Bộ CHQS tỉnh", "military"),
    (
        "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
        "Liên hiệp các tổ chức hữu nghị",
        "mass_organisation",
    ),
    ("Hội Nhà báo tỉnh Đồng Nai", "Hội Nhà báo tỉnh", "mass_organisation"),
    ("Báo Lao động Đồng Nai", "", "press"),
    ("Sở Tư pháp tỉnh Đồng Nai", "Sở Tư pháp", "department"),
    ("Sở Y tế tỉnh Đồng Nai", "Sở Y tế", "department"),
    ("Sở Lao động - Thương binh và Xã hội tỉnh Đồng Nai", "Sở LĐ-TB&XH", "department"),
    ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Nai", "Sở NN&PTNT", "department"),
    ("Sở Tài nguyên và Môi trường tỉnh Đồng Nai", "Sở TN&MT", "department"),
    ("Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Sở KH&CN", "department"),
    ("Sở Xây dựng tỉnh Đồng Nai", "Sở Xây dựng", "department"),
    ("Sở Giao thông vận tải tỉnh Đồng Nai", "Sở GTVT", "department"),
    ("Ban Dân vận Tỉnh ủy Đồng Nai", "Ban Dân vận TU", "party_board"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai", "UBMTTQVN tỉnh", "mass_organisation"),
    ("Hội Văn học Nghệ thuật tỉnh Đồng Nai", "Hội VHNT tỉnh", "mass_organisation"),
    ("Tỉnh Đoàn Đồng Nai", "", "mass_organisation"),
    ("Hội Liên hiệp Phụ nữ tỉnh Đồng Nai", "Hội LHPN tỉnh", "mass_organisation"),
    ("Liên đoàn Lao động tỉnh Đồng Nai", "LĐLĐ tỉnh", "mass_organisation"),
    (
        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Đồng Nai",
        "Trung tâm XTĐT-TM-DL",
        "other",
    ),
    ("Trường Chính trị tỉnh Đồng Nai", "", "other"),
    ("Ban Dân tộc tỉnh Đồng Nai", "Ban Dân tộc", "department"),
    ("Thanh tra tỉnh Đồng Nai", "Thanh tra tỉnh", "department"),
    ("Cục Hải quan Đồng Nai", "", "central"),
    ("Ủy ban nhân dân tỉnh Đồng Nai", "UBND tỉnh", "people_committee"),
]
ISSUER_NAME = "Ủy ban nhân dân tỉnh Đồng Nai"
DISTRICT_BODIES = [
    ("Ủy ban nhân dân {loc}", "UBND {short}", "people_committee"),
    ("Phòng Văn hóa và Thông tin {loc}", "Phòng VH-TT {short}", "department"),
    ("Trung tâm Văn hóa, Thể thao và Truyền thanh {loc}", "TT VH-TT&TT {short}", "press"),
]
UNRESOLVED = [
    "Các sở, ban, ngành",
    "Các đơn vị liên quan",
    "UBND các huyện, thành phố",
    "Các cơ quan báo chí",
]
THEMES = [
    "Kế hoạch tuyên truyền về chủ quyền biển, đảo Việt Nam năm {year}",
    "Kế hoạch quảng bá hình ảnh, xúc tiến đầu tư tỉnh Đồng Nai ra nước ngoài năm {year}",
    "Kế hoạch tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại năm {year}",
    "Kế hoạch đấu tranh, phản bác thông tin sai trái, xuyên tạc trên không gian mạng năm {year}",
    "Kế hoạch thông tin đối ngoại phục vụ hội nhập kinh tế quốc tế năm {year}",
]


@contextmanager
def _explicit_timestamps(models):
    """Let bulk_create store the created/updated/submitted times we set (auto_now* off)."""
    saved = []
    for model in models:
        for f in model._meta.concrete_fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                saved.append((f, f.auto_now, f.auto_now_add))
                f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


@functools.lru_cache(maxsize=10_000)
def _schedule(wording: str, start: int, end: int):
    """Deadlines of a wording, as the task services compute them (None: no wording)."""
    from ttdn.plans.timeframe import parse_timeframe

    if not wording.strip():
        return None
    return parse_timeframe(wording, from_year=start, to_year=end)


def _counts(values) -> str:
    return ", ".join(f"{k} {n}" for k, n in Counter(str(v) for v in values).most_common())


def _weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights, k=1)[0]


def _zipf(rng: random.Random, items: list, s: float = 1.0):
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return rng.choices(items, weights=weights, k=1)[0]


@dataclass
class AgencyInfo:
    pk: int
    name: str
    display: str
    district: str | None = None  # legacy district name for district bodies
    commune: str | None = None


@dataclass
class UpdateSpec:
    agency_id: int
    status: str
    percent: int
    period_end: datetime.date | None
    submitted_at: datetime.datetime
    review_state: str
    narrative: str
    figures: dict
    obj: object = None  # the ProgressUpdate once built


@dataclass
class TaskSpec:
    obj: object  # Task
    deadlines: list[datetime.date]
    leads: list[tuple[int | None, str]] = field(default_factory=list)  # (agency id, as written)
    coordinating: list[tuple[int | None, str]] = field(default_factory=list)
    updates: list[UpdateSpec] = field(default_factory=list)


def spec_state(spec: TaskSpec):
    """The rules of ttdn.tracking.services.task_states_refresh, on in-memory updates."""
    from ttdn.tracking.models import ReviewState
    from ttdn.tracking.services import derive_task_state

    # Updates are stored in submission order, so ids grow with submitted_at.
    indexed = list(enumerate(spec.updates))
    counted = [
        u
        for _, u in sorted(
            ((i, u) for i, u in indexed if u.review_state != ReviewState.RETURNED),
            key=lambda p: (p[1].submitted_at, p[0]),
            reverse=True,
        )
    ]
    lead_ids = {a for a, _ in spec.leads if a is not None}
    state = derive_task_state(counted, lead_ids=lead_ids, deadlines=spec.deadlines)
    status, percent, next_deadline = state.status, state.percent, state.next_deadline
    return status, percent, next_deadline, (counted[0] if counted else None)


class Generator:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        from django.utils import timezone

        self.tz = timezone.get_current_timezone()
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.counts: Counter = Counter()

    # -- helpers ---------------------------------------------------------------------------
    def aware(self, day: datetime.date, hour: int | None = None) -> datetime.datetime:
        rng = self.rng
        hour = rng.randint(7, 17) if hour is None else hour
        moment = datetime.datetime(
            day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59)
        )
        return moment.replace(tzinfo=self.tz)

    def log(self, message: str) -> None:
        print(f"[{time.perf_counter() - self.started:7.1f} s] {message}", flush=True)

    # -- steps ------------------------------------------------------------------------------
    def run(self):
        from django.db import transaction

        from ttdn.accounts.models import User
        from ttdn.directory.models import Agency, AgencyAlias
        from ttdn.legal.models import LegalDocument
        from ttdn.plans.models import Plan, PlanStatusChange, Task
        from ttdn.tracking.models import ProgressUpdate

        self.started = time.perf_counter()
        with (
            _explicit_timestamps(
                [
                    Plan,
                    Task,
                    Agency,
                    LegalDocument,
                    ProgressUpdate,
                    PlanStatusChange,
                    User,
                    AgencyAlias,
                ]
            ),
            transaction.atomic(),
        ):
            self.load_units()
            self.make_agencies()
            self.make_users()
            self.make_legal_documents()
            self.make_plans()
            self.make_tasks()
        self.log("committed")
        self.analyze()
        mismatches = self.check_sample()
        return mismatches

    def load_units(self):
        from ttdn.directory.models import AdministrativeUnit, UnitLevel
        from ttdn.directory.services import units_load

        units_load()
        self.log(f"administrative units: {AdministrativeUnit.objects.count()}")
        provinces = AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE, name=PROVINCE)
        self.legacy_province = (
            provinces.filter(valid_to__isnull=False).order_by("-valid_to").first()
        )
        self.current_province = (
            provinces.filter(valid_to__isnull=True).first() or self.legacy_province
        )
        self.districts = (
            list(self.legacy_province.children.order_by("name")) if self.legacy_province else []
        )
        self.communes = (
            list(self.current_province.children.order_by("name")) if self.current_province else []
        )

    def make_agencies(self):
        from ttdn.core.text import fold
        from ttdn.directory.models import Agency, AgencyAlias

        n = self.args.agencies
        rows: list[tuple[str, str, str, object, dict]] = []
        for name, short, kind in PROVINCIAL_BODIES:
            rows.append((name, short, kind, self.legacy_province, {}))
        reform_end = datetime.date(2025, 6, 30)
        reform_start = datetime.date(2025, 7, 1)
        for district in self.districts:
            loc = f"{district.division_type} {district.name}"
            short = ("TP. " if district.division_type == "thành phố" else "huyện ") + district.name
            for name, sh, kind in DISTRICT_BODIES:
                rows.append(
                    (
                        name.format(loc=loc),
                        sh.format(short=short),
                        kind,
                        district,
                        {"district": district.name, "valid_to": reform_end},
                    )
                )
        for commune in self.communes:
            loc = f"{commune.division_type} {commune.name}"
            rows.append(
                (
                    f"Ủy ban nhân dân {loc}",
                    f"UBND {loc}",
                    "commune_committee",
                    commune,
                    {"commune": commune.name, "valid_from": reform_start},
                )
            )
        i = 0
        while len(rows) < n:
            i += 1
            rows.append(
                (
                    f"Ủy ban nhân dân xã Thử nghiệm {i}",
                    "",
                    "commune_committee",
                    self.current_province,
                    {"commune": f"Thử nghiệm {i}", "valid_from": reform_start},
                )
            )
        # Keep the provincial bodies, then share what is left between districts and communes.
        provincial = rows[: len(PROVINCIAL_BODIES)]
        district_rows = [r for r in rows[len(PROVINCIAL_BODIES) :] if "district" in r[4]]
        commune_rows = [r for r in rows[len(PROVINCIAL_BODIES) :] if "commune" in r[4]]
        left = max(0, n - len(provincial))
        take_d = min(len(district_rows), left // 2)
        take_c = min(len(commune_rows), left - take_d)
        take_d = min(len(district_rows), left - take_c)
        chosen = (provincial + district_rows[:take_d] + commune_rows[:take_c])[:n]
        created = self.aware(datetime.date(FIRST_YEAR - 1, 11, 1))
        objs = [
            Agency(
                name=name,
                short_name=short,
                kind=kind,
                unit=unit,
                name_folded=fold(name),
                valid_from=extra.get("valid_from"),
                valid_to=extra.get("valid_to"),
                email=f"vanthu{k}@dongnai.gov.vn",
                created_at=created,
                updated_at=created,
            )
            for k, (name, short, kind, unit, extra) in enumerate(chosen)
        ]
        Agency.objects.bulk_create(objs, batch_size=500)
        self.agencies = [
            AgencyInfo(
                pk=o.pk,
                name=o.name,
                display=o.short_name or o.name,
                district=extra.get("district"),
                commune=extra.get("commune"),
            )
            for o, (_, _, _, _, extra) in zip(objs, chosen, strict=True)
        ]
        aliases = [
            AgencyAlias(agency_id=o.pk, alias=o.short_name, alias_folded=fold(o.short_name))
            for o in objs
            if o.short_name
        ]
        AgencyAlias.objects.bulk_create(aliases, batch_size=1000)
        self.provincial = [
            a
            for a in self.agencies
            if a.district is None and a.commune is None and a.name != ISSUER_NAME
        ]
        self.issuer = next((a for a in self.agencies if a.name == ISSUER_NAME), None)
        self.by_district: dict[str, list[AgencyInfo]] = defaultdict(list)
        for a in self.agencies:
            if a.district:
                self.by_district[a.district].append(a)
        self.commune_bodies = [a for a in self.agencies if a.commune]
        self.agency_by_pk = {a.pk: a for a in self.agencies}
        self.counts["agencies"] = len(objs)
        self.counts["agency aliases"] = len(aliases)
        self.log(
            f"agencies: {len(objs)} ({len(self.provincial)} provincial, {take_d} district bodies, "
            f"{take_c} communes)"
        )

    def make_users(self):
        from django.contrib.auth.hashers import make_password

        from ttdn.accounts.models import Membership, Role, User

        rng = self.rng
        joined = self.aware(datetime.date(FIRST_YEAR - 1, 11, 1))
        password = make_password(BENCH_PASSWORD)
        self.coordinator = User(
            username="bench_coordinator",
            role=Role.COORDINATOR,
            full_name="Nguyễn Văn Điều Phối",
            email="bench_coordinator@ttdn.local",
            password=password,
            date_joined=joined,
        )
        self.leader = User(
            username="bench_leader",
            role=Role.LEADER,
            full_name="Trần Thị Lãnh Đạo",
            email="bench_leader@ttdn.local",
            password=password,
            date_joined=joined,
        )
        # One officer per agency reports its progress; the busiest agency's is bench_officer.
        unusable = make_password(None)
        officers = []
        for i in range(len(self.agencies)):
            username = "bench_officer" if i == 0 else f"bench_officer_{i:03d}"
            officers.append(
                User(
                    username=username,
                    role=Role.OFFICER,
                    full_name=rng.choice(PEOPLE),
                    email=f"{username}@ttdn.local",
                    password=password if i == 0 else unusable,
                    date_joined=joined,
                )
            )
        User.objects.bulk_create([self.coordinator, self.leader, *officers], batch_size=500)
        Membership.objects.bulk_create(
            [
                Membership(user=u, agency_id=a.pk)
                for u, a in zip(officers, self.agencies, strict=True)
            ],
            batch_size=1000,
        )
        self.officer_by_agency = {a.pk: u.pk for u, a in zip(officers, self.agencies, strict=True)}
        self.counts["users"] = len(officers) + 2
        self.log(
            f"users: {len(officers) + 2} (bench_coordinator, bench_leader, bench_officer = "
            f"{self.agencies[0].name} + one officer per agency)"
        )

    def make_legal_documents(self):
        from ttdn.legal.models import LegalDocument

        created = self.aware(datetime.date(FIRST_YEAR - 1, 11, 1))
        docs = [
            LegalDocument(
                identifier=ident, kind=kind, issued_date=day, created_at=created, updated_at=created
            )
            for ident, kind, day, _ in LEGAL_BASES
        ]
        LegalDocument.objects.bulk_create(docs)
        self.legal_docs = [
            (d.pk, written) for d, (_, _, _, written) in zip(docs, LEGAL_BASES, strict=True)
        ]

    def _plan_layout(self) -> list[dict]:
        """What each plan is: years, level, issuer, title, lead pool."""
        rng, total = self.rng, self.args.plans
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        per_year = [
            total // len(years) + (1 if i < total % len(years) else 0) for i in range(len(years))
        ]
        multi = {2017: (2017, 2020), 2018: (2018, 2020), 2021: (2021, 2025), 2022: (2022, 2025)}
        layout = []
        departments = [
            a
            for a in self.provincial
            if a.name.startswith(("Sở ", "Ban ", "Công an", "Bộ Chỉ huy"))
        ]
        for year, count in zip(years, per_year, strict=True):
            for i in range(count):
                start, end = year, year
                if i == 0:
                    kind = "province"
                    title = f"Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm {year}"
                elif i == 1 and year in multi:
                    kind = "province"
                    start, end = multi[year]
                    title = (
                        f"Kế hoạch thực hiện Chiến lược thông tin đối ngoại tỉnh Đồng Nai giai đoạn "
                        f"{start}-{end}"
                    )
                elif i <= 2:
                    kind = "province"
                    title = rng.choice(THEMES).format(year=year)
                else:
                    use_local = i % 2 == 1
                    if use_local and year <= 2024 and self.districts and self.by_district:
                        kind = "district"
                    elif use_local and year >= 2025 and self.commune_bodies:
                        kind = "commune"
                    else:
                        kind = "department"
                    title = ""
                layout.append(
                    {
                        "start": start,
                        "end": end,
                        "kind": kind,
                        "title": title,
                        "departments": departments,
                    }
                )
        return layout

    def make_plans(self):
        from ttdn.core import search
        from ttdn.plans.models import (
            Plan,
            PlanLegalBasis,
            PlanLevel,
            PlanSection,
            PlanStatus,
            PlanStatusChange,
            Visibility,
        )
        from ttdn.plans.services import plan_search_partition

        rng = self.rng
        plans, meta = [], []
        numbers = Counter()
        province_plan_by_year: dict[int, int] = {}
        for spec in self._plan_layout():
            start, end, kind = spec["start"], spec["end"], spec["kind"]
            issuer, unit, lead_pool, local = self.issuer, self.legacy_province, None, None
            if kind == "province":
                level, symbol = PlanLevel.PROVINCE, "KH-UBND"
                if start >= 2025:
                    unit = self.current_province
            elif kind == "department":
                level = PlanLevel.DEPARTMENT
                issuer = _zipf(rng, spec["departments"], 0.6)
                symbol = (
                    "KH-"
                    + "".join(
                        w[0].upper()
                        for w in issuer.display.replace("&", " ").split()
                        if w[0].isalpha()
                    )[:6]
                )
                spec["title"] = f"Kế hoạch thông tin đối ngoại năm {start} của {issuer.name}"
                lead_pool = [issuer]
            elif kind == "district":
                level = PlanLevel.DISTRICT
                district = rng.choice([d for d in self.districts if self.by_district.get(d.name)])
                unit = district
                bodies = self.by_district[district.name]
                issuer = bodies[0]
                local = bodies
                symbol = "KH-UBND"
                spec["title"] = (
                    f"Kế hoạch hoạt động thông tin đối ngoại {district.division_type} "
                    f"{district.name} năm {start}"
                )
            else:
                level = PlanLevel.COMMUNE
                body = rng.choice(self.commune_bodies)
                issuer, local = body, [body]
                unit = next(
                    (c for c in self.communes if c.name == body.commune), self.current_province
                )
                symbol = "KH-UBND"
                spec["title"] = f"Kế hoạch thông tin đối ngoại năm {start} của {body.name}"
            issued = datetime.date(start - 1, 12, 1) + datetime.timedelta(days=rng.randint(0, 45))
            issued = min(issued, self.today)
            number = f"{rng.randint(100, 15000)}/{symbol}"
            while numbers[number]:
                number = f"{rng.randint(100, 15000)}/{symbol}"
            numbers[number] += 1
            past = end < self.today.year
            if past:
                status = PlanStatus.CLOSED if rng.random() < 0.85 else PlanStatus.IN_PROGRESS
            else:
                status = _weighted(
                    rng,
                    [
                        (PlanStatus.IN_PROGRESS, 80),
                        (PlanStatus.ISSUED, 10),
                        (PlanStatus.DRAFT, 5),
                        (PlanStatus.APPRAISAL, 5),
                    ],
                )
            r = rng.random()
            visibility = (
                Visibility.RESTRICTED
                if r < 0.05
                else Visibility.PUBLIC
                if r < 0.40
                else Visibility.INTERNAL
            )
            created = self.aware(issued - datetime.timedelta(days=rng.randint(5, 30)))
            plan = Plan(
                issuer_id=issuer.pk if issuer else None,
                issuer_name=issuer.name if issuer else ISSUER_NAME,
                number=number,
                issued_date=issued,
                title=spec["title"],
                summary="Triển khai công tác thông tin đối ngoại "
                + (f"giai đoạn {start}-{end}." if end > start else f"năm {start}."),
                period_start=start,
                period_end=end,
                level=level,
                unit=unit,
                status=status,
                visibility=visibility,
                signer=rng.choice(PEOPLE),
                report_deadline_text="trước ngày 05 tháng 11 hàng năm",
                report_deadline_month=11,
                report_deadline_day=5,
                created_by=self.coordinator,
                created_at=created,
                updated_at=created,
            )
            plans.append(plan)
            meta.append({"kind": kind, "lead_pool": lead_pool, "local": local})
        Plan.objects.bulk_create(plans, batch_size=500)
        # Parents: local and department plans implement the province's plan of their year.
        for plan, m in zip(plans, meta, strict=True):
            if m["kind"] == "province" and plan.period_start == plan.period_end:
                province_plan_by_year.setdefault(plan.period_start, plan.pk)
        children = []
        for plan, m in zip(plans, meta, strict=True):
            parent = province_plan_by_year.get(plan.period_start)
            if m["kind"] != "province" and parent:
                plan.parent_id = parent
                children.append(plan)
        Plan.objects.bulk_update(children, ["parent"], batch_size=500)
        # Restricted plans: visible to 1-3 agencies (the busiest one in about half of them).
        through = Plan.restricted_to.through
        restricted_rows = []
        for plan in plans:
            if plan.visibility == Visibility.RESTRICTED:
                chosen = set(rng.sample([a.pk for a in self.provincial], k=rng.randint(1, 3)))
                if rng.random() < 0.5:
                    chosen.add(self.agencies[0].pk)
                restricted_rows += [through(plan_id=plan.pk, agency_id=a) for a in sorted(chosen)]
        through.objects.bulk_create(restricted_rows)
        sections, links, changes = [], [], []
        for plan in plans:
            for order, (kind, heading, body) in enumerate(SECTION_TEXTS):
                sections.append(
                    PlanSection(
                        plan_id=plan.pk,
                        kind=kind,
                        order=order,
                        heading=heading,
                        body=body.format(year=plan.period_start),
                    )
                )
            for order, (doc_id, written) in enumerate(self.legal_docs):
                links.append(
                    PlanLegalBasis(
                        plan_id=plan.pk, document_id=doc_id, order=order, as_written=written
                    )
                )
            path = {
                PlanStatus.DRAFT: [],
                PlanStatus.APPRAISAL: [PlanStatus.APPRAISAL],
                PlanStatus.ISSUED: [PlanStatus.ISSUED],
                PlanStatus.IN_PROGRESS: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS],
                PlanStatus.CLOSED: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED],
            }[plan.status]
            previous = PlanStatus.DRAFT
            moments = [
                plan.issued_date,
                datetime.date(plan.period_start, 1, 15),
                min(self.today, datetime.date(plan.period_end + 1, 1, 20)),
            ]
            for step, to_status in enumerate(path):
                changes.append(
                    PlanStatusChange(
                        plan_id=plan.pk,
                        from_status=previous,
                        to_status=to_status,
                        by=self.coordinator,
                        at=self.aware(min(moments[step], self.today)),
                    )
                )
                previous = to_status
        PlanSection.objects.bulk_create(sections, batch_size=500)
        PlanLegalBasis.objects.bulk_create(links, batch_size=1000)
        PlanStatusChange.objects.bulk_create(changes, batch_size=1000)
        search.index_many(
            "plan",
            (
                (
                    p.pk,
                    " ".join(
                        filter(
                            None, [p.number, p.title, p.issuer_name, p.summary, str(p.period_start)]
                        )
                    ),
                    plan_search_partition(p),
                )
                for p in plans
            ),
        )
        self.plans, self.plan_meta = plans, meta
        self.counts.update(
            {
                "plans": len(plans),
                "plan sections": len(sections),
                "plan legal bases": len(links),
                "plan status changes": len(changes),
                "restricted plan grants": len(restricted_rows),
            }
        )
        self.log(
            f"plans: {len(plans)}; visibility {_counts(p.visibility for p in plans)}; "
            f"status {_counts(p.status for p in plans)}"
        )

    def _task_text(self, plan, year: int) -> tuple[str, str]:
        rng = self.rng
        group, text = rng.choice(TASK_TEMPLATES)
        text = text.format(
            anniv=rng.choice([30, 35, 40, 45, 50, 55, 60, 65, 70, 75]),
            country=rng.choice(COUNTRIES),
        )
        prefix = rng.choice(PREFIXES)
        if prefix and not text.startswith(("Tiếp tục", "Chủ trì", "Phối hợp")):
            text = prefix + text[0].lower() + text[1:]
        suffix = rng.choice(SUFFIXES)
        if suffix:
            place = rng.choice([f"{d.division_type} {d.name}" for d in self.districts] or ["tỉnh"])
            text = text.rstrip(".;… ") + suffix.format(year=year, place=place) + "."
        return group, text

    def _assignments(self, plan, meta) -> tuple[list, list]:
        rng = self.rng
        total = _weighted(rng, [(1, 35), (2, 40), (3, 25)])
        n_leads = 1 if total == 1 or rng.random() < 0.85 else 2
        leads, coordinating, used = [], [], set()

        def pick(pool):
            for _ in range(10):
                a = _zipf(rng, pool, 0.9)
                if a.pk not in used:
                    used.add(a.pk)
                    return a
            return None

        for i in range(n_leads):
            if meta["local"] and rng.random() < 0.8:
                a = pick(meta["local"])
            elif meta["lead_pool"] and i == 0 and rng.random() < 0.75:
                a = pick(meta["lead_pool"])
            else:
                a = pick(self.provincial)
            if a is not None:
                leads.append((a.pk, a.display if rng.random() < 0.6 else a.name))
        for _ in range(total - n_leads):
            if rng.random() < 0.15:
                coordinating.append((None, rng.choice(UNRESOLVED)))
                continue
            a = pick(meta["local"] if meta["local"] and rng.random() < 0.5 else self.provincial)
            if a is not None:
                coordinating.append((a.pk, a.display if rng.random() < 0.6 else a.name))
        if not leads:  # the pools were exhausted: fall back to the busiest body
            leads.append((self.agencies[0].pk, self.agencies[0].display))
        return leads, coordinating

    def _updates(self, spec: TaskSpec, plan, mean_k: float) -> list[UpdateSpec]:
        from ttdn.plans.models import TaskStatus
        from ttdn.tracking.models import ReviewState

        rng, today = self.rng, self.today
        reporters_lead = [a for a, _ in spec.leads if a is not None]
        reporters_coord = [a for a, _ in spec.coordinating if a is not None]
        if not reporters_lead and not reporters_coord:
            return []
        window_start = datetime.date(plan.period_start, 1, 10)
        window_end = min(today, datetime.date(plan.period_end + 1, 1, 20))
        if window_end <= window_start:
            return []
        finished = datetime.date(plan.period_end, 12, 31) < today
        if finished:
            outcome = _weighted(rng, [("done", 80), ("stalled", 10), ("cancelled", 3), ("none", 7)])
        else:
            outcome = _weighted(
                rng, [("done", 30), ("active", 42), ("stalled", 18), ("cancelled", 2), ("none", 8)]
            )
        if outcome == "none":
            return []
        k = max(1, round(rng.gauss(mean_k, 2.5)))
        span = (window_end - window_start).days
        if outcome == "stalled":
            span = max(1, int(span * rng.uniform(0.25, 0.8)))
        elif outcome == "done" and not finished:
            span = max(1, int(span * rng.uniform(0.5, 1.0)))
        days = sorted(rng.randint(0, span) for _ in range(k))
        leads_final = reporters_lead or reporters_coord
        # The last update of every lead agency carries the outcome; earlier ones are progress.
        agencies = [
            rng.choice(reporters_coord)
            if reporters_coord and rng.random() < 0.2
            else rng.choice(leads_final)
            for _ in range(k)
        ]
        m = min(len(leads_final), k)
        agencies[k - m :] = rng.sample(leads_final, m)
        final_percent = {
            "done": 100,
            "cancelled": rng.randint(0, 60),
            "stalled": rng.randint(10, 80),
            "active": rng.randint(30, 95),
        }[outcome]
        final_status = {"done": TaskStatus.DONE, "cancelled": TaskStatus.CANCELLED}.get(
            outcome, TaskStatus.IN_PROGRESS
        )
        deadlines = spec.deadlines
        result, previous = [], None
        for i, (offset, agency_id) in enumerate(zip(days, agencies, strict=True)):
            day = window_start + datetime.timedelta(days=offset)
            moment = self.aware(day)
            if previous is not None and moment <= previous:
                moment = previous + datetime.timedelta(minutes=rng.randint(1, 240))
            if moment > self.now:
                moment = self.now - datetime.timedelta(seconds=k - i)
            previous = moment
            is_final = i >= k - m
            if is_final:
                status, percent = final_status, final_percent
            elif i == 0 and rng.random() < 0.15:
                status, percent = TaskStatus.NOT_STARTED, 0
            else:
                status = TaskStatus.IN_PROGRESS
                percent = max(5, min(95, int(final_percent * (i + 1) / k) + rng.randint(-5, 5)))
            if deadlines:
                if status == TaskStatus.DONE:
                    period_end = deadlines[-1]
                else:
                    covered = [
                        d for d in deadlines if d <= moment.date() + datetime.timedelta(days=10)
                    ]
                    period_end = covered[-1] if covered else deadlines[0]
            else:
                period_end = None
            age = (self.now - moment).days
            if age > 45:
                review = _weighted(
                    rng,
                    [
                        (ReviewState.ACCEPTED, 95),
                        (ReviewState.RETURNED, 3),
                        (ReviewState.SUBMITTED, 2),
                    ],
                )
            else:
                review = _weighted(
                    rng,
                    [
                        (ReviewState.SUBMITTED, 60),
                        (ReviewState.ACCEPTED, 38),
                        (ReviewState.RETURNED, 2),
                    ],
                )
            n, mm = rng.randint(2, 40), rng.randint(20, 400)
            if status == TaskStatus.DONE:
                narrative = rng.choice(NARRATIVES_DONE)
            elif status == TaskStatus.CANCELLED:
                narrative = rng.choice(NARRATIVES_CANCELLED)
            else:
                narrative = rng.choice(NARRATIVES_PROGRESS)
            narrative = narrative.format(n=n, m=mm, q=(moment.month - 1) // 3 + 1)
            figures = {"tin_bai": n, "luot_tiep_can": mm * 10} if rng.random() < 0.4 else {}
            result.append(
                UpdateSpec(
                    agency_id=agency_id,
                    status=status,
                    percent=percent,
                    period_end=period_end,
                    submitted_at=moment,
                    review_state=review,
                    narrative=narrative,
                    figures=figures,
                )
            )
        return result

    def make_tasks(self):
        from ttdn.core import search
        from ttdn.plans.models import AssignmentRole, Task, TaskAssignment, TaskDeadline
        from ttdn.plans.services import plan_search_partition
        from ttdn.tracking.models import ProgressUpdate, ReviewState

        rng, args = self.rng, self.args
        chunk_plans = max(1, 2000 // max(1, args.tasks_per_plan))
        plans_by_pk = {p.pk: p for p in self.plans}
        statuses: Counter = Counter()
        flagged = 0
        late = 0
        for start in range(0, len(self.plans), chunk_plans):
            chunk = list(
                zip(
                    self.plans[start : start + chunk_plans],
                    self.plan_meta[start : start + chunk_plans],
                    strict=True,
                )
            )
            specs: list[TaskSpec] = []
            for plan, meta in chunk:
                row, per_row = 0, 0
                created = self.aware(
                    max(
                        datetime.date(FIRST_YEAR - 1, 11, 1),
                        plan.issued_date - datetime.timedelta(days=3),
                    )
                )
                for order in range(1, args.tasks_per_plan + 1):
                    if per_row <= 0:
                        row += 1
                        per_row = rng.randint(1, 6)
                    per_row -= 1
                    group, text = self._task_text(plan, plan.period_start)
                    choices = (
                        TIMEFRAMES_ONE_YEAR
                        if plan.period_start == plan.period_end
                        else TIMEFRAMES_MULTI_YEAR
                    )
                    wording = _weighted(rng, choices).format(
                        y=rng.randint(plan.period_start, plan.period_end),
                        m=rng.randint(1, 12),
                        y1=plan.period_start,
                        y2=plan.period_end,
                    )
                    schedule = _schedule(wording, plan.period_start, plan.period_end)
                    deadlines = list(schedule.deadlines) if schedule else []
                    task = Task(
                        plan_id=plan.pk,
                        order=order,
                        row_label=f"{row:02d}",
                        group=group,
                        text=text,
                        timeframe_text=wording,
                        recurrence=(schedule.recurrence or "") if schedule else "",
                        timeframe_flagged=bool(schedule and not schedule.recognised),
                        final_deadline=deadlines[-1] if deadlines else None,
                        created_at=created,
                        updated_at=created,
                    )
                    flagged += task.timeframe_flagged
                    leads, coordinating = self._assignments(plan, meta)
                    specs.append(
                        TaskSpec(
                            obj=task, deadlines=deadlines, leads=leads, coordinating=coordinating
                        )
                    )
            # Updates are generated before the tasks are saved so each task's derived state is known.
            for spec in specs:
                plan = plans_by_pk[spec.obj.plan_id]
                spec.updates = self._updates(spec, plan, args.updates_per_task / 0.93)
                status, percent, next_deadline, _latest = spec_state(spec)
                t = spec.obj
                t.status, t.percent, t.next_deadline = status, percent, next_deadline
                t.updated_at = spec.updates[-1].submitted_at if spec.updates else t.created_at
                statuses[status] += 1
                if t.is_late_on(self.today):
                    late += 1
            Task.objects.bulk_create([s.obj for s in specs], batch_size=1000)
            deadline_rows, assignment_rows, update_rows = [], [], []
            for spec in specs:
                task_id = spec.obj.pk
                deadline_rows += [TaskDeadline(task_id=task_id, due_date=d) for d in spec.deadlines]
                for role, refs in (
                    (AssignmentRole.LEAD, spec.leads),
                    (AssignmentRole.COORDINATING, spec.coordinating),
                ):
                    for order, (agency_id, written) in enumerate(refs):
                        assignment_rows.append(
                            TaskAssignment(
                                task_id=task_id,
                                agency_id=agency_id,
                                role=role,
                                as_written=written,
                                order=order,
                            )
                        )
                for u in spec.updates:
                    reviewed = u.review_state != ReviewState.SUBMITTED
                    u.obj = ProgressUpdate(
                        task_id=task_id,
                        agency_id=u.agency_id,
                        period_end=u.period_end,
                        status=u.status,
                        percent=u.percent,
                        narrative=u.narrative,
                        figures=u.figures,
                        submitted_by_id=self.officer_by_agency.get(u.agency_id),
                        submitted_at=u.submitted_at,
                        review_state=u.review_state,
                        reviewed_by=self.coordinator if reviewed else None,
                        reviewed_at=min(
                            self.now,
                            u.submitted_at
                            + datetime.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 8)),
                        )
                        if reviewed
                        else None,
                        review_comment="Đề nghị bổ sung số liệu cụ thể và minh chứng."
                        if u.review_state == ReviewState.RETURNED
                        else "",
                    )
                    update_rows.append(u.obj)
            TaskDeadline.objects.bulk_create(deadline_rows, batch_size=2000)
            TaskAssignment.objects.bulk_create(assignment_rows, batch_size=2000)
            ProgressUpdate.objects.bulk_create(update_rows, batch_size=2000)
            labels_of = {}
            for a in assignment_rows:
                labels_of.setdefault(a.task_id, []).append(a)
            search.index_many(
                "task",
                (
                    (
                        s.obj.pk,
                        " ".join(
                            [
                                s.obj.text,
                                s.obj.timeframe_text,
                                *[
                                    self.agency_by_pk[a.agency_id].display
                                    if a.agency_id
                                    else a.as_written
                                    # the order of Task.assignments.all(): role, order, id
                                    for a in sorted(
                                        labels_of.get(s.obj.pk, []),
                                        key=lambda a: (a.role, a.order, a.pk),
                                    )
                                ],
                            ]
                        ),
                        plan_search_partition(plans_by_pk[s.obj.plan_id]),
                    )
                    for s in specs
                ),
            )
            self.counts.update(
                {
                    "tasks": len(specs),
                    "task deadlines": len(deadline_rows),
                    "task assignments": len(assignment_rows),
                    "progress updates": len(update_rows),
                }
            )
            self.log(
                f"tasks {self.counts['tasks']:>6}, updates {self.counts['progress updates']:>7}, "
                f"deadlines {self.counts['task deadlines']:>6}, "
                f"assignments {self.counts['task assignments']:>6}"
            )
        self.counts["search entries"] = self.counts["plans"] + self.counts["tasks"]
        self.log(
            f"task status {_counts(statuses.elements())}; late today {late}; "
            f"timeframes not understood {flagged}"
        )

    def analyze(self):
        from django.db import connection

        if connection.vendor == "postgresql":
            # What autovacuum does shortly after a bulk load: visibility map and statistics.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            self.log("VACUUM ANALYZE done")
        elif self.args.sqlite_analyze:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            self.log("ANALYZE done")

    def check_sample(self, size: int = 200) -> int:
        """Re-derive a sample of tasks with the real service; roll it back; count differences."""
        from django.db import transaction

        from ttdn.plans.models import Task
        from ttdn.tracking.services import task_state_refresh

        ids = list(Task.objects.order_by("?").values_list("pk", flat=True)[:size])
        mismatches = 0
        with transaction.atomic():
            for task in Task.objects.filter(pk__in=ids):
                before = (task.status, task.percent, task.next_deadline)
                task_state_refresh(task=task)
                after = (task.status, task.percent, task.next_deadline)
                if before != after:
                    mismatches += 1
                    if mismatches <= 5:
                        print(f"  task {task.pk}: generated {before}, service says {after}")
            transaction.set_rollback(True)
        self.log(f"checked {len(ids)} tasks against task_state_refresh: {mismatches} differ")
        return mismatches


def _ensure_database():
    """Create the SQLite directory or the PostgreSQL database if missing."""
    from django.conf import settings
    from django.db import OperationalError, connection

    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        return
    if connection.vendor == "postgresql":
        try:
            connection.ensure_connection()
        except OperationalError as exc:
            if "does not exist" not in str(exc):
                raise
            name = db["NAME"]
            print(f"Creating PostgreSQL database {name!r}")
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')


def _is_empty() -> list[str]:
    from ttdn.accounts.models import User
    from ttdn.directory.models import Agency
    from ttdn.plans.models import Plan, Task
    from ttdn.tracking.models import ProgressUpdate

    return [m.__name__ for m in (Plan, Task, ProgressUpdate, Agency, User) if m.objects.exists()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--plans", type=int, default=200, help="plans over 2017-2026 (default 200)")
    parser.add_argument(
        "--tasks-per-plan", type=int, default=100, help="tasks in each plan (default 100)"
    )
    parser.add_argument(
        "--updates-per-task",
        type=int,
        default=10,
        help="progress updates per task on average (default 10)",
    )
    parser.add_argument("--agencies", type=int, default=150, help="agencies (default 150)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="empty a non-empty database first (flush: EVERYTHING in it is deleted)",
    )
    parser.add_argument(
        "--sqlite-analyze",
        action="store_true",
        help="run ANALYZE on SQLite afterwards (the app itself never does; off by default)",
    )
    args = parser.parse_args(argv)
    if min(args.plans, args.tasks_per_plan, args.agencies) < 1 or args.updates_per_task < 0:
        parser.error("sizes must be positive")

    import django
    from django.conf import settings

    # The SQLite files (database, huey's queue) live under VAR_DIR; huey opens its file in setup().
    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    _ensure_database()
    db = settings.DATABASES["default"]
    where = (
        db["NAME"]
        if connection.vendor == "sqlite"
        else f"{db.get('HOST')}:{db.get('PORT')}/{db['NAME']}"
    )
    print(f"Database: {connection.vendor} {where}")
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    present = _is_empty()
    if present:
        if not args.force:
            print(
                f"The database is not empty ({', '.join(map(str, present))} present). "
                "Use a separate database (see docs/benchmarks.md) or pass --force to delete everything "
                "in it first.",
                file=sys.stderr,
            )
            return 2
        print("--force: emptying the database (flush)")
        call_command("flush", interactive=False, verbosity=0)
    generator = Generator(args)
    mismatches = generator.run()
    elapsed = time.perf_counter() - started
    print()
    print("Rows written:")
    for name, count in generator.counts.items():
        print(f"  {name:<24} {count:>9,}")
    print(f"Elapsed: {elapsed:.1f} s (including migrate)")
    print(
        "Logins (password “bench”): bench_coordinator, bench_officer "
        f"({generator.agencies[0].name}), bench_leader"
    )
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
