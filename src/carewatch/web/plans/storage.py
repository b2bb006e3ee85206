"""Evidence files live in CAREWATCH_HOME/evidence, outside the web root; only a permission-checked view serves them."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class EvidenceStorage(FileSystemStorage):
    """Reads EVIDENCE_ROOT when used (not when the model is imported), so a changed setting takes effect."""

    def __init__(self) -> None:
        super().__init__(base_url=None, file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property  # type: ignore[override]
    def base_location(self) -> str:
        return str(settings.EVIDENCE_ROOT)

    @property  # type: ignore[override]
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def deconstruct(self) -> tuple[str, tuple[()], dict[str, object]]:
        return ("carewatch.web.plans.storage.EvidenceStorage", (), {})


def evidence_storage() -> FileSystemStorage:
    return EvidenceStorage()
