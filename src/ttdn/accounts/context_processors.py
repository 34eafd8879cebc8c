from ttdn.accounts.capabilities import Capabilities


def capabilities(request) -> dict:
    """``caps`` in every template: ``{% if caps.review_progress %}`` (see capabilities.BY_NAME)."""
    return {"caps": Capabilities(getattr(request, "user", None))}
