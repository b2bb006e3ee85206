"""Opening untrusted return files safely: size limits, binary detection, text encodings, hardened XML."""

import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from carewatch.errors import InputError

if TYPE_CHECKING:  # lxml is imported where XML is read: most returns are CSV
    from lxml import etree

# A national-scale 903 table is tens of MB; anything near this is not a return.
MAX_FILE_BYTES = int(os.environ.get("CAREWATCH_MAX_FILE_MB", "1024")) * 1024 * 1024
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# A well-formed UTF-8 multi-byte sequence: in a file that is not valid UTF-8 it means encodings were mixed.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def check_size(path: Path) -> int:
    try:
        st = path.stat()  # follows symlinks: a link to /dev/zero is judged as the device it points at
    except OSError:
        raise InputError(str(path), "no such file") from None
    if not stat.S_ISREG(st.st_mode):
        # A folder, device (/dev/zero) or pipe has no size to check and may never end: refuse before reading.
        raise InputError(str(path), "not a regular file (a folder, device or pipe): expected a return file")
    size = st.st_size
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
    with path.open("rb") as f:
        head = f.read(8192)
        if head[:2] not in UTF16_BOMS and b"\x00" in head:
            raise InputError(path.name, "this is a binary file, not a CSV text file")  # before reading the rest
        data = head + f.read(MAX_FILE_BYTES - len(head) + 1)  # bounded even if the file grew since its size was checked
    if len(data) > MAX_FILE_BYTES:
        raise InputError(path.name, "the file grew past the size limit while it was being read")
    if data[:2] in UTF16_BOMS:
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path.name, f"not valid UTF-16 text at byte {exc.start}") from None
        if "\x00" in text:
            raise InputError(path.name, "a NUL character, which CSV text never holds: the file is damaged", row=text.count("\n", 0, text.index("\x00")) + 1)
        return text
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path.name, "a NUL byte, which CSV text never holds: the file is binary or damaged", row=line_of(data, nul))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(data):
            # UTF-8 elsewhere, so reading it all as Windows-1252 would garble those cells without a word.
            raise InputError(
                path.name, f"mixes encodings: the file is UTF-8 elsewhere but byte 0x{data[exc.start]:02X} here is not (expected one encoding throughout)",
                row=line_of(data, exc.start),
            ) from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            path.name, f"byte 0x{data[exc.start]:02X} is neither UTF-8 nor Windows-1252 text", row=line_of(data, exc.start)
        ) from None


def line_of(data: bytes, offset: int) -> int:
    """The line (1..) holding byte `offset`, counting CRLF, LF and a lone CR as line ends as the CSV reader does."""
    before = data[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


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
    # The byte scan misses a DOCTYPE after 64 KiB of comments or in UTF-16: parse up to the root element
    # (nothing is expanded or fetched) and ask the parser whether it saw one.
    from lxml import etree

    try:
        for _, el in etree.iterparse(
            str(path), events=("start",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        ):
            if el.getroottree().docinfo.doctype:
                raise InputError(path.name, "the XML declares a DOCTYPE or entities, which carewatch refuses")
            break
    except etree.XMLSyntaxError as exc:
        raise xml_error(path, exc) from None


def iter_xml(path: Path, tag: str | tuple[str, ...]):
    """Stream the elements named `tag` from a hardened parser (no entities, no DTD, no network)."""
    from lxml import etree

    check_size(path)
    refuse_doctype(path)
    return etree.iterparse(
        str(path), events=("end",), tag=tag, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def hardened_iterparse(source):
    """Every element's start and end from a hardened parser (no entities, no DTD, no network, no huge
    trees). `source` is a path or a file-like object; callers check size and DOCTYPE first."""
    from lxml import etree

    return etree.iterparse(
        source, events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def xml_error(path: Path, exc: "etree.XMLSyntaxError") -> InputError:
    line = exc.lineno if exc.lineno else None
    message = " ".join(str(exc.msg).split(", line")[0].split()) if exc.msg else "malformed XML"  # libxml2 ends it with a newline
    return InputError(path.name, f"malformed XML: {message}", row=line)
