"""Agency names as written in a cell or a clause, split into single names and resolved.

A cell such as "Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch và các đơn vị liên quan"
holds three names. Commas and "và" separate names only where the next piece opens a new
name (an organisation head: Sở, Ban, Công an, Đài, các …); otherwise they are part of
the name ("Văn hóa, Thể thao và Du lịch"; "các sở, ban, ngành").
"""

from __future__ import annotations

import datetime
import re

from ttdn.core.text import squash
from ttdn.directory.resolver import FUZZY_MAX, AgencyIndex, is_collective
from ttdn.importer.extract.common import starts_with_head, strip_span
from ttdn.importer.extract.ocrnames import KnownNames, general_names
from ttdn.importer.result import AgencyMention

# ", đặc biệt là / nhất là / trong đó (có)" singles out one body of a collective: "Các sở,
# ngành tỉnh, đặc biệt là Sở Thông tin và Truyền thông" names two.
_SEPARATOR_RE = re.compile(
    r",\s*(?:đặc\s+biệt\s+là|nhất\s+là|trong\s+đó(?:\s+có)?)\s+|,|;|\s+và\s+|\n"
)
_BULLET_RE = re.compile(r"^[\s\-–—+•·*▪●○◦]+")
_TRAIL = " \t\r\n\u00a0.,;:-–"
# A body named by its kind and a unit word with no place after it ("Ủy ban nhân dân tỉnh").
_BARE_UNIT_RE = re.compile(
    r"\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)$", re.I
)


# The holder of an office names the body he heads ("thủ trưởng các sở, ban ngành, chủ tịch
# UBND cấp huyện" is two addressees).
# The holders of offices, or the members or leaders of bodies, named as addressees ("thủ
# trưởng các sở", "thành viên Ban Chỉ đạo, lãnh đạo cấp ủy các địa phương").
_OFFICE_HOLDER_RE = re.compile(
    r"(?:[Tt]hủ\s+trưởng|[Cc]hủ\s+tịch|[Gg]iám\s+đốc|[Ll]ãnh\s+đạo|[Tt]hành\s+viên)\s+\S"
)


# One entry per "các" list whatever its kinds (convention P4, settled 07/12/2026): "các sở,
# ban, ngành, đảng bộ trực thuộc tỉnh ủy" and "các tổ chức chính trị - xã hội, cơ quan thông
# tin đại chúng" are one entry each. A named body written small ("ủy ban Mặt trận …"), a noun
# with its own "các", the holder of an office, or a noun after a qualifier that closes the one
# before ("các cơ quan báo chí trong tỉnh, trung tâm thông tin") is its own entry.
_LIST_OPEN_RE = re.compile(r"(?:[Cc]ác|[Nn]hững)\s")
# (the people who carry the work after the bodies, "các tổ chức …, đội ngũ báo cáo viên …",
# are asked as an entry of their own; "lực lượng vũ trang" after "các đoàn thể, …" is a kind of
# body on the list, as the gold reads it)
_OWN_ENTRY_RE = re.compile(
    r"(?:uỷ|ủy)\s+ban\b|(?:các|những|mọi)\s|đội\s+ngũ\s|(?:báo\s+cáo|tuyên\s+truyền|cộng\s+tác"
    r"|phóng)\s+viên\b",
    re.I,
)
_CLOSING_RE = re.compile(r"\s(?:trong|của|trên|thuộc|trực\s+thuộc|tại|ở)\s+\S")
_KIND_NOUN_RE = re.compile(
    r"(?:cơ\s+quan|đơn\s+vị|trung\s+tâm|sở|ban|ngành|phòng|địa\s+phương|đoàn\s+thể|tổ\s+chức|"
    r"doanh\s+nghiệp|báo|đài|hội|trường|lực\s+lượng|đảng\s+bộ|chi\s+bộ|cổng|trang)\b"
)


def _on_the_list(text: str, first: int, last: int, s: int, e: int) -> bool | None:
    """For a piece at ``s`` after the entry opened at ``first`` (its last piece ending at
    ``last``): True when it is a kind of the "các" list that entry is, False when it is its
    own entry, None when the entry is no "các" list (the heads decide)."""
    if not _LIST_OPEN_RE.match(text, first):
        return None
    piece = text[s:e]
    if not piece[:1].islower():
        return None
    if _OWN_ENTRY_RE.match(piece) or _OFFICE_HOLDER_RE.match(piece):
        return False
    if _CLOSING_RE.search(text, first, last):
        return False if _KIND_NOUN_RE.match(piece) else None
    return True


# A body's standing role written after its name ("Sở Ngoại vụ, cơ quan thường trực Ban Chỉ
# đạo công tác biên giới"; "…, cơ quan đầu mối về …", "…, cơ quan tham mưu của …") says what
# the body before it is: no entry of its own.
_ROLE_RE = re.compile(r"cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối|tham\s+mưu)\b", re.I)


def _is_role(text: str, names: list[list[int]], s: int, e: int) -> bool:
    """Whether the piece at ``s`` is the standing role of the named body before it."""
    if not names or names[-1][2] or not _ROLE_RE.match(text, s, e):
        return False
    first = names[-1][0]
    return text[first : first + 1].isupper() and not _LIST_OPEN_RE.match(text, first)


def split_names(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """``(name, start, end)`` for each agency named in ``text`` (offsets + ``offset``)."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for match in _SEPARATOR_RE.finditer(text):
        # Never split inside brackets: "Sở Thông tin và Truyền thông (Sở TT-TT)".
        if text.count("(", 0, match.start()) > text.count(")", 0, match.start()):
            continue
        # A line break inside a cell is usually the cell's width ("Báo\nQuảng Trị"); it
        # separates names only when the next line opens a name of its own.
        if match.group(0) == "\n" and not starts_with_head(text[match.end() : match.end() + 60]):
            continue
        pieces.append((pos, match.start()))
        pos = match.end()
    pieces.append((pos, len(text)))
    names: list[list[int]] = []
    for start, end in pieces:
        s, e = strip_span(text, start, end, _TRAIL)
        bullet = _BULLET_RE.match(text, s, e)
        if bullet and bullet.end() > s:
            s = bullet.end()
        if s >= e:
            continue
        # A single word ("Ban" in "Các Sở, Ban, ngành") is never a name on its own, and
        # "Văn phòng HĐND và UBND" is one office.
        joint_office = (
            names
            and text[names[-1][0] : names[-1][0] + 9] == "Văn phòng"
            and text[start - 4 : start].strip() == "và"
        )
        listed = _on_the_list(text, names[-1][0], names[-1][1], s, e) if names else None
        if _is_role(text, names, s, e):
            names.append([s, e, 1])  # said of the body before it: dropped below
        elif listed is not None:
            if listed:
                names[-1][1] = e
            else:
                names.append([s, e, 0])
        elif names and (
            not (starts_with_head(text[s:e]) or _OFFICE_HOLDER_RE.match(text, s, e))
            or len(text[s:e].split()) == 1
            or joint_office
        ):
            names[-1][1] = e  # "Thể thao và Du lịch" continues "Sở Văn hóa"
        else:
            names.append([s, e, 0])
    return [(squash(text[s:e]), offset + s, offset + e) for s, e, role in names if not role]


# The confidence of a name whose misread letters were set right (see :mod:`.ocrnames`):
# kept, and shown as "Check this".
CORRECTED = 0.7
# The directory's confidence in a name it matched by its letters only (fuzzy, at most
# directory.resolver.FUZZY_MAX).
GUESSED = FUZZY_MAX


class Resolver:
    """Resolves written names against the directory within the plan's locality."""

    def __init__(self, *, unit=None, on: datetime.date | None = None, index=None):
        self.unit = unit
        self.on = on
        self._index = index
        self._cache: dict[str, AgencyMention] = {}
        self._known: KnownNames | None = None

    @property
    def index(self) -> AgencyIndex:
        if self._index is None:
            from ttdn.directory.resolver import shared_index

            self._index = shared_index()
        return self._index

    def mention(self, as_written: str, start: int | None, end: int | None) -> AgencyMention:
        cached = self._cache.get(as_written)
        if cached is None:
            cached = self._resolve(as_written)
            self._cache[as_written] = cached
        return AgencyMention(
            as_written=as_written,
            agency=cached.agency,
            agency_id=cached.agency_id,
            collective=cached.collective,
            start=start,
            end=end,
            confidence=cached.confidence,
        )

    def _resolve(self, as_written: str) -> AgencyMention:
        if is_collective(as_written):
            return AgencyMention(as_written, collective=True, confidence=0.9)
        if self.unit is None and _BARE_UNIT_RE.search(as_written):
            # "Ủy ban nhân dân tỉnh" of a text that never names its province: which
            # province's it is cannot be known, so it is kept as written, unresolved.
            return AgencyMention(as_written, confidence=0.0)
        # (only the agency is kept: not the alternatives offered when there is none)
        res = self.index.resolve(as_written, unit=self.unit, on=self.on, candidates=False)
        if res.agency is None:
            return AgencyMention(as_written, confidence=0.0)
        return AgencyMention(
            as_written, agency=res.agency.name, agency_id=res.agency.pk, confidence=res.confidence
        )

    def mentions(self, text: str, offset: int = 0) -> list[AgencyMention]:
        return [self.mention(name, s, e) for name, s, e in split_names(text, offset)]

    @property
    def known_names(self) -> KnownNames:
        """The names a body of the plan can be given (see :mod:`.ocrnames`)."""
        if self._known is None:
            unit_id = self.unit.pk if self.unit is not None else None
            self._known = KnownNames([*general_names(), *self.index.names(unit_id)])
        return self._known

    def read_mentions(self, text: str, offset: int = 0) -> tuple[list[AgencyMention], bool]:
        """The names of a cell read by OCR, their misread marks and, when the match is
        close and unambiguous, misread letters set right against the known names (see
        :mod:`.ocrnames`); and whether a name is left that is neither a body of the
        directory, a collective nor a known name (it may be misread: for review)."""
        known = self.known_names
        restored = known.restore_marks(text)
        found: list[AgencyMention] = []
        doubtful = False
        for name, start, end in split_names(restored, offset):
            mention = self.mention(name, start, end)
            if not known.known(name):
                closest = known.closest(name)
                corrected = self.mention(closest, start, end) if closest else None
                if corrected is not None and (
                    mention.unresolved or corrected.agency_id == mention.agency_id
                ):
                    corrected.confidence = min(corrected.confidence, CORRECTED)
                    mention = corrected
                elif not mention.collective and mention.confidence <= GUESSED:
                    # Neither a known name nor near only one: the directory's guess from
                    # its letters ("Sở Noại vụ", as near "Sở Nội vụ" as "Sở Ngoại vụ")
                    # is not taken; the name is kept as read, for review.
                    mention = AgencyMention(name, start=start, end=end, confidence=0.0)
                    doubtful = True
            found.append(mention)
        return found, doubtful

    def same_head(self, head: str, previous: list[AgencyMention]) -> AgencyMention | None:
        """ "Sở" after "Sở TT&TT" earlier: the agency that word refers back to."""
        for mention in reversed(previous):
            if mention.as_written.startswith(head) and mention.agency_id:
                return mention
        return None
