"""The keyword lexicon: each topic and tone as a query of the topic language.

Explainable by construction: the words that matched are the explanation. Written in the
query language so the same diacritics rule applies (words without diacritics match both
spellings). The trained classifier (``classify.bayes``) adds what the lexicon misses.
"""

from ttdn.monitoring.query import compile_query

TOPIC_QUERIES = {
    "investment": 'đầu tư* OR invest* OR FDI OR "khu công nghiệp" OR "industrial park*" OR '
    '"industrial zone*" OR "xúc tiến" OR "doanh nghiệp" OR "xuất khẩu" OR export* OR '
    "factory OR factories OR manufactur*",
    "tourism": 'du lịch OR "du khách" OR touris* OR travel* OR "khách sạn" OR hotel* OR homestay '
    'OR "lữ hành" OR "lưu trú"',
    "culture": '"văn hóa" OR "văn hoá" OR "di tích" OR "di sản" OR heritage OR culture* OR '
    '"lễ hội" OR festival* OR "bảo tàng" OR museum* OR "nghệ nhân" OR "nghệ thuật"',
    "sea_islands": '"biển đảo" OR "Hoàng Sa" OR "Trường Sa" OR "chủ quyền biển" OR Paracel* OR '
    'Spratly OR "East Sea" OR "South China Sea" OR "Biển Đông" OR "ngư dân" OR fishermen '
    'OR maritime OR "thềm lục địa" OR UNCLOS OR "nhà giàn"',
    "borders": '"biên giới" OR border* OR "cửa khẩu" OR checkpoint* OR "biên phòng" OR '
    '"cột mốc" OR smuggl* OR "buôn lậu" OR Campuchia OR Cambodia*',
    "human_rights": '"nhân quyền" OR "human rights" OR "quyền con người" OR activist* OR '
    'detain* OR "tù nhân" OR blogger* OR "tra tấn" OR "press freedom" OR UPR',
    "religion": '"tôn giáo" OR religio* OR chùa OR pagoda* OR "giáo phận" OR catholic* OR '
    'buddhis* OR "tín ngưỡng" OR "tà đạo" OR church* OR "Cao Đài" OR "Phật giáo"',
    "democracy": '"dân chủ" OR democra* OR HĐND OR "hội đồng nhân dân" OR "cử tri" OR '
    'election* OR "chất vấn" OR "tham nhũng" OR corruption OR PAPI OR "cán bộ" OR decree',
    "environment": '"môi trường" OR environment* OR "ô nhiễm" OR pollut* OR "nước thải" OR '
    'waste OR "rác thải" OR rừng OR forest* OR "khai thác cát" OR wildlife OR "cá chết"',
    "disasters": '"thiên tai" OR disaster* OR lũ OR flood* OR bão OR storm* OR "sạt lở" OR '
    'landslide* OR "hạn hán" OR drought OR "lốc xoáy" OR "mưa lớn" OR "cứu hộ"',
    "foreign_affairs": '"đối ngoại" OR "ngoại giao" OR diplomat* OR "hợp tác quốc tế" OR '
    '"đại sứ" OR ambassador* OR "sister city" OR "tổng lãnh sự" OR "kết nghĩa" OR delegation',
    "society": '"giáo dục" OR education OR "học sinh" OR student* OR "bệnh viện" OR hospital* OR '
    '"y tế" OR health OR "công nhân" OR worker* OR "sốt xuất huyết" OR dengue',
    "security": '"công an" OR police OR "tội phạm" OR crime* OR "lừa đảo" OR fraud OR '
    '"tai nạn" OR accident* OR "trật tự" OR gambling OR "tin sai sự thật" OR "fake news"',
}

TONE_QUERIES = {
    "negative": '"sai sự thật" OR "xuyên tạc" OR "bịa đặt" OR "vu khống" OR "sai lệch" OR '
    'false OR fake OR distort* OR "ô nhiễm" OR pollut* OR "bức xúc" OR "chậm" OR delay* OR '
    '"tử vong" OR dead OR death* OR kill* OR "thiệt hại" OR damage* OR "vi phạm" OR '
    '"trái phép" OR illegal* OR accus* OR alleg* OR protest* OR complain* OR "tham nhũng" OR '
    'corrupt* OR "ngộ độc" OR "mất tích" OR crisis OR "xâm phạm" OR "lừa đảo" OR "đàn áp" '
    "OR crackdown OR criticis* OR critics",
    "positive": '"thành công" OR success* OR "kỷ lục" OR record OR "tăng trưởng" OR growth OR '
    '"hiệu quả" OR "đánh giá cao" OR "hài lòng" OR "phấn khởi" OR award* OR "huy chương" '
    'OR "kịp thời" OR "an toàn" OR celebrat* OR "hữu nghị" OR "hợp tác" OR boost* OR '
    '"thu hút" OR attract* OR "tạo việc làm" OR "đúng hẹn" OR "nâng cấp" OR improv*',
}

COMPILED_TOPICS = {label: compile_query(q) for label, q in TOPIC_QUERIES.items()}
COMPILED_TONES = {label: compile_query(q) for label, q in TONE_QUERIES.items()}


def lexicon_labels(document) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """``({topic: words}, {tone: words})`` found in ``document`` (a query ``Document``)."""
    topics = {}
    for label, compiled in COMPILED_TOPICS.items():
        result = compiled.explain(document)
        if result.matched:
            topics[label] = result.terms
    tones = {}
    for label, compiled in COMPILED_TONES.items():
        result = compiled.explain(document)
        if result.matched:
            tones[label] = result.terms
    return topics, tones
