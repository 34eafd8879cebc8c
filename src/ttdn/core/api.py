"""What every API router shares: the error body, strict input types and one pagination.

The app routers (``plans/api.py``, ``tracking/api.py``, ``directory/api.py``) import from
here, because they sit below ``ttdn.api`` and may not import it. ``ttdn.api`` turns
exceptions into ``ErrorOut`` bodies and documents them on every operation
(``document_errors``). See docs/decisions/0014-api-errors.md.
"""

import datetime
import re
from typing import Annotated, Any

from django.conf import settings
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

__all__ = ["API_ROOT", "MAX_OFFSET", "ErrorOut", "IsoDate", "Pagination", "is_api_request"]

# Where the API is served (``ttdn/urls.py`` mounts version 1 under it): requests there are
# answered as a program expects (JSON errors, the language of its Accept-Language header).
API_ROOT = "/api/"


def is_api_request(request) -> bool:
    """Whether ``request`` is for the API (read from its path: never its host, which may be
    what Django refused)."""
    return request.path_info.startswith(API_ROOT)


# The furthest a list may be paged. Well past any real list (the national directory has
# tens of thousands of agencies) and far inside every database's integer range, so a
# huge offset is a 422 that says the limit instead of a database error.
MAX_OFFSET = 1_000_000


class ErrorOut(Schema):
    """The body of every error answer (4xx) of the API."""

    detail: str = Field(description="What went wrong, in the language of the request")
    errors: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "Only on 422: the messages for each input field (“__all__” for the request as a whole)"
        ),
    )

    def body(self) -> dict[str, Any]:
        """As sent: ``errors`` only when there are field messages."""
        return self.model_dump(exclude_unset=True)


class Pagination(LimitOffsetPagination):
    """``?limit=&offset=`` for every list, both bounded (out of bounds is a 422)."""

    class Input(Schema):
        limit: int = Field(
            settings.NINJA_PAGINATION_PER_PAGE,
            ge=1,
            le=settings.NINJA_PAGINATION_MAX_LIMIT,
            description="How many items to return",
        )
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="How many items to skip")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    # JSON has no dates: only the text YYYY-MM-DD is one (not a datetime, not a number).
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    raise PydanticCustomError("date_parsing", "Input should be a date as YYYY-MM-DD")


# A date in a JSON body: "2025-06-30" only.
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
