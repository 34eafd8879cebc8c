"""Topic taxonomy and tone: the lexicon, the trained classifier, corrections and pages."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ttdn.audit.models import AuditEntry
from ttdn.monitoring.classify import (
    Classification,
    classifier_train,
    classify,
    classify_text,
    labels_correct,
)
from ttdn.monitoring.classify.bayes import NaiveBayes, features, train
from ttdn.monitoring.classify.starter import starter_examples
from ttdn.monitoring.models import (
    ArticleLabel,
    ClassifierModel,
    LabelOrigin,
    Taxonomy,
    Tone,
)
from ttdn.monitoring.tests.test_finding_topics import press, sources, store  # noqa: F401

STARTER = starter_examples()


def test_the_starter_set_is_large_labelled_bilingual_and_has_a_held_out_split():
    assert len(STARTER) >= 280
    assert len({e.text for e in STARTER}) == len(STARTER)  # no text twice
    train_rows = [e for e in STARTER if e.split == "train"]
    held = [e for e in STARTER if e.split == "held_out"]
    assert len(train_rows) + len(held) == len(STARTER) and len(held) >= 60
    for rows in (train_rows, held):  # every topic and tone on both sides of the split
        assert {e.topic for e in rows} == set(Taxonomy.values)
        assert {e.tone for e in rows} == set(Tone.values)
    vietnamese = [
        e
        for e in STARTER
        if any(ch in e.text for ch in "ăâđêôơưạảấầẩậắằẳặẹẻềểệịọỏốồổộớờởợụủứừửựỳỵỷỹ")
    ]
    assert len(vietnamese) > len(STARTER) * 0.65
    assert any("Đồng Nai" in e.text for e in STARTER) and any("Dong Nai" in e.text for e in STARTER)


def test_the_lexicon_explains_topic_and_tone_with_the_words_found():
    result = classify_text("Cá chết hàng loạt trên sông Đồng Nai, người dân bức xúc")
    assert result.topics == ["environment"]
    assert result.tone == "negative"
    assert result.matched_words["environment"] == ['"cá chết"']
    assert result.matched_words["negative"] == ['"bức xúc"']


def test_text_without_any_cue_is_neutral_and_untopical():
    assert classify_text("Hôm nay trời đẹp") == Classification([], "neutral", {})


def test_naive_bayes_learns_and_explains_and_its_parameters_are_json():
    texts = ["storm flood rain", "flood storm wind", "invest factory jobs", "factory invest export"]
    labels = ["disasters", "disasters", "investment", "investment"]
    params = train(texts, labels)
    params = json.loads(json.dumps(params))  # stored as JSON, nothing pickled
    model = NaiveBayes(params)
    prediction = model.predict("a new factory brings investment")
    assert prediction.label == "investment"
    assert 0.5 < prediction.probability <= 1
    assert "factory" in prediction.words
    assert model.predict("zzz qqq") is None


def test_features_fold_diacritics_and_add_word_pairs():
    assert features("Đồng Nai 2026") == ["dong", "nai", "dong nai"]


def test_training_measures_held_out_accuracy_and_activates_one_model(db):
    first = classifier_train()
    second = classifier_train()
    first.refresh_from_db()
    assert not first.active and second.active
    m = second.metrics
    assert m["held_out"] + m["trained_on"] == second.examples == len(STARTER)
    for key in (
        "topic_accuracy",
        "tone_accuracy",
        "lexicon_topic_accuracy",
        "lexicon_tone_accuracy",
    ):
        assert 0 <= m[key] <= 1
    assert m["lexicon_topic_accuracy"] > 0.3  # the lexicon is far better than chance (1/13)
    # what is used (lexicon and model combined) is at least as good as the lexicon alone
    assert m["topic_accuracy"] >= m["lexicon_topic_accuracy"]
    assert m["tone_accuracy"] >= m["lexicon_tone_accuracy"]
    assert m["held_out"] == sum(e.split == "held_out" for e in STARTER)
    assert 0.35 <= second.parameters["topic"]["confidence"] <= 1.01
    assert AuditEntry.objects.filter(action="monitoring.classifier_trained").count() == 2


def test_the_model_adds_a_topic_the_lexicon_missed(db):
    model = classifier_train()
    text = "Giàn khoan nước ngoài hoạt động trái phép trên thềm lục địa"  # a starter example
    without = classify_text("Giàn khoan nước ngoài hoạt động")
    with_model = classify_text("Giàn khoan nước ngoài hoạt động", model=model)
    assert without.topics == []
    assert with_model.topics and with_model.origin == LabelOrigin.MODEL
    assert classify_text(text, model=model).topics[0] == "sea_islands"


def test_a_correction_wins_is_audited_and_feeds_the_next_training(press, sources):  # noqa: F811
    article = store(sources["vn"], "Lễ hội", "Lễ hội văn hóa ở Bù Đăng")
    assert ArticleLabel.objects.get(article=article).origin == LabelOrigin.LEXICON
    labels_correct(actor=press, article=article, topics=["religion"], tone="negative")
    label = ArticleLabel.objects.get(article=article)
    assert (label.topics, label.tone, label.origin) == (
        ["religion"],
        "negative",
        LabelOrigin.PERSON,
    )
    assert classify(article).topics == ["religion"]
    entry = AuditEntry.objects.get(action="monitoring.labels_corrected")
    assert entry.actor == press
    model = classifier_train()
    assert model.corrections == 1 and model.examples == len(STARTER) + 1


RUBBER = [  # press officers file the latex-price stories under society, negative
    "Giá mủ cao su giảm sâu, nhiều hộ trồng cao su ở Bù Gia Mập thua lỗ",
    "Nông dân Bình Phước cạo mủ cao su cầm chừng vì giá mủ quá thấp",
    "Hộ trồng cao su tiểu điền chặt bỏ vườn do giá mủ xuống thấp kéo dài",
    "Giá mủ cao su chạm đáy, công nhân cạo mủ nghỉ việc hàng loạt",
    "Thương lái ép giá mủ cao su, người trồng cao su ở Lộc Ninh lao đao",
    "Vườn cao su bỏ hoang vì giá mủ không đủ trả tiền công cạo",
    "Giá mủ cao su nguyên liệu giảm lần thứ ba trong tháng, nông dân bỏ cạo",
    "Hộ nghèo trồng cao su ở Bù Đốp nợ ngân hàng vì giá mủ lao dốc",
    "Người trồng cao su Đồng Phú than giá mủ thấp nhất mười năm",
    "Giá mủ cao su giảm khiến thu nhập của đồng bào S'tiêng sụt mạnh",
]


def test_a_batch_of_corrections_changes_the_labels_of_similar_texts(press, sources):  # noqa: F811
    similar = "Giá mủ cao su lại giảm, hộ trồng cao su ở Hớn Quản treo dao cạo"
    before = classify_text(similar, model=classifier_train())
    assert (before.topics[:1], before.tone) != (["society"], "negative")
    for i, text in enumerate(RUBBER):
        article = store(sources["vn"], f"Cao su {i}", text)
        labels_correct(actor=press, article=article, topics=["society"], tone="negative")
    model = classifier_train()
    assert model.corrections == len(RUBBER)
    after = classify_text(similar, model=model)
    assert after.topics[0] == "society" and after.tone == "negative"
    assert after.origin == LabelOrigin.MODEL
    assert any("cao su" in w or "mu" in w for w in after.matched_words["society"])


def test_bad_corrections_are_refused(press, sources):  # noqa: F811
    article = store(sources["vn"], "x", "y")
    with pytest.raises(ValidationError) as info:
        labels_correct(actor=press, article=article, topics=["aliens"], tone="angry")
    assert set(info.value.message_dict) == {"topics", "tone"}
    with pytest.raises(ValidationError):
        labels_correct(actor=press, article=article, topics=[], tone="neutral")


def test_labels_page_permission_matrix_and_correction(client, press, officer_b, leader, sources):  # noqa: F811
    article = store(sources["us"], "Flood in Dong Nai", "Heavy flood damages homes")
    url = reverse("monitoring:article_labels", args=[article.pk])
    assert client.get(url).status_code == 302
    client.force_login(officer_b)
    assert client.get(url).status_code == 404
    client.force_login(leader)
    body = client.get(url).content.decode()
    assert "<mark>flood*</mark>" in body or "<mark>lũ</mark>" in body or "flood" in body
    assert client.post(url, {"topics": ["disasters"], "tone": "negative"}).status_code == 403
    client.force_login(press)
    response = client.post(url, {"topics": ["disasters", "environment"], "tone": "negative"})
    assert response.status_code == 302
    assert ArticleLabel.objects.get(article=article).origin == LabelOrigin.PERSON
    assert client.get(reverse("monitoring:article_labels", args=[999999])).status_code == 404


def test_classifier_page_trains_on_demand_and_shows_accuracy(client, press, leader):  # noqa: F811
    url = reverse("monitoring:classifier")
    client.force_login(leader)
    assert client.post(url).status_code == 403
    client.force_login(press)
    assert client.post(url).status_code == 302  # the task runs at once in tests
    model = ClassifierModel.objects.get(active=True)
    body = client.get(url).content.decode()
    assert str(model.metrics["held_out"]) in body
    assert 'id="accuracy-topic"' in body and 'id="accuracy-tone"' in body


def _predict_one_class_at_a_time(params, found):
    """The model's prediction as first written (a loop over features and classes)."""
    import math

    from ttdn.monitoring.classify.linear import LEXICON_PREFIX, MAX_EXPLAIN

    weights = params["weights"]
    known = [f for f in found if f in weights]
    scores = list(params["intercept"])
    for f in known:
        for c, w in enumerate(weights[f]):
            scores[c] += w
    best = max(range(len(scores)), key=scores.__getitem__)
    total = sum(math.exp(s - scores[best]) for s in scores)

    def lift(f):
        row = weights[f]
        return row[best] - max((w for c, w in enumerate(row) if c != best), default=0.0)

    words = sorted(
        (f for f in known if not f.startswith(LEXICON_PREFIX) and lift(f) > 0),
        key=lift,
        reverse=True,
    )[:MAX_EXPLAIN]
    return params["classes"][best], 1.0 / total, words


def test_the_kept_model_predicts_exactly_as_the_loop_over_classes(db):
    from ttdn.monitoring.classify import linear
    from ttdn.monitoring.classify.lexicon import lexicon_labels
    from ttdn.monitoring.query import Document

    model = classifier_train()
    for task in ("topic", "tone"):
        params = model.parameters[task]
        kept = linear.model_for(params)
        assert linear.model_for(params) is kept  # one instance while the model is in use
        for e in [*STARTER[:60], STARTER[0]]:  # the last one again: lifts from the cache
            document = Document(e.text)
            topics, tones = lexicon_labels(document)
            found = linear.features(e.text, topics, tones)
            # the prepared document's words are the text's own
            assert found == linear.features(
                e.text, topics, tones, folded_words=document.folded_words()
            )
            p = kept.predict(found)
            assert (p.label, p.probability, p.words) == _predict_one_class_at_a_time(params, found)
        assert kept.predict(set()).label == _predict_one_class_at_a_time(params, set())[0]
