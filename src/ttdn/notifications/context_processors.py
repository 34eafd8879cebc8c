from django.utils.functional import SimpleLazyObject

from ttdn.notifications.selectors import unread_count


def unread(request) -> dict:
    """``notifications_unread`` in every page: the signed-in user's unread count, read when
    the template shows it (the header), in one query on a partial index of unread rows."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False) or getattr(request, "htmx", False):
        return {}
    return {"notifications_unread": SimpleLazyObject(lambda: unread_count(user))}
