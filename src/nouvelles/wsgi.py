"""WSGI entry point (gunicorn nouvelles.wsgi:application)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nouvelles.settings")
application = get_wsgi_application()
