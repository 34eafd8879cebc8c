"""Who may see the monitoring pages and who may change the sources.

Monitoring reads published media for the whole province: the sources, articles and
stories are not any one agency's work, so everyone who may monitor (``MONITOR_MEDIA``:
press officers, the coordinating department, leaders) sees all of them. Changing the
sources needs ``MANAGE_MEDIA_SOURCES`` (press officers, the coordinating department).
Without the capability the pages do not exist for the user: a 404, like a page that does
not exist; seeing without changing is a 403. Every monitoring view and API (the
matcher's, the responses') goes through :func:`monitoring_required` or the helpers below.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import MANAGE_MEDIA_SOURCES, MONITOR_MEDIA, has_capability
from ttdn.monitoring.models import Article, Source, Story


def can_monitor(user) -> bool:
    return has_capability(user, MONITOR_MEDIA)


def can_manage_sources(user) -> bool:
    return can_monitor(user) and has_capability(user, MANAGE_MEDIA_SOURCES)


def monitoring_required(user) -> None:
    """Raise 404 unless ``user`` may see the monitoring pages."""
    if not can_monitor(user):
        raise Http404(_("No such page."))


def require_source_manager(user) -> None:
    """404 for those who may not monitor, 403 for those who may look but not change."""
    monitoring_required(user)
    if not can_manage_sources(user):
        raise PermissionDenied(
            _("Only press officers and the coordinating department manage sources.")
        )


def visible_sources(user) -> QuerySet[Source]:
    return Source.objects.all() if can_monitor(user) else Source.objects.none()


def visible_articles(user) -> QuerySet[Article]:
    return Article.objects.all() if can_monitor(user) else Article.objects.none()


def visible_stories(user) -> QuerySet[Story]:
    return Story.objects.all() if can_monitor(user) else Story.objects.none()


def _get(queryset, pk, message):
    try:
        return queryset.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404(message) from None


def source_get_for_user(user, pk, *, write: bool = False) -> Source:
    """The source, or 404; 403 when ``write`` and the user may only look."""
    source = _get(visible_sources(user), pk, _("No such source."))
    if write:
        require_source_manager(user)
    return source


def article_get_for_user(user, pk) -> Article:
    return _get(visible_articles(user).select_related("source", "story"), pk, _("No such article."))


def story_get_for_user(user, pk) -> Story:
    return _get(visible_stories(user), pk, _("No such story."))
