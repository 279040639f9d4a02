"""Frame: the rows ``extract`` streams, as the ``articles``, ``figures`` and ``sources`` tables.

Rows are checked against ``schema`` here, at the boundary, before anyone sorts, plots or
reports them.  ``build`` is the one call a notebook needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from analysis import schema
from analysis.bodies import spelling_key
from analysis.extract import article_figures, iter_corpus
from analysis.load import BadInput


class Corpus(NamedTuple):
    """The four tables of a run: what was read, what it claims, who is cited, what was skipped."""

    articles: pd.DataFrame
    figures: pd.DataFrame
    sources: pd.DataFrame
    skipped: pd.DataFrame


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Figure rows as a checked DataFrame with the schema's columns in order."""
    if not rows:
        return schema.empty_figures()
    df = pd.DataFrame(rows, columns=schema.FIGURE_COLUMNS)
    for column in ("value", "low", "high"):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
    return schema.check_figures(df)


def articles_frame(articles: list[dict]) -> pd.DataFrame:
    """Article dicts as a checked DataFrame."""
    return schema.check_articles(pd.DataFrame(articles, columns=schema.ARTICLE_COLUMNS))


def sources_frame(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per cited body, with the figures credited to it.

    >>> f = figures_frame(article_figures({"article": "a", "date": None, "text": "The NIS said 300 soldiers were killed."}))
    >>> sources_frame(f)[["source", "kind", "country", "n_figures", "figures"]].values.tolist()
    [['National Intelligence Service', 'intelligence', 'South Korea', 1, 'a: 300 soldiers (killed)']]
    """
    cited = figures[figures["source"].fillna("") != ""]
    rows = []
    for _, group in cited.groupby(cited["source"].map(spelling_key), sort=True):  # "Defence" and "Defense": one body
        rows.append({
            "source": group["source"].mode().iat[0],
            "kind": group["source_kind"].mode().iat[0] if group["source_kind"].any() else "other",
            "country": group["source_country"].mode().iat[0] if group["source_country"].any() else "",
            "n_figures": len(group),
            "n_articles": group["article"].nunique(),
            "articles": "; ".join(sorted(group["article"].unique())),
            "metrics": "; ".join(sorted(group["metric"].unique())),
            "figures": "; ".join(f"{a}: {t} ({m})" for a, t, m in zip(group["article"], group["text"], group["metric"])),
        })
    frame = pd.DataFrame(rows, columns=schema.SOURCE_COLUMNS)
    frame["kind"] = frame["kind"].replace("", "other")
    return schema.check_sources(frame)


def skipped_frame(bad: list[BadInput]) -> pd.DataFrame:
    """Files that could not be read, and why."""
    return pd.DataFrame([{"file": b.file, "reason": b.reason} for b in bad], columns=schema.SKIPPED_COLUMNS)


def build(paths: Sequence[str | Path], catalog: Path | None = None) -> Corpus:
    """Read articles from files and folders into the four tables.

    >>> from analysis.paths import SEEDS
    >>> corpus = build([SEEDS])
    >>> len(corpus.articles), sorted(set(corpus.figures["metric"]) & {"troops", "casualties"})
    (5, ['casualties', 'troops'])
    """
    articles: list[dict] = []
    rows: list[dict] = []
    bad: list[BadInput] = []
    for item in iter_corpus(paths, catalog):
        if isinstance(item, BadInput):
            bad.append(item)
            continue
        article, figure_rows = item
        articles.append(article)
        rows.extend(figure_rows)
    figures = figures_frame(rows)
    return Corpus(articles_frame(articles), figures, sources_frame(figures), skipped_frame(bad))
