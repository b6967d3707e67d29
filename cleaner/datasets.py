"""cleaner for Hugging Face ``datasets``: a batched map function.

    import cleaner.datasets
    cleaned = dataset.map(cleaner.datasets.clean_batch, batched=True,
                          fn_kwargs={"column": "text", "removals_column": "removed"})

Nothing here imports ``datasets``: a batch is a dict of columns (lists), as ``Dataset.map`` hands
it over. The ``Cleaner`` is built once per process and set of options."""
from __future__ import annotations

from functools import lru_cache

from .options import Options
from .pipeline import Cleaner


@lru_cache(maxsize=8)
def _cleaner(options: Options) -> Cleaner:
    return Cleaner(options)


def clean_batch(batch: dict[str, list], column: str = "text", output_column: str | None = None,
                removals_column: str | None = None, options: Options | None = None, **overrides) -> dict[str, list]:
    """The batch with ``column`` cleaned (into ``output_column``, default in place), and with
    ``removals_column`` the removals of each row (rule, reason, text, start, end). A value that
    is not text (None) stays as it is, with no removals."""
    if column not in batch:
        raise KeyError(f"the batch has no column {column!r}; it has {', '.join(batch)}")
    cleaner = _cleaner((options or Options()).with_overrides(**overrides))
    texts, removals = [], []
    for value in batch[column]:
        if isinstance(value, (str, bytes)):
            result = cleaner.clean(value)
            texts.append(result.text)
            removals.append([r.as_dict() for r in result.removed])
        else:
            texts.append(value)
            removals.append([])
    out = dict(batch)
    out[output_column or column] = texts
    if removals_column:
        out[removals_column] = removals
    return out
