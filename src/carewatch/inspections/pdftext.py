"""Open a PDF safely and get the text of the pages a report reader needs, or a clear InputError.

pypdf reads the text layer Ofsted's Word-made PDFs carry. Only the pages that matter are extracted (the first
pages hold the council, dates, judgements and findings; the last ones the lead inspector of older reports), so
a long report reads in bounded time.
"""

from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from carewatch.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # Ofsted's reports are well under 5 MB
MAX_PAGES = 100  # the longest single-inspection-framework reports run to about 60 pages
HEAD_PAGES = 12
TAIL_PAGES = 4
MIN_TEXT_CHARS = 200  # fewer on the pages read: a scan or image-only PDF


@dataclass(frozen=True)
class PdfText:
    pages: dict[int, str]  # 0-based page number -> text, for the pages read
    page_count: int

    def ordered(self) -> list[str]:
        return [self.pages[i] for i in sorted(self.pages)]


def read_pdf_text(path: Path) -> PdfText:
    name = str(path)
    if not path.is_file():
        raise InputError(name, "no such file; expected an Ofsted inspection report (PDF)")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(name, f"is {size // (1024 * 1024)} MB; an Ofsted report is a PDF of at most 50 MB")
    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise InputError(name, "is not a PDF (no %PDF- header); expected an Ofsted inspection report as PDF")
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(name, "is an encrypted PDF; expected the report as Ofsted published it, without a password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise InputError(name, f"has {count} pages; an Ofsted report on a council's children's services has at most {MAX_PAGES}")
        wanted = sorted(set(range(min(HEAD_PAGES, count))) | set(range(max(0, count - TAIL_PAGES), count)))
        pages = {i: reader.pages[i].extract_text() or "" for i in wanted}
    except InputError:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, ZeroDivisionError) as exc:
        raise InputError(name, f"is a corrupt or unreadable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    if count == 0:
        raise InputError(name, "is a PDF with no pages; expected an Ofsted inspection report")
    if sum(len("".join(t.split())) for t in pages.values()) < MIN_TEXT_CHARS:
        raise InputError(name, "has no text layer (a scanned or image-only PDF); expected Ofsted's published PDF, which carries its text")
    return PdfText(pages, count)
