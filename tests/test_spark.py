"""cleaner.spark on a local Spark (Java 17): a DataFrame column comes out as the library makes it."""
import os
import sys

import pytest

import cleaner
from cleaner.options import Options
from conftest import FIXTURES


def test_clean_series_matches_the_library():
    import pandas as pd

    from cleaner.spark import clean_series

    texts = [(FIXTURES / "seed-000.in.txt").read_text(encoding="utf-8"), None, float("nan"), "Hello there."]
    out = clean_series(pd.Series(texts), Options())
    assert out.iloc[0] == cleaner.clean(texts[0]) and out.iloc[3] == cleaner.clean(texts[3])
    assert out.iloc[1] is None and out.iloc[2] is None


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("cleaner-test")
               .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
               .getOrCreate())
    yield session
    session.stop()


def test_dataframe_column_matches_the_library_row_for_row(spark):
    from cleaner.spark import clean_column

    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.in.txt"))[:20]]
    texts += [(FIXTURES / "html" / "comments-leak.html").read_text(encoding="utf-8"), None, ""]
    frame = spark.createDataFrame([(i, t) for i, t in enumerate(texts)], "id int, text string").repartition(3)
    rows = clean_column(frame, "text", output_col="clean").orderBy("id").collect()
    assert len(rows) == len(texts)
    for row, text in zip(rows, texts):
        assert row.text == text
        assert row.clean == (None if text is None else cleaner.clean(text))


def test_options_reach_the_executors(spark):
    from cleaner.spark import clean_column

    text = (FIXTURES / "seed-003.in.txt").read_text(encoding="utf-8")
    frame = spark.createDataFrame([(text,)], "text string")
    (row,) = clean_column(frame, "text", disabled_rules={"related", "shape"}).collect()
    assert "Check Also" in row.text
    assert row.text == cleaner.clean(text, disabled_rules={"related", "shape"})
