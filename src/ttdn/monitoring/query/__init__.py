"""The monitored-topic query language (decision 0032): parser, matcher, archive search.

``parse`` / ``compile_query`` (raise ``QueryError`` with a translated message and the
column), ``Document`` (an article prepared once for every topic), ``QuerySet`` (many
topics, evaluated only where their anchor words occur) and ``archive_search``.
"""

from ttdn.monitoring.query.matcher import (  # noqa: F401
    CompiledQuery,
    Document,
    Match,
    QuerySet,
    compile_query,
    evaluate,
)
from ttdn.monitoring.query.parser import QueryError, parse, terms_of  # noqa: F401


def archive_search(query, filters=None, limit=50, **kwargs):
    """Stored articles matching ``query``; see ``monitoring.query.archive``."""
    from ttdn.monitoring.query.archive import archive_search as _search

    return _search(query, filters, limit, **kwargs)
