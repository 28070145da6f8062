"""WSGI entry point (gunicorn nouvelles.wsgi:application)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
application = get_wsgi_application()

# Import the spam filter (scikit-learn: seconds of imports) while the worker boots,
# not in the first comment post, where it would stall every request of the worker.
from nouvelles.comments.spam.base import get_backends  # noqa: E402

get_backends()

# Everything loaded so far (Django, the apps, the spam filter) lives as long as the worker:
# moved out of the garbage collector's sight, so that a full collection scans only what
# requests create. Without it, one full collection stalled a worker for ~50 ms now and
# then, the slowest 1 % of article pages (docs/benchmarks.md, issue 2).
gc.freeze()
