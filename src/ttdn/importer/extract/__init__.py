"""From a read document to an extracted plan: metadata, tasks, agencies, deadlines.

:func:`extract` is pure reading: it looks things up in the directory (agencies and
administrative units) but writes nothing. The order is: metadata first (it gives the
locality and period that agency names and timeframes are read against), then tasks from
the annex table if there is one, else from the prose.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import unicodedata

from django.utils.translation import gettext as _

from ttdn.core.text import fold_words, same_but_tone_place
from ttdn.directory.selectors import DocumentPlaces as DirectoryPlaces
from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import annex, articles, conclusions, prose, task_choice
from ttdn.importer.extract.agencies import Resolver
from ttdn.importer.extract.common import is_title_line
from ttdn.importer.extract.duplicates import without_repeats
from ttdn.importer.extract.metadata import LETTER_MARK, Places, central_in, read_metadata
from ttdn.importer.extract.metadata.kind import duties_fragment
from ttdn.importer.extract.metadata.places import year_of
from ttdn.importer.result import ExtractionResult, Located, Timeframe
from ttdn.plans.timeframe import year_written

# Task groups by keywords (folded text). Each keyword found counts once, twice when it is
# among the first words (the opening verb phrase says most about the duty); the highest
# count wins, ties go to the earlier group. The annex group heading is the fallback.
_GROUPS = (
    ("training", r"tap huan|boi duong|lop hoc|lop boi duong|nang cao nang luc|dao tao can bo"),
    (
        "spokesperson",
        r"phat ngon|hop bao|giao ban bao chi|cung cap thong tin.{0,60}bao chi|thong cao",
    ),
    (
        "countering",
        r"phan bac|dau tranh|sai trai|xuyen tac|sai lech|sai su that|thu dich|nhan quyen|tong hop dien bien",
    ),
    (
        "press_orientation",
        r"dinh huong|phong vien nuoc ngoai|doan phong vien|bao chi nuoc ngoai|co quan bao chi",
    ),
    (
        "infrastructure",
        r"co so vat chat|dau thu|nang cap|ha tang|trang thiet bi|giam ngheo ve thong tin",
    ),
    (
        "promotion",
        r"quang ba|xuc tien|hoi cho|trien lam|gioi thieu|hinh anh|du lich|thu hut dau tu|ban tin doi ngoai|ky niem|nhieu thu tieng",
    ),
    (
        "management",
        r"van ban chi dao|van ban quy pham|quan ly nha nuoc|kiem tra|bao mat|xay dung ke hoach|tong ket|danh gia|quan triet|cu the hoa|dau moi|don doc|trien khai thuc hien (?:ket luan|nghi quyet|chi thi|quyet dinh|ke hoach|cac hoat dong)",
    ),
    (
        "policy_communication",
        r"tuyen truyen|pho bien|pano|ap phich|khau hieu|hiep dinh|chu truong|truyen thong",
    ),
)
_GROUP_RES = [(code, re.compile(pattern)) for code, pattern in _GROUPS]


def _group_scores(words: str) -> dict[str, int]:
    head = " ".join(words.split()[:6])
    scores: dict[str, int] = {}
    for code, pattern in _GROUP_RES:
        hits = {m.group(0) for m in pattern.finditer(words)}
        if hits:
            scores[code] = len(hits) + sum(1 for h in hits if h in head)
    return scores


def classify(text: str, group_label: str | None = None) -> str:
    scores = _group_scores(fold_words(text))
    if not scores and group_label:
        scores = _group_scores(fold_words(group_label))
    if not scores:
        return "other"
    order = [code for code, _p in _GROUPS]
    return max(scores, key=lambda code: (scores[code], -order.index(code)))


class DocumentPlaces(DirectoryPlaces, Places):
    """What the directory knows of places, asked for one document; the central cities are
    those of the division data with the reader's own (:meth:`Places.central_cities`: Huế
    under its old name too, and as it was before the data's list was checked), each from
    the year its resolution gives (:func:`metadata.central_in`)."""

    def central_cities(self, year: int | datetime.date | None = None) -> frozenset[str]:
        # (the division data's generations by the year; the cities' own days by the day)
        listed = DirectoryPlaces.central_cities(self, year_of(year))
        return central_in(listed, year) | Places.central_cities(self, year)


def _composed(doc: SourceDocument) -> SourceDocument:
    """``doc`` with its text in NFC, as every reader gives it (``readers.builder.clean``): a
    text handed over decomposed (NFD: "ê" + U+0301 for "ế") reads as its composed copy, every
    pattern and name written composed. A document with tables keeps its text (their cells'
    offsets are into it; only the readers build tables, and they compose)."""
    if doc.tables or unicodedata.is_normalized("NFC", doc.text):
        return doc
    return dataclasses.replace(doc, text=unicodedata.normalize("NFC", doc.text))


def extract(
    doc: SourceDocument, *, resolver: Resolver | None = None, kind: str | None = None
) -> ExtractionResult:
    """Read ``doc``; ``kind`` (see :data:`metadata.KINDS`) is the kind a reviewer chose."""
    doc = _composed(doc)
    places = DocumentPlaces()
    meta = read_metadata(doc.text, places=places, kind=kind, ocr=doc.format == "ocr")
    fragment = meta.doc_type.value == "plan" and duties_fragment(doc.text, meta)
    if fragment:
        _without_header_fields(meta)
        if meta.kind_reason != "chosen":
            meta.kind_reason = "duties_fragment"
    result = ExtractionResult(
        file=doc.name,
        format=doc.format,
        doc_type=meta.doc_type,
        kind=meta.kind,
        kind_reason=meta.kind_reason,
        issuer=meta.issuer,
        level=meta.level,
        locality=meta.locality,
        plan_number=meta.plan_number,
        issued_date=meta.issued_date,
        title=meta.title,
        period=meta.period,
        signer=meta.signer,
        legal_bases=meta.legal_bases,
        sections=meta.sections,
        report_deadline=meta.report_deadline,
        warnings=list(doc.warnings),
        text=doc.text,
        posted_on=meta.posted_on,
    )
    years = meta.period.value or [None, None]
    names_on = result.names_date()
    # (the unit as it was in the period's first year; with no period, in the year whose names
    # the text uses: its date of issue's, else the day it was posted)
    unit_year = years[0] or (names_on.year if names_on else None)
    unit = places.unit(meta.locality.value, level=meta.level.value, year=unit_year)
    result.unit_id = unit.pk if unit else None
    resolver = resolver or Resolver(unit=unit, on=names_on)
    if meta.issuer.value:
        issuer = resolver.mention(meta.issuer.value, meta.issuer.start, meta.issuer.end)
        result.issuer_id = issuer.agency_id
        if (
            issuer.agency
            and meta.level.value == "national"
            and _adds_place(meta.issuer.value, issuer.agency)
        ):
            # A central body read ("Ban Chỉ đạo công tác thông tin đối ngoại" holding a
            # national conference); the directory matched a province's namesake.
            result.issuer_id = None
        elif issuer.agency and not same_but_tone_place(
            issuer.agency, meta.issuer.value, ignore_case=False
        ):
            # The name as the directory has it ("Thành phố Hồ Chí Minh"), unless it only
            # places a tone mark elsewhere ("Hoà Bình" for the document's "Hòa Bình").
            result.issuer.value = issuer.agency

    # A plan's duties pasted alone may have no period: a deadline that writes its year ("Quý
    # II/2026", "trước ngày 31/3/2026") is read in that year.
    def schedule(as_written: str, start: int | None, end: int | None) -> Timeframe:
        written = fragment and years[0] is None and re.search(r"\b(?:19|20)\d{2}\b", as_written)
        if written:
            first = last = int(written.group(0))
            sure = 0.8
        elif years[0] is None:
            return Timeframe(
                as_written=as_written, start=start, end=end, confidence=0.3, problem="no_period"
            )
        else:
            first, last, sure = years[0], years[1], 0.9
            coming = meta.doc_type.value == "report" and re.search(
                r"\b(?:19|20)\d{2}\b", as_written
            )
            if coming and int(coming.group(0)) == last + 1:
                # a review sets the work of the year after the one it reviews ("Năm 2024, Sở
                # … sẽ …" in a report of 2023): that year's, as in a plan of it
                first = last = last + 1
        return Timeframe.read(as_written, (first, last), start, end, sure, this_year)

    # The year the document is written in ("trong năm nay"): its date of issue's, else the day
    # it was posted, else its period's when that is one year; none else.
    this_year = year_written(result.issued_on() or result.posted_day(), *years)

    result.tasks = [
        t
        for t in _find_tasks(doc, meta, resolver, schedule, fragment=fragment)
        if t.source == "annex" or not is_title_line(doc.text, t.start, t.end)
    ]
    if doc.format == "ocr":
        result.tasks = _without_ocr_noise(result.tasks)
    result.suggestions = _suggested(doc, result, resolver, schedule)
    _warn(result)
    return result


def _without_header_fields(meta) -> None:
    """A plan's duties pasted alone have no header: the bodies they name lead their duties and
    issue nothing ("1. Sở Ngoại vụ chủ trì …"), and a plan they name is work asked ("… xây dựng
    kế hoạch thông tin đối ngoại năm 2026 …"), not their title. The issuer (and the level and
    place read with it), the title and a number read in the duties are left unread."""
    issuer = meta.issuer
    if issuer.value is not None:
        for name in ("level", "locality"):
            read = getattr(meta, name)
            within = read.start is not None and issuer.start is not None
            if within and issuer.start <= read.start < (issuer.end or issuer.start + 1):
                setattr(meta, name, Located())
        meta.issuer = Located()
    meta.title = Located()
    meta.plan_number = Located()


def not_offered(doc: SourceDocument, result: ExtractionResult) -> list[tuple[int, int]]:
    """The spans of ``doc.text`` no suggestion may overlap: the tasks read and the tables
    (an annex's rows are read as rows or not at all)."""
    spans = [(t.start, t.end) for t in result.tasks if t.start is not None and t.end]
    return spans + [(t.start, t.end) for t in doc.tables if t.start is not None and t.end]


def _suggested(doc: SourceDocument, result: ExtractionResult, resolver, schedule) -> list:
    """The sentences offered as possible tasks (:mod:`.task_choice`), each read as a clause
    of prose for its bodies and timeframe; none largely misread by OCR."""
    offered = []
    for found in task_choice.suggestions(
        doc.text,
        not_offered(doc, result),
        doc_type=result.doc_type.value or "other",
        kind=result.kind.value or "",
    ):
        task = prose.task_at(
            doc.text, found["start"], found["end"], resolver, schedule, classify, found["score"]
        )
        if doc.format == "ocr" and _misread_share(task.text) >= NOISE_FLAG:
            continue  # an OCR sentence with misread words is no suggestion
        offered.append(task)
    return offered


def _find_tasks(doc: SourceDocument, meta, resolver, schedule, *, fragment: bool = False) -> list:
    """The tasks of the document's form (:func:`_tasks_by_kind`); in a notice of conclusions,
    its assignments (:mod:`.conclusions`), and where it is divided into articles ("Điều N."),
    those of its articles of duties (:mod:`.articles`), instead of any read inside them."""
    tasks = _tasks_by_kind(doc, meta, resolver, schedule, fragment=fragment)
    notice = conclusions.find(doc.text)
    if notice is not None:
        start, _at, end = notice
        own = conclusions.tasks_from_conclusions(
            doc.text, meta, notice, resolver, schedule, classify
        )
    else:
        found = articles.find(doc.text)
        if not found:
            return tasks
        start, end = articles.span(found)
        own = articles.tasks_from_articles(doc.text, meta, found, resolver, schedule, classify)
    kept = [t for t in tasks if t.source == "annex" or not start <= (t.start or 0) < end]
    return sorted(kept + own, key=lambda t: t.start or 0)


def _tasks_by_kind(
    doc: SourceDocument, meta, resolver, schedule, *, fragment: bool = False
) -> list:
    """Annex rows first; beside them, the numbered duties of a plan's "Nhiệm vụ" section
    or the sentences of a news item; without an annex, the plan's sections or the prose (a
    plan's duties pasted alone, ``fragment``: its lines, as a plan's sections)."""
    kind = meta.doc_type.value
    rows = annex.rows_from_tables(doc) if doc.tables else []
    if not rows and meta.annex_start is not None:
        rows = annex.rows_from_text(doc.text, meta.annex_start)
    if not rows:
        rows = annex.rows_from_text(doc.text, 0)  # a flattened table without "PHỤ LỤC"
    tasks = annex.tasks_from_rows(rows, doc.text, resolver, schedule, classify) if rows else []
    if tasks and kind == "plan" and meta.sections:
        body = prose.tasks_from_plan_body(
            doc.text, meta, resolver, schedule, classify, beside_annex=True
        )
        return without_repeats(body, tasks)
    if tasks and kind == "news_about_plan":
        # A news item may quote a table and describe other tasks in sentences.
        spans = [(t.start, t.end) for t in doc.tables]
        sentences = [
            t
            for t in prose.tasks_from_prose(doc.text, meta, resolver, schedule, classify)
            if not any(s <= (t.start or -1) < e for s, e in spans)
        ]
        return sorted(sentences + tasks, key=lambda t: t.start or 0)
    if tasks:
        return tasks
    if fragment:
        tasks = prose.tasks_from_fragment(doc.text, meta, resolver, schedule, classify)
    elif kind == "plan" and meta.sections:
        tasks = prose.tasks_from_plan_body(doc.text, meta, resolver, schedule, classify)
    if not tasks and kind in ("plan", "news_about_plan"):
        tasks = prose.tasks_from_prose(doc.text, meta, resolver, schedule, classify)
    if not tasks and kind == "report":
        tasks = prose.tasks_from_report(doc.text, meta, resolver, schedule, classify)
    if not tasks and kind == "other":
        letter = meta.kind.value == "letter" or _is_letter(doc.text, meta)
        tasks = prose.tasks_from_letter(doc.text, meta, resolver, schedule, classify, letter=letter)
    return annex.outside_annex_tables(tasks, doc)


# The tone and vowel marks of Vietnamese (grave, acute, tilde, hook above, dot below,
# breve, circumflex, horn): a word with any other mark ("ñgoäi") was misread by OCR.
_VIETNAMESE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b"}
_PUNCTUATION = set("-–.,;:!?()[]/%&“”\"'…+")
NOISE_DROP = 0.35  # share of misread words from which an OCR "task" is noise: dropped
NOISE_FLAG = 0.12  # … from which it is kept but marked "Check this"


def _misread(word: str) -> bool:
    core = word.strip("".join(_PUNCTUATION))
    if not core:
        return not set(word) <= _PUNCTUATION  # "—_", "|'", "-|" (not "…" or "-")
    if any(ch in "|_~^`ˆ{}<>=@#$*\\" for ch in core):
        return True
    for ch in unicodedata.normalize("NFD", core):
        if unicodedata.combining(ch):
            if ch not in _VIETNAMESE_MARKS:
                return True
        elif not (ch.isalnum() and (ch.isascii() or ch in "đĐ")) and ch not in _PUNCTUATION:
            return True
    # Capitals after small letters inside a word ("lÀt", "cÁn"), not "TT-TT" or "iPhone".
    return bool(
        re.search(r"[a-zđ][A-ZĐ]", unicodedata.normalize("NFD", core).replace("\u0301", ""))
    )


def _misread_share(text: str) -> float:
    words = text.split()
    return sum(_misread(w) for w in words) / len(words) if words else 1.0


def _without_ocr_noise(tasks: list) -> list:
    """A task read by OCR whose words are largely misread is noise (a speck, a rule read as
    letters), not a task: dropped. One with some misread words is kept and marked for
    checking, never silently corrected."""
    kept = []
    for task in tasks:
        share = _misread_share(task.text)
        if share >= NOISE_DROP:
            continue
        if share >= NOISE_FLAG:
            task.confidence = min(task.confidence, 0.5)
        kept.append(task)
    return kept


def _is_letter(text: str, meta) -> bool:
    """A letter (công văn) or a news item about one: addressed with "Kính gửi:", or
    announced as "ban hành Công văn số …"."""
    return meta.other_document or bool(re.search("(?m)" + LETTER_MARK, text))


def _warn(result: ExtractionResult) -> None:
    unresolved = sorted(
        {m.as_written for t in result.tasks for m in [*t.lead, *t.coordinating] if m.unresolved}
    )
    if unresolved:
        result.warnings.append(
            _("Agencies not found in the directory: %(names)s.") % {"names": "; ".join(unresolved)}
        )
    unread = [t.timeframe.as_written for t in result.tasks if t.timeframe and t.timeframe.problem]
    if unread:
        result.warnings.append(
            _("Timeframes that could not be read: %(items)s.")
            % {"items": "; ".join(sorted(set(unread)))}
        )
    for name in ("plan_number", "issued_date", "title", "period", "issuer"):
        if getattr(result, name).value is None and result.doc_type.value == "plan":
            result.warnings.append(
                _("Not found in the document: %(field)s.") % {"field": _field_labels()[name]}
            )


def _field_labels() -> dict[str, str]:  # built per call so the active language applies
    return {
        "plan_number": _("number and symbol"),
        "issued_date": _("date of issue"),
        "title": _("title"),
        "period": _("period"),
        "issuer": _("issuing body"),
    }


_PLACE_WORD_RE = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\b", re.IGNORECASE)


def _adds_place(read: str, resolved: str) -> bool:
    """Whether the directory's name adds a place the name read did not have."""
    return bool(_PLACE_WORD_RE.search(resolved)) and not _PLACE_WORD_RE.search(read)
