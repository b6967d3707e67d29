"""The record kinds of batch runs, each a picklable handler ``handler(cleaner, task) -> Outcome``
that never raises: a failure becomes an outcome that says why.

- ``FileTask``: one file of a directory, cleaned into the mirrored tree;
- ``JsonlHandler``: one line of a JSONL dataset, every other field kept;
- ``WarcHandler``: one HTML response of a WARC archive, out as a JSONL record.
"""
from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .decode import decode
from .streams import open_input, open_output

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


@dataclass(frozen=True)
class Outcome:
    """What one record produced: a line to write (JSONL modes), sizes, and an error if it failed."""

    line: bytes | None
    size_in: int
    size_out: int
    error: str | None = None
    #: what the corpus report needs of the document (``report.digest``), when one is asked for
    digest: dict | None = None


def _digest(wanted: bool, label: str, source: str | bytes, result) -> dict | None:
    """The document's digest for the corpus report, when one is asked for."""
    if not wanted:
        return None
    from .report import digest

    return digest(label, source if isinstance(source, str) else decode(source), result)


# -- directories -------------------------------------------------------------------------------

def walk(root: Path, include: list[str], exclude: list[str]) -> Iterator[Path]:
    """Files under ``root``, recursively and sorted, kept by the include globs (all when none)
    and dropped by the exclude globs; globs match the path relative to ``root``."""
    for directory, subdirs, files in os.walk(root):
        subdirs.sort()
        for name in sorted(files):
            path = Path(directory) / name
            relative = path.relative_to(root).as_posix()
            if include and not any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(name, g) for g in include):
                continue
            if any(fnmatch.fnmatch(relative, g) or fnmatch.fnmatch(name, g) for g in exclude):
                continue
            yield path


def mirrored(path: Path, root: Path, out: Path) -> Path:
    """Where a file's clean text goes: the same place under ``out``; pages become .txt."""
    target = out / path.relative_to(root)
    return target.with_suffix(".txt") if target.suffix.lower() in _HTML_SUFFIXES else target


class FileTask:
    """Clean ``source`` into ``target`` (the handler for directory runs); with ``report``, each
    outcome carries the document's digest for the corpus report."""

    def __init__(self, report: bool = False):
        self.report = report

    def __call__(self, cleaner, task: tuple[str, str]) -> Outcome:
        source, target = task
        try:
            with open_input(source) as stream:
                data = stream.read()
        except (OSError, EOFError) as exc:
            return Outcome(None, 0, 0, f"{source}: cannot read: {exc.strerror or exc}")
        try:
            result = cleaner.clean(data)
            if result.kind in ("binary", "unusable"):
                return Outcome(None, len(data), 0, f"{source}: {result.notes[0]}")
            text = result.text.encode("utf-8")
            with open_output(target) as out:
                out.write(text)
        except Exception as exc:  # one bad file must not stop the run
            return Outcome(None, len(data), 0, f"{source}: {type(exc).__name__}: {exc}")
        return Outcome(None, len(data), len(text), digest=_digest(self.report, source, data, result))


# -- JSONL -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class JsonlHandler:
    """Clean one JSONL line's text field. Every other field stays as it was; a record that fails
    is written through with ``error_key`` saying why."""

    text_key: str = "text"
    output_key: str | None = None  # None: replace the text field in place
    id_key: str | None = None
    removals_key: str | None = None
    error_key: str = "cleaner_error"
    report: bool = False

    def __call__(self, cleaner, task: tuple[int, bytes]) -> Outcome:
        number, raw = task
        try:
            record = json.loads(raw)
        except ValueError as exc:
            return self._failed({"line": number, "raw": raw.decode("utf-8", "replace")},
                                f"line {number} is not JSON: {exc}", len(raw))
        if not isinstance(record, dict):
            return self._failed({"line": number, "raw": record}, f"line {number} is not a JSON object", len(raw))
        where = f"line {number}" + (f" ({self.id_key}={record.get(self.id_key)!r})" if self.id_key else "")
        value = record.get(self.text_key)
        if not isinstance(value, str):
            reason = "has no" if self.text_key not in record else "has a non-text"
            return self._failed(record, f"{where} {reason} field {self.text_key!r}", len(raw))
        try:
            result = cleaner.clean(value)
        except Exception as exc:  # never stop the run for one record
            return self._failed(record, f"{where}: {type(exc).__name__}: {exc}", len(raw))
        record[self.output_key or self.text_key] = result.text
        if self.removals_key:
            record[self.removals_key] = [r.as_dict() for r in result.removed]
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
        label = f"line {number}" + (f" ({self.id_key}={record.get(self.id_key)})" if self.id_key else "")
        return Outcome(line, len(raw), len(result.text.encode("utf-8")),
                       digest=_digest(self.report, label, value, result))

    def _failed(self, record: dict, reason: str, size: int) -> Outcome:
        record[self.error_key] = reason
        return Outcome(json.dumps(record, ensure_ascii=False).encode("utf-8"), size, 0, reason)


def jsonl_tasks(stream: BinaryIO, limit: int | None = None) -> Iterator[tuple[int, bytes]]:
    """(line number, line) for each line; numbering starts at 1."""
    for number, line in enumerate(stream, 1):
        if limit is not None and number > limit:
            return
        yield number, line.rstrip(b"\r\n")


# -- WARC --------------------------------------------------------------------------------------

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_tasks(stream: BinaryIO, limit: int | None = None) -> Iterator[tuple]:
    """(url, date, record id, payload, declared charset) for each HTML response of a WARC
    (plain or gzipped); other records are skipped. Read with warcio, one record at a time."""
    from warcio.archiveiterator import ArchiveIterator

    count = seen = 0
    for record in ArchiveIterator(stream):
        if record.rec_type is None:
            raise ValueError(f"not a WARC record after {seen} records")
        seen += 1
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type = (record.http_headers.get_header("Content-Type") or "").lower()
        if not content_type.startswith(_HTML_TYPES):
            continue
        charset = None
        if "charset=" in content_type:
            charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
        payload = record.content_stream().read()
        yield (record.rec_headers.get_header("WARC-Target-URI"), record.rec_headers.get_header("WARC-Date"),
               record.rec_headers.get_header("WARC-Record-ID"), payload, charset)
        count += 1
        if limit is not None and count >= limit:
            return


@dataclass(frozen=True)
class WarcHandler:
    """One HTML response -> one JSONL record: url, date, record id, and the article text."""

    text_key: str = "text"
    removals_key: str | None = None
    error_key: str = "cleaner_error"
    report: bool = False

    def __call__(self, cleaner, task: tuple) -> Outcome:
        url, date, record_id, payload, charset = task
        record = {"url": url, "date": date, "warc_record_id": record_id}
        try:
            page = decode(payload, declared=charset)
            result = cleaner.clean(page)
            record[self.text_key] = result.text
            if self.removals_key:
                record[self.removals_key] = [r.as_dict() for r in result.removed]
        except Exception as exc:
            record[self.error_key] = f"{url}: {type(exc).__name__}: {exc}"
            return Outcome(json.dumps(record, ensure_ascii=False).encode("utf-8"), len(payload), 0, record[self.error_key])
        return Outcome(json.dumps(record, ensure_ascii=False).encode("utf-8"), len(payload),
                       len(result.text.encode("utf-8")), digest=_digest(self.report, url, page, result))
