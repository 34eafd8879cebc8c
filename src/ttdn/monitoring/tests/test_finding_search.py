"""core.search's boolean expressions: the archive's candidate filter on both engines."""

import pytest

from ttdn.core import search
from ttdn.core.models import SearchEntry
from ttdn.monitoring.query import parse
from ttdn.monitoring.query.archive import candidate_expression

KIND = "test.expression"


@pytest.fixture
def entries(db):
    search.index_many(
        KIND,
        [
            (1, "Tỉnh Đồng Nai thu hút đầu tư"),
            (2, "Dong Nai investors return"),
            (3, "Bão lũ ở Bình Phước"),
            (4, "Nai Đồng ngược thứ tự"),
        ],
    )


def object_ids(expression):
    # SearchEntry's pk is not the object id: ask by object ids through a subquery of entries
    from django.db.models import BigIntegerField
    from django.db.models.expressions import RawSQL

    from_where, params = search._expression_sql(KIND, expression)
    sql = f"SELECT e.object_id {from_where}"
    return sorted(
        SearchEntry.objects.filter(
            kind=KIND,
            object_id__in=RawSQL(sql, params, output_field=BigIntegerField()),  # noqa: S611
        ).values_list("object_id", flat=True)
    )


def test_words_phrases_prefixes_and_or(entries):
    assert object_ids(("phrase", (("dong", False), ("nai", False)))) == [1, 2]
    assert object_ids(("word", "invest", True)) == [2]
    assert object_ids(("or", [("word", "bao", False), ("word", "investors", False)])) == [2, 3]
    assert object_ids(("and", [("word", "dong", False), ("word", "nai", False)])) == [1, 2, 4]
    assert object_ids(("phrase", (("dau", False), ("t", True)))) == [1]


def test_near_keeps_at_most_n_words_between_in_either_order(entries):
    near = ("near", (("dong", False), ("nai", False)), (("dau", False), ("tu", False)), 2)
    assert object_ids(near) == [1]  # "Đồng Nai thu hút đầu tư": two words between
    assert object_ids((*near[:3], 1)) == []
    reverse = ("near", (("dau", False),), (("nai", False),), 2)
    assert object_ids(reverse) == [1]


def test_keyset_pages_go_from_the_newest_id_down(entries):
    expression = ("word", "nai", False)
    assert search.search_ids_expression(KIND, expression, limit=2) == [4, 2]
    assert search.search_ids_expression(KIND, expression, limit=2, before_id=2) == [1]


def test_a_query_compiles_to_a_candidate_filter_that_over_selects(entries):
    expression = candidate_expression(parse('"Đồng Nai" NOT invest*'))
    assert expression == ("and", [("phrase", (("dong", False), ("nai", False)))])
    assert object_ids(expression) == [1, 2]  # the matcher removes 2 afterwards


@pytest.mark.parametrize("word", ['dong" OR "x', "a*", "x:y", "", "dong nai", "'; DROP"])
def test_engine_syntax_cannot_travel_in_words(entries, word):
    with pytest.raises(ValueError):
        object_ids(("word", word, False))


def test_search_box_api_is_unchanged(entries):
    assert sorted(search.search_ids(KIND, "dong nai")) == [1, 2, 4]


def test_after_id_confines_a_page_to_a_window_of_ids(entries):
    expression = ("word", "nai", False)
    assert search.search_ids_expression(KIND, expression, limit=5, after_id=1) == [4, 2]
    assert search.search_ids_expression(KIND, expression, limit=5, before_id=4, after_id=1) == [2]


def test_candidates_from_the_newest_window_then_the_index_are_the_same_as_in_one_go(
    db, monkeypatch
):
    from ttdn.monitoring.query import archive
    from ttdn.monitoring.query.matcher import compile_query

    texts = ["Dự án ở Đồng Nai" if n % 3 == 0 else "Tin khác về Bình Phước" for n in range(1, 41)]
    search.index_many(archive.SEARCH_KIND, [(n, t) for n, t in enumerate(texts, start=1)])
    compiled = compile_query('"Đồng Nai"')
    expected = [n for n in range(40, 0, -1) if n % 3 == 0]
    backend = archive.DatabaseBackend()
    monkeypatch.setattr(archive, "NEWEST_WINDOW", 10)  # ids 31–40 read newest first
    assert backend.candidate_ids(compiled, limit=100, before_id=None) == expected
    assert backend.candidate_ids(compiled, limit=3, before_id=None) == expected[:3]  # window
    page = backend.candidate_ids(compiled, limit=4, before_id=expected[2])  # across its edge
    assert page == expected[3:7]
    assert backend.candidate_ids(compiled, limit=2, before_id=12) == [9, 6]  # below it
    assert backend.candidate_ids(compile_query("zzzz"), limit=5, before_id=None) == []


def test_near_distance_is_between_the_phrases_themselves(db):
    """Not between any occurrence of their boundary words: "Phước cưa" (a saw) next to
    "Bình Phước" does not make a NEAR/2 with a "cửa khẩu" far away."""
    search.index_many(
        KIND,
        [
            (1, "Bình Phước cưa gỗ trái phép rồi hôm sau mới đưa hàng qua cửa khẩu Hoa Lư"),
            (2, "Bình Phước mở cửa khẩu Hoa Lư"),
            (3, "cửa khẩu của Bình Phước"),
        ],
    )
    near = ("near", (("binh", False), ("phuoc", False)), (("cua", False), ("khau", False)), 2)
    assert object_ids(near) == [2, 3]
