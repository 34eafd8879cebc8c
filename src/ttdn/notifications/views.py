from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ttdn.notifications import services
from ttdn.notifications.access import (
    delivery_get_for_user,
    notification_get_for_user,
    require_delivery_manager,
)
from ttdn.notifications.selectors import notifications_for, troubled_deliveries, unread_count

PER_PAGE = 50


@login_required
def notification_list(request):
    page = Paginator(notifications_for(request.user), PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "notifications/list.html",
        {"page": page, "unread": unread_count(request.user)},
    )


@require_GET
def notification_unread(request):
    """The header's unread count, fetched by htmx once the page has loaded: pages run no
    query for it (their query counts and timings are unchanged); this costs one indexed
    count. Anonymous visitors get nothing."""
    count = unread_count(request.user) if request.user.is_authenticated else 0
    response = render(request, "notifications/partials/unread.html", {"count": count})
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def notification_open(request, pk: int):
    """Mark one notification read and go to what it is about."""
    notification = notification_get_for_user(request.user, pk)
    services.notifications_mark_read(user=request.user, ids=[notification.pk])
    link = notification.link
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts={request.get_host()}):
        return redirect(link)
    return redirect("notifications:list")


@login_required
@require_POST
def notification_read_all(request):
    count = services.notifications_mark_read(user=request.user)
    messages.success(request, _("{n} notifications marked read.").format(n=count))
    return redirect("notifications:list")


@login_required
def delivery_list(request):
    require_delivery_manager(request.user)
    page = Paginator(troubled_deliveries(), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "notifications/deliveries.html", {"page": page})


@login_required
@require_POST
def delivery_retry(request, pk: int):
    delivery = delivery_get_for_user(request.user, pk)
    services.delivery_retry(actor=request.user, delivery=delivery)
    messages.success(
        request, _("The e-mail to {address} will be sent again.").format(address=delivery.address)
    )
    return redirect("notifications:deliveries")
