"""Reading a large CIN census in parts, one per core. The file is cut after a </Child>; each part is parsed as
its own document (wrapped in <Message><Children> where it needs to be) in its own process, which types its rows
as it goes and writes each table to an Arrow IPC file in a private temporary folder (mode 0700). The main
process maps those files rather than receiving copies through a pipe, numbers the rows in file order, and
removes the folder (the mapped tables stay readable until they are released), on error too."""

import gc
import os
import re
import shutil
import tempfile
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from carewatch.errors import InputError
from carewatch.returns.cin.read import LazyDuckDB, Row, read_stream, read_whole
from carewatch.returns.schema import Schema, load_schema

# Below this, one pass is about as quick: a part reader costs 0.03-0.06 s CPU to start and hand back, and a
# 10,000-child census (9 MB) takes about 0.5 s CPU to read.
PART_MIN_BYTES = 8 * 1024 * 1024
OPEN, CLOSE = b"<Message><Children>", b"</Children></Message>"
_BLOCK = 1 << 20
_ENCODING = re.compile(rb"encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_CHILD_TAG = re.compile(rb"<Child[\s/>]")  # the start of a <Child> element

PartResult = tuple[Row | None, int, int]  # first header row (text), Children in the part, Children assumed before it


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


class _IpcFiles:
    """A sink writing each table's typed batches to <folder>/<part>-<table>.arrow as they come."""

    def __init__(self, folder: str, part: int) -> None:
        self.folder, self.part = folder, part
        self.writers: dict[str, pa.ipc.RecordBatchFileWriter] = {}

    def __call__(self, sql: str, batch: pa.Table) -> None:
        if sql not in self.writers:
            self.writers[sql] = pa.ipc.new_file(_file(self.folder, self.part, sql), batch.schema)
        self.writers[sql].write_table(batch)

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


def _file(folder: str, part: int, sql: str) -> str:
    return os.path.join(folder, f"{part}-{sql}.arrow")


def _before(path: str, offset: int) -> tuple[int, int]:
    """Lines and <Child> start tags before byte `offset`. The tags are counted on the bytes, so one inside a
    comment or CDATA is counted too: read_parts checks the count against what the parser found."""
    lines = children = 0
    tail = b""
    with open(path, "rb") as f:
        while offset > 0:
            block = f.read(min(_BLOCK, offset))
            if not block:
                break
            offset -= len(block)
            lines += block.count(b"\n")
            data = tail + block
            children += len(_CHILD_TAG.findall(data))
            tail = data[-6:]  # shorter than a match, so no tag is counted twice
    return lines, children


def _read_part(path: str, start: int, end: int, part: int, parts: int, year: str, folder: str, children_before: int | None) -> PartResult:
    """Read one part into IPC files. Child numbers continue from `children_before`, or, if None, from the
    count of <Child> tags before the part (read_parts re-reads the part if that count was wrong)."""
    lines_before, counted = _before(path, start) if part else (0, 0)
    before = counted if children_before is None else children_before
    source = _Slice(path, start, end, OPEN if part else b"", CLOSE if part < parts - 1 else b"")
    sink = _IpcFiles(folder, part)
    try:
        with LazyDuckDB(threads=1) as con:  # one core per part
            header, children = read_stream(
                source, Path(path).name, load_schema("cin", year), sink, con,  # type: ignore[arg-type]
                whole_file=False, children_before=before, lines_before=lines_before,
            )
    finally:
        sink.close()
    return header, children, before


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


def _utf8(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(200)
    m = _ENCODING.search(head)
    return m is None or m.group(1).lower() in (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def _child(send: Connection, args: tuple) -> None:
    """A part reader's whole life in its forked process. Objects inherited from the parent are the parent's:
    they are frozen (a DuckDB connection freed here once crashed the reader) and the process ends with
    os._exit, so nothing of the parent's is torn down here."""
    gc.freeze()
    try:
        result: tuple[str, object] = ("ok", _read_part(*args))
    except InputError as exc:
        result = ("input", exc)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
        result = ("failed", f"{type(exc).__name__}: {exc}")
    try:
        send.send(result)
    finally:
        os._exit(0)


class PartFailed(RuntimeError):
    """A part reader failed for a reason other than the file (no room for its files, killed)."""


def _run_parts(jobs: list[tuple]) -> list[PartResult]:
    """Run each job's _read_part in a forked process of its own, side by side. The first part to fail ends
    the others at once: an InputError is raised as it is, anything else as PartFailed."""
    ctx = get_context("fork")
    running = []
    try:
        for args in jobs:
            recv, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(send, args), daemon=True)
            proc.start()
            send.close()
            running.append((proc, recv))
        results: dict[int, PartResult] = {}
        waiting: dict[object, int] = {recv: i for i, (_, recv) in enumerate(running)}
        while waiting:
            for ready in wait(list(waiting)):  # type: ignore[arg-type]
                i = waiting.pop(ready)
                try:
                    kind, value = running[i][1].recv()
                except EOFError:  # it died before reporting (killed, out of memory)
                    running[i][0].join()
                    kind, value = "failed", f"it ended with exit code {running[i][0].exitcode}"
                if kind == "input":
                    raise value
                if kind == "failed":
                    raise PartFailed(f"a CIN census part reader failed: {value}")
                results[i] = value
        return [results[i] for i in range(len(jobs))]
    finally:
        for proc, recv in running:
            recv.close()
            if proc.is_alive():
                proc.kill()
            proc.join()


def read_parts(path: Path, schema: Schema, workers: int | None = None) -> tuple[Row | None, dict[str, pa.Table]]:
    """The first header row (text) and each table, typed, with row ids in file order."""
    workers = workers or min(2, os.cpu_count() or 1)
    cuts = _cuts(path, workers) if workers > 1 and path.stat().st_size >= PART_MIN_BYTES and _utf8(path) else None
    if not cuts:
        return read_whole(path, schema)
    ranges = list(zip([0, *cuts], [*cuts, path.stat().st_size], strict=True))
    folder = tempfile.mkdtemp(prefix="carewatch-cin-")  # mode 0700: child-level data
    try:
        jobs = [(str(path), s, e, i, len(ranges), str(schema.year), folder, None) for i, (s, e) in enumerate(ranges)]
        try:
            results = _run_parts(jobs)
        except (InputError, PartFailed):
            # A broken file: one pass over the whole of it names the fault with whole-file lines and paths.
            # A reader that failed otherwise (say, no room for the part files): one pass needs no files.
            return read_whole(path, schema)
        children = 0
        for i, (s, e) in enumerate(ranges):
            if results[i][2] != children:  # a <Child> tag in a comment or CDATA was counted: number them again
                results[i] = _read_part(str(path), s, e, i, len(ranges), str(schema.year), folder, children)
            children += results[i][1]
        header = next((r[0] for r in results if r[0] is not None), None)
        if children == 0 and header is None:
            raise InputError(path.name, "no <Header> or <Child> elements: expected a CIN census <Message>")
        return header, _join(folder, len(ranges), schema)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _join(folder: str, parts: int, schema: Schema) -> dict[str, pa.Table]:
    """Each table from the parts' files, memory-mapped, with row ids made whole-file."""
    tables = {}
    for sql in (t.sql for t in schema.tables.values()):
        pieces, rows = [], 0
        for part in range(parts):
            name = _file(folder, part, sql)
            if not os.path.exists(name):
                continue
            t = pa.ipc.open_file(pa.memory_map(name)).read_all()
            if rows:
                i = t.schema.get_field_index("row_id")
                t = t.set_column(i, "row_id", pc.add(t.column(i), rows))
            rows += t.num_rows
            pieces.append(t)
        if pieces:
            tables[sql] = pa.concat_tables(pieces)
    return tables
