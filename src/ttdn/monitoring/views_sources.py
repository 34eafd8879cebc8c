"""Pages of monitoring's ingestion: home, sources, articles, stories (thin views)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.core.forms import form_errors_to_form
from ttdn.core.pagination import CountingPaginator
from ttdn.monitoring.access import (
    article_get_for_user,
    can_manage_sources,
    monitoring_required,
    require_source_manager,
    source_get_for_user,
    story_get_for_user,
    visible_sources,
)
from ttdn.monitoring.forms_sources import ArticleFilterForm, SourceForm
from ttdn.monitoring.ingest import selectors, services
from ttdn.monitoring.ingest.errors import error_message

PER_PAGE = 50


@login_required
def index(request):
    monitoring_required(request.user)
    return render(
        request,
        "monitoring/ingest/index.html",
        {**selectors.overview(request.user), "can_manage": can_manage_sources(request.user)},
    )


@login_required
def source_list(request):
    monitoring_required(request.user)
    sources = list(selectors.source_list(request.user))
    for source in sources:
        source.error_text = error_message(source.last_error_code)
    return render(
        request,
        "monitoring/ingest/source_list.html",
        {"sources": sources, "can_manage": can_manage_sources(request.user)},
    )


def _source_form(request, source=None):
    form = SourceForm(
        request.POST or None, initial=SourceForm.initial_for(source) if source else None
    )
    if request.method == "POST" and form.is_valid():
        try:
            if source is None:
                source = services.source_create(actor=request.user, **form.cleaned_data)
                messages.success(request, _("Source added; it will be fetched shortly."))
            else:
                source = services.source_update(
                    actor=request.user, source=source, **form.cleaned_data
                )
                messages.success(request, _("Source saved."))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            return redirect("monitoring:sources")
    return render(request, "monitoring/ingest/source_form.html", {"form": form, "source": source})


@login_required
def source_create(request):
    require_source_manager(request.user)
    return _source_form(request)


@login_required
def source_edit(request, pk):
    source = source_get_for_user(request.user, pk, write=True)
    return _source_form(request, source)


@login_required
@require_POST
def source_delete(request, pk):
    source = source_get_for_user(request.user, pk, write=True)
    try:
        services.source_delete(actor=request.user, source=source)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Source deleted."))
    return redirect("monitoring:sources")


@login_required
@require_POST
def source_fetch(request, pk):
    source = source_get_for_user(request.user, pk, write=True)
    services.source_fetch_request(actor=request.user, source=source)
    messages.success(request, _("The source will be fetched in a moment."))
    return redirect("monitoring:sources")


@login_required
def article_list(request):
    monitoring_required(request.user)
    form = ArticleFilterForm(
        request.GET or None, sources=visible_sources(request.user).only("pk", "name")
    )
    filters = form.cleaned_data if form.is_valid() else {}
    articles = selectors.article_list(
        request.user,
        source_id=filters.get("source"),
        language=filters.get("language") or "",
        country=filters.get("country") or "",
        kind=filters.get("kind") or "",
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
    )
    page = CountingPaginator(articles, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "monitoring/ingest/article_list.html", {"form": form, "page": page})


@login_required
def article_detail(request, pk):
    article = article_get_for_user(request.user, pk)
    return render(request, "monitoring/ingest/article_detail.html", {"article": article})


@login_required
def story_list(request):
    monitoring_required(request.user)
    page = CountingPaginator(selectors.story_list(request.user), PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "monitoring/ingest/story_list.html", {"page": page})


@login_required
def story_detail(request, pk):
    story = story_get_for_user(request.user, pk)
    articles = selectors.story_articles(story)
    outlets = {}
    for article in articles:
        outlets.setdefault(article.source_id, {"source": article.source, "articles": []})[
            "articles"
        ].append(article)
    return render(
        request,
        "monitoring/ingest/story_detail.html",
        {"story": story, "articles": articles, "outlets": list(outlets.values())},
    )
