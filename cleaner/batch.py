"""Batch runs: many documents through worker processes, results in input order, memory bounded
by a window of documents in flight, a progress bar on a terminal and a summary at the end.

The work itself is the library's (``Cleaner``); this module only moves documents in and out.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .options import Options
from .pipeline import Cleaner

_WORKER: dict = {}


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _init(options: Options, handler: Callable) -> None:
    _WORKER["cleaner"] = Cleaner(options)
    _WORKER["handler"] = handler


def _run_batch(tasks: list) -> list:
    cleaner, handler = _WORKER["cleaner"], _WORKER["handler"]
    return [handler(cleaner, task) for task in tasks]


def _payload(task) -> int:
    """Bytes a task carries to a worker (a JSONL line, a WARC record; a file task carries paths)."""
    if isinstance(task, (bytes, bytearray)):
        return len(task)
    if isinstance(task, tuple):
        return sum(len(part) for part in task if isinstance(part, (bytes, bytearray, str)))
    return 0


def ordered_map(handler: Callable, tasks: Iterable, options: Options, workers: int,
                batch: int = 64, batch_bytes: int = 1 << 20, window: int = 8) -> Iterator:
    """``handler(cleaner, task)`` for every task, in input order. With several workers, tasks go
    out in batches of ``batch`` tasks or ``batch_bytes`` of payload, whichever comes first, and
    at most ``window`` batches per worker are in flight at once, so memory stays bounded (a few
    MB per worker, a few large documents) whatever the corpus. Batches of 64 small documents
    keep small the main process's share of the work (moving batches in and out), which takes
    a core from the workers. ``handler`` must not raise."""
    if workers <= 1:
        cleaner = Cleaner(options)
        for task in tasks:
            yield handler(cleaner, task)
        return
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(options, handler)) as pool:
        pending: deque = deque()
        chunk: list = []
        size = 0
        for task in tasks:
            chunk.append(task)
            size += _payload(task)
            if len(chunk) >= batch or size >= batch_bytes:
                pending.append(pool.submit(_run_batch, chunk))
                chunk, size = [], 0
                while len(pending) >= window * workers:
                    yield from pending.popleft().result()
        if chunk:
            pending.append(pool.submit(_run_batch, chunk))
        while pending:
            yield from pending.popleft().result()


@dataclass
class Tally:
    """What a batch run did, for the progress bar and the summary line."""

    documents: int = 0
    failures: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, size_in: int, size_out: int, failed: bool) -> None:
        self.documents += 1
        self.failures += failed
        self.bytes_in += size_in
        self.bytes_out += size_out

    def summary(self) -> str:
        seconds = time.perf_counter() - self.started
        rate = self.documents / seconds if seconds > 0 else 0.0
        return (f"cleaner: {self.documents} documents, {self.failures} failed, {self.bytes_in / 1e6:.1f} MB in, "
                f"{self.bytes_out / 1e6:.1f} MB out, {seconds:.1f} s ({rate:.0f} docs/s)")


class Progress:
    """A progress bar on stderr when it is a terminal (documents, MB, docs/s, ETA when the total
    size is known); silent otherwise or with ``quiet``."""

    def __init__(self, total_bytes: int | None, quiet: bool):
        self._bar = None
        if not quiet and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self._bar = tqdm(total=total_bytes, unit="B", unit_scale=True, file=sys.stderr, dynamic_ncols=True,
                             desc="cleaning", smoothing=0.1)

    def update(self, tally: Tally, size_in: int) -> None:
        if self._bar is not None:
            self._bar.update(size_in)
            seconds = time.perf_counter() - tally.started
            self._bar.set_postfix(docs=tally.documents, failed=tally.failures,
                                  docs_s=f"{tally.documents / seconds:.0f}" if seconds > 0 else "-", refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
