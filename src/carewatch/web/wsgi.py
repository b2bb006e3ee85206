"""WSGI entry point for a server install (e.g. gunicorn carewatch.web.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carewatch.web.settings")
application = get_wsgi_application()
