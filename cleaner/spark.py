"""Cleaning a DataFrame column on Apache Spark (``pip install cleaner[spark]``).

    from cleaner.spark import clean_column
    df = clean_column(df, "text", output_col="clean_text", languages=("en", "de"))

A pandas UDF (Arrow batches, one ``Cleaner`` per executor process), configured by the same
``Options`` as the library, so every row comes out exactly as ``cleaner.clean`` would make it.
"""
from __future__ import annotations

from .options import Options
from .pipeline import Cleaner

_CLEANERS: dict[Options, Cleaner] = {}


def _cleaner(options: Options) -> Cleaner:
    """One Cleaner per options and Python worker process: phrase data is compiled once."""
    if options not in _CLEANERS:
        _CLEANERS[options] = Cleaner(options)
    return _CLEANERS[options]


def clean_series(texts, options: Options):
    """Clean a pandas Series of str/bytes; missing values (None, NaN) stay missing. The UDF's body,
    testable alone."""
    cleaner = _cleaner(options)
    return texts.map(lambda value: cleaner.clean(value).text if isinstance(value, (str, bytes)) else None)


def clean_udf(options: Options | None = None, **overrides):
    """A pandas UDF (string -> string) that cleans a column."""
    from pyspark.sql.functions import pandas_udf

    settings = (options or Options()).with_overrides(**overrides)

    @pandas_udf("string")
    def clean(texts):
        return clean_series(texts, settings)

    return clean


def clean_column(df, input_col: str = "text", output_col: str | None = None,
                 options: Options | None = None, **overrides):
    """``df`` with ``input_col`` cleaned into ``output_col`` (default: in place)."""
    udf = clean_udf(options, **overrides)
    return df.withColumn(output_col or input_col, udf(df[input_col]))
