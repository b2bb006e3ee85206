"""pytest-django for the web app: settings come from here so tests outside tests/web are unaffected. One
seeded demo council per test session (each test runs in a transaction that is rolled back)."""

import os
import tempfile
from pathlib import Path

import django
import pytest

os.environ.setdefault("CAREWATCH_HOME", tempfile.mkdtemp(prefix="carewatch-web-home-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "carewatch.web.settings")
django.setup()  # before the test modules import the app's modules


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):  # type: ignore[no-untyped-def]
    from django.test import override_settings

    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
                             EVIDENCE_ROOT=Path(tmp_path_factory.mktemp("evidence")))
    fast.enable()
    from carewatch.web.demo_story import seed

    with django_db_blocker.unblock():
        seed()
    yield
    fast.disable()


@pytest.fixture
def as_user(client):  # type: ignore[no-untyped-def]
    """Sign the test client in as one of the demo users: as_user("manager")."""
    from django.contrib.auth import get_user_model

    def login(username: str):  # type: ignore[no-untyped-def]
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return login
