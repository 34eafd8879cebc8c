"""Monitored topics: writes (audited), the compiled matcher, and matching new articles.

A topic's full query is its text AND-ed with its filters (languages, countries, source
kinds) and, when it is "about the locality", with every name of that province
(``monitoring.locality``). ``topics_matcher()`` compiles every active topic once into a
``query.QuerySet`` (kept until a topic changes); ``article_match_topics`` runs it on one
new article and records a ``TopicMatch`` per matching topic. ``on_article_stored`` is the
receiver of ingest's ``article_stored`` signal: index the article for archive search,
match the topics, label topic and tone.
"""

from __future__ import annotations

import logging
import re
import threading

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action, snapshot
from ttdn.core.text import clean_text, squash
from ttdn.monitoring import batch
from ttdn.monitoring.locality import locality_node
from ttdn.monitoring.models import SourceKind, Topic, TopicMatch
from ttdn.monitoring.query import CompiledQuery, Document, QueryError, QuerySet, parse
from ttdn.monitoring.query.parser import And, Filter, Node, Or

logger = logging.getLogger(__name__)

MAX_NAME_CHARS = 200
MAX_CODES = 20
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def parse_codes(value, *, upper: bool) -> list[str]:
    """ "vi, en" -> ["vi", "en"]; a list passes through; duplicates dropped."""
    items = value if isinstance(value, (list, tuple)) else re.split(r"[\s,;]+", value or "")
    out: list[str] = []
    for item in items:
        code = str(item).strip()
        code = code.upper() if upper else code.lower()
        if code and code not in out:
            out.append(code)
    return out


def _clean(*, name, query, languages, countries, kinds) -> dict:
    errors: dict[str, list[str]] = {}
    name = squash(clean_text(name, multiline=False))
    query = clean_text(query).strip()
    if not name:
        errors.setdefault("name", []).append(_("Give the topic a name."))
    elif len(name) > MAX_NAME_CHARS:
        errors.setdefault("name", []).append(
            _("A name has at most {max} characters.").format(max=MAX_NAME_CHARS)
        )
    try:
        parse(query)
    except QueryError as exc:
        errors.setdefault("query", []).append(str(exc))
    languages = parse_codes(languages, upper=False)
    countries = parse_codes(countries, upper=True)
    kinds = [k for k in dict.fromkeys(kinds or [])]
    if len(languages) > MAX_CODES or any(not _LANG_RE.match(c) for c in languages):
        errors.setdefault("languages", []).append(
            _("Languages are two- or three-letter codes separated by commas: vi, en, zh.")
        )
    if len(countries) > MAX_CODES or any(not _COUNTRY_RE.match(c) for c in countries):
        errors.setdefault("countries", []).append(
            _("Countries are two-letter ISO codes separated by commas: VN, US, CN.")
        )
    if any(k not in SourceKind.values for k in kinds):
        errors.setdefault("kinds", []).append(_("Unknown source kind."))
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "query": query,
        "languages": languages,
        "countries": countries,
        "kinds": kinds,
    }


@transaction.atomic
def topic_create(
    *,
    actor,
    name: str,
    query: str,
    locality=None,
    languages=(),
    countries=(),
    kinds=(),
    active: bool = True,
) -> Topic:
    values = _clean(name=name, query=query, languages=languages, countries=countries, kinds=kinds)
    topic = Topic(**values, locality=locality, active=bool(active), owner=actor)
    topic.full_clean()
    topic.save()
    log_action(actor=actor, action="monitoring.topic_created", target=topic, after=snapshot(topic))
    _changed()
    return topic


@transaction.atomic
def topic_update(
    *,
    actor,
    topic: Topic,
    name: str,
    query: str,
    locality=None,
    languages=(),
    countries=(),
    kinds=(),
    active: bool = True,
) -> Topic:
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    before = snapshot(topic)
    values = _clean(name=name, query=query, languages=languages, countries=countries, kinds=kinds)
    for field, value in values.items():
        setattr(topic, field, value)
    topic.locality = locality
    topic.active = bool(active)
    topic.version += 1
    topic.full_clean()
    topic.save()
    log_action(
        actor=actor,
        action="monitoring.topic_changed",
        target=topic,
        before=before,
        after=snapshot(topic),
    )
    _changed()
    return topic


@transaction.atomic
def topic_delete(*, actor, topic: Topic) -> None:
    log_action(actor=actor, action="monitoring.topic_deleted", target=topic, before=snapshot(topic))
    topic.delete()
    _changed()


# --- compiling ----------------------------------------------------------------------------


def topic_node(topic: Topic, *, localities: dict | None = None) -> Node:
    """The topic's whole query as one tree (its text, filters and locality)."""
    parts: list[Node] = [parse(topic.query)]
    for key, values in (
        ("lang", topic.languages),
        ("country", topic.countries),
        ("kind", topic.kinds),
    ):
        filters = [Filter(key, v) for v in values]
        if filters:
            parts.append(filters[0] if len(filters) == 1 else Or(tuple(filters)))
    if topic.locality_id:
        cache = localities if localities is not None else {}
        if topic.locality_id not in cache:
            cache[topic.locality_id] = locality_node(topic.locality)
        node = cache[topic.locality_id]
        if node is not None:
            parts.append(node)
    return parts[0] if len(parts) == 1 else And(tuple(parts))


def topic_compiled(topic: Topic) -> CompiledQuery:
    return CompiledQuery(topic_node(topic), topic.query)


_matcher_lock = threading.Lock()
_matcher_cache: dict = {"key": None, "matcher": None}


def _changed() -> None:
    transaction.on_commit(lambda: _matcher_cache.update(key=None, matcher=None))


def topics_matcher() -> QuerySet:
    """Every active topic compiled, keyed by id; rebuilt when a topic changes."""
    state = batch.memo(
        "topics_state",
        lambda: Topic.objects.filter(active=True).aggregate(
            n=Count("pk"), latest=Max("updated_at"), v=Max("version")
        ),
    )
    key = (state["n"], state["latest"], state["v"])
    with _matcher_lock:
        if _matcher_cache["key"] == key and _matcher_cache["matcher"] is not None:
            return _matcher_cache["matcher"]
    localities: dict = {}
    compiled = {}
    for topic in Topic.objects.filter(active=True).select_related("locality"):
        try:
            compiled[topic.pk] = CompiledQuery(
                topic_node(topic, localities=localities), topic.query
            )
        except QueryError:  # saved before a rule changed: skipped, shown on its page
            logger.warning("monitoring topic %s has an invalid query", topic.pk)
    matcher = QuerySet(compiled)
    with _matcher_lock:
        _matcher_cache.update(key=key, matcher=matcher)
    return matcher


def article_match_topics(article, *, document: Document | None = None) -> list[TopicMatch]:
    """Record a match for every active topic that matches ``article``; idempotent."""
    document = document or Document.from_article(article)
    found = topics_matcher().matching(document)
    if not found:
        return []
    matches = [TopicMatch(topic_id=key, article=article, terms=m.terms) for key, m in found]
    TopicMatch.objects.bulk_create(matches, ignore_conflicts=True)
    return matches


def article_document(article) -> Document:
    """The article prepared for matching, once per article in an ingestion batch."""
    return batch.memo(("document", article.pk), lambda: Document.from_article(article))


def on_article_stored(sender, *, article, **kwargs) -> None:
    """Receiver of ``monitoring.signals.article_stored``: index, match, label."""
    from ttdn.monitoring.classify import article_classify
    from ttdn.monitoring.query.archive import index_article

    document = article_document(article)
    # three steps, each committed on its own: a failing one does not undo the others
    for step in (
        lambda: index_article(article),
        lambda: article_match_topics(article, document=document),
        lambda: article_classify(article, document=document, new=True),
    ):
        try:
            with batch.step():
                step()
        except batch.Retry:
            raise
        except Exception:
            logger.exception(
                "monitoring: article %s not fully indexed/matched/labelled", article.pk
            )
