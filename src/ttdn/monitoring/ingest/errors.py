"""Why a fetch failed: a stable code stored on the source, a translated message shown."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "timeout": _("The site did not answer in time."),
    "connection": _("The site could not be reached."),
    "http_status": _("The site answered with an error."),
    "too_large": _("The page is larger than the size limit."),
    "redirects": _("Too many redirects, or a redirect loop."),
    "host_not_allowed": _("The host is not on the list of allowed hosts."),
    "bad_url": _("The address is not a web address."),
    "robots": _("The site's robots.txt does not allow reading this address."),
    "bad_feed": _("The feed could not be read (malformed or not a feed)."),
    "bad_sitemap": _("The sitemap could not be read."),
    "no_content": _("No article text could be found on the page."),
    "internal": _("An unexpected error stopped the fetch."),
}


class FetchError(Exception):
    """A fetch that failed, with a stable ``code`` (a key of :data:`MESSAGES`)."""

    def __init__(self, code: str, detail: str = ""):
        assert code in MESSAGES, code
        self.code = code
        self.detail = detail[:1000]
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code])


def error_message(code: str) -> str:
    """The translated message of a stored error code ("" for none)."""
    return str(MESSAGES.get(code, MESSAGES["internal"])) if code else ""
