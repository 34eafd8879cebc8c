import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
application = get_wsgi_application()

# Import every view and API module now, then freeze what start-up created: the
# garbage collector never scans those objects again, which removes 80–150 ms
# full-collection pauses from requests (docs/benchmarks.md), and with a
# pre-forking server the workers keep sharing that memory.
get_resolver().url_patterns  # noqa: B018
gc.collect()
gc.freeze()
