"""Python's cyclic garbage collector, paused while a large document is cleaned.

A large document keeps hundreds of thousands of objects alive until its clean ends (its lines,
their phrase hits). Python's collector, triggered by allocations, then walks all of them again
and again, a large share of the clean's time (figures: benchmarks/results/design-notes.md). A clean
makes no reference cycles of its own, so nothing waits on the collector; objects are freed by
their reference counts as usual, and collection resumes when the clean ends.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

PAUSE_FROM = 1 << 18  # characters: smaller documents' objects die before the collector reaches them

_lock = threading.Lock()
_holders = 0  # cleans running with the collector paused (threads may clean at the same time)
_resume = False  # whether the collector was on when the first of them paused it


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the duration, and back as it was when the last pause ends; a
    collector the caller had switched off stays off."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
