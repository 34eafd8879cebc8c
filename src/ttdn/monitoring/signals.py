"""The monitoring app's one signal: an article was stored (docs/decisions/0031).

``article_stored`` is sent by ``monitoring.ingest.store.article_store`` once the
transaction that stored a *new* article has committed (never for the same article read
again), with ``sender=Article``, ``article=<Article>`` (its source and story loaded) and
``story=<Story>``. The in-process matcher (finding) and the flag rules (response) connect
to it, e.g. in their ``AppConfig.ready``::

    article_stored.connect(match_new_article, dispatch_uid="monitoring.match")

It is sent with ``send_robust``: a receiver that raises is logged and the others still
run; the article stays stored whatever a receiver does.
"""

from django.dispatch import Signal

article_stored = Signal()
