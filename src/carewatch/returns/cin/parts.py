"""Reading a large CIN census in parts, one per core: the file is cut after a </Child>, each part is parsed
as its own document (wrapped in <Message><Children> where it needs to be) in its own process, and the parts
are joined in file order with their line numbers and Child numbers made whole-file again."""

import os
import re
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from carewatch.errors import InputError
from carewatch.returns.schema import Schema, load_schema

PART_MIN_BYTES = 24 * 1024 * 1024  # below this, one pass is quicker than starting processes
OPEN, CLOSE = b"<Message><Children>", b"</Children></Message>"
_BLOCK = 1 << 20
_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")

Part = tuple[dict[str, pa.Table], int, int]  # tables, Children in the part, lines before the part


class _Slice:
    """A byte range of the file with text before and after it, read as one document by lxml."""

    def __init__(self, path: str, start: int, end: int, before: bytes, after: bytes) -> None:
        self.f = open(path, "rb")  # noqa: SIM115 - closed when the last byte is read
        self.f.seek(start)
        self.left = end - start
        self.pending = [before]
        self.after = after

    def read(self, n: int = -1) -> bytes:
        while self.pending and not self.pending[0]:
            self.pending.pop(0)
        if self.pending:
            return self.pending.pop(0)
        if self.left > 0:
            data = self.f.read(min(n if n > 0 else _BLOCK, self.left))
            self.left -= len(data)
            if data:
                return data
            self.left = 0
        if self.after:
            data, self.after = self.after, b""
            return data
        self.f.close()
        return b""


def _read_part(path: str, start: int, end: int, first: bool, last: bool, year: str) -> tuple[dict[str, pa.Table], int]:
    from carewatch.returns.cin.read import read_stream

    source = _Slice(path, start, end, b"" if first else OPEN, b"" if last else CLOSE)
    return read_stream(source, Path(path).name, load_schema("cin", year), whole_file=False)  # type: ignore[arg-type]


def _cuts(path: Path, parts: int) -> list[int] | None:
    """Byte offsets just after a </Child> near each 1/parts of the file, or None if the file cannot be cut."""
    size = path.stat().st_size
    cuts = []
    with path.open("rb") as f:
        for k in range(1, parts):
            f.seek(size * k // parts)
            window = f.read(_BLOCK)
            at = window.find(b"</Child>")
            if at < 0:
                return None
            cuts.append(size * k // parts + at + len(b"</Child>"))
    return cuts


def _lines_before(path: Path, offsets: list[int]) -> list[int]:
    counts, seen, pos = [], 0, 0
    with path.open("rb") as f:
        for offset in offsets:
            while pos < offset:
                block = f.read(min(_BLOCK, offset - pos))
                seen += block.count(b"\n")
                pos += len(block)
            counts.append(seen)
    return counts


def _utf8(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(200)
    m = _ENCODING.search(head)
    return m is None or m.group(1).lower() in (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def read_parts(path: Path, schema: Schema, workers: int | None = None) -> list[Part]:
    from carewatch.returns.cin.read import read_stream

    workers = workers or min(2, os.cpu_count() or 1)
    cuts = _cuts(path, workers) if workers > 1 and path.stat().st_size >= PART_MIN_BYTES and _utf8(path) else None
    if not cuts:
        tables, children = read_stream(str(path), path.name, schema)
        return [(tables, children, 0)]
    starts = [0, *cuts]
    ends = [*cuts, path.stat().st_size]
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            futures = [
                pool.submit(_read_part, str(path), s, e, i == 0, i == len(starts) - 1, str(schema.year))
                for i, (s, e) in enumerate(zip(starts, ends, strict=True))
            ]
            results = [f.result() for f in futures]
    except InputError:
        # A broken file: one pass over the whole of it names the fault with whole-file lines and paths.
        tables, children = read_stream(str(path), path.name, schema)
        return [(tables, children, 0)]
    lines = _lines_before(path, starts)
    if results[0][1] + sum(r[1] for r in results[1:]) == 0 and not results[0][0]["header"].num_rows:
        raise InputError(path.name, "no <Header> or <Child> elements: expected a CIN census <Message>")
    return [(tables, children, line) for (tables, children), line in zip(results, lines, strict=True)]
