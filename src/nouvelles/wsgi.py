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

# Render the public pages once (templates compiled, queries baked, lazy imports done) so
# that the first readers of this worker do not wait for it (nouvelles.site.warmup).
from nouvelles.site.warmup import warm_up  # noqa: E402

warm_up(application)

# SQLite: one idle connection for the worker's life keeps the WAL and its index in place
# between requests (nouvelles.site.sqlite_wal).
from nouvelles.site.sqlite_wal import keep_wal_open  # noqa: E402

keep_wal_open()

# Everything imported and built so far (Django, scikit-learn, our modules, what the
# warm-up compiled: ~170,000 objects) lives as long as the worker. Moving it out of the garbage collector's reach keeps each full
# collection from walking it again: 40-50 ms per collection, a stall for whichever
# request triggers it (docs/benchmarks.md, "Comment load").
gc.freeze()
