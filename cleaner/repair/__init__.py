"""Repair: markup remnants out, then HTML entities, mojibake and spacing mended, on the lines that
need it. ``fixes`` holds each repair as a pure function of a text; ``schedule`` decides which a
document needs, on which lines, and bounds the work."""
from __future__ import annotations

from .schedule import repair_blocks

__all__ = ["repair_blocks"]
