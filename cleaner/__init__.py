"""cleaner: article text out of scraped news pages, with every removal explained.

    >>> import cleaner
    >>> cleaner.clean("Council approves the budget\\n\\nThe council approved the budget on Monday.\\n\\nLeave a Reply")
    'Council approves the budget\\n\\nThe council approved the budget on Monday.\\n'
"""
from __future__ import annotations

from .options import Options
from .pipeline import Cleaner
from .result import CleanResult, Removal, Repair

__all__ = ["clean", "clean_html", "clean_and_explain", "Cleaner", "CleanResult", "Options", "Removal", "Repair"]
__version__ = "0.1.0"


def clean(text: str | bytes, options: Options | None = None, **overrides) -> str:
    """The article text of ``text`` (str or bytes), junk removed and damage repaired."""
    return Cleaner(options, **overrides).clean(text).text


def clean_html(page: str | bytes, options: Options | None = None, **overrides) -> str:
    """The article text of an HTML page or fragment, without detecting the input kind."""
    return Cleaner(options, **{"input_kind": "html", **overrides}).clean(page).text


def clean_and_explain(text: str | bytes, options: Options | None = None, **overrides) -> CleanResult:
    """Like ``clean``, but also returns every removal (rule, reason, text, span) and repair."""
    return Cleaner(options, **overrides).clean(text)
