"""The carewatch web app (Django): inspections, DfE intervention, the improvement plan and its governance.

`serve()` is what `carewatch serve` and `carewatch demo` call."""

import os

SETTINGS = "carewatch.web.settings"


def setup() -> None:
    """Configure and start Django (idempotent), so the CLI and scripts can use the ORM."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def migrate(verbosity: int = 0) -> None:
    setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def serve(host: str = "127.0.0.1", port: int = 8000, threads: int = 8) -> None:
    """Apply any pending migrations, then serve with waitress (pure Python; works on Windows too)."""
    migrate()
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application
    from waitress import serve as waitress_serve

    app = get_wsgi_application()
    waitress_serve(app, host=host, port=port, threads=threads, ident="carewatch",
                   max_request_body_size=settings.MAX_REQUEST_BODY, clear_untrusted_proxy_headers=True)
