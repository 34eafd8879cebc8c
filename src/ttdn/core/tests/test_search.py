"""ttdn.core.search on whichever engine the test run uses (SQLite or PostgreSQL).

Data: plan titles and task texts from a real provincial plan (Đồng Nai, 2018).
"""

import random
import re
import unicodedata

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor

from ttdn.core import search
from ttdn.core.models import SearchEntry
from ttdn.core.text import fold

pytestmark = pytest.mark.django_db

PLAN_TITLES = {
    1: "Kế hoạch hoạt động thông tin đối ngoại tỉnh Đồng Nai năm 2018",
    2: "Kế hoạch thông tin đối ngoại năm 2019 của Sở Thông tin và Truyền thông",
    3: "Kế hoạch tuyên truyền biển đảo Việt Nam năm 2018",
    4: "Ke hoach truyen thong ve du lich tinh Dong Nai",  # typed without diacritics
    5: "Chương trình giảm nghèo về thông tin giai đoạn 2016-2020",
}

TASKS = [
    "Phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức giao ban báo chí định kỳ và đột xuất.",
    "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại, kỹ năng phát ngôn.",
    "Phối hợp với cơ quan báo chí trung ương: Thông tấn xã Việt Nam, Truyền hình Việt Nam, "
    "Đài Tiếng nói Việt Nam, cổng Thông tin điện tử Chính phủ... quảng bá hình ảnh của tỉnh.",
    "Đầu tư, nâng cấp, cải tạo cơ sở vật chất cho Đài Truyền thanh cấp huyện, xã.",
    "Hỗ trợ đầu thu truyền hình số mặt đất cho hộ nghèo, hộ cận nghèo theo chuẩn của tỉnh.",
    "Triển khai Dự án giảm nghèo về thông tin thuộc Chương trình Mục tiêu quốc gia giảm nghèo "
    "bền vững giai đoạn 2016-2020.",
    "Hướng dẫn, quản lý các đoàn phóng viên nước ngoài hoạt động tại tỉnh.",
    "Theo dõi, nghiên cứu, tổng hợp dư luận báo chí nước ngoài viết về tỉnh Đồng Nai.",
    "Xuất bản “Bản tin đối ngoại” thông tin thành tựu phát triển kinh tế - xã hội của tỉnh.",
    "Tổ chức lễ kỷ niệm 45 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản.",
    "Chủ trì xây dựng hệ thống pano, áp phích, băng rôn, khẩu hiệu chào mừng các sự kiện lớn "
    "của đất nước và của tỉnh.",
    "Tham mưu UBND tỉnh các hoạt động xúc tiến đầu tư, ký kết các văn kiện hợp tác.",
    "Xây dựng Brochure giới thiệu tiềm năng đầu tư, quảng bá hình ảnh con người, lịch sử, văn hóa, "
    "thương hiệu, tiềm năng hợp tác và phát triển của tỉnh...",
    "Tăng thời lượng các chương trình quảng bá hình ảnh của tỉnh Đồng Nai ra thế giới; những cơ hội "
    "và môi trường đầu tư kinh doanh tại Đồng Nai.",
    "Khuyến khích xây dựng nội dung thông tin bằng nhiều thứ tiếng (Việt, Anh, Hàn, Trung, Nhật …) "
    "cho đài phát thanh - truyền hình, các tờ báo, cổng thông tin điện tử (www.dongnai.gov.vn).",
    "UBND các huyện, Thị xã Long Khánh, Tp. Biên Hòa tăng cường chỉ đạo Đài truyền thanh xây dựng "
    "các chương trình phát thanh về thông tin đối ngoại, quảng bá hình ảnh của địa phương.",
    "Triển khai thực hiện có hiệu quả Nghị định 09/2017/NĐ-CP quy định chi tiết việc phát ngôn và "
    "cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước.",
]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def plans():
    for object_id, title in PLAN_TITLES.items():
        search.index_object("plan", object_id, title)


def ids(query: str, kind: str = "plan") -> set[int]:
    return set(search.search_ids(kind, query))


# --- diacritics, case, normal forms, prefix -------------------------------------------------


def test_query_without_diacritics_finds_accented_text(plans):
    assert ids("ke hoach thong tin doi ngoai dong nai") == {1}
    assert ids("bien dao viet nam") == {3}


def test_accented_query_finds_text_typed_without_diacritics(plans):
    assert ids("Kế hoạch truyền thông du lịch") == {4}


def test_d_bar_folds_to_d_both_ways(plans):
    assert ids("dong nai") == {1, 4}
    assert ids("Đồng Nai") == {1, 4}
    assert ids("ĐỒNG NAI") == {1, 4}
    assert ids("đồng") == {1, 4}


@pytest.mark.parametrize(
    "query",
    [
        "truyen thong",
        "Truyền thông",
        "TRUYEN THONG",
        "TRUYỀN THÔNG",
        "truyền thong",
        nfd("Truyền thông"),
        "  truyền,   thông!! ",
        "truyen th",
        "truyen thô",
        nfd("Truyền th"),
    ],
)
def test_spellings_of_the_same_words_find_the_same_records(plans, query):
    assert ids(query) == {2, 4}


def test_text_stored_in_nfd_is_found_by_nfc_query():
    search.index_object("plan", 9, nfd("Sở Văn hóa, Thể thao và Du lịch"))
    assert ids("Văn hóa thể thao") == {9}
    assert ids("van hoa the thao du lich") == {9}


def test_only_the_last_word_is_a_prefix(plans):
    assert ids("truyen th") == {2, 4}
    assert ids("truy") == {2, 3, 4}  # truyền thông, tuyên truyền, truyen
    assert ids("tr thong") == set()  # earlier words must be whole words
    assert ids("thong tin doi ngo") == {1, 2}


def test_every_word_must_match(plans):
    assert ids("thong tin doi ngoai") == {1, 2}
    assert ids("thong tin doi ngoai 2018") == {1}
    assert ids("thong tin doi ngoai dong nai 2019") == set()
    assert ids("ke hoach giam ngheo") == set()  # 5 has giảm nghèo but is not a kế hoạch


def test_numbers_and_punctuated_codes_are_words():
    search.index_object("task", 1, TASKS[-1])  # Nghị định 09/2017/NĐ-CP
    search.index_object("task", 2, TASKS[14])  # www.dongnai.gov.vn
    assert ids("nghi dinh 09 2017", "task") == {1}
    assert ids("09/2017/NĐ-CP", "task") == {1}
    assert ids("nd cp", "task") == {1}
    assert ids("dongnai", "task") == {2}
    assert ids("www.dongnai.gov.vn", "task") == {2}


# --- isolation and maintenance ---------------------------------------------------------------


def test_kinds_are_isolated(plans):
    search.index_object("task", 1, "Tuyên truyền về biển đảo")
    search.index_object("task", 3, "Hỗ trợ đầu thu truyền hình số")
    assert ids("bien dao", "plan") == {3}
    assert ids("bien dao", "task") == {1}
    assert ids("truyen hinh", "plan") == set()
    assert ids("dong nai", "task") == set()
    assert ids("dong nai", "legal") == set()


def test_update_replaces_the_old_text(plans):
    search.index_object("plan", 3, "Kế hoạch hợp tác quốc tế về du lịch")
    assert ids("bien dao") == set()
    assert ids("tuyen truyen") == set()
    assert ids("hop tac quoc te") == {3}
    assert SearchEntry.objects.filter(kind="plan", object_id=3).count() == 1
    assert (
        SearchEntry.objects.get(kind="plan", object_id=3).body
        == "Kế hoạch hợp tác quốc tế về du lịch"
    )


def test_reindexing_the_same_text_is_harmless(plans):
    search.index_object("plan", 1, PLAN_TITLES[1])
    search.index_object("plan", 1, PLAN_TITLES[1])
    assert ids("dong nai 2018") == {1}


def test_remove(plans):
    search.remove_object("plan", 1)
    assert ids("dong nai") == {4}
    search.remove_object("plan", 1)  # already gone: no error
    search.remove_object("task", 4)  # other kind: nothing happens
    assert ids("dong nai") == {4}
    assert not SearchEntry.objects.filter(kind="plan", object_id=1).exists()


def test_long_text_is_capped():
    filler = " ".join(["quảng bá hình ảnh"] * 2_000)  # ~36,000 characters
    text = f"batdau {filler} ketthuc"
    search.index_object("task", 7, text)
    entry = SearchEntry.objects.get(kind="task", object_id=7)
    assert len(entry.body) == search.MAX_TEXT_CHARS
    assert ids("batdau quang ba", "task") == {7}
    assert ids("ketthuc", "task") == set()


def test_stored_fields():
    search.index_object("plan", 11, nfd("Đài PT-TH Đồng Nai\x00"))
    entry = SearchEntry.objects.get(kind="plan", object_id=11)
    assert entry.body == "Đài PT-TH Đồng Nai"  # NFC, NUL removed
    assert entry.body_folded == "dai pt th dong nai"
    assert str(entry) == "plan:11"


@pytest.mark.parametrize("kind", ["", "x" * 33])
def test_invalid_kind_is_refused(kind):
    with pytest.raises(ValueError):
        search.index_object(kind, 1, "x")
    with pytest.raises(ValueError):
        search.index_many(kind, [(1, "x")])


# --- transactions --------------------------------------------------------------------


def test_index_writes_roll_back_with_the_callers_transaction(plans):
    with pytest.raises(RuntimeError), transaction.atomic():
        search.index_object("plan", 20, "Kế hoạch phòng chống thiên tai")
        search.index_object("plan", 1, "Văn bản đã thay thế")
        search.remove_object("plan", 4)
        search.index_many("plan", [(21, "Phòng chống thiên tai năm 2020")])
        assert ids("thien tai") == {20, 21}  # visible inside the transaction
        raise RuntimeError
    assert ids("thien tai") == set()
    assert ids("van ban da thay the") == set()
    assert ids("dong nai") == {1, 4}


# --- hostile and degenerate queries -----------------------------------------------------------

HOSTILE = [
    '") OR 1=1 --',
    "NEAR(",
    "NEAR(thong tin, 2)",
    "thong AND",
    "OR",
    "NOT dong",
    "AND OR NOT",
    "*",
    "thong*",
    "^thong",
    ":",
    "body_folded:thong",
    "{body_folded} : dong",
    "-",
    "-dong nai",
    "(",
    "()",
    '"',
    '""',
    "'",
    "'; DROP TABLE core_searchentry; --",
    "thong & tin | !dong <-> nai",
    "dong:* & nai:A",
    "\\",
    "%",
    "_",
    "\x00",
    "\u0301\u0300",  # combining marks only
    "đ" * 500,
    "dong " * 300,
    "x" * 5000,
    "🙂 📄",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_just_search(plans, query):
    found = search.search_ids("plan", query)
    assert isinstance(found, list)
    assert set(found) <= set(PLAN_TITLES)
    assert set(search.filter_queryset(SearchEntry.objects.all(), "plan", query)) <= set(
        SearchEntry.objects.all()
    )
    assert SearchEntry.objects.count() == len(PLAN_TITLES)


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "!!!", "...", "-*:()", '"', "—", None])
def test_query_without_words_matches_nothing(plans, query):
    assert search.search_ids("plan", query) == []
    assert list(search.filter_queryset(Group.objects.all(), "plan", query)) == []


def test_operator_words_are_searched_as_words():
    search.index_object("task", 1, "Near and far: or not")
    search.index_object("task", 2, "Quảng bá gần và xa")
    assert ids('") OR 1=1 --', "task") == set()
    assert ids("NEAR(", "task") == {1}
    assert ids("near AND far", "task") == {1}
    assert ids("OR NOT", "task") == {1}


# --- ranking and limits ------------------------------------------------------------------------


def test_best_match_comes_first():
    long_text = " ".join(TASKS) + " Truyền thông."
    search.index_object("task", 1, long_text)
    search.index_object("task", 2, "Truyền thông về biển đảo; truyền thông trên mạng xã hội")
    search.index_object("task", 3, "Kế hoạch khác")
    assert search.search_ids("task", "truyen thong") == [2, 1]


def test_limit():
    search.index_many("task", [(i, TASKS[i]) for i in range(len(TASKS))])
    everything = search.search_ids("task", "cua")
    assert len(everything) > 3
    assert search.search_ids("task", "cua", limit=3) == everything[:3]
    assert search.search_ids("task", "cua", limit=0) == []


# --- filter_queryset ------------------------------------------------------------------------


@pytest.fixture
def groups():
    names = [
        "Sở Thông tin và Truyền thông",
        "Sở Ngoại vụ",
        "Sở Văn hóa Thể thao và Du lịch",
        "Đài Phát thanh - Truyền hình Đồng Nai",
        "Ban Tuyên giáo Tỉnh ủy",
    ]
    groups = {name: Group.objects.create(name=name) for name in names}
    search.index_many("unit", [(g.pk, g.name) for g in groups.values()])
    # same ids under another kind must not leak in
    search.index_many("other", [(g.pk, "truyền thông đồng nai") for g in groups.values()])
    return groups


def test_filter_queryset_composes_with_other_filters(groups, django_assert_num_queries):
    base = Group.objects.filter(name__startswith="Sở").order_by("name")
    with django_assert_num_queries(1):
        found = list(search.filter_queryset(base, "unit", "truyen th"))
    assert found == [groups["Sở Thông tin và Truyền thông"]]

    qs = search.filter_queryset(Group.objects.all(), "unit", "Truyền")
    assert set(qs) == {
        groups["Sở Thông tin và Truyền thông"],
        groups["Đài Phát thanh - Truyền hình Đồng Nai"],
    }
    assert qs.filter(name__contains="Đài").get() == groups["Đài Phát thanh - Truyền hình Đồng Nai"]
    assert qs.exclude(name__contains="Đài").count() == 1
    assert list(qs.order_by("-pk")[:1]) == [groups["Đài Phát thanh - Truyền hình Đồng Nai"]]
    assert set(search.filter_queryset(qs, "unit", "dong nai")) == {
        groups["Đài Phát thanh - Truyền hình Đồng Nai"]
    }
    assert search.filter_queryset(Group.objects.all(), "unit", "ngoai vu bo").count() == 0
    assert search.filter_queryset(Group.objects.all(), "nothing", "so").count() == 0


# --- bulk -------------------------------------------------------------------------------------


def _reference_match(text: str, query: str) -> bool:
    words = search._tokens(text)
    wanted = search._tokens(query)
    *whole, last = wanted
    return all(w in words for w in whole) and any(w.startswith(last) for w in words)


def test_index_many_2000_entries():
    texts = {
        object_id: f"{TASKS[object_id % len(TASKS)]} Đợt {object_id % 7} — {PLAN_TITLES[object_id % 5 + 1]}"
        for object_id in range(1_000, 3_000)
    }
    search.index_many("task", ((object_id, text) for object_id, text in texts.items()))  # generator
    assert SearchEntry.objects.filter(kind="task").count() == 2_000

    for query in [
        "dong nai dot 3",
        "Đài truyền thanh 2018",
        "bien dao viet nam nhat ban",
        "quang ba hinh a",
    ]:
        expected = {object_id for object_id, text in texts.items() if _reference_match(text, query)}
        assert expected, query
        assert set(search.search_ids("task", query, limit=5_000)) == expected, query

    # bulk update: half the entries get new texts, an id repeated in the input keeps its last text
    changed = [(object_id, f"Nhiệm vụ mới số {object_id}") for object_id in range(1_000, 2_000)]
    search.index_many("task", [*changed, (1_500, "Nhiệm vụ cuối cùng")])
    assert SearchEntry.objects.filter(kind="task").count() == 2_000
    assert search.search_ids("task", "nhiem vu moi 1234") == [1234]
    assert search.search_ids("task", "nhiem vu cuoi") == [1_500]
    assert search.search_ids("task", "nhiem vu moi 1500") == []
    assert set(search.search_ids("task", "dong nai dot 3", limit=5_000)) == {
        object_id
        for object_id, text in texts.items()
        if object_id >= 2_000 and _reference_match(text, "dong nai dot 3")
    }


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite query plan")
def test_sqlite_runs_the_fts_query_once():
    """The FTS5 table must drive the join; the other order re-runs MATCH per row."""
    search.index_many("task", [(i, TASKS[i % len(TASKS)]) for i in range(200)])
    qs = search.filter_queryset(Group.objects.filter(name__startswith="S"), "task", "dong nai")
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = [row[-1] for row in cursor.fetchall()]
    fts = next(i for i, step in enumerate(plan) if "core_searchentry_fts" in step)
    entry = next(i for i, step in enumerate(plan) if step.startswith("SEARCH e "))
    assert fts < entry, plan
    assert "INTEGER PRIMARY KEY" in plan[entry], plan


def test_words_are_the_words_of_fold():
    """Chunk-wise cached folding must equal folding the whole text."""
    random_ = random.Random(7)
    alphabet = "aăâđĐeêoôơuưyAĂ\u0301\u0300\u0303\u0323 \t\n\u00a0-_.,;()ΣσİßŒ0123456789"
    samples = [" ".join(TASKS), nfd(" ".join(TASKS)), *PLAN_TITLES.values(), "ΟΔΟΣ ΑΣ", "x" * 200]
    samples += ["".join(random_.choice(alphabet) for _ in range(60)) for _ in range(500)]
    for text in samples:
        assert search._tokens(text) == re.findall(r"[^\W_]+", fold(text)), text
        assert search._fold_body(text) == " ".join(
            w for w in re.findall(r"[^\W_]+", fold(text)) if len(w) <= search.MAX_TOKEN_CHARS
        )
    assert search._fold_body("Sở TT&TT, Công an tỉnh") == "so tt tt cong an tinh"


# --- migration 0002 is reversible -----------------------------------------------------------------


def _index_objects() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'core_searchentry_fts%'")
            return {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'core_searchentry'")
        names = {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'core_searchentry'"
        )
        return names | {row[0] for row in cursor.fetchall()}


@pytest.mark.django_db(transaction=True)
def test_migration_0002_is_reversible():
    search.index_object("plan", 1, PLAN_TITLES[1])
    expected = (
        {
            "core_searchentry_fts",
            "core_searchentry_fts_ai",
            "core_searchentry_fts_au",
            "core_searchentry_fts_ad",
        }
        if connection.vendor == "sqlite"
        else {"core_searchentry_fts_gin", "body_tsv"}
    )
    assert expected <= _index_objects()
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([("core", "0001_initial")])
        assert not expected & _index_objects()
        assert SearchEntry.objects.count() == 1
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())  # 0002, 0003 and those after
    assert expected <= _index_objects()
    assert ids("dong nai 2018") == {1}  # existing rows are indexed again
    search.index_object("plan", 2, PLAN_TITLES[2])
    assert ids("truyen thong") == {2}


# --- partitions (the province of an entry) --------------------------------------------------


def test_partitions_confine_a_search_to_their_entries():
    search.index_many(
        "task",
        [
            (1, TASKS[1], 75),  # Đồng Nai
            (2, TASKS[1], 1),  # Hà Nội
            (3, TASKS[1], None),  # a central body's
            (4, TASKS[0], 75),
        ],
    )
    assert set(search.search_ids("task", "tap huan")) == {1, 2, 3}
    assert search.search_ids("task", "tap huan", partitions={75}) == [1]
    assert set(search.search_ids("task", "tap huan", partitions=[75, 1])) == {1, 2}
    assert search.search_ids("task", "tap huan", partitions=[]) == []
    groups = Group.objects.bulk_create([Group(id=i, name=f"g{i}") for i in (1, 2, 3, 4)])
    narrowed = search.filter_queryset(Group.objects.all(), "task", "tap huan", partitions={1})
    assert [g.pk for g in narrowed] == [groups[1].pk]


def test_reindexing_moves_an_entry_and_set_partition_moves_many():
    search.index_object("task", 1, TASKS[1], partition=75)
    search.index_many("task", [(1, TASKS[1], 1)])  # same text, another province: rewritten
    assert search.search_ids("task", "tap huan", partitions={1}) == [1]
    search.index_many("task", [(2, TASKS[2], 1), (3, TASKS[3], 1)])
    assert search.set_partition("task", [1, 2], 75) == 2
    assert set(search.search_ids("task", "viet nam", partitions={75})) == {2}
    assert SearchEntry.objects.get(kind="task", object_id=3).partition == 1


def test_the_partition_index_exists_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's GIN index over (partition, body_tsv)")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'core_searchentry_partition_gin'"
        )
        (definition,) = cursor.fetchone()
    assert "gin (partition, body_tsv)" in definition
