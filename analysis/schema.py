"""The columns and vocabularies every stage agrees on, and checks at stage boundaries.

The figures table follows the project's figures schema: one row per quantitative
claim, with the sentence it was read from.  Each ``check_*`` function raises
``SchemaError`` with a message that says which column is wrong and how to fix it.
"""

from __future__ import annotations

import csv
import io
import operator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the extractor's workers read these constants without paying for pandas
    import pandas as pd

ARTICLE_COLUMNS: list[str] = ["article", "publisher", "date", "title", "url", "path", "text", "date_source"]
"""``date_source`` says where ``date`` came from: catalog, text (a date line) or latest-date-in-text."""

FIGURE_COLUMNS: list[str] = [
    "article", "value", "low", "high", "qualifier", "unit", "metric",
    "source", "as_of", "sentence", "text", "conduit", "source_kind", "source_country", "start",
]
"""The schema's columns, then ``text`` (surface phrase), ``conduit`` (who relayed a cited
claim), the source's kind and country, and ``start`` (character offset in the article)."""

SOURCE_COLUMNS: list[str] = ["source", "kind", "country", "n_figures", "n_articles", "articles", "metrics", "figures"]
SKIPPED_COLUMNS: list[str] = ["file", "reason"]

METRICS: tuple[str, ...] = (
    "troops", "casualties", "killed", "wounded", "captured", "workers", "people",
    "munitions", "equipment", "shipments", "supplies", "money", "duration", "other",
)
QUALIFIERS: tuple[str, ...] = ("exact", "more_than", "at_least", "less_than", "at_most", "approx", "range", "vague")
SOURCE_KINDS: tuple[str, ...] = (
    "government", "military", "intelligence", "think tank", "NGO", "media", "person", "international body", "other",
)


class SchemaError(ValueError):
    """A frame does not have the shape the next stage needs."""


def _check_columns(df: pd.DataFrame, columns: list[str], name: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise SchemaError(f"{name} frame lacks column(s) {missing}; build it with analysis.frame or add them.")


def _check_vocabulary(df: pd.DataFrame, column: str, allowed: tuple[str, ...], name: str) -> None:
    bad = sorted(set(df[column].dropna().astype(str)) - set(allowed) - {""})
    if bad:
        raise SchemaError(f"{name}.{column} has value(s) {bad} outside the vocabulary {list(allowed)}.")


def check_figures(df: pd.DataFrame) -> pd.DataFrame:
    """Check a figures frame and return it unchanged.

    >>> check_figures(empty_figures()).shape[1] == len(FIGURE_COLUMNS)
    True
    """
    _check_columns(df, FIGURE_COLUMNS, "figures")
    import pandera.errors  # pandera does the checking; the message below says how to fix the input

    try:
        _figures_model().validate(df, lazy=True)
    except pandera.errors.SchemaErrors as e:
        cases = e.failure_cases.drop_duplicates(["check", "index"]).head(5)
        found = "; ".join(f"row {i}: " + (k if k == "low <= high" else f"{c} fails {k}")
                          for c, k, i in zip(cases["column"], cases["check"], cases["index"]))
        raise SchemaError(
            f"figures frame: {found}. Every figure needs a number (value), low <= high, a metric of {list(METRICS)} "
            f"and a qualifier of {list(QUALIFIERS)}; fix the rows or build the frame with analysis.frame.") from None
    return df


def _figures_model():
    """The figures contract as a pandera schema, built on first use (pandera is slow to import)."""
    import pandera.pandas as pa

    global _FIGURES_MODEL
    if _FIGURES_MODEL is None:
        number = {"nullable": True, "coerce": False}
        _FIGURES_MODEL = pa.DataFrameSchema(
            {
                "article": pa.Column(None, nullable=False),  # text columns: object or string dtype alike
                "value": pa.Column(float, nullable=False),
                "low": pa.Column(float, **number),
                "high": pa.Column(float, **number),
                "metric": pa.Column(None, pa.Check.isin(METRICS)),
                "qualifier": pa.Column(None, pa.Check.isin(QUALIFIERS)),
            },
            checks=pa.Check(lambda d: ~(d["low"] > d["high"]), name="low <= high"),
            strict=False,
        )
    return _FIGURES_MODEL


_FIGURES_MODEL = None


def check_figure_row(row: dict) -> dict:
    """Check one figure row as it streams out (the same rules as ``check_figures``); return it.

    >>> check_figure_row({"value": 5000.0, "low": 5000.0, "high": None, "metric": "casualties", "qualifier": "more_than"})["value"]
    5000.0
    """
    if row.get("value") is None:
        raise SchemaError(f"figure {row.get('text')!r} in {row.get('article')} has no value; every figure needs a number.")
    if row.get("metric") not in METRICS or row.get("qualifier") not in QUALIFIERS:
        raise SchemaError(f"figure {row.get('text')!r} in {row.get('article')}: metric {row.get('metric')!r} / qualifier "
                          f"{row.get('qualifier')!r} outside the vocabulary {list(METRICS)} / {list(QUALIFIERS)}.")
    low, high = row.get("low"), row.get("high")
    if low is not None and high is not None and low > high:
        raise SchemaError(f"figure {row.get('text')!r} in {row.get('article')} has low > high; swap the bounds.")
    return row


def check_articles(df: pd.DataFrame) -> pd.DataFrame:
    """Check an articles frame and return it unchanged."""
    _check_columns(df, ARTICLE_COLUMNS, "articles")
    dupes = df["article"][df["article"].duplicated()].tolist()
    if dupes:
        raise SchemaError(f"articles has duplicate ids {dupes[:5]}; two files share a name without extension.")
    return df


def check_sources(df: pd.DataFrame) -> pd.DataFrame:
    """Check a sources frame and return it unchanged."""
    _check_columns(df, SOURCE_COLUMNS, "sources")
    _check_vocabulary(df, "kind", SOURCE_KINDS, "sources")
    return df


def empty_figures() -> pd.DataFrame:
    """A figures frame with no rows and the right columns."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype="float64" if c in ("value", "low", "high") else "object") for c in FIGURE_COLUMNS})


def csv_lines(rows: list[dict]) -> tuple[int, str]:
    """Figure rows as checked CSV lines in the schema's column order (no header), and how many.

    Done in the extractor's worker that found them, so the process writing the file only copies text.

    >>> csv_lines([{c: None for c in FIGURE_COLUMNS} | {"article": "a", "value": 2.0, "metric": "captured",
    ...            "qualifier": "exact", "sentence": 'He said "two".'}])
    (1, 'a,2.0,,,exact,,captured,,,"He said ""two"".",,,,,\\n')
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")  # as pandas writes it
    writer.writerows(_COLUMNS(check_figure_row(r)) for r in rows)
    return len(rows), out.getvalue()


_COLUMNS = operator.itemgetter(*FIGURE_COLUMNS)
