"""The correction request (công văn đề nghị cải chính): a letter from the responsible
agency to the outlet, quoting the article (title, date, address), giving the correct
information and asking for a correction, in the Nghị định 30/2020 format
(``ttdn.documents.decree30``, the one builder of administrative documents).

Like the urging letter, it is an administrative document in Vietnamese whatever the
interface language; its wording is written here, not translated. The outlet may answer;
the answer is recorded on the response (``outlet_answer``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.documents.decree30 import Decree30Document, Issuer, Section, Signer, decree30_docx
from ttdn.documents.word import DocTable
from ttdn.monitoring.models import Article, MediaResponse, ResponseKind, SourceKind
from ttdn.monitoring.responses import require_change

REPLY_DAYS = 5
QUOTE_CHARS = 600
MAX_ARTICLES_QUOTED = 10


@dataclass(frozen=True)
class Letter:
    content: bytes
    filename: str


def _when(article: Article) -> str:
    moment = article.published_at or article.fetched_at
    return timezone.localtime(moment).strftime("%d/%m/%Y")


def _outlets(articles: list[Article]) -> list[str]:
    return list(dict.fromkeys(a.source.outlet or a.source.name for a in articles))


def _issuer(response: MediaResponse) -> Issuer:
    agency = response.agency
    parent = ""
    if agency.parent_id:
        parent = agency.parent.name
    elif agency.unit_id:
        parent = f"Ủy ban nhân dân {agency.unit.name}"
    return Issuer(name=agency.name, parent=parent)


def letter_spec(response: MediaResponse, *, today: dt.date) -> Decree30Document:
    """The letter's content for ``response``: the articles it answers, the correct
    information recorded on it, the request."""
    articles = list(
        response.articles.select_related("source").order_by("published_at", "pk")[
            :MAX_ARTICLES_QUOTED
        ]
    )
    outlets = _outlets(articles) or [response.story.title]
    foreign = any(a.source.kind == SourceKind.FOREIGN for a in articles)
    rows = [
        [str(i), a.title[:QUOTE_CHARS], _when(a), a.source.outlet or a.source.name, a.url]
        for i, a in enumerate(articles, 1)
    ]
    reply_by = today + dt.timedelta(days=REPLY_DAYS)
    article_word = "bài viết" if len(articles) == 1 else "các bài viết"
    opening = (
        f"Qua theo dõi thông tin trên báo chí, {response.agency.name} nhận thấy {article_word} "
        "dưới đây có nội dung chưa chính xác, phản ánh không đúng sự thật về tình hình của địa "
        "phương:"
    )
    blocks: list = [opening]
    if rows:
        blocks.append(
            DocTable(
                header=["STT", "Tiêu đề bài viết", "Ngày đăng", "Cơ quan báo chí", "Địa chỉ"],
                rows=rows,
                widths_cm=[1.3, 4.6, 2.7, 3.0, 4.9],  # "STT" and a dd/mm/yyyy date on one line
            )
        )
    blocks.append(
        "Thông tin chính xác như sau: "
        + (response.correct_information or response.text_issued or "").strip()
    )
    if foreign:
        request = (
            "Trên tinh thần tôn trọng và hợp tác, đề nghị Quý cơ quan xem xét đính chính, cải "
            "chính thông tin nêu trên và thông báo kết quả cho "
            f"{response.agency.name} trước ngày {reply_by:%d/%m/%Y}"
        )
    else:
        request = (
            "Căn cứ Điều 42 Luật Báo chí năm 2016, đề nghị Quý cơ quan báo chí đăng tải nội dung "
            "cải chính, đính chính và xin lỗi theo quy định, đồng thời thông báo kết quả cho "
            f"{response.agency.name} trước ngày {reply_by:%d/%m/%Y}"
        )
    blocks.append(request)
    place = response.agency.unit.name if response.agency.unit_id else ""
    return Decree30Document(
        issuer=_issuer(response),
        kind="",
        title="V/v đề nghị cải chính thông tin"[:400],
        place=place,
        date=today,
        symbol="CV",
        salutation=["Kính gửi: " + "; ".join(f"Ban Biên tập {o}" for o in outlets) + "."],
        sections=[Section("", blocks)],
        signer=Signer(authority="", on_behalf="KT. GIÁM ĐỐC", title="PHÓ GIÁM ĐỐC"),
        recipients=["Như trên", "UBND tỉnh (để báo cáo)"],
        archive="VT",
    )


@transaction.atomic
def correction_letter_generate(
    *, actor, response: MediaResponse, today: dt.date | None = None
) -> Letter:
    """The correction request of ``response`` as a Word file; counted and audited."""
    require_change(actor, response)
    if response.kind != ResponseKind.CORRECTION:
        raise ValidationError(_("Only a correction request has a correction letter."))
    if not (response.correct_information or response.text_issued):
        raise ValidationError(
            {"correct_information": _("Write the correct information before producing the letter.")}
        )
    today = today or timezone.localdate()
    content = decree30_docx(letter_spec(response, today=today))
    MediaResponse.objects.filter(pk=response.pk).update(letters_issued=F("letters_issued") + 1)
    log_action(
        actor=actor,
        action="monitoring.letter_generated",
        target=response,
        data={"date": today.isoformat()},
        scopes=[response.story, response.agency],
    )
    return Letter(content, f"cong-van-de-nghi-cai-chinh-{response.pk}-{today:%Y%m%d}.docx")
