"""Damaged and hostile variants of valid return files, for the readers' robustness tests and benchmark.

Each variant is a file (or folder, link or pipe) built from a valid synthetic file by one kind of damage.
`settle` runs the reader the variant is for and says how it ended: read (typed tables), refused (an
InputError naming the file), other (any other exception, or a refusal that does not name the file) or over
time. Deterministic for a seed, so a failure can be rebuilt."""

import os
import random
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from carewatch.errors import InputError

YEAR = "2025-26"
OUTCOMES = ("read", "refused", "other", "over time")

# ---- valid files to damage ---------------------------------------------------------------------------------

# One child of an EXPSSDA903 return (as in tests/returns/ssda903/test_read.py), repeated with new ids.
_903_CHILD = """  <CHILD>
    <HEADER><CHILDID>{cid}</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX><DOB>01/02/2010</DOB><ETHNIC>WBRI</ETHNIC>
      <AREVIEW><REVIEW>01/05/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
      <DUC>01/01/2028</DUC>
    </HEADER>
    <EPISODE><DECOM>01/04/2025</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>
  </CHILD>
"""
PROVIDERS = (
    "URN,LA_CODE,PLACE_CODES,PROVIDER_CODES,REG_END,POSTCODE\n"
    + "".join(f"SC{100000 + i},839,K2,PR4,{'' if i % 3 else '31/03/2025'},XA1 {i % 9}EF\n" for i in range(40))
)


@dataclass(frozen=True)
class Bases:
    """Valid files, one per reader: reader -> {file name: bytes}."""

    files: dict[str, dict[str, bytes]]

    @classmethod
    def build(cls, root: Path, children: int = 50, seed: int = 1) -> "Bases":
        from carewatch.synth.cin import write_census
        from carewatch.synth.ssda903 import write_council

        write_council(root / "council", year=YEAR, children=children, seed=seed)
        write_census(root / "census.xml", year=YEAR, children=children, seed=seed)
        current = root / "council" / "current"
        xml = '<?xml version="1.0" encoding="utf-8"?>\n<EXPSSDA903>\n'
        xml += "".join(_903_CHILD.format(cid=f"C{i}") for i in range(1, children + 1)) + "</EXPSSDA903>\n"
        return cls({
            "903-csv": {p.name: p.read_bytes() for p in sorted(current.glob("*.csv")) if p.stat().st_size > 200},
            "903-xml": {"return.xml": xml.encode()},
            "cin": {"census.xml": (root / "census.xml").read_bytes()},
            "postcodes": {"postcodes.csv": (root / "council" / "reference" / "postcodes.csv").read_bytes()},
            "providers": {"providers.csv": PROVIDERS.encode()},
        })


# ---- kinds of damage ---------------------------------------------------------------------------------------

Damage = Callable[[bytes, random.Random], bytes]
CSV_READERS = ("903-csv", "postcodes", "providers")
XML_READERS = ("903-xml", "cin")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _at(data: bytes, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def byte_flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def insert_nul(data: bytes, rng: random.Random) -> bytes:
    i = _at(data, rng)
    return data[:i] + b"\x00" * rng.randint(1, 4) + data[i:]


def invalid_utf8(data: bytes, rng: random.Random) -> bytes:
    bad = rng.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\x81\x8d"])
    i = _at(data, rng)
    return data[:i] + bad + data[i:]


def mixed_encodings(data: bytes, rng: random.Random) -> bytes:
    """Zoë written in UTF-8 on one line and in Windows-1252 on another, as when two exports are pasted together."""
    lines = _lines(data)
    a, b = sorted(rng.sample(range(len(lines)), 2)) if len(lines) > 1 else (0, 0)
    lines[a] += "Zoë".encode()  # at the line's end: the last cell of a CSV row, text between XML elements
    lines[b] += "Zoë".encode("cp1252")
    return b"\n".join(lines)


def long_field(data: bytes, rng: random.Random) -> bytes:
    i = _at(data, rng)
    return data[:i] + b"A" * rng.choice([140_000, 2_000_000, 11_000_000]) + data[i:]


def long_line(data: bytes, rng: random.Random) -> bytes:
    return data + b"x," * rng.choice([100_000, 3_000_000])


def crlf(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\n", b"\r\n")


def cr_only(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"\n", b"\r")


def utf16(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    if rng.random() < 0.5:
        return text.encode("utf-16")  # with a BOM
    return text.encode("utf-16-le")  # without one


def bom_only(data: bytes, rng: random.Random) -> bytes:
    return rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b" \n\n\t\r\n", b"\n"])


def repeat_slice(data: bytes, rng: random.Random) -> bytes:
    i = _at(data, rng)
    j = min(len(data), i + rng.randint(1, 500))
    return data[:j] + data[i:j] * rng.randint(2, 50) + data[j:]


def random_bytes(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([1, 100, 5000, 200_000]))


def control_chars(data: bytes, rng: random.Random) -> bytes:
    """Characters str.splitlines treats as line ends (form feed, U+2028, NEL) and Rich would read as markup."""
    i = _at(data, rng)
    return data[:i] + rng.choice(["\x0c", "\u2028", "\x85", "\x1e", "[/bold]", "[red]"]).encode() + data[i:]


# CSV only


def many_columns(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    extra = b"," + b",".join(b"X%d" % i for i in range(rng.choice([1_000, 100_000])))
    return b"\n".join([lines[0] + extra, *lines[1:]])


def duplicate_header(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    cols = lines[0].split(b",")
    cols.insert(rng.randrange(len(cols) + 1), rng.choice(cols).lower())
    return b"\n".join([b",".join(cols), *lines[1:]])


def missing_header(data: bytes, rng: random.Random) -> bytes:
    return b"\n".join(_lines(data)[1:])


def missing_column(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    k = rng.randrange(len(lines[0].split(b",")))
    return b"\n".join(b",".join(c for j, c in enumerate(line.split(b",")) if j != k) for line in lines)


def blank_header_cells(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    return b"\n".join(line + b",," for line in lines)


def open_quote(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    k = rng.randrange(len(lines))
    cells = lines[k].split(b",")
    j = rng.randrange(len(cells))
    cells[j] = b'"' + cells[j]
    lines[k] = b",".join(cells)
    return b"\n".join(lines)


def ragged_rows(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    k = rng.randrange(1, max(2, len(lines)))
    if k < len(lines):
        lines[k] = lines[k] + b",extra" if rng.random() < 0.5 else lines[k].rsplit(b",", 1)[0]
    return b"\n".join(lines)


def formula_cells(data: bytes, rng: random.Random) -> bytes:
    lines = _lines(data)
    k = rng.randrange(1, max(2, len(lines)))
    if k < len(lines) and b"," in lines[k]:
        lines[k] = lines[k].replace(b",", b",=cmd|' /C calc'!A0,", 1).rsplit(b",", 1)[0]
    return b"\n".join(lines)


# XML only

_XML_DECL = b'<?xml version="1.0" encoding="utf-8"?>'


def _body(data: bytes) -> bytes:
    return data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data


def _root(data: bytes) -> bytes:
    body = _body(data).lstrip()
    return body[1 : body.index(b">")].split()[0]


def billion_laughs(data: bytes, rng: random.Random) -> bytes:
    ents = b'<!ENTITY lol "lol">' + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    body = _body(data).replace(b"</", b"&lol9;</", 1)
    return _XML_DECL + b"\n<!DOCTYPE %s [%s]>" % (_root(data), ents) + body


def xxe(data: bytes, rng: random.Random) -> bytes:
    target = rng.choice([b"file:///etc/passwd", b"http://127.0.0.1:9/secret", b"/dev/zero"])
    body = _body(data).replace(b"</", b"&xxe;</", 1)
    return _XML_DECL + b'\n<!DOCTYPE %s [<!ENTITY xxe SYSTEM "%s">]>' % (_root(data), target) + body


def parameter_entities(data: bytes, rng: random.Random) -> bytes:
    dtd = b'<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;'
    return _XML_DECL + b"\n<!DOCTYPE %s [%s]>" % (_root(data), dtd) + _body(data)


def external_dtd(data: bytes, rng: random.Random) -> bytes:
    return _XML_DECL + b'\n<!DOCTYPE %s SYSTEM "http://127.0.0.1:9/x.dtd">' % _root(data) + _body(data)


def late_doctype(data: bytes, rng: random.Random) -> bytes:
    """The DOCTYPE after 70 KB of comment, past any scan of the file's first bytes."""
    return _XML_DECL + b"\n<!--" + b"x" * 70_000 + b"-->\n" + xxe(data, rng)[len(_XML_DECL) :]


def utf16_doctype(data: bytes, rng: random.Random) -> bytes:
    text = billion_laughs(data, rng).decode().replace('encoding="utf-8"', 'encoding="utf-16"')
    return text.encode("utf-16")


def deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([300, 100_000])
    body = _body(data)
    i = body.index(b">", body.index(b"<" + _root(data))) + 1
    return _XML_DECL + body[:i] + b"<a>" * depth + b"</a>" * depth + body[i:]


def wrong_root(data: bytes, rng: random.Random) -> bytes:
    root = _root(data)
    return data.replace(b"<" + root, b"<Other", 1).replace(b"</" + root + b">", b"</Other>")


def wrong_namespace(data: bytes, rng: random.Random) -> bytes:
    root = _root(data)
    ns = rng.choice([b' xmlns="http://www.dfe.gov.uk/CIN"', b' xmlns="urn:other"'])
    return data.replace(b"<" + root + b">", b"<" + root + ns + b">", 1)


def huge_text_node(data: bytes, rng: random.Random) -> bytes:
    body = _body(data)
    i = body.index(b"</")
    return _XML_DECL + body[:i] + b"A" * 11_000_000 + body[i:]


def many_attributes(data: bytes, rng: random.Random) -> bytes:
    attrs = b"".join(b' a%d="x"' % i for i in range(rng.choice([1_000, 50_000])))
    root = _root(data)
    return data.replace(b"<" + root + b">", b"<" + root + attrs + b">", 1)


def undefined_entity(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"</", b"&nope;</", 1)


def lying_encoding(data: bytes, rng: random.Random) -> bytes:
    """Declared UTF-8, holds Windows-1252 bytes; or declares an encoding no one has heard of."""
    if rng.random() < 0.5:
        return data.replace(b"</", "Zoë</".encode("cp1252"), 1)
    return data.replace(b'encoding="utf-8"', rng.choice([b'encoding="x-unknown"', b'encoding="EBCDIC-US"', b'encoding="utf-32"']), 1)


def cin_wrong_year(data: bytes, rng: random.Random) -> bytes:
    year = rng.choice([b"2025", b"2027", b"", b"twenty", b"2026-27"])
    return data.replace(b"<Year>2026</Year>", b"<Year>" + year + b"</Year>", 1)


def cin_wrong_collection(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"<Collection>CIN</Collection>", b"<Collection>SSDA903</Collection>", 1)


def misplaced_elements(data: bytes, rng: random.Random) -> bytes:
    """Elements where they do not belong: a Child outside Children, a nested container, a second Children."""
    return rng.choice([
        data.replace(b"<Children>", b"<Child><Children>", 1).replace(b"</Children>", b"</Children></Child>", 1),
        data.replace(b"</Children>", b"</Children><Children><Child/></Children>", 1),
        data.replace(b"<CINdetails>", b"<CINdetails><CINdetails>", 1).replace(b"</CINdetails>", b"</CINdetails></CINdetails>", 1),
        data.replace(b"<CHILD>", b"<X><CHILD>", 1).replace(b"</CHILD>", b"</CHILD></X>", 1),
        data.replace(b"</EPISODE>", b"<EPISODE/></EPISODE>", 1),
    ])


def comments_and_cdata(data: bytes, rng: random.Random) -> bytes:
    body = _body(data)
    i = body.index(b"</")
    return _XML_DECL + b"<?pi x?><!-- c -->" + body[:i] + b"<![CDATA[<x>&amp;]]><!-- unclosed" * rng.randint(0, 1) + body[i:]


def large_census(data: bytes, rng: random.Random) -> bytes:
    """A census of about 26 MB, so it is read in parts side by side, damaged in its second half."""
    head, rest = data.split(b"<Children>", 1)
    children, tail = rest.rsplit(b"</Children>", 1)
    big = head + b"<Children>" + children * (26_000_000 // len(children) + 1) + b"</Children>" + tail
    i = rng.randrange(len(big) // 2, len(big))
    at_child = big.rfind(b"</Child>", 0, i) + len(b"</Child>")
    return rng.choice([
        big[:i],  # truncated
        big[:i] + b"\x00" + big[i:],
        big[:at_child] + "<!-- Zoë </Child><Child> -->".encode() + big[at_child:],  # a cut point inside a comment
        big[:i] + "Zoë".encode("cp1252") + big[i:],
        big + b"<Message></Message>",
        big[:at_child] + b"<!DOCTYPE x>" + big[at_child:],
    ])


# kind -> (damage, the readers it applies to)
KINDS: dict[str, tuple[Damage, tuple[str, ...]]] = {
    "truncate": (truncate, CSV_READERS + XML_READERS),
    "byte_flip": (byte_flip, CSV_READERS + XML_READERS),
    "insert_nul": (insert_nul, CSV_READERS + XML_READERS),
    "invalid_utf8": (invalid_utf8, CSV_READERS + XML_READERS),
    "mixed_encodings": (mixed_encodings, CSV_READERS + XML_READERS),
    "long_field": (long_field, CSV_READERS + XML_READERS),
    "long_line": (long_line, CSV_READERS + XML_READERS),
    "crlf": (crlf, CSV_READERS + XML_READERS),
    "cr_only": (cr_only, CSV_READERS + XML_READERS),
    "utf16": (utf16, CSV_READERS + XML_READERS),
    "bom_or_blank_only": (bom_only, CSV_READERS + XML_READERS),
    "repeat_slice": (repeat_slice, CSV_READERS + XML_READERS),
    "random_bytes": (random_bytes, CSV_READERS + XML_READERS),
    "control_chars": (control_chars, CSV_READERS + XML_READERS),
    "many_columns": (many_columns, CSV_READERS),
    "duplicate_header": (duplicate_header, CSV_READERS),
    "missing_header": (missing_header, CSV_READERS),
    "missing_column": (missing_column, CSV_READERS),
    "blank_header_cells": (blank_header_cells, CSV_READERS),
    "open_quote": (open_quote, CSV_READERS),
    "ragged_rows": (ragged_rows, CSV_READERS),
    "formula_cells": (formula_cells, CSV_READERS),
    "billion_laughs": (billion_laughs, XML_READERS),
    "xxe": (xxe, XML_READERS),
    "parameter_entities": (parameter_entities, XML_READERS),
    "external_dtd": (external_dtd, XML_READERS),
    "late_doctype": (late_doctype, XML_READERS),
    "utf16_doctype": (utf16_doctype, XML_READERS),
    "deep_nesting": (deep_nesting, XML_READERS),
    "wrong_root": (wrong_root, XML_READERS),
    "wrong_namespace": (wrong_namespace, XML_READERS),
    "huge_text_node": (huge_text_node, XML_READERS),
    "many_attributes": (many_attributes, XML_READERS),
    "undefined_entity": (undefined_entity, XML_READERS),
    "lying_encoding": (lying_encoding, XML_READERS),
    "misplaced_elements": (misplaced_elements, XML_READERS),
    "comments_and_cdata": (comments_and_cdata, XML_READERS),
    "cin_wrong_year": (cin_wrong_year, ("cin",)),
    "cin_wrong_collection": (cin_wrong_collection, ("cin",)),
    "large_census": (large_census, ("cin",)),
}
# Kinds that are not damaged bytes but things in the file system where a file should be.
FILE_SYSTEM_KINDS = ("empty", "folder", "link_to_dev_zero", "link_to_dev_urandom", "dangling_link", "fifo", "sparse_2gb", "sparse_2gb_valid_head")
# These must never read: refusing them is the point.
MUST_REFUSE = {
    "billion_laughs", "xxe", "parameter_entities", "external_dtd", "late_doctype", "utf16_doctype", "deep_nesting",
    "wrong_root", "cin_wrong_year", "cin_wrong_collection", "insert_nul", "huge_text_node", "undefined_entity", *FILE_SYSTEM_KINDS,
}


@dataclass(frozen=True)
class Variant:
    kind: str
    reader: str
    path: Path  # the damaged file (or folder, link, pipe)
    seed: int

    @property
    def label(self) -> str:
        return f"{self.reader}:{self.kind}:{self.seed}"


def _suffix(reader: str) -> str:
    return ".xml" if reader in XML_READERS else ".csv"


def _file_system(kind: str, path: Path, base: bytes) -> None:
    match kind:
        case "empty":
            path.write_bytes(b"")
        case "folder":
            path.mkdir()  # empty: a folder of CSV files is a valid 903 return, so that is no damage
        case "link_to_dev_zero":
            path.symlink_to("/dev/zero")
        case "link_to_dev_urandom":
            path.symlink_to("/dev/urandom")
        case "dangling_link":
            path.symlink_to(path.parent / "nowhere")
        case "fifo":
            os.mkfifo(path)
        case "sparse_2gb" | "sparse_2gb_valid_head":
            path.write_bytes(base if kind.endswith("head") else b"")
            os.truncate(path, 2 * 1024**3)  # sparse: costs no disk


def make(bases: Bases, out: Path, reader: str, kind: str, k: int = 0, seed: int = 0) -> Variant:
    """The k-th variant of one kind of damage for one reader, written under `out`."""
    out.mkdir(parents=True, exist_ok=True)
    base_files = bases.files[reader]
    names = sorted(base_files)
    if kind in FILE_SYSTEM_KINDS:
        path = out / f"{reader}-{kind}{_suffix(reader)}"
        if not os.path.lexists(path):
            _file_system(kind, path, base_files[names[0]])
        return Variant(kind, reader, path, 0)
    damage, readers = KINDS[kind]
    assert reader in readers, f"{kind} does not apply to {reader}"
    rng = random.Random(f"{seed}:{reader}:{kind}:{k}")
    name = rng.choice(names)
    path = out / f"{reader}-{kind}-{k}-{name}"
    path.write_bytes(damage(base_files[name], rng))
    return Variant(kind, reader, path, k)


def pairs() -> list[tuple[str, str]]:
    """Every (reader, kind) the corpus holds."""
    readers = CSV_READERS + XML_READERS
    return [(r, k) for r in readers for k in FILE_SYSTEM_KINDS] + [(r, k) for k, (_, rs) in KINDS.items() for r in rs]


def corpus(bases: Bases, out: Path, per_kind: int = 1, seed: int = 0) -> Iterator[Variant]:
    """Every kind of damage for every reader it applies to, `per_kind` times each with different choices
    (file-system kinds once: they do not vary)."""
    for reader, kind in pairs():
        for k in range(1 if kind in FILE_SYSTEM_KINDS else per_kind):
            yield make(bases, out, reader, kind, k, seed)


# ---- running a reader on a variant ------------------------------------------------------------------------


def read(reader: str, path: Path) -> object:
    from carewatch.engine.reference_lists import read_reference
    from carewatch.returns.cin.read import read_cin
    from carewatch.returns.ssda903.read import read_903

    match reader:
        case "903-csv":
            return read_903([path], YEAR)
        case "903-xml":
            return read_903(path, YEAR)
        case "cin":
            return read_cin(path, YEAR)
        case _:
            return read_reference("ssda903", reader, path)


@dataclass(frozen=True)
class Outcome:
    variant: Variant
    result: str  # one of OUTCOMES
    seconds: float
    detail: str


class _OverTime(BaseException):
    """BaseException, so no reader's `except Exception` can swallow it."""


def _alarm(signum: int, frame: object) -> None:
    raise _OverTime


def settle(variant: Variant, limit: float = 60.0) -> Outcome:
    """Run the variant's reader with a time limit and classify how it ended."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    t0 = time.perf_counter()
    try:
        read(variant.reader, variant.path)
        result, detail = "read", ""
    except InputError as exc:
        text = str(exc)
        named = variant.path.name in text and "\n" not in text
        result, detail = ("refused", text) if named else ("other", f"refusal without the file name or on several lines: {text}")
    except _OverTime:
        result, detail = "over time", f"not settled in {limit:.0f} s"
    except Exception as exc:  # noqa: BLE001 - the point is to catch anything the reader lets out
        result, detail = "other", f"{type(exc).__name__}: {exc}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    seconds = time.perf_counter() - t0
    if result == "read" and variant.kind in MUST_REFUSE:
        result, detail = "other", "read, but this kind must be refused"
    return Outcome(variant, result, seconds, detail[:300])


# ---- the same through the command line ----------------------------------------------------------------------


def cli(variant: Variant, work: Path, timeout: float = 120.0) -> str:
    """Run `carewatch validate` on the variant; return "" when it ended as an unusable input must (exit 2, one
    line on stderr naming the file, no traceback, no findings written), else what went wrong."""
    import subprocess
    import sys

    base = [sys.executable, "-m", "carewatch", "validate"]
    out = work / "out"
    match variant.reader:
        case "903-csv" | "903-xml":
            command = [*base, "903", str(variant.path)]
        case "cin":
            command = [*base, "cin", str(variant.path)]
        case _:  # a damaged reference list beside a valid return
            good = work / "header.csv"
            good.write_text("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,M,01/02/2010,WBRI,,,\n")
            command = [*base, "903", str(good), f"--{variant.reader}", str(variant.path)]
    result = subprocess.run([*command, "--year", YEAR, "--out", str(out)], capture_output=True, text=True, timeout=timeout)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if result.returncode != 2:
        return f"exit {result.returncode}: {result.stderr[-500:]}"
    if "Traceback" in result.stderr:
        return f"traceback: {result.stderr[-500:]}"
    if len(lines) != 1 or not lines[0].startswith("error: ") or variant.path.name not in lines[0]:
        return f"not one line naming the file: {result.stderr[-500:]}"
    if (out / "findings.csv").exists() or (out / "findings.xlsx").exists():
        return "findings written for unusable input"
    return ""
