"""Topic taxonomy and tone, explainable (decision 0032).

``classify(article) -> Classification(topics, tone, matched_words)``: the keyword lexicon
first (its matched words are the explanation); the active trained model (logistic
regression over folded word pairs and the lexicon's verdicts, ``classify.linear``,
decision 0036) adds the topic the lexicon missed and overrides a label only beyond the
confidence learnt at training. A model stored before decision 0036 (naive Bayes,
``classify.bayes``) is still read until the next training replaces it. ``matched_words`` maps each label to
the words that decided it. The flag rules (response) call ``classify``.

A press officer's correction (``labels_correct``) overrides the article's labels, is
audited, and enters the next training (``classifier_train``, a periodic job); each
training reports its accuracy on held-out labels (``ClassifierModel.metrics``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.monitoring import batch
from ttdn.monitoring.classify import linear
from ttdn.monitoring.classify.bayes import NaiveBayes
from ttdn.monitoring.classify.lexicon import lexicon_labels
from ttdn.monitoring.classify.starter import starter_examples
from ttdn.monitoring.models import (
    ArticleLabel,
    ClassifierModel,
    LabelCorrection,
    LabelOrigin,
    Taxonomy,
    Tone,
)
from ttdn.monitoring.query import Document

MODEL_TOPIC_THRESHOLD = 0.6  # the model adds a topic the lexicon missed above this
MAX_TOPICS = 4


@dataclass
class Classification:
    topics: list[str]
    tone: str
    matched_words: dict[str, list[str]] = field(default_factory=dict)
    origin: str = LabelOrigin.LEXICON
    model_id: int | None = None


_model_cache: dict = {"pk": None, "model": None}


def _active_model() -> ClassifierModel | None:
    """The model in use; its parameters (hundreds of kB of JSON) read once per training."""
    key = batch.memo(
        "classifier_in_use",
        lambda: ClassifierModel.objects.filter(active=True).values_list("pk", "trained_at").first(),
    )
    if key is None:
        return None
    if _model_cache["pk"] != key:
        _model_cache.update(pk=key, model=ClassifierModel.objects.filter(pk=key[0]).first())
    return _model_cache["model"]


def _lexicon(document: Document) -> tuple[list[str], dict, str, dict]:
    """The lexicon's topics (most matched words first), words, tone and tone words."""
    topic_words, tone_words = lexicon_labels(document)
    topics = sorted(topic_words, key=lambda t: -len(topic_words[t]))[:MAX_TOPICS]
    if len(tone_words) == 1:
        tone = next(iter(tone_words))
    elif tone_words:  # both: the one with more words, ties neutral
        neg, pos = len(tone_words["negative"]), len(tone_words["positive"])
        tone = Tone.NEGATIVE if neg > pos else Tone.POSITIVE if pos > neg else Tone.NEUTRAL
    else:
        tone = Tone.NEUTRAL
    return topics, topic_words, tone, tone_words


def classify_text(text: str, *, document: Document | None = None, model=None) -> Classification:
    """Labels of a text (or of an already prepared ``document``): the lexicon's, and the
    trained model's where the model is sure enough (``linear``) or the lexicon has none."""
    given = document is not None
    document = document or Document(text)
    topics, topic_words, tone, tone_words = _lexicon(document)
    matched = {t: topic_words[t] for t in topics}
    matched.update(tone_words)
    origin = LabelOrigin.LEXICON
    params = model.parameters if model else {}
    topic_params, tone_params = params.get("topic") or {}, params.get("tone") or {}
    if topic_params.get("kind") == "logistic" and tone_params.get("kind") == "logistic":
        # the document's words are the text's when it was made from the same text
        words = document.folded_words() if given else None
        found = linear.features(text, topics, tone_words, folded_words=words)
        predicted = linear.model_for(topic_params).predict(found)
        sure = predicted is not None and (
            not topics or predicted.probability >= topic_params.get("confidence", 1.01)
        )
        if sure and (not topics or topics[0] != predicted.label):
            topics = [predicted.label, *(t for t in topics if t != predicted.label)]
            topics = topics[:MAX_TOPICS]
            matched = {t: matched[t] for t in topics if t in matched} | {
                k: v for k, v in matched.items() if k in Tone.values
            }
            matched[predicted.label] = predicted.words
            origin = LabelOrigin.MODEL
        predicted_tone = linear.model_for(tone_params).predict(found)
        if (
            predicted_tone
            and predicted_tone.label != tone
            and (len(tone_words) != 1 or predicted_tone.probability >= tone_params["confidence"])
        ):
            tone = predicted_tone.label
            matched[tone] = sorted(set(matched.get(tone, [])) | set(predicted_tone.words))
            origin = LabelOrigin.MODEL
    elif topic_params.get("log_prob") and tone_params.get("log_prob"):
        # a naive Bayes model trained before decision 0036 (until the next training)
        predicted = NaiveBayes(topic_params).predict(text)
        if (
            predicted
            and predicted.label not in topics
            and (not topics or predicted.probability >= MODEL_TOPIC_THRESHOLD)
        ):
            topics = [*topics, predicted.label][:MAX_TOPICS]
            matched[predicted.label] = predicted.words
            origin = LabelOrigin.MODEL
        if len(tone_words) != 1:
            predicted_tone = NaiveBayes(tone_params).predict(text)
            if predicted_tone:
                tone = predicted_tone.label
                matched[tone] = sorted(set(matched.get(tone, [])) | set(predicted_tone.words))
                origin = LabelOrigin.MODEL
    return Classification(topics, tone, matched, origin, model.pk if model else None)


def _text_of(article) -> str:
    return f"{article.title}\n{article.text}"


def classify(article, *, document: Document | None = None) -> Classification:
    """The article's topics and tone: a press officer's correction wins, else computed."""
    label = ArticleLabel.objects.filter(article=article, origin=LabelOrigin.PERSON).first()
    if label is not None:
        return Classification(label.topics, label.tone, label.matched_words, label.origin)
    return classify_text(
        _text_of(article),
        document=document or Document.from_article(article),
        model=_active_model(),
    )


def article_classify(
    article, *, document: Document | None = None, new: bool = False
) -> ArticleLabel | None:
    """Compute and store the article's labels (kept if a press officer corrected them).

    ``new``: the article was just stored (``article_stored``), so it has no label yet:
    the labels are inserted in one statement (if one appeared meanwhile, the usual
    path runs)."""
    label = None
    if new:
        result = classify_text(
            _text_of(article),
            document=document or Document.from_article(article),
            model=_active_model(),
        )
        try:
            with batch.step():
                label = ArticleLabel.objects.create(
                    article=article,
                    topics=result.topics,
                    tone=result.tone,
                    matched_words=result.matched_words,
                    origin=result.origin,
                    model_id=result.model_id,
                )
        except IntegrityError:
            label = None
    if label is None:
        if ArticleLabel.objects.filter(article=article, origin=LabelOrigin.PERSON).exists():
            return None
        result = classify(article, document=document)
        label, _created = ArticleLabel.objects.update_or_create(
            article=article,
            defaults={
                "topics": result.topics,
                "tone": result.tone,
                "matched_words": result.matched_words,
                "origin": result.origin,
                "model_id": result.model_id,
            },
        )
    batch.remember(("label", article.pk), label)
    return label


@transaction.atomic
def labels_correct(*, actor, article, topics: list[str], tone: str) -> ArticleLabel:
    """A press officer's labels for ``article``: stored, audited, used at the next training."""
    topics = list(dict.fromkeys(topics or []))
    errors = {}
    if not topics:
        errors["topics"] = [_("Choose at least one topic.")]
    elif len(topics) > MAX_TOPICS or any(t not in Taxonomy.values for t in topics):
        errors["topics"] = [_("Choose at most {max} topics of the list.").format(max=MAX_TOPICS)]
    if tone not in Tone.values:
        errors["tone"] = [_("Choose a tone.")]
    if errors:
        raise ValidationError(errors)
    before = ArticleLabel.objects.filter(article=article).values("topics", "tone").first()
    LabelCorrection.objects.create(article=article, topics=topics, tone=tone, corrected_by=actor)
    label, _created = ArticleLabel.objects.update_or_create(
        article=article,
        defaults={
            "topics": topics,
            "tone": tone,
            "matched_words": {},
            "origin": LabelOrigin.PERSON,
            "model": None,
        },
    )
    log_action(
        actor=actor,
        action="monitoring.labels_corrected",
        target=article,
        before=before or {},
        after={"topics": topics, "tone": tone},
    )
    return label


# --- training --------------------------------------------------------------------------------


CORRECTION_WEIGHT = 2.0  # a press officer's label on a real article counts twice
HELD_OUT_CORRECTIONS = 5  # one correction in five (by article id) is never trained on


@dataclass
class Example:
    text: str
    topic: str
    tone: str
    held_out: bool
    weight: float = 1.0
    correction: bool = False


def training_examples() -> tuple[list[Example], int]:
    """The starter set (``data/starter.json``, its held-out rows marked) plus the latest
    correction of each corrected article (one in :data:`HELD_OUT_CORRECTIONS` held out)."""
    examples = [Example(e.text, e.topic, e.tone, e.split == "held_out") for e in starter_examples()]
    seen: set[int] = set()
    corrections = 0
    for c in LabelCorrection.objects.select_related("article").order_by("-created_at", "-pk"):
        if c.article_id in seen:
            continue
        seen.add(c.article_id)
        examples.append(
            Example(
                _text_of(c.article),
                c.topics[0],
                c.tone,
                held_out=c.article_id % HELD_OUT_CORRECTIONS == 0,
                weight=CORRECTION_WEIGHT,
                correction=True,
            )
        )
        corrections += 1
    return examples, corrections


def _accuracy(pairs) -> float:
    pairs = list(pairs)
    return round(sum(a == b for a, b in pairs) / len(pairs), 3) if pairs else 0.0


def _fit_task(rows, labels, weights, lexicon) -> dict:
    """One task's (topic or tone) model, with the confidence it is trusted from."""
    params = linear.train(rows, labels, weights)
    predicted = linear.out_of_fold(rows, labels, weights)
    params["confidence"] = linear.choose_confidence(predicted, lexicon, labels)
    return params


@transaction.atomic
def classifier_train(*, actor=None) -> ClassifierModel:
    """Train on the starter set's training rows and the corrections, measure the lexicon,
    the model alone and the two combined (what is used) on the held-out labels, activate."""
    examples, corrections = training_examples()
    prepared = []
    for e in examples:
        topics, _words, tone, tone_words = _lexicon(Document(e.text))
        prepared.append((linear.features(e.text, topics, tone_words), topics, tone))
    train_idx = [i for i, e in enumerate(examples) if not e.held_out]
    test_idx = [i for i, e in enumerate(examples) if e.held_out]

    def column(values, idx):
        return [values[i] for i in idx]

    rows = [p[0] for p in prepared]
    weights = [e.weight for e in examples]
    topic_labels, tone_labels = [e.topic for e in examples], [e.tone for e in examples]
    lex_topics = [p[1][0] if p[1] else "" for p in prepared]
    lex_tones = [p[2] for p in prepared]
    parameters = {
        "topic": _fit_task(
            column(rows, train_idx),
            column(topic_labels, train_idx),
            column(weights, train_idx),
            column(lex_topics, train_idx),
        ),
        "tone": _fit_task(
            column(rows, train_idx),
            column(tone_labels, train_idx),
            column(weights, train_idx),
            column(lex_tones, train_idx),
        ),
    }
    used = ClassifierModel(parameters=parameters)
    topic_model = linear.LinearModel(parameters["topic"])
    tone_model = linear.LinearModel(parameters["tone"])
    pairs: dict[str, list] = {k: [] for k in ("mt", "mn", "lt", "ln", "ct", "cn", "xt", "xn")}
    for i in test_idx:
        gold_topic, gold_tone = topic_labels[i], tone_labels[i]
        p, q = topic_model.predict(rows[i]), tone_model.predict(rows[i])
        combined = classify_text(examples[i].text, model=used)
        for key, got, gold in (
            ("mt", p.label if p else "", gold_topic),
            ("mn", q.label if q else Tone.NEUTRAL, gold_tone),
            ("lt", lex_topics[i], gold_topic),
            ("ln", lex_tones[i], gold_tone),
            ("ct", combined.topics[0] if combined.topics else "", gold_topic),
            ("cn", combined.tone, gold_tone),
        ):
            pairs[key].append((got, gold))
        if examples[i].correction:
            pairs["xt"].append((pairs["ct"][-1][0], gold_topic))
            pairs["xn"].append((combined.tone, gold_tone))
    metrics = {
        "held_out": len(test_idx),
        "trained_on": len(train_idx),
        # what is used: the lexicon and the model combined
        "topic_accuracy": _accuracy(pairs["ct"]),
        "tone_accuracy": _accuracy(pairs["cn"]),
        "model_topic_accuracy": _accuracy(pairs["mt"]),
        "model_tone_accuracy": _accuracy(pairs["mn"]),
        "lexicon_topic_accuracy": _accuracy(pairs["lt"]),
        "lexicon_tone_accuracy": _accuracy(pairs["ln"]),
        "held_out_corrections": len(pairs["xt"]),
        "corrections_topic_accuracy": _accuracy(pairs["xt"]) if pairs["xt"] else None,
        "corrections_tone_accuracy": _accuracy(pairs["xn"]) if pairs["xn"] else None,
        "topic_confidence": parameters["topic"]["confidence"],
        "tone_confidence": parameters["tone"]["confidence"],
        "labels": dict(Counter(topic_labels)),
    }
    ClassifierModel.objects.filter(active=True).update(active=False)
    model = ClassifierModel.objects.create(
        parameters=parameters,
        metrics=metrics,
        examples=len(examples),
        corrections=corrections,
        active=True,
    )
    log_action(
        actor=actor,
        action="monitoring.classifier_trained",
        target=model,
        data={k: v for k, v in metrics.items() if k != "labels"},
    )
    return model
