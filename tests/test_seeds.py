"""End to end on the five seed articles: extraction scored against the hand-labelled gold."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.evaluate import GOLD_COLUMNS, read_table, score
from analysis.frame import Corpus, build
from analysis.paths import GOLD, SEEDS
from analysis.schema import METRICS, QUALIFIERS

IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
ARTICLE = {stem[:3]: stem for stem in IDS}


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build([SEEDS])


@pytest.fixture(scope="module")
def figures(corpus: Corpus) -> pd.DataFrame:
    return corpus.figures


def test_scores_against_gold(figures: pd.DataFrame):
    s = score(figures, read_table(GOLD, GOLD_COLUMNS))
    detail = (f"missed={s.missed[['article', 'text']].values.tolist()} "
              f"false={s.false_finds[['article', 'value', 'metric']].values.tolist()} "
              f"metric={s.wrong_metric.values.tolist()} source={s.wrong_source.values.tolist()}")
    assert s.gold_required == 17
    assert s.f1 >= 0.95, detail
    assert s.metric_accuracy >= 0.95, detail
    assert s.source_accuracy >= 0.90, detail


def test_every_seed_is_read_and_none_skipped(corpus: Corpus):
    assert sorted(corpus.articles["article"]) == IDS
    assert corpus.skipped.empty
    assert sorted(corpus.figures["article"].unique()) == IDS


@pytest.mark.parametrize("prefix, date, date_source", [
    ("000", "2025-04-10", "catalog"),
    ("004", "2025-04-24", "catalog"),
    ("003", "2025-02-28", "latest date in text"),  # "Friday, 28 February 2025" in a caption
])
def test_publication_dates(corpus: Corpus, prefix: str, date: str, date_source: str):
    row = corpus.articles.set_index("article").loc[ARTICLE[prefix]]
    assert (row["date"], row["date_source"]) == (date, date_source)


def test_figures_use_the_schema_vocabularies(figures: pd.DataFrame):
    assert set(figures["metric"]) <= set(METRICS)
    assert set(figures["qualifier"]) <= set(QUALIFIERS)
    bounded = figures.dropna(subset=["low", "high"])
    assert (bounded["low"] <= bounded["high"]).all()
    assert all(s in t for s, t in zip(figures["text"], figures["sentence"]))


# (prefix, value, unit, qualifier, metric, source, as_of); as_of None: not checked
ROWS = [
    ("000", 5000, "persons", "more_than", "casualties", "UK Ministry of Defence", "2025-03"),
    ("000", 0.5, "ratio", "at_most", "casualties", "UK Ministry of Defence", None),
    ("000", 3000, "persons", "exact", "troops", "", "2025-02"),
    ("000", 30, "days", "exact", "duration", "", "2025-03-18"),
    ("001", 10000, "persons", "more_than", "troops", "", ""),
    ("001", 43, "trips", "at_least", "shipments", "Open Source Centre", ""),
    ("002", 12, "vessels", "more_than", "shipments", "Open Source Centre", ""),
    ("002", 43, "trips", "exact", "shipments", "Open Source Centre", ""),
    ("003", 12, "ratio", "exact", "people", "", "2024"),
    ("003", 1000, "persons", "vague", "workers", "National Intelligence Service", "2024"),
    ("004", 11000, "persons", "at_least", "troops", "", None),
    ("004", 2, "persons", "exact", "captured", "Volodymyr Zelensky", "2025-01"),
    ("004", 12, "years", "at_most", "duration", "", ""),
    ("004", 7, "years", "exact", "duration", "Seonghyeon Ryu", ""),
    ("004", 2, "hours", "at_most", "duration", "Seonghyeon Ryu", ""),
    ("004", 1e6, "shells", "vague", "munitions", "US intelligence", "2022"),
    ("004", 2e10, "USD", "more_than", "money", "South Korean think tank", ""),
]


def rows_of(figures: pd.DataFrame, prefix: str, value: float, unit: str) -> pd.DataFrame:
    return figures[(figures["article"] == ARTICLE[prefix]) & (figures["value"] == value) & (figures["unit"] == unit)]


@pytest.mark.parametrize("prefix, value, unit, qualifier, metric, source, as_of", ROWS,
                         ids=[f"{r[0]}-{r[1]:g}-{r[2]}" for r in ROWS])
def test_seed_figure(figures: pd.DataFrame, prefix, value, unit, qualifier, metric, source, as_of):
    found = rows_of(figures, prefix, value, unit)
    assert len(found) == 1, found
    row = found.iloc[0]
    assert (row["qualifier"], row["metric"], row["source"]) == (qualifier, metric, source)
    if as_of is not None:
        assert row["as_of"] == as_of
    low, high = row["low"], row["high"]
    if qualifier in ("more_than", "at_least", "vague"):
        assert low == value and math.isnan(high)
    elif qualifier == "at_most":
        assert high == value and math.isnan(low)
    else:
        assert math.isnan(low) and math.isnan(high)


def test_seed_000_source_details(figures: pd.DataFrame):
    row = rows_of(figures, "000", 5000, "persons").iloc[0]
    assert (row["source_kind"], row["source_country"], row["text"]) == ("government", "UK", "more than 5,000 casualties")
    assert row["sentence"].startswith("A March 28 intelligence update from the British Ministry of Defence")


def test_seed_002_heading_and_body_claims(figures: pd.DataFrame):
    found = rows_of(figures, "002", 10000, "persons").sort_values("start")
    assert found[["qualifier", "source"]].values.tolist() == [  # the heading restates the claim: the same claim again
        ["exact", "United States and South Korea"], ["more_than", "United States and South Korea"]]


def test_seed_000_has_only_body_figures(figures: pd.DataFrame):
    rows = figures[figures["article"] == ARTICLE["000"]]
    assert sorted(rows["value"]) == [0.5, 30, 3000, 5000, 11000]
    for phrase in ["magazines", "74.99", "149.99", "mins", "MORE STORIES", "24 years"]:
        assert not rows["sentence"].str.contains(phrase, regex=False).any(), phrase


def test_sources_table(corpus: Corpus):
    sources = corpus.sources.set_index("source")
    assert sources.loc["Open Source Centre", ["kind", "country", "n_articles"]].tolist() == ["NGO", "UK", 2]
    assert sources.loc["National Intelligence Service", ["kind", "country"]].tolist() == ["intelligence", "South Korea"]
    assert sources.loc["Volodymyr Zelensky", "metrics"] == "captured"
    assert sources["n_figures"].sum() == (corpus.figures["source"] != "").sum()


def test_seed_000_share_as_of_follows_the_claim_it_continues(figures: pd.DataFrame):
    assert rows_of(figures, "000", 0.5, "ratio").iloc[0]["as_of"] == "2025-03"
