"""Opening untrusted return files safely: size limits, binary detection, text encodings, hardened XML."""

import os
from pathlib import Path

from lxml import etree

from carewatch.errors import InputError

# A national-scale 903 table is tens of MB; anything near this is not a return.
MAX_FILE_BYTES = int(os.environ.get("CAREWATCH_MAX_FILE_MB", "1024")) * 1024 * 1024
# Text encodings councils' systems write, tried in order (UTF-8 with or without BOM, then Windows-1252).
ENCODINGS = ("utf-8-sig", "cp1252")


def check_size(path: Path) -> int:
    if not path.is_file():
        raise InputError(str(path), "no such file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path.name, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise InputError(
            path.name,
            f"the file is {size / 2**20:,.0f} MiB, over the {MAX_FILE_BYTES / 2**20:,.0f} MiB limit for one return file "
            "(set CAREWATCH_MAX_FILE_MB to raise it)",
        )
    return size


def read_text(path: Path) -> str:
    """The file's text, decoded from UTF-8 (BOM allowed), UTF-16 with a BOM, or Windows-1252."""
    check_size(path)
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path.name, f"not valid UTF-16 text at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise InputError(path.name, "this is a binary file, not a CSV text file")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path.name, "the text is neither UTF-8 nor Windows-1252")


def refuse_doctype(path: Path) -> None:
    """Refuse any DOCTYPE or entity declaration before the root element: no XXE, no entity expansion."""
    with path.open("rb") as f:
        head = f.read(65536)
    prolog = head.split(b"<", 1)[1] if b"<" in head else b""
    for line_no, line in enumerate(head.splitlines(), start=1):
        if b"<!DOCTYPE" in line.upper() or b"<!ENTITY" in line.upper():
            raise InputError(path.name, "the XML declares a DOCTYPE or entities, which carewatch refuses", row=line_no)
    if not prolog:
        raise InputError(path.name, "this is not XML: no element found")


def iter_xml(path: Path, tag: str | tuple[str, ...]):
    """Stream the elements named `tag` from a hardened parser (no entities, no DTD, no network)."""
    check_size(path)
    refuse_doctype(path)
    return etree.iterparse(
        str(path), events=("end",), tag=tag, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def iter_events(path: Path):
    """Stream every element's start and end from a hardened parser (no entities, no DTD, no network)."""
    check_size(path)
    refuse_doctype(path)
    return etree.iterparse(
        str(path), events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def xml_error(path: Path, exc: etree.XMLSyntaxError) -> InputError:
    line = exc.lineno if exc.lineno else None
    message = str(exc.msg).split(", line")[0] if exc.msg else "malformed XML"
    return InputError(path.name, f"malformed XML: {message}", row=line)
