"""cleaner as datatrove pipeline steps (``pip install "cleaner[datatrove]"``).

- ``CleanText``: cleans each ``Document``'s text (scraped text, or the output of datatrove's own
  extractor), a formatter;
- ``ExtractArticle``: takes each document's text as a raw HTML page and keeps its article, in
  place of datatrove's ``Trafilatura`` extractor.

Both follow datatrove's conventions: ``name`` and ``type``, ``stat_update`` per document
(``total``, ``forwarded``, ``dropped``) and per rule (``removed_<rule>`` documents touched and
``chars_removed_<rule>``), documents the rules empty dropped unless ``keep_empty``, and an
``exclusion_writer`` that saves the dropped ones (with ``metadata["filter_reason"]``), as
datatrove's filters do. The step holds only its options, so a pipeline pickles to Slurm and Ray
workers unchanged; each worker builds its own ``Cleaner``.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.datatrove import CleanText

    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), CleanText(), JsonlWriter("out/")], tasks=4).run()
"""
from __future__ import annotations

import contextlib

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.typeshelper import StatHints

from .options import Options
from .pipeline import Cleaner


class CleanText(PipelineStep):
    """Cleans each document's text with ``Options`` (and keyword overrides, as ``Cleaner`` takes).

    ``removals_key``: also store the removals (rule, reason, text, span) in ``metadata``;
    ``keep_empty``: keep documents the rules empty (default: drop them, counted as ``dropped``);
    ``exclusion_writer``: a datatrove writer for the dropped documents."""

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"
    input_kind: str | None = None  # (None: as the options say)

    def __init__(self, options: Options | None = None, removals_key: str | None = None, keep_empty: bool = False,
                 exclusion_writer=None, **overrides):
        super().__init__()
        forced = {"input_kind": self.input_kind} if self.input_kind else {}
        self.options = (options or Options()).with_overrides(**{**forced, **overrides})
        self.removals_key = removals_key
        self.keep_empty = keep_empty
        self.exclusion_writer = exclusion_writer
        self._cleaner: Cleaner | None = None

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_cleaner"] = None  # (each worker builds its own)
        return state

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if self._cleaner is None:
            self._cleaner = Cleaner(self.options)
        with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as writer:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    result = self._cleaner.clean(doc.text)
                touched: dict[str, int] = {}
                for removal in result.removed:
                    touched[removal.rule] = touched.get(removal.rule, 0) + len(removal.text)
                for rule, chars in touched.items():
                    self.stat_update(f"removed_{rule}")
                    self.stat_update(f"chars_removed_{rule}", value=chars)
                for repair in result.repairs:
                    self.stat_update(f"repaired_{repair.kind}")
                doc.text = result.text
                if self.removals_key:
                    doc.metadata[self.removals_key] = [r.as_dict() for r in result.removed]
                if result.text.strip() or self.keep_empty:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                    continue
                self.stat_update(StatHints.dropped)
                self.stat_update("dropped_empty")
                if writer is not None:
                    doc.metadata["filter_reason"] = "cleaner: " + ("; ".join(result.notes) or "no article text")
                    writer.write(doc, rank)


class ExtractArticle(CleanText):
    """Takes each document's text as a raw HTML page: its article, cleaned (cleaner's HTML door,
    in place of datatrove's ``Trafilatura`` extractor)."""

    name = "🧹 cleaner (HTML)"
    type = "🛢 - EXTRAC"
    input_kind = "html"
