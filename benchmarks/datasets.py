"""Where the evaluation data is: the vendored archives, unpacked once, or $CLEANER_DATA."""
from __future__ import annotations

import os
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARCHIVES = HERE / "data"
UNPACKED = HERE / ".data"
SETS = ("scrapinghub", "scrapinghub-text")


def root() -> Path:
    """A folder holding scrapinghub/ and scrapinghub-text/."""
    override = os.environ.get("CLEANER_DATA")
    if override:
        return Path(override)
    for name in SETS:
        if not (UNPACKED / name / "manifest.json").is_file():
            UNPACKED.mkdir(exist_ok=True)
            with tarfile.open(ARCHIVES / f"{name}.tar.xz") as archive:
                archive.extractall(UNPACKED, filter="data")
    return UNPACKED


def html_set() -> Path:
    return root() / "scrapinghub"


def text_set() -> Path:
    return root() / "scrapinghub-text"
