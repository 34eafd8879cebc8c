"""The labels Word draws in front of numbered and bulleted paragraphs ("1.", "a)", "-").

Word does not store these labels in the text: it computes them from numbering.xml while
it lays the document out. Plans number their sections and tasks this way, and a task
list without its "1.", "2." or "-" loses its structure, so the labels are recomputed
here, in document order, the way Word counts them (counters are shared by every list
that uses the same abstract definition, and a level restarts after a higher one).
"""

from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9


@dataclass(frozen=True)
class Level:
    start: int
    format: str
    text: str  # "%1.", "%1.%2.", or the bullet character


def child_val(element, path: str) -> str | None:
    """The w:val attribute of the child at ``path`` (None if either is missing)."""
    found = element.find(path) if element is not None else None
    return found.get(W + "val") if found is not None else None


def to_int(value: str | None, default: int) -> int:
    """An integer attribute, or ``default`` when it is missing or malformed."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class Numbering:
    """Computes paragraph labels; one instance per document, fed paragraphs in order."""

    def __init__(self, numbering_xml, styles_xml) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstract, starts)
        self._style_num: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()  # numIds whose start overrides were applied
        if styles_xml is not None:
            for style in styles_xml.iter(W + "style"):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                self._style_num[style.get(W + "styleId", "")] = (
                    child_val(num_pr, W + "numId"),
                    child_val(num_pr, W + "ilvl"),
                    child_val(style, W + "basedOn"),
                )
        if numbering_xml is None:
            return
        links: dict[str, str] = {}
        for abstract in numbering_xml.iter(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId", "")
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                levels[to_int(lvl.get(W + "ilvl"), 0)] = Level(
                    start=to_int(child_val(lvl, W + "start"), 0),
                    format=child_val(lvl, W + "numFmt") or "decimal",
                    text=child_val(lvl, W + "lvlText") or "",
                )
            self._abstract[abstract_id] = levels
            link = child_val(abstract, W + "numStyleLink")
            if link:
                links[abstract_id] = link
        for num in numbering_xml.iter(W + "num"):
            starts = {
                to_int(o.get(W + "ilvl"), 0): to_int(child_val(o, W + "startOverride"), 1)
                for o in num.iter(W + "lvlOverride")
                if o.find(W + "startOverride") is not None
            }
            self._nums[num.get(W + "numId", "")] = (
                child_val(num, W + "abstractNumId") or "",
                starts,
            )
        # an abstract definition that only points at a numbering style is that style's
        # definition: same levels, same counters
        for abstract_id, style_id in links.items():
            num_id = self._style_num.get(style_id, (None, None, None))[0]
            target = self._nums.get(num_id or "", ("", {}))[0]
            if target in self._abstract and target != abstract_id:
                self._nums = {
                    n: (target if a == abstract_id else a, starts)
                    for n, (a, starts) in self._nums.items()
                }

    def label(self, paragraph) -> str:
        """The label of ``paragraph`` (a w:p element) followed by a space, or ""."""
        num_id, ilvl = self._numbering_of(paragraph)
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, starts = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = min(max(ilvl, 0), LEVELS - 1)
        if level not in levels:
            return ""
        counters = self._counters.setdefault(abstract_id, [None] * LEVELS)
        if num_id not in self._started:
            self._started.add(num_id)
            for lvl, start in starts.items():
                if 0 <= lvl < LEVELS:
                    counters[lvl] = start - 1
        current = counters[level]
        counters[level] = levels[level].start if current is None else current + 1
        for deeper in range(level + 1, LEVELS):  # a sub-list restarts under each new item
            counters[deeper] = None
        return self._render(levels, level, counters)

    def _numbering_of(self, paragraph) -> tuple[str | None, int]:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = child_val(num_pr, W + "numId"), child_val(num_pr, W + "ilvl")
        style_id = child_val(paragraph, f"{W}pPr/{W}pStyle") or "Normal"
        seen = set()
        while (num_id is None or ilvl is None) and style_id and style_id not in seen:
            seen.add(style_id)
            style_num, style_ilvl, based_on = self._style_num.get(style_id, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
            style_id = based_on
        return num_id, to_int(ilvl, 0)

    @staticmethod
    def _render(levels: dict[int, Level], level: int, counters: list[int | None]) -> str:
        spec = levels[level]
        if spec.format == "none":
            return ""
        if spec.format == "bullet":
            return _bullet(spec.text) + " "
        text = spec.text
        for i in range(LEVELS - 1, -1, -1):  # %10 does not exist; go down so %1 is not in %12
            placeholder = f"%{i + 1}"
            if placeholder in text:
                other = levels.get(i, Level(1, "decimal", ""))
                value = counters[i] if counters[i] is not None else other.start
                text = text.replace(placeholder, _format(value, other.format))
        return text + " " if text else ""


def _bullet(text: str) -> str:
    """Bullets drawn from symbol fonts are private-use characters: show them as "•"."""
    if not text or any("\ue000" <= ch <= "\uf8ff" for ch in text):
        return "•"
    return text


def _format(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter"):
        letters = _letters(value)
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if number_format == "lowerRoman" else roman
    if number_format == "decimalZero":
        return f"{value:02d}"
    return str(value)  # decimal, and the rare formats (ordinal, cardinalText, ...) as digits


def _letters(value: int) -> str:
    """a … z, then aa … zz, as Word counts."""
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = []
    for number, numeral in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)
