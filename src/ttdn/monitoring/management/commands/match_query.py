"""``ttdn match-query 'QUERY' [--lang vi]``: does an article's text (stdin) match a query?

A stable contract (issue 11): prints ``{"match": true|false, "terms": [...]}`` (the
query's terms found, in query order) and exits 0; an invalid query prints its message
with the column on standard error and exits 2.
"""

import json
import sys

from django.core.management.base import BaseCommand

from ttdn.monitoring.query import Document, QueryError, compile_query

MAX_STDIN_CHARS = 5_000_000


class Command(BaseCommand):
    help = "Match an article's text read on standard input against a monitoring query."

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--lang", default="", help="the article's language (vi, en …)")
        parser.add_argument("--country", default="", help="the source's country (VN, US …)")
        parser.add_argument("--kind", default="", help="domestic, foreign or official")
        parser.add_argument("--source", default="", help="the source's name or host")

    def handle(self, *args, **options):
        try:
            compiled = compile_query(options["query"])
        except QueryError as exc:
            self.stderr.write(str(exc))
            sys.exit(2)
        text = sys.stdin.read(MAX_STDIN_CHARS)
        doc = Document(
            text,
            lang=options["lang"],
            country=options["country"],
            kind=options["kind"],
            sources=[options["source"]] if options["source"] else [],
        )
        result = compiled.explain(doc)
        self.stdout.write(
            json.dumps({"match": result.matched, "terms": result.terms}, ensure_ascii=False)
        )
