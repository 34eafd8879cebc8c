"""Topic taxonomy and tone, explainable (decision 0032).

``classify(article) -> Classification(topics, tone, matched_words)``: the keyword lexicon
first (its matched words are the explanation); the active trained model (naive Bayes,
``classify.bayes``) adds the topic the lexicon missed and decides the tone when the
lexicon finds no tone word or words of both tones. ``matched_words`` maps each label to
the words that decided it. The flag rules (response) call ``classify``.

A press officer's correction (``labels_correct``) overrides the article's labels, is
audited, and enters the next training (``classifier_train``, a periodic job); each
training reports its accuracy on held-out labels (``ClassifierModel.metrics``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.monitoring.classify.bayes import NaiveBayes, held_out_split, train
from ttdn.monitoring.classify.lexicon import lexicon_labels
from ttdn.monitoring.classify.starter import STARTER
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
    key = ClassifierModel.objects.filter(active=True).values_list("pk", "trained_at").first()
    if key is None:
        return None
    if _model_cache["pk"] != key:
        _model_cache.update(pk=key, model=ClassifierModel.objects.filter(pk=key[0]).first())
    return _model_cache["model"]


def classify_text(text: str, *, document: Document | None = None, model=None) -> Classification:
    """Labels of a text (or of an already prepared ``document``)."""
    document = document or Document(text)
    topic_words, tone_words = lexicon_labels(document)
    # most matched words first
    topics = sorted(topic_words, key=lambda t: -len(topic_words[t]))[:MAX_TOPICS]
    matched = {t: topic_words[t] for t in topics}
    origin = LabelOrigin.LEXICON
    if len(tone_words) == 1:
        tone = next(iter(tone_words))
    elif tone_words:  # both: the one with more words, ties neutral
        neg, pos = len(tone_words["negative"]), len(tone_words["positive"])
        tone = Tone.NEGATIVE if neg > pos else Tone.POSITIVE if pos > neg else Tone.NEUTRAL
    else:
        tone = Tone.NEUTRAL
    matched.update(tone_words)
    params = model.parameters if model else {}
    if params.get("topic") and params.get("tone"):
        topic_model, tone_model = NaiveBayes(params["topic"]), NaiveBayes(params["tone"])
        predicted = topic_model.predict(text)
        if (
            predicted
            and predicted.label not in topics
            and (not topics or predicted.probability >= MODEL_TOPIC_THRESHOLD)
        ):
            topics = [*topics, predicted.label][:MAX_TOPICS]
            matched[predicted.label] = predicted.words
            origin = LabelOrigin.MODEL
        if len(tone_words) != 1:
            predicted_tone = tone_model.predict(text)
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


def article_classify(article, *, document: Document | None = None) -> ArticleLabel | None:
    """Compute and store the article's labels (kept if a press officer corrected them)."""
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


def training_examples() -> tuple[list[tuple[str, str, str]], int]:
    """The starter set plus the latest correction of each corrected article."""
    examples = list(STARTER)
    seen: set[int] = set()
    corrections = 0
    for c in LabelCorrection.objects.select_related("article").order_by("-created_at", "-pk"):
        if c.article_id in seen:
            continue
        seen.add(c.article_id)
        examples.append((_text_of(c.article), c.topics[0], c.tone))
        corrections += 1
    return examples, corrections


def _accuracy(pairs) -> float:
    pairs = list(pairs)
    return round(sum(a == b for a, b in pairs) / len(pairs), 3) if pairs else 0.0


@transaction.atomic
def classifier_train(*, actor=None) -> ClassifierModel:
    """Train on the starter set and corrections, measure on held-out labels, activate."""
    examples, corrections = training_examples()
    texts = [e[0] for e in examples]
    topic_labels = [e[1] for e in examples]
    tone_labels = [e[2] for e in examples]
    train_idx, test_idx = held_out_split(len(examples), topic_labels)

    def fit(labels, idx):
        return NaiveBayes(train([texts[i] for i in idx], [labels[i] for i in idx]))

    topic_model, tone_model = fit(topic_labels, train_idx), fit(tone_labels, train_idx)
    model_topic, model_tone, lex_topic, lex_tone = [], [], [], []
    for i in test_idx:
        p = topic_model.predict(texts[i])
        model_topic.append((p.label if p else "", topic_labels[i]))
        p = tone_model.predict(texts[i])
        model_tone.append((p.label if p else Tone.NEUTRAL, tone_labels[i]))
        lex = classify_text(texts[i])
        lex_topic.append((lex.topics[0] if lex.topics else "", topic_labels[i]))
        lex_tone.append((lex.tone, tone_labels[i]))
    metrics = {
        "held_out": len(test_idx),
        "trained_on": len(train_idx),
        "topic_accuracy": _accuracy(model_topic),
        "tone_accuracy": _accuracy(model_tone),
        "lexicon_topic_accuracy": _accuracy(lex_topic),
        "lexicon_tone_accuracy": _accuracy(lex_tone),
        "labels": dict(Counter(topic_labels)),
    }
    # the model in use learns from every example, held-out ones included
    parameters = {"topic": train(texts, topic_labels), "tone": train(texts, tone_labels)}
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
