"""A fingerprint of every output, to show a change leaves them byte for byte as they were.

    python -m benchmarks.snapshot before.json            # on the old commit
    python -m benchmarks.snapshot after.json             # on the new one
    python -m benchmarks.snapshot --compare before.json after.json

Each document's cleaned text, removals (rule, reason, span), repairs, notes and kind are hashed:
the fixtures, realtext-dev, scrapinghub-text (three styles) and its HTML pages, wcxb-dev-text (five
styles) and wcxb-dev's HTML pages, all read from ../shared/data ($CLEANER_SHARED_DATA)."""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import wcxb

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def documents() -> list[tuple[str, Path, str]]:
    """(key, path, input kind) for every document the snapshot covers."""
    shared = wcxb.data_root()
    if not (shared / "wcxb-dev").is_dir():
        raise SystemExit(f"the development data are not at {shared} (set CLEANER_SHARED_DATA)")
    found = [(f"fixtures/{p.name}", p, "auto") for p in sorted(FIXTURES.glob("*.in.txt"))]
    found += [(f"realtext/{p.name}", p, "text") for p in sorted((shared / "realtext-dev" / "raw").glob("*.txt"))]
    for style in ("article", "page", "paragraphs"):
        folder = shared / "scrapinghub-text" / style / "input"
        found += [(f"scrapinghub-text/{style}/{p.name}", p, "text") for p in sorted(folder.glob("*.txt"))]
    found += [(f"scrapinghub/{p.name}", p, "html") for p in sorted((shared / "scrapinghub" / "html").glob("*.html"))]
    for style in ("article", "article-joined", "page", "paragraphs", "paragraphs-joined"):
        folder = shared / "wcxb-dev-text" / style / "input"
        found += [(f"wcxb-dev-text/{style}/{p.name}", p, "text") for p in sorted(folder.glob("*.txt"))]
    found += [(f"wcxb-dev/{p.name}", p, "html") for p in sorted((shared / "wcxb-dev" / "html").glob("*.html.gz"))]
    return found


def _fingerprint(job: tuple[str, str, str]) -> tuple[str, str]:
    import cleaner

    key, path, kind = job
    raw = Path(path).read_bytes()
    data = gzip.decompress(raw) if path.endswith(".gz") else raw
    result = cleaner.clean_and_explain(data, input_kind=kind)
    parts = [result.text, result.kind, repr(result.notes),
             repr([(r.rule, r.reason, r.start, r.end) for r in result.removed]),
             repr([tuple(r) for r in result.repairs])]
    return key, hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def snapshot(out: Path, workers: int = 2) -> int:
    jobs = [(key, str(path), kind) for key, path, kind in documents()]
    with ProcessPoolExecutor(workers) as pool:
        hashes = dict(pool.map(_fingerprint, jobs, chunksize=16))
    out.write_text(json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(hashes)} documents fingerprinted in {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])
    missing, added = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
    for label, keys in (("changed", changed), ("only before", missing), ("only after", added)):
        for key in keys[:40]:
            print(f"{label}: {key}")
    print(f"{len(old.keys() & new.keys())} documents in both; {len(changed)} changed, {len(missing)} only before, "
          f"{len(added)} only after")
    return 1 if changed or missing or added else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, nargs="?", help="where to write the fingerprints (JSON)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        parser.error("give a file to write, or --compare BEFORE AFTER")
    return snapshot(args.out, args.workers)


if __name__ == "__main__":
    sys.exit(main())
