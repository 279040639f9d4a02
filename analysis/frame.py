"""Frame: articles in, the ``articles``, ``figures`` and ``sources`` tables out.

This is where the stages meet: each article's sentences go through ``figures`` (what is
counted), ``attribute`` (who says so) and ``asof`` (as of when), and the rows are checked
against ``schema`` before anyone plots them.  ``iter_figure_rows`` streams one article at a
time so that memory follows the output table, not the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from analysis import schema
from analysis.asof import as_of, latest_date
from analysis.attribute import Attribution, attribute, people_named
from analysis.figures import _ANAPHOR, figures_in_sentence, split_sentences
from analysis.load import BadInput, iter_articles


class Corpus(NamedTuple):
    """The four tables of a run: what was read, what it claims, who is cited, what was skipped."""

    articles: pd.DataFrame
    figures: pd.DataFrame
    sources: pd.DataFrame
    skipped: pd.DataFrame


def published(article: dict) -> tuple[date | None, str | None]:
    """Publication date and where it came from; an undated article is dated by the latest date it mentions.

    >>> published({"date": None, "date_source": None, "text": "Talks ended on 28 February 2025."})
    (datetime.date(2025, 2, 28), 'latest date in text')
    """
    if article.get("date"):
        try:
            return date.fromisoformat(str(article["date"])[:10]), article.get("date_source")
        except ValueError:
            pass
    inferred = latest_date(article.get("text") or "")
    return inferred, "latest date in text" if inferred else None


def article_figures(article: dict) -> list[dict]:
    """The figure rows of one article, with source and as-of date, in reading order.

    >>> rows = article_figures({"article": "a", "date": "2025-04-10", "text":
    ...     "The British Ministry of Defence estimated that North Korea has suffered more than 5,000 "
    ...     "casualties as at March. This would account for nearly half of its 11,000 troops."})
    >>> [(r["value"], r["metric"], r["source"], r["as_of"]) for r in rows]
    [(5000.0, 'casualties', 'UK Ministry of Defence', '2025-03'), (0.5, 'casualties', 'UK Ministry of Defence', ''), (11000.0, 'troops', 'UK Ministry of Defence', '')]
    """
    text = article.get("text") or ""
    when, _ = published(article)
    people = people_named(text)
    rows: list[dict] = []
    seen: set[tuple] = set()
    last_cited: Attribution | None = None
    previous: Attribution | None = None
    context: str | None = None
    for offset, sentence in split_sentences(text):
        found = figures_in_sentence(sentence, offset, context)
        cited = attribute(sentence, last_cited, people)
        if cited is None and previous is not None and _ANAPHOR.match(sentence):
            cited = previous  # "This would account for ..." continues the claim just made
        for f in found:
            key = (f.value, f.unit, f.metric, f.qualifier, " ".join(sentence.split()))
            if key in seen:
                continue  # the same claim repeated word for word counts once
            seen.add(key)
            rows.append({
                "article": article["article"], "value": f.value, "low": f.low, "high": f.high,
                "qualifier": f.qualifier, "unit": f.unit, "metric": f.metric,
                "source": cited.source if cited else "", "as_of": as_of(sentence, f.start - offset, when),
                "sentence": sentence, "text": f.text, "conduit": cited.conduit if cited else "",
                "source_kind": cited.kind if cited else "", "source_country": cited.country if cited else "",
                "start": f.start,
            })
        previous = cited if found else None
        last_cited = cited or last_cited
        context = found[-1].metric if found else None
    return rows


def iter_corpus(paths: Sequence[str | Path], catalog: Path | None = None) -> Iterator[tuple[dict, list[dict]] | BadInput]:
    """Stream (article, its figure rows) or the BadInput of a file that could not be read."""
    for item in iter_articles(paths, catalog):
        if isinstance(item, BadInput):
            yield item
            continue
        when, where = published(item)
        if when and not item.get("date"):
            item = {**item, "date": when.isoformat(), "date_source": where}
        yield item, article_figures(item)


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
    for source, group in cited.groupby("source", sort=True):
        rows.append({
            "source": source,
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
