"""Pages of finding what matters: topics, archive search, labels, the classifier (0032).

Every page needs the monitoring capability (``access.monitoring_required``: a 404
otherwise); changing topics, labels or training needs ``access.can_manage_sources``
(press officers, the coordinating department: a 403 for leaders, who only look).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.core.forms import form_errors_to_form
from ttdn.monitoring import classify as classifying
from ttdn.monitoring import topics as services
from ttdn.monitoring.access import (
    article_get_for_user,
    can_manage_sources,
    monitoring_required,
    visible_articles,
)
from ttdn.monitoring.forms_finding import LabelForm, TopicForm
from ttdn.monitoring.models import ArticleLabel, ClassifierModel, LabelCorrection, Topic
from ttdn.monitoring.query import QueryError
from ttdn.monitoring.query.archive import archive_search
from ttdn.monitoring.query.matcher import CompiledQuery

PREVIEW_LIMIT = 20
SEARCH_LIMIT = 50


def _require_editor(user) -> None:
    monitoring_required(user)
    if not can_manage_sources(user):
        raise PermissionDenied(
            _("Only press officers and the coordinating department change this.")
        )


def _topic(user, pk) -> Topic:
    monitoring_required(user)
    try:
        return Topic.objects.select_related("locality", "owner").get(pk=pk)
    except (Topic.DoesNotExist, ValueError):
        raise Http404(_("No such topic.")) from None


@login_required
def topic_list(request):
    monitoring_required(request.user)
    topics = Topic.objects.select_related("locality", "owner").order_by("name", "pk")
    return render(
        request,
        "monitoring/finding/topic_list.html",
        {"topics": topics, "can_edit": can_manage_sources(request.user)},
    )


def _service_args(form) -> dict:
    data = form.cleaned_data
    return {
        "name": data["name"],
        "query": data["query"],
        "locality": data["locality"],
        "languages": data["languages"],
        "countries": data["countries"],
        "kinds": data["kinds"],
        "active": data["active"],
    }


@login_required
def topic_create(request):
    _require_editor(request.user)
    form = TopicForm(request.POST or None, initial={"active": True})
    if request.method == "POST" and form.is_valid():
        try:
            topic = services.topic_create(actor=request.user, **_service_args(form))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("Topic saved."))
            return redirect("monitoring:topic_detail", pk=topic.pk)
    return render(request, "monitoring/finding/topic_form.html", {"form": form, "topic": None})


@login_required
def topic_edit(request, pk):
    topic = _topic(request.user, pk)
    _require_editor(request.user)
    initial = {
        "name": topic.name,
        "query": topic.query,
        "locality": topic.locality,
        "languages": ", ".join(topic.languages),
        "countries": ", ".join(topic.countries),
        "kinds": topic.kinds,
        "active": topic.active,
    }
    form = TopicForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.topic_update(actor=request.user, topic=topic, **_service_args(form))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("Topic saved."))
            return redirect("monitoring:topic_detail", pk=topic.pk)
    return render(request, "monitoring/finding/topic_form.html", {"form": form, "topic": topic})


@login_required
@require_POST
def topic_delete(request, pk):
    topic = _topic(request.user, pk)
    _require_editor(request.user)
    services.topic_delete(actor=request.user, topic=topic)
    messages.success(request, _("Topic deleted."))
    return redirect("monitoring:topic_list")


@login_required
def topic_detail(request, pk):
    topic = _topic(request.user, pk)
    matches = topic.matches.select_related("article", "article__source")[:50]
    error = None
    try:
        services.topic_compiled(topic)
    except QueryError as exc:
        error = str(exc)
    return render(
        request,
        "monitoring/finding/topic_detail.html",
        {
            "topic": topic,
            "matches": matches,
            "error": error,
            "can_edit": can_manage_sources(request.user),
        },
    )


@login_required
def topic_preview(request):
    """htmx: the archive's matches of the query being edited, before saving."""
    monitoring_required(request.user)
    form = TopicForm(request.GET or None)
    form.is_valid()
    context = {"error": None, "result": None}
    query = request.GET.get("query", "")
    if "query" in form.errors:
        context["error"] = form.errors["query"][0]
    elif query.strip():
        draft = Topic(
            query=query,
            locality=form.cleaned_data.get("locality"),
            languages=services.parse_codes(form.cleaned_data.get("languages", ""), upper=False),
            countries=services.parse_codes(form.cleaned_data.get("countries", ""), upper=True),
            kinds=form.cleaned_data.get("kinds") or [],
        )
        try:
            compiled = CompiledQuery(services.topic_node(draft), query)
            context["result"] = archive_search(
                compiled, limit=PREVIEW_LIMIT, queryset=visible_articles(request.user)
            )
        except QueryError as exc:
            context["error"] = str(exc)
    return render(request, "monitoring/finding/partials/matches.html", context)


@login_required
def archive(request):
    """Search the stored articles with the topic language."""
    monitoring_required(request.user)
    query = request.GET.get("q", "")[:4000]
    context = {"q": query, "error": None, "result": None}
    if query.strip():
        try:
            context["result"] = archive_search(
                query, limit=SEARCH_LIMIT, queryset=visible_articles(request.user)
            )
        except QueryError as exc:
            context["error"] = str(exc)
    template = (
        "monitoring/finding/partials/matches.html"
        if request.htmx
        else "monitoring/finding/archive.html"
    )
    return render(request, template, context)


@login_required
def article_labels(request, pk):
    """An article's topics and tone with the words that decided them; corrections."""
    article = article_get_for_user(request.user, pk)
    label = ArticleLabel.objects.filter(article=article).first()
    if label is None:
        result = classifying.classify(article)
        initial = {"topics": result.topics, "tone": result.tone}
    else:
        result = None
        initial = {"topics": label.topics, "tone": label.tone}
    form = LabelForm(request.POST or None, initial=initial)
    if request.method == "POST":
        _require_editor(request.user)
        if form.is_valid():
            try:
                classifying.labels_correct(
                    actor=request.user,
                    article=article,
                    topics=form.cleaned_data["topics"],
                    tone=form.cleaned_data["tone"],
                )
            except ValidationError as exc:
                form_errors_to_form(form, exc)
            else:
                messages.success(
                    request, _("Labels corrected: the next training learns from them.")
                )
                return redirect("monitoring:article_labels", pk=article.pk)
    return render(
        request,
        "monitoring/finding/article_labels.html",
        {
            "article": article,
            "label": label,
            "computed": result,
            "form": form,
            "can_edit": can_manage_sources(request.user),
            "corrections": LabelCorrection.objects.filter(article=article).select_related(
                "corrected_by"
            )[:10],
        },
    )


@login_required
def classifier(request):
    """The classifier: accuracy on held-out labels, the corrections waiting, training."""
    monitoring_required(request.user)
    if request.method == "POST":
        _require_editor(request.user)
        from ttdn.monitoring.tasks_finding import train_classifier

        train_classifier.enqueue(actor_id=request.user.pk)
        messages.success(request, _("Training started: the accuracy appears here when it ends."))
        return redirect("monitoring:classifier")
    models = ClassifierModel.objects.only(
        "pk", "trained_at", "metrics", "examples", "corrections", "active"
    )[:10]
    return render(
        request,
        "monitoring/finding/classifier.html",
        {
            "models": models,
            "active": next((m for m in models if m.active), None),
            "corrections": LabelCorrection.objects.count(),
            "can_edit": can_manage_sources(request.user),
        },
    )
