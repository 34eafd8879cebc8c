"""Agency names in a cell read by OCR, set right against the names of bodies known.

OCR misreads tone marks more than letters: "Cống Thông tin điện tử tỉnh" for "Cổng …",
"Sở Văn hóa Thế thao" for "Thể thao", "SỞ" for "Sở". A lead or coordinating cell read by
OCR is compared with the names the plan can give a body (:class:`KnownNames`): the
directory's bodies of the plan's place and central bodies, each also without its place
("Sở Ngoại vụ", "Công an tỉnh"), and the general forms of body names (the directory's
templates with the word for a province, district or city in place of the place:
"Ban Tuyên giáo Tỉnh ủy", "Ủy ban nhân dân huyện"), and a few collectives.

1. **Marks** (:meth:`KnownNames.restore_marks`): a run of words whose letters, marks and
   case aside, are those of exactly one known name takes that name's marks, before the
   cell is split into names (so "Các cơ quan báo chí, Cống Thông tin điện tử tỉnh" splits
   at "Cổng"). The text keeps its length, so every offset still points into the document.
2. **Letters** (:meth:`KnownNames.closest`): a name that then is no known name is
   compared letter by letter (rapidfuzz ratio, marks aside) with the known names of the
   same kind (first word) and takes the known name only when the match is close
   (:data:`CLOSE`) and no other known name comes near it (:data:`MARGIN`); one the
   directory had found is changed only to a name of the same body.
3. Otherwise the name is kept as read and flagged for review (never guessed).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ttdn.core.text import fold_words

CLOSE = 90  # rapidfuzz ratio (folded names) from which a misread name is the known one
MARGIN = 5  # … when no other known name is within this of it
SHORTEST = 8  # characters: a shorter name ("Sử") is never corrected by its letters

# Bodies and collectives a province's annex names that the directory's templates do not
# give (the templates give the province's own departments, boards and media).
GENERAL_FORMS = (
    "Sở",
    "Ban",
    "Các cơ quan báo chí",
    "Các cơ quan báo chí của tỉnh",
    "Các sở, ban, ngành",
    "Các sở, ban, ngành tỉnh",
    "Các sở, ban, ngành, địa phương",
    "Các sở, ban, ngành, đoàn thể",
    "Các cơ quan, đơn vị liên quan",
    "Các đơn vị liên quan",
    "Các cơ quan liên quan",
    "Các địa phương",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "Ủy ban nhân dân cấp huyện",
    "Ủy ban nhân dân cấp xã",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Bộ đội Biên phòng tỉnh",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Cựu chiến binh tỉnh",
    "Sở Du lịch",
    "Sở Văn hóa và Thể thao",
    "Ban Đối ngoại Tỉnh ủy",
    "Ban Quản lý Khu kinh tế tỉnh",
    "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
)

# The unit words a template's place is replaced with, and the party committee of each.
_UNIT_WORDS = (("tỉnh", "Tỉnh ủy"), ("thành phố", "Thành ủy"), ("huyện", "Huyện ủy"))
_WORD_RE = re.compile(r"\w+")


def _base(ch: str) -> str:
    """A letter without its marks, lower case ("Ổ" → "o", "Đ" → "d"); one character."""
    if ch in "đĐ":
        return "d"
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0].lower() if decomposed else ch


def fold_chars(text: str) -> str:
    """``text`` without marks, lower case, character for character (same length)."""
    return "".join(_base(ch) if len(ch) == 1 else ch for ch in text)


# Old and new placings of a tone mark ("Uỷ"/"Ủy", "hoá"/"hóa"): both are right.
_OLD_TONE = {
    "oá": "óa",
    "oà": "òa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oé": "óe",
    "oè": "òe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uý": "úy",
    "uỳ": "ùy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}


def _tone_placed(word: str) -> str:
    lower = unicodedata.normalize("NFC", word.lower())
    for old, new in _OLD_TONE.items():
        lower = lower.replace(old, new)
    return lower


def _template_forms(body: dict) -> list[str]:
    forms = []
    for template in [body["name"], *body.get("aliases", [])]:
        if "{abbr}" in template:
            continue
        for word, party in _UNIT_WORDS:
            for place in (word, ""):  # "Công an tỉnh", and "Sở Ngoại vụ" without a place
                form = (
                    template.replace("{loc}", place)
                    .replace("{name}", place)
                    .replace("{Party}", party)
                    .replace("{pname}", "")
                )
                forms.append(" ".join(form.split()))
    return forms


def general_names() -> list[str]:
    """The general forms of body names: the directory's templates for a province's and a
    district's bodies with the unit word for the place, the central bodies, and
    :data:`GENERAL_FORMS`."""
    from ttdn.directory.services import agencies_seed_data

    data = agencies_seed_data()
    names = list(GENERAL_FORMS)
    for body in [*data.get("province_bodies", []), *data.get("district_bodies", [])]:
        names.extend(_template_forms(body))
    for body in data.get("central", []):
        names.extend([body["name"], *body.get("aliases", [])])
    return names


class KnownNames:
    """The names a body can be given in a plan, for setting OCR's misreadings right."""

    def __init__(self, names: Iterable[str]):
        # First folded word → (folded words, spelled words) of each known name, longest
        # first; a folded form spelled two ways (marks, not case) is ambiguous.
        spelled: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for name in names:
            words = tuple(_WORD_RE.findall(unicodedata.normalize("NFC", name)))
            if words:
                spelled[tuple(fold_chars(w) for w in words)].add(words)
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None]]] = (
            defaultdict(list)
        )
        self._folded: dict[str, str | None] = {}
        for folded, forms in spelled.items():
            marks = {tuple(_tone_placed(w) for w in f) for f in forms}
            form = min(forms) if len(marks) == 1 else None
            self._by_first[folded[0]].append((folded, form))
            key = " ".join(folded)
            self._folded[key] = " ".join(form) if form else None
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._keys = list(self._folded)

    def __len__(self) -> int:
        return len(self._keys)

    def known(self, name: str) -> bool:
        """Whether ``name`` is one of the known names, marks and case aside."""
        return fold_words(name) in self._folded

    def restore_marks(self, text: str) -> str:
        """``text`` with the marks (and a word's capitals read for small letters) of each
        known name it holds, where its letters are those of exactly one known name; the
        same length as ``text``. A known name of one word ("Sở") only when it stands alone
        between separators."""
        if unicodedata.normalize("NFC", text) != text:
            return text  # offsets would not survive recomposing: left as read
        words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]
        folded = [fold_chars(text[s:e]) for s, e in words]
        out = list(text)
        # A cell written in capitals (several words) keeps them; "SỞ" alone is "Sở" read
        # with a tall "Ở".
        alpha = [text[s:e] for s, e in words if text[s:e].isalpha()]
        upper_cell = len(alpha) >= 3 and all(w.isupper() for w in alpha)
        index = 0
        while index < len(words):
            matched = 0
            for name, form in self._by_first.get(folded[index], ()):
                size = len(name)
                if tuple(folded[index : index + size]) != name:
                    continue
                if size == 1 and not _stands_alone(text, *words[index]):
                    continue
                if form is None:  # two known names spelled differently: not guessed
                    matched = size
                    break
                if all(
                    _inside_name(text[words[i][1] : words[i + 1][0]])
                    for i in range(index, index + size - 1)
                ):
                    for (s, e), known in zip(words[index : index + size], form, strict=True):
                        read = text[s:e]
                        if _tone_placed(read) != _tone_placed(known) or (
                            read.isupper()
                            and not known.isupper()
                            and len(read) > 1
                            and not upper_cell
                        ):
                            out[s:e] = list(known)
                    matched = size
                    break
            index += matched or 1
        return "".join(out)

    def closest(self, name: str) -> str | None:
        """The known name ``name`` is a misreading of: close, and no other known name
        near it; None otherwise."""
        query = fold_words(name)
        if len(query) < SHORTEST or " " not in query or query in self._folded:
            return None
        # "Sở …" is never "Bộ …": the kind of body, its first word, must be the one read.
        head = query.split(" ", 1)[0]
        found = [
            hit
            for hit in process.extract(query, self._keys, scorer=fuzz.ratio, limit=8)
            if hit[0].split(" ", 1)[0] == head
        ]
        if not found or found[0][1] < CLOSE:
            return None
        best_key, best, _i = found[0]
        spelled = self._folded[best_key]
        for key, score, _j in found[1:]:
            if score > best - MARGIN and self._folded[key] != spelled:
                return None
        return spelled


def _inside_name(gap: str) -> bool:
    """Whether two words with ``gap`` between them can be of one name: spaces, a line
    break (a cell's width), a comma or a hyphen, but not ";" or a new bullet."""
    return bool(re.fullmatch(r"[\s,\-–&]*", gap)) and not re.search(r"\n\s*[-–—+•]", gap)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The word is a whole name: only separators, bullets or the cell's ends around it."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t.")
    before_ok = not before or before[-1] in ",;\n-–—+•·*:"
    after_ok = not after or after[0] in ",;\n("
    return before_ok and after_ok
