"""The topic query language: parsing, errors with positions, and the in-process matcher."""

import io
import json

import pytest
from django.core.management import call_command
from django.utils.translation import override
from hypothesis import given
from hypothesis import strategies as st

from ttdn.core.tests.console import run_ttdn
from ttdn.core.tests.strategies import PROPERTY_SETTINGS, hostile_text
from ttdn.monitoring.query import Document, QueryError, QuerySet, compile_query, parse
from ttdn.monitoring.query.parser import And, Near, Not, Or

ARTICLE = (
    "Tỉnh Đồng Nai thu hút đầu tư nước ngoài vào khu công nghiệp Biên Hòa. "
    "Nhà đầu tư Hàn Quốc mở rộng nhà máy; dự án sân bay Long Thành đúng tiến độ."
)


def doc(text=ARTICLE, **meta):
    return Document(text, **meta)


def matches(query, text=ARTICLE, **meta):
    return compile_query(query).match(doc(text, **meta))


# --- diacritics and case ---------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["dong nai", '"dong nai"', "DONG NAI", '"Đồng Nai"', '"ĐỒNG NAI"']
)
def test_dong_nai_with_or_without_diacritics_finds_the_diacritic_text(query):
    assert matches(query, "Tin tức Đồng Nai hôm nay")


def test_a_term_typed_without_diacritics_finds_text_without_them():
    assert matches('"dong nai"', "Investors in Dong Nai province")


@pytest.mark.parametrize("query", ['"Đồng Nai"', '"ĐỒNG NAI"', "Đồng"])
def test_a_term_typed_with_diacritics_does_not_find_text_without_them(query):
    assert not matches(query, "Investors in Dong Nai province")


def test_d_with_stroke_folds_to_d():
    assert matches("dau tu", "Đầu tư công")
    assert not matches("đau", "dau tu cong")  # typed with đ: exact


def test_the_same_letters_with_other_diacritics_do_not_match_an_exact_term():
    assert not matches('"Đồng Nái"', "Tỉnh Đồng Nai")
    assert matches('"dong nai"', "Tỉnh Đồng Nái")  # without diacritics: any


def test_decomposed_text_and_queries_match_like_composed_ones():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Tỉnh Đồng Nai")
    assert matches('"Đồng Nai"', nfd)
    assert matches(unicodedata.normalize("NFD", '"Đồng Nai"'), "Tỉnh Đồng Nai")


# --- operators ---------------------------------------------------------------------------


def test_space_is_and_and_or_and_not_combine():
    assert matches("đầu tư Hàn Quốc")
    assert not matches("đầu tư Nhật Bản")
    assert matches("(Nhật OR Hàn) AND đầu tư")
    assert not matches("đầu tư NOT Biên Hòa")
    assert matches('đầu tư AND NOT "xổ số"')


def test_operators_are_capitals_only_lower_case_and_is_a_word():
    assert isinstance(parse("a OR b"), Or)
    tree = parse("dong or nai")
    assert isinstance(tree, And) and len(tree.children) == 3
    assert not matches("dong or nai")  # "or" is not in the text


def test_precedence_not_then_near_then_and_then_or():
    tree = parse("a b OR c NOT d")
    assert isinstance(tree, Or)
    assert isinstance(tree.children[0], And)
    right = tree.children[1]
    assert isinstance(right, And) and isinstance(right.children[1], Not)
    assert isinstance(parse("x a NEAR/2 b").children[1], Near)


def test_phrase_needs_adjacent_words_in_order():
    assert matches('"khu công nghiệp"')
    assert not matches('"công khu nghiệp"')
    assert matches('"Biên Hòa Nhà"')  # punctuation does not separate words
    assert matches('"hoa nha dau tu"')


def test_a_bare_word_with_punctuation_is_a_phrase_of_its_parts():
    assert matches("covid-19", "Ca nhiễm COVID 19 giảm")
    assert not matches("covid-19", "19 ca COVID")


def test_wildcards_end_words_and_keep_the_diacritics_rule():
    assert matches("invest*", "Foreign investors return")
    assert matches("đầu tư*", "đầu tư")
    assert matches("dau tu*", "Đầu tưởng")  # folded prefix "tu"
    assert not matches("tư*", "tuyến đường")  # exact prefix "tư"
    assert matches('"nhà đầu*"')
    assert not matches("xyz*")


def test_near_counts_the_words_between_in_either_order():
    text = "đầu tư nước ngoài"
    assert matches("dau NEAR/2 ngoai", text)
    assert not matches("dau NEAR/1 ngoai", text)
    assert matches("ngoai NEAR/2 dau", text)
    assert matches('"đầu tư" NEAR/1 ngoài', text)
    with pytest.raises(QueryError):
        parse("(sân bay OR cảng) NEAR/3 Long Thành")  # AND inside the group
    assert matches('("sân bay" OR cảng) NEAR/0 "Long Thành"')


def test_near_does_not_join_the_title_and_the_text():
    document = Document("Đồng Nai hôm nay", title="Tin tức")
    assert not compile_query("tin NEAR/5 dong").match(document)
    assert not compile_query('"tuc dong"').match(document)
    assert compile_query("tin NEAR/0 tuc").match(document)


def test_filters_by_language_country_kind_and_source():
    meta = dict(lang="en", country="US", kind="foreign", sources=["Reuters", "www.reuters.com"])
    text = "Dong Nai attracts investment"
    assert matches("lang:en dong", text, **meta)
    assert not matches("lang:vi dong", text, **meta)
    assert matches("country:us dong", text, **meta)
    assert matches("kind:foreign dong", text, **meta)
    assert matches("source:reuters dong", text, **meta)
    assert matches("source:reuters.com dong", text, **meta)
    assert not matches("source:xinhua dong", text, **meta)
    assert matches("(lang:vi OR country:US) dong", text, **meta)


def test_explain_lists_the_positive_terms_found_once_in_query_order():
    result = compile_query('("Đồng Nai" OR "Bình Phước") AND đầu tư* NOT "xổ số"').explain(doc())
    assert result.matched
    assert result.terms == ['"Đồng Nai"', "đầu", "tư*"]
    assert compile_query("Nhật Bản").explain(doc()).terms == []


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "column", "fragment"),
    [
        ("", 1, "empty"),
        ("dong AND", 9, "missing"),
        ("(dong nai", 1, "parenthesis is never closed"),
        ("dong nai)", 9, "no opening"),
        ('dong "nai', 6, "quotation mark"),
        ("dong NEAR nai", 10, "NEAR/5"),
        ("dong NEAR/500 nai", 11, "100"),
        ("a NEAR/5 (b AND c)", 3, "NEAR joins"),
        ("dong x*y", 7, "only end a word"),
        ("dong d*", 7, "2 letters"),
        ("dong foo:bar", 6, "foo:"),
        ("dong lang:vie1", 6, "language"),
        ("NOT dong", 1, "at least one word"),
        ("lang:vi", 1, "at least one word"),
        ("dong OR", 8, "missing"),
        ("dong\u202enai", 5, "control character"),
    ],
)
def test_invalid_queries_say_what_and_where(query, column, fragment):
    with override("en"):  # the message is read in English too (its "Column" is lazy)
        with pytest.raises(QueryError) as info:
            parse(query)
        message = str(info.value)
    assert info.value.column == column
    assert fragment in message
    assert message.startswith(f"Column {column}:")


def test_errors_are_translated_with_english_available():
    with override("en"):
        with pytest.raises(QueryError) as info:
            parse("(dong")
        assert str(info.value) == "Column 1: This parenthesis is never closed."
    with override("vi"):
        assert str(info.value).startswith("Cột 1:")


def test_deep_nesting_and_huge_queries_are_refused_not_crashing():
    with pytest.raises(QueryError):
        parse("(" * 500 + "a" + ")" * 500)
    with pytest.raises(QueryError):
        parse("a " * 5000)
    with pytest.raises(QueryError):
        parse(" OR ".join(f"w{i}" for i in range(400)))


@PROPERTY_SETTINGS
@given(st.one_of(hostile_text(max_size=80), st.text(alphabet='ab "()*:/NEAROTD5 đĐá', max_size=40)))
def test_any_input_parses_or_raises_a_positioned_query_error(query):
    try:
        compiled = compile_query(query)
    except QueryError as exc:
        assert 0 <= exc.position <= len(query)
        assert exc.message
    else:
        compiled.explain(Document(query))  # matching never crashes either


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.sampled_from(["Đồng", "Nai", "đầu", "tư", "Biên", "Hòa", "x"]), min_size=1, max_size=6
    )
)
def test_a_folded_term_matches_whenever_the_exact_one_does(words):
    text = "Tỉnh Đồng Nai đầu tư Biên Hòa x"
    exact = '"' + " ".join(words) + '"'
    from ttdn.core.text import fold

    folded = fold(exact)
    if matches(exact, text):
        assert matches(folded, text)


# --- many topics at once ------------------------------------------------------------------


def test_a_query_set_finds_exactly_the_topics_that_match():
    queries = {
        1: compile_query('"Đồng Nai" AND đầu tư'),
        2: compile_query("bão OR lũ lụt"),
        3: compile_query("invest* NOT scam"),
        4: compile_query("sân NEAR/1 Long"),
        5: compile_query("nha NOT (bão OR lũ)"),
    }
    qs = QuerySet(queries)
    found = dict(qs.matching(doc(ARTICLE + " Investors came.")))
    assert set(found) == {1, 3, 4, 5}
    assert found[4].terms == ["sân", "Long"]


def test_match_query_command_prints_the_stable_json(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Tỉnh Đồng Nai kêu gọi đầu tư"))
    call_command("match_query", '"Đồng Nai" AND dau tu*')
    out = json.loads(capsys.readouterr().out)
    assert out == {"match": True, "terms": ['"Đồng Nai"', "dau", "tu*"]}


def test_match_query_command_reads_the_language_filter(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Dong Nai"))
    call_command("match_query", "lang:vi dong", "--lang", "en")
    assert json.loads(capsys.readouterr().out) == {"match": False, "terms": []}


def test_match_query_command_exits_2_with_the_message_on_an_invalid_query(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("x"))
    with pytest.raises(SystemExit) as info:
        call_command("match_query", "(dong")
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Column 1:" in err or "Cột 1:" in err


@PROPERTY_SETTINGS
@given(st.one_of(hostile_text(max_size=120), st.text(max_size=120)))
def test_the_fast_tokenizer_splits_words_exactly_like_the_expression(text):
    from ttdn.monitoring.query.parser import WORD_RE, normalise, tokenize

    lowered = normalise(text)
    assert tokenize(lowered) == WORD_RE.findall(lowered)


@PROPERTY_SETTINGS
@given(title=hostile_text(), text=hostile_text())
def test_a_documents_folded_words_are_its_text_tokenised_and_folded(title, text):
    from ttdn.core.text import fold
    from ttdn.monitoring.query.parser import normalise, tokenize

    expected = [fold(w) for w in tokenize(normalise(f"{title}\n{text}"))]
    assert Document(text, title=title).folded_words() == expected


def test_a_cut_document_has_no_folded_words():
    from ttdn.monitoring.query.matcher import MAX_DOCUMENT_CHARS

    assert Document("Đồng Nai", title="Tin").folded_words() == ["tin", "dong", "nai"]
    assert Document("a " * MAX_DOCUMENT_CHARS).folded_words() is None


@PROPERTY_SETTINGS
@given(
    words=st.lists(st.sampled_from(["đồng", "nai", "dong", "công", "ty", "khu"]), max_size=40),
    phrase=st.lists(st.sampled_from(["đồng", "nai", "công", "ty", "khu"]), min_size=2, max_size=4),
)
def test_a_phrase_starts_where_each_of_its_words_follows(words, phrase):
    from ttdn.core.text import fold
    from ttdn.monitoring.query.matcher import _starts

    doc = Document(" ".join(words))
    for exact, wanted in ((True, phrase), (False, [fold(w) for w in phrase])):
        seen = words if exact else [fold(w) for w in words]
        expected = {
            s for s in range(len(seen) - len(wanted) + 1) if seen[s : s + len(wanted)] == wanted
        }
        key = ("test", exact, *wanted)
        assert set(_starts(key, exact, [(w, False) for w in wanted], doc)) == expected


@pytest.mark.parametrize(
    ("query", "stdin", "code", "expected"),
    [
        ('"dong nai" AND đầu tư*', "Tỉnh Đồng Nai thu hút đầu tư nước ngoài", 0, '"match": true'),
        ('"Đồng Nai"', "Tinh Dong Nai thu hut dau tu", 0, '"match": false'),
        ('"dong nai" AND (', "Đồng Nai", 2, ""),
    ],
)
def test_the_console_script_answers_match_query_with_a_hyphen(
    tmp_path, query, stdin, code, expected
):
    """The stable contract as a script calls it: ``ttdn match-query 'QUERY'`` (hyphen),
    text on standard input, JSON out, exit 2 with the message on an invalid query."""
    done = run_ttdn("match-query", query, "--lang", "vi", var_dir=tmp_path, stdin=stdin)
    assert done.returncode == code, done.stderr
    if code == 0:
        assert expected in done.stdout
        assert set(json.loads(done.stdout)) == {"match", "terms"}
    else:
        assert done.stdout == "" and "17" in done.stderr  # the column of the error
