"""Opening inputs and outputs that may be compressed: gzip and zstd, read and written
transparently, recognised by their magic bytes when reading and by name when writing."""
from __future__ import annotations

import gzip
import io
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

_GZIP = b"\x1f\x8b"
_ZSTD = b"\x28\xb5\x2f\xfd"


def open_input(name: str) -> BinaryIO:
    """A binary stream of the decompressed content of a file, or of stdin for "-"."""
    raw: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")
    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    if not head and name != "-":
        return raw
    if head.startswith(_GZIP):
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if head.startswith(_ZSTD):
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
        return io.BufferedReader(reader)  # type: ignore[arg-type]
    return raw


def compression_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        return "gzip"
    if lower.endswith((".zst", ".zstd")):
        return "zstd"
    return None


@contextmanager
def open_output(name: str | None) -> Iterator[BinaryIO]:
    """A binary stream to write: stdout for None or "-", else a temporary file beside the target,
    renamed over it only when writing succeeded (never a half-written output). Compressed
    according to the target's name (.gz, .zst)."""
    if name in (None, "-"):
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    raw = os.fdopen(fd, "wb")
    kind = compression_of(name)
    try:
        if kind == "gzip":
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="wb")  # type: ignore[assignment]
        elif kind == "zstd":
            import zstandard

            stream = zstandard.ZstdCompressor().stream_writer(raw)  # type: ignore[assignment]
        else:
            stream = raw
        yield stream
        if stream is not raw:
            stream.close()
        raw.close()
        os.replace(tmp, target)
    except BaseException:
        raw.close()
        Path(tmp).unlink(missing_ok=True)
        raise


def read_lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines of a binary stream, without their line ending, memory bounded by one line."""
    for line in stream:
        yield line.rstrip(b"\r\n")
