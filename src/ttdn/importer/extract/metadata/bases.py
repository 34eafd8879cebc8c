"""The legal bases ("Căn cứ …" lines, the bases written as one opening paragraph, "Thực hiện
…; …, <body> ban hành Kế hoạch … như sau:", bare citations in an account), the numbered
sections, the report deadline and the signer.
"""

from __future__ import annotations

import re

from ttdn.core.text import fold, squash
from ttdn.importer.extract.common import LOWER_LETTERS, UPPER_LETTERS, is_upper_heading
from ttdn.importer.extract.metadata.announcement import _DATELINE_RE
from ttdn.importer.extract.metadata.body import _ISSUER_RE
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.kind import _relayed_letter, pasted_letter_body
from ttdn.importer.extract.metadata.text import _I, _iso, _sentence_bounds
from ttdn.importer.extract.metadata.title import (
    _GUIDANCE_HEADING_RE,
    _LETTER_RE,
    _REPORT_HEADING_RE,
)
from ttdn.importer.extract.ocrlegal import repair_references
from ttdn.importer.result import LegalBasis, Located, ReportDeadline, Section
from ttdn.legal.parsing import DATE_PATTERN, KIND_LABELS, find_legal_refs

_REPORT_RE = re.compile(
    r"((?:trước|chậm\s+nhất(?:\s+là)?|không\s+muộn\s+hơn)\s+ngày\s+(\d{1,2})"
    r"(?:\s+tháng\s+(\d{1,2})|\s*/\s*(\d{1,2}))"
    r"(?:\s+(hàng|hằng)\s+(năm|quý|tháng)|\s+năm\s+(?:19|20)\d{2}|\s*/\s*(?:19|20)\d{2})?)",
    _I,
)
_SECTION_RE = re.compile(r"(?m)^[ \t]*([IVX]{1,4}|\d{1,2})\s*[.)-]\s*(\S[^\n]{1,160})$")
_SECTION_KINDS = (
    ("mục đích", "purpose"),
    ("mục tiêu", "purpose"),
    ("quan điểm", "purpose"),
    ("nguyên tắc", "purpose"),
    ("yêu cầu", "purpose"),
    ("nhiệm vụ", "tasks"),
    ("giải pháp", "tasks"),
    ("nội dung", "tasks"),
    ("tổ chức thực hiện", "organisation"),
    ("kinh phí", "funding"),
)


_PREAMBLE_RE = re.compile(
    r"(?m)^[ \t]*(?:Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?)\s[\s\S]{0,3000}?"
    r"(?:như\s+sau\s*:|\n[ \t]*(?:[IVX]{1,4}|1)\s*[.)]\s|\s*\Z)"
)


def _preamble(text: str, meta: Metadata) -> list[tuple[int, int]]:
    """The bases written as one opening paragraph instead of "Căn cứ" lines: "Thực hiện
    Nghị định …; Thông tư …, Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:"."""
    first_section = meta.sections[0].start if meta.sections else min(len(text), 4000)
    match = _PREAMBLE_RE.search(text, 0, min(len(text), first_section + 8))
    if match is None:
        return []
    end = match.end()
    # The plan itself is not its own basis: the passage stops at the last "ban hành /
    # xây dựng Kế hoạch" (earlier ones describe the bases: "… hướng dẫn xây dựng kế hoạch …").
    found = list(
        re.finditer(r"(?:ban\s+hành|xây\s+dựng)\s+[Kk]ế\s+hoạch", text[match.start() : end])
    )
    plan_words = found[-1] if found else None
    if plan_words:
        end = match.start() + plan_words.start()
    return [(match.start(), end)]


# A basis ends at ";" or "." and a line break, a blank line, the next "Căn cứ" (on its
# own line, or after "; " in a paragraph that runs them together), or the ":" that opens
# the body; a "," at a line's end does not end it when its date follows ("57-KL/TW,\nngày").
_BASIS_END_RE = re.compile(
    r"[;.:][ \t]*(?:\n|$)|,[ \t]*(?:\n(?![ \t]*ngày\b)|$)|\n[ \t]*\n|;[ \t]*(?=Căn\s+cứ\b)"
    r"|\n(?=[ \t]*(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|QUYẾT|Thực\s+hiện))"
)
# "Căn cứ" opening a line, or written with its capital inside a paragraph that runs the
# bases together ("…; Căn cứ …") or follows a flattened title ("… năm 2019 Căn cứ …").
_BASIS_START_RE = re.compile(r"(?m)^[ \t]*Căn\s+cứ\b|(?<=[;\s])Căn\s+cứ\b")
# A space inside a symbol, left by a PDF's text layer or a typist: "21/CT -TTg",
# "22/2016/TT- BTTTT". Closed (the spaces moved after it) before the references are read.
_SYMBOL_GAP_RE = re.compile(
    r"(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,8})([ \t]*)-([ \t]*)([A-ZĐ][A-Za-zĐđ0-9]*)"
)


# A party symbol's dash written as a space after "số" or the document's kind: "Kế hoạch số
# 52 KH/ĐTN", "Hướng dẫn 12 HD/BTGTU" (read "52-KH/ĐTN"; the same length). Not a bare
# number before a symbol with no "/" ("số 52 KH"), nor a year ("năm 2021 KH/…").
_SPACE_FOR_DASH_RE = re.compile(
    r"(\b(?:số\s*:?|(?:[Kk]ế\s+hoạch|[Hh]ướng\s+dẫn|[Cc]hỉ\s+thị|[Nn]ghị\s+quyết|[Kk]ết\s+luận"
    r"|[Cc]hương\s+trình|[Tt]hông\s+báo|[Qq]uy\s+định))\s*\d{1,5}) (?=[A-ZĐ]{1,6}/[A-ZĐ])"
)


def _close_symbol_gaps(text: str) -> str:
    """``text`` with the gaps inside symbols closed (the spaces moved behind the symbol):
    same length, so offsets still hold."""

    def close(match: re.Match) -> str:
        gap = len(match.group(2)) + len(match.group(3))
        return match.group(1) + "-" + match.group(4) + " " * gap

    text = _SPACE_FOR_DASH_RE.sub(lambda m: m.group(1) + "-", text)
    return _SYMBOL_GAP_RE.sub(close, text)


# What sets a further reference apart as a basis of its own inside one "Căn cứ" or
# "Thực hiện" passage: ";", ",", "và" - not "… của Chính phủ thực hiện Nghị quyết số …".
_BASIS_SEPARATOR_RE = re.compile(r"(?:[;,]|\bvà|^)\s*$")
# A further basis opened after ';' by the body's request and the document it was given in:
# "…; theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 5768/BTTTT-TTĐN …".
_ASKED_AT_RE = re.compile(
    r";\s*theo\s+(?:đề\s+nghị|yêu\s+cầu|hướng\s+dẫn|chỉ\s+đạo)\s+của\s+[^;.\n]{3,150}?"
    r"\s+tại\s*$",
    _I,
)
# A kind word the reference parser does not read stays before it: "; Quy chế số 07-QC/TU".
_KIND_BEFORE_RE = re.compile(r"(?:\S{1,80}\s+){0,2}số\s*:?\s*$")
# What is read before a reference to tell a basis from a description: its end only (a
# copy whose line ends were lost is one zone; from the zone's start, each reference cost
# the zone's length).
_BEFORE_REF = 300
_SPACES_RE = re.compile(r"\s*")


# Where a basis ends inside a line: the sentence's full stop ("… của Chính phủ, UBND tỉnh
# vừa ban hành Kế hoạch … năm 2024. Kế hoạch đề ra …"; not "TP. Hà Nội"), or the body that
# issues the document on the bases it cited ("…, Ủy ban nhân dân tỉnh ban hành …").
_BASIS_SENTENCE_END_RE = re.compile(
    r"(?<!\bTP)(?<!\bTX)(?<!\bTT)\.[ \t]+(?=[" + UPPER_LETTERS + r"])"
)
_BASIS_ISSUER_VERB_RE = re.compile(
    r"[^,;.\n]{0,80}?\s(?:(?:vừa|đã|mới)\s+)?(?:ban\s+hành|xây\s+dựng|đề\s+nghị|yêu\s+cầu"
    r"|hướng\s+dẫn|triển\s+khai|tổ\s+chức)\b",
    _I,
)
# The body of a document, where a "Căn cứ" no longer cites the document's own bases ("III.
# TỔ CHỨC THỰC HIỆN / 1. Căn cứ Kế hoạch này và Quyết định số …, các sở …").
_BODY_START_RE = re.compile(r"(?m)^[ \t]*(?:QUYẾT\s+ĐỊNH\s*:|Điều\s+1\s*[.:])")


def _basis_zones(text: str, stop: int) -> list[tuple[int, int]]:
    """Each "Căn cứ …" basis, over the lines it wraps onto, up to its ";" - or up to the
    end of its sentence, or the body that issues on it, when it runs on in a paragraph."""
    zones = []
    for match in _BASIS_START_RE.finditer(text[:stop]):
        end = _BASIS_END_RE.search(text, match.end(), min(stop, match.end() + 1500))
        end = end.start() if end else min(stop, match.end() + 600)
        sentence = _BASIS_SENTENCE_END_RE.search(text, match.end(), end)
        if sentence:
            end = sentence.start()
        for body in _ISSUER_RE.finditer(text, match.end(), end):
            if re.fullmatch(
                r"\s*,\s*", text[max(match.end(), body.start() - 3) : body.start()]
            ) and (_BASIS_ISSUER_VERB_RE.match(text, body.end())):
                end = body.start()
                break
        zones.append((match.start(), end))
    return zones


# An account's first paragraph, under its headline, opening "Thực hiện …".
ACCOUNT_OPENING_LIMIT = 400  # characters: the headline and the paragraph's first words
_ACCOUNT_OPENING_RE = re.compile(
    r"\s*(?:[^\n]{1,200}\n\s*)?(Thực\s+hiện\s)(?=[^.\n]{0,300}?\bđã\b)", _I
)


# A basis cited behind a phrase, the document it was given in after "tại": "Căn cứ ý kiến của
# Thủ tướng Chính phủ về kết quả …, thành phố … năm 2021 tại Văn bản số 225/VPCP-QHQT …".
_CITED_AT_RE = re.compile(
    r"[^.;:\n]\s+tại\s+(?:(?:Văn\s+bản|Công\s+văn|Thông\s+báo|Kết\s+luận|Quyết\s+định)\s+)?"
    r"(?:số\s*:?\s*)?$"
)


# A document followed or carried out (the sentence opening so), cited by its number alone,
# then its day and its author: "… theo Hướng dẫn số 25, ngày 16/02/2017 của Ban Tuyên giáo Trung ương", "Thực hiện Công văn
# số 146, ngày 15 tháng 3 năm 2021 của Ban Thường vụ Tỉnh ủy …" (a number with no symbol is
# told a document's only by its kind before it and its day and author after it).
_BARE_CITED_RE = re.compile(
    r"\b(?P<lead>thực\s+hiện|triển\s+khai|theo|căn\s+cứ)\s+"
    r"(?P<kind>công\s+văn|văn\s+bản|hướng\s+dẫn|chỉ\s+thị|thông\s+báo|kế\s+hoạch|quyết\s+định)"
    r"\s+số\s*:?\s*(?P<number>\d{1,5})(?![\w/-])\s*,?\s*ngày\s+"
    rf"(?:{DATE_PATTERN})"
    r"(?=\s*,?\s*của\s)",
    _I,
)
_BARE_KINDS = {fold(label).lower(): kind for kind, label in KIND_LABELS.items()}


def _bare_cited_bases(text: str, start: int, end: int, seen: set[str]) -> list[LegalBasis]:
    """The documents cited by number alone in ``text[start:end]`` (:data:`_BARE_CITED_RE`)."""
    bases = []
    for match in _BARE_CITED_RE.finditer(text, start, end):
        number = match.group("number")
        day = [match.group(g) or match.group(g + "2") for g in ("d", "m", "y")]
        iso = _iso(int(day[0]), int(day[1]), int(day[2]))
        kind = _BARE_KINDS.get(fold(squash(match.group("kind"))).lower())
        if number in seen or iso is None or kind is None:
            continue
        if not match.group("lead").lower().startswith("theo"):
            # (carried out, only when the sentence opens so: "Thực hiện Công văn số 146, ngày
            # … của …, UBND tỉnh …"; not the subject a plan's title names, "… ban hành Kế
            # hoạch số 53 triển khai thực hiện Chỉ thị số 12 ngày … của …")
            opening = _sentence_bounds(text, match.start())[0]
            if _DATELINE_RE.match(text, opening, match.start()).end() != match.start():
                continue
        seen.add(number)
        bases.append(
            LegalBasis(
                identifier=number,
                kind=kind,
                date=iso,
                as_written=squash(text[match.start("kind") : match.end()]),
                start=match.start("kind"),
                end=match.end(),
            )
        )
    return bases


def _find_legal_bases(text: str, meta: Metadata, *, ocr: bool = False) -> None:
    """The documents the document is issued on; in text read by OCR, its references are
    first set right where OCR misread them (:func:`.ocrlegal.repair_references`; the same
    length, so every offset holds)."""
    if ocr:
        text = repair_references(text)
    stop = meta.annex_start or len(text)
    body = _BODY_START_RE.search(text, 0, stop)
    if body:
        stop = body.start()
    if meta.sections:
        stop = min(stop, meta.sections[0].start)
    zones: list[tuple[int, int]] = _basis_zones(text, stop)
    if meta.announcement and meta.doc_type.value == "news_about_plan":
        start, end = meta.announcement
        zones.append((start, end))
        # The item's opening "Thực hiện …" sentence just before it ("Thực hiện Quyết định
        # số … . Ngày 28/9/2018, UBND tỉnh … đã ban hành Kế hoạch …").
        line_start = text.rfind("\n", 0, start) + 1
        if line_start < start and re.match(
            r"[ \t]*(?:Thực\s+hiện|Triển\s+khai)\s", text[line_start:start]
        ):
            zones.append((line_start, start))
    if meta.doc_type.value == "plan" or (
        meta.doc_type.value == "other"
        and (
            _LETTER_RE.search(text, 0, min(len(text), 2500))
            or _GUIDANCE_HEADING_RE.search(text, 0, min(len(text), 2500))
            or _relayed_letter(text)
            or pasted_letter_body(text)
        )
    ):
        # A plan's or a letter's opening "Thực hiện / Triển khai …" passage (a letter's body
        # pasted without its header too).
        zones.extend(_preamble(text, meta))
    elif meta.doc_type.value == "report" and _REPORT_HEADING_RE.search(
        text, 0, min(len(text), 2500)
    ):
        # A formal report's ("BÁO CÁO" as its heading) opening "Thực hiện Chỉ thị số …,
        # … báo cáo như sau:": what it reports on (not a news item telling of a review).
        zones.extend(_preamble(text, meta))
    elif meta.doc_type.value == "report" and (
        opening := _ACCOUNT_OPENING_RE.match(text, 0, min(len(text), ACCOUNT_OPENING_LIMIT))
    ):
        # An account of a year opening with what it carries out: "Thực hiện … theo Quyết
        # định số 609-QĐ/TU …, trong năm 2021 tỉnh ta đã …" (that sentence only).
        start = opening.start(1)
        zones.append((start, _sentence_bounds(text, start)[1]))
    elif meta.other_document:
        # A news item about a letter quotes its opening: "Thực hiện Quyết định số …, UBND
        # tỉnh yêu cầu …" (that paragraph only; a headline "Triển khai Đề án …" cites none).
        # (after a dateline tag too: "(kontumtv.vn) – Thực hiện Công văn số …")
        for match in re.finditer(rf"(?m)^{_DATELINE_RE.pattern}Thực\s+hiện\s", text):
            end = text.find("\n", match.end())
            zones.append((match.start(), len(text) if end < 0 else end))
            break
    own = meta.plan_number
    seen: set[str] = set()
    scan = _close_symbol_gaps(text)
    for start, end in zones:
        refs = find_legal_refs(scan[start:end])
        if (
            refs
            and re.match(r"Căn\s+cứ\b[^,.;:]*[,.;:]", scan[start : start + refs[0].start])
            and not _CITED_AT_RE.search(scan, start, start + refs[0].start)
        ):
            continue  # "Căn cứ tình hình thực tế, …": no document cited at its head
        described = False  # the previous reference belongs to a description
        for index, ref in enumerate(refs):
            window = max(start, start + ref.start - _BEFORE_REF)
            before = _KIND_BEFORE_RE.sub("", scan[window : start + ref.start])
            if _SPACES_RE.match(scan, start, window).end() < window:
                before = "…" + before  # words before the window: not the zone's head
            if index and not _BASIS_SEPARATOR_RE.search(before) and not _ASKED_AT_RE.search(before):
                described = True
                continue  # "… ban hành chương trình … thực hiện Nghị quyết số …"
            if described and re.search(r"(?:,|\bvà)\s*$", before):
                continue  # "… thực hiện Kết luận số … và Nghị quyết số …": the same description
            described = False
            if "/TTR-" in ref.identifier.upper():
                continue  # a Tờ trình is the proposal the plan answers, not its basis
            if (
                ref.identifier in seen
                or ref.kind == "plan"
                and meta.plan_number.value == ref.identifier
            ):
                continue
            if ref.identifier == meta.plan_number.value or (
                own.start is not None
                and start + ref.start < (own.end or 0)
                and own.start < start + ref.end
            ):
                continue  # the document's own number (a reader may cut "29/KH – UBND")
            seen.add(ref.identifier)
            meta.legal_bases.append(
                LegalBasis(
                    identifier=ref.identifier,
                    kind=ref.kind,
                    date=ref.issued_date.isoformat() if ref.issued_date else None,
                    as_written=squash(ref.as_written),
                    start=start + ref.start,
                    end=start + ref.end,
                )
            )
        # (and the documents it cites by number alone; never its own number)
        meta.legal_bases.extend(
            _bare_cited_bases(text, start, end, seen | {meta.plan_number.value or ""})
        )


def _find_report_deadline(text: str, meta: Metadata) -> None:
    for match in _REPORT_RE.finditer(text, 0, meta.annex_start or len(text)):
        sentence_start, _e = _sentence_bounds(text, match.start())
        before = fold(text[max(sentence_start, match.start() - 400) : match.start()])
        if "bao cao" not in before:
            continue
        day = int(match.group(2))
        month = int(match.group(3) or match.group(4))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        every = (match.group(6) or "").lower()
        recurrence = {"năm": "yearly", "quý": "quarterly", "tháng": "monthly"}.get(every)
        meta.report_deadline = ReportDeadline(
            as_written=squash(match.group(1)),
            month=month,
            day=day,
            recurrence=recurrence,
            start=match.start(1),
            end=match.end(1),
            confidence=0.85,
        )
        return


def _find_sections(text: str, meta: Metadata) -> None:
    stop = meta.body_end or meta.annex_start or len(text)
    heads = [m for m in _SECTION_RE.finditer(text, 0, stop) if is_upper_heading(m.group(2))]
    for index, match in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else stop
        heading = squash(match.group(0))
        body = text[match.end() : end].strip()
        if index + 1 == len(heads):
            body = re.split(r"\n\s*\n(?=[^\n]*\n?\s*Nơi\s+nhận)", body)[0].strip()
        kind = next((k for word, k in _SECTION_KINDS if word in heading.lower()), "other")
        meta.sections.append(
            Section(kind=kind, heading=heading, body=body, start=match.start(), end=end)
        )


_WORD_CAP = f"[{UPPER_LETTERS}][{LOWER_LETTERS}]+"
_NAME_LINE_RE = re.compile(rf"^[ \t]*({_WORD_CAP}(?:[ ]+{_WORD_CAP}){{1,4}})[ \t]*$")
_NOT_PERSON = re.compile(
    r"^(?:Sở|Ban|Bộ|Phòng|Ủy|Uỷ|Văn|Công|Đài|Báo|Cổng|Nơi|Lưu|Kế|Trung|Hội|Chủ|Phó)\b"
)


def _find_signer(text: str, meta: Metadata) -> None:
    if meta.body_end is None and meta.annex_start is None:
        return
    start = meta.body_end if meta.body_end is not None else max(0, meta.annex_start - 600)
    end = meta.annex_start or len(text)
    candidates = []
    for match in re.finditer(r"(?m)^[^\n]*$", text[start:end]):
        name = _NAME_LINE_RE.match(match.group(0))
        if name and not _NOT_PERSON.match(name.group(1)):
            candidates.append((name.group(1), start + match.start() + name.start(1)))
    if candidates:
        name, pos = candidates[-1]
        meta.signer = Located(name, pos, pos + len(name), 0.7)
