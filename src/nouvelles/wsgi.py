"""WSGI entry point (gunicorn nouvelles.wsgi:application)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
application = get_wsgi_application()

# Import the spam filter (scikit-learn: seconds of imports) while the worker boots,
# not in the first comment post, where it would stall every request of the worker.
from nouvelles.comments.spam.base import get_backends  # noqa: E402

get_backends()
