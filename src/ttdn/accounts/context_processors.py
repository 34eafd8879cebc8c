from ttdn.accounts.capabilities import Capabilities


def capabilities(request) -> dict:
    """``caps`` in every template: ``{% if caps.review_progress %}`` (see capabilities.BY_NAME)."""
    user = getattr(request, "user", None)
    context = {"caps": Capabilities(user)}
    # --- page rendering (docs/decisions/0019): the menu's agencies are read here, not by
    # base.html, so that templates never run a query. htmx partials have no menu.
    if getattr(user, "is_authenticated", False) and not getattr(request, "htmx", False):
        context["nav_agencies"] = user.agency_names()
    # --- end of page rendering
    return context
