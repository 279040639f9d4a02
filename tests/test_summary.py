"""The report's tables (analysis.summary) on small frames modelled on the seed articles."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema, summary


def fig(article: str, value: float, metric: str, qualifier: str = "exact", low: float | None = None,
        high: float | None = None, unit: str = "persons", source: str = "", as_of: str = "", text: str = "",
        start: int = 0, kind: str = "", conduit: str = "") -> dict[str, object]:
    return {"article": article, "value": float(value), "low": low, "high": high, "qualifier": qualifier, "unit": unit,
            "metric": metric, "source": source, "as_of": as_of, "sentence": f"They said {text}.", "text": text,
            "conduit": conduit, "source_kind": kind, "source_country": "", "start": start}


@pytest.fixture
def articles() -> pd.DataFrame:
    rows = [
        ("st", "The Straits Times", "2025-04-10", "Ukraine ceasefire could leave Russia's alliance in the backseat"),
        ("nn", "", None, ""),
        ("kt", "Khabarhub", "2024-11-24", "Russia supplies oil"),
        ("tt", "Tortoise", "2025-04-24", "Kursk"),
    ]
    return pd.DataFrame([{"article": a, "publisher": p, "date": d, "title": t, "url": None, "path": f"{a}.txt",
                          "text": "", "date_source": "catalog"} for a, p, d, t in rows], columns=schema.ARTICLE_COLUMNS)


@pytest.fixture
def figures() -> pd.DataFrame:
    rows = [
        fig("st", 5000, "casualties", "more_than", low=5000.0, source="UK Ministry of Defence", as_of="2025-03",
            text="more than 5,000 casualties", start=769, kind="government"),
        fig("st", 0.5, "casualties", "at_most", high=0.5, unit="ratio", source="UK Ministry of Defence",
            as_of="2025-03", text="nearly half", start=843),
        fig("st", 11000, "troops", text="the reported 11,000 troops", start=871),
        fig("st", 3000, "troops", as_of="2025-02", text="an additional 3,000 soldiers", start=1041),
        fig("nn", 10000, "troops", "more_than", low=10000.0, text="over 10,000 North Korean troops", start=129),
        fig("kt", 10000, "troops", "more_than", low=10000.0, source="United States and South Korea",
            text="more than 10,000 troops", kind="government", conduit="Khabarhub"),
        fig("kt", 43, "shipments", "at_least", low=43.0, unit="trips", source="Open Source Centre", text="at least 43 trips"),
        fig("tt", 11000, "troops", "at_least", low=11000.0, text="at least 11,000 soldiers", start=380),
        fig("tt", 2, "captured", source="Volodymyr Zelensky", as_of="2025-01", text="two North Korean soldiers"),
    ]
    return pd.DataFrame(rows, columns=schema.FIGURE_COLUMNS)


def test_bounds_follow_the_wording(figures: pd.DataFrame) -> None:
    lo, hi = summary.bounds(figures)
    assert (lo[0], math.isnan(hi[0])) == (5000.0, True)  # more than 5,000: open above
    assert (math.isnan(lo[1]), hi[1]) == (True, 0.5)  # nearly half: open below
    assert (lo[2], hi[2]) == (11000.0, 11000.0)  # exact
    ranged = pd.DataFrame([fig("x", 11500, "troops", "range", low=11000.0, high=12000.0)])
    assert [b.iloc[0] for b in summary.bounds(ranged)] == [11000.0, 12000.0]


def test_enrich_dates_each_claim_and_names_its_owner(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    data = summary.enrich(figures, articles).set_index("text")
    assert data.loc["more than 5,000 casualties", ["when", "dated_by"]].tolist() == ["2025-03", "as_of"]
    assert data.loc["more than 5,000 casualties", "when_ts"] == pd.Timestamp("2025-03-31")
    assert data.loc["more than 5,000 casualties", "plot_ts"] == pd.Timestamp("2025-03-16")
    assert data.loc["the reported 11,000 troops", ["when", "dated_by"]].tolist() == ["2025-04-10", "article date"]
    assert pd.isna(data.loc["over 10,000 North Korean troops", "when_ts"])  # neither as-of nor article date
    assert data.loc["the reported 11,000 troops", "source_label"] == "The Straits Times (uncited)"
    assert data.loc["over 10,000 North Korean troops", "source_label"] == "nn (uncited)"  # no publisher: the article id
    assert data.loc["more than 10,000 troops", "source_label"] == "United States and South Korea"


def test_key_figures_give_latest_claim_and_spread(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    key = summary.key_figures(figures, articles).set_index(["metric", "unit"])
    troops = key.loc[("troops", "persons")]
    assert troops["latest"] == "2025-04-24" and troops["best"] == 11000 and troops["claim"] == "≥11,000"
    assert troops["best_source"] == "Tortoise (uncited)"
    assert troops["low"] == 3000 and math.isnan(troops["high"])  # "at least 11,000" is open above
    assert (troops["sources"], troops["articles"], troops["figures"]) == (4, 4, 5)  # one owner per article here
    casualties = key.loc[("casualties", "persons")]
    assert (casualties["best"], casualties["claim"], casualties["latest"]) == (5000, ">5,000", "2025-03")
    assert casualties["best_source"] == "UK Ministry of Defence"
    assert key.loc[("casualties", "ratio"), "high"] == 0.5
    assert list(key.index.get_level_values("metric")) == ["troops", "casualties", "casualties", "captured", "shipments"]


def test_key_figures_report_a_median_when_latest_claims_differ(articles: pd.DataFrame) -> None:
    frame = pd.DataFrame([fig("tt", 7, "duration", unit="years"), fig("tt", 12, "duration", "at_most", high=12.0, unit="years")])
    row = summary.key_figures(frame, articles).iloc[0]
    assert (row["best"], row["claim"], row["low"], row["high"]) == (9.5, "~9.5 (median of 2)", 7, 12)


def test_casualty_rate_uses_the_articles_own_troop_total(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    rates = summary.casualty_rate(figures, articles)
    assert len(rates) == 1
    row = rates.iloc[0]
    # Not the 3,000 reinforcement closer in time: the 11,000 deployed the article relates them to.
    assert (row["casualties"], row["troops"], row["troop_article"]) == (">5,000", "11,000", "st")
    assert row["rate"] == pytest.approx(5000 / 11000) and row["rate_low"] == pytest.approx(5000 / 11000)
    assert math.isnan(row["rate_high"])  # "more than 5,000" has no upper bound


def test_casualty_rate_takes_troops_of_the_same_period_from_other_articles(articles: pd.DataFrame) -> None:
    near = pd.DataFrame([
        fig("tt", 1000, "casualties", "range", low=800.0, high=1200.0, as_of="2025-04-20", source="X"),
        fig("st", 10000, "troops", "approx", as_of="2025-03"),
        fig("kt", 12000, "troops", "more_than", low=12000.0, as_of="2024-12"),  # 4 months away: not the same period
    ])
    row = summary.casualty_rate(near, articles).iloc[0]
    assert (row["casualties"], row["troops"], row["gap_days"]) == ("800–1,200", "~10,000", 20)
    assert (row["rate"], row["rate_low"], row["rate_high"]) == pytest.approx((0.1, 0.08, 0.12))
    assert summary.casualty_rate(near.iloc[[0, 2]], articles).empty
    assert summary.casualty_rate(near.iloc[1:], articles).empty


def test_citations_list_who_is_cited_for_what(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    cited = summary.citations(figures, articles)
    assert cited["source"].tolist()[0] == "UK Ministry of Defence"  # most figures first
    mod = cited.set_index("source").loc["UK Ministry of Defence"]
    assert (mod["figures"], mod["articles"], mod["metrics"], mod["kind"]) == (2, 1, "casualties", "government")
    assert mod["claims"] == "casualties: >5,000 (2025-03); casualties: ≤0.5 (2025-03)"
    assert cited.set_index("source").loc["United States and South Korea", "via"] == "Khabarhub"
    assert "" not in set(cited["source"])


def test_corpus_overview_counts_and_date_span(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    skipped = pd.DataFrame([{"file": "notes.pdf", "reason": "not a text or HTML file"}], columns=schema.SKIPPED_COLUMNS)
    overview = dict(summary.corpus_overview(articles, figures, skipped).itertuples(index=False))
    assert overview["articles"] == "4" and overview["figures"] == "9" and overview["files skipped"] == "1"
    assert overview["publishers"] == "3: Khabarhub, The Straits Times, Tortoise"
    assert overview["date span"] == "2024-11-24 to 2025-04-24 (1 undated)"
    assert overview["named sources"] == "4"


def test_appendix_and_article_table(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    appendix = summary.appendix(figures, articles)
    assert len(appendix) == len(figures)
    first = appendix[appendix["article"] == "st"].iloc[0]
    assert (first["claim"], first["sentence"], first["source"]) == (">5,000 persons", "They said more than 5,000 casualties.",
                                                                   "UK Ministry of Defence")
    table = summary.article_table(articles, figures).set_index("article")
    assert table.loc["st", "figures"] == 4 and table.loc["tt", "figures"] == 2


def test_filter_and_follow_a_figure(figures: pd.DataFrame, articles: pd.DataFrame) -> None:
    troops = summary.filter_figures(figures, articles, metric="troops", since="2025-02", until="2025-04")
    assert troops["text"].tolist() == ["the reported 11,000 troops", "an additional 3,000 soldiers", "at least 11,000 soldiers"]
    early = summary.filter_figures(figures, articles, metric="troops", since="2025-02-28", until="2025-04-15")
    assert early["text"].tolist() == ["the reported 11,000 troops", "an additional 3,000 soldiers"]  # February ends on the 28th
    assert summary.filter_figures(figures, articles, source="ministry")["text"].tolist() == [
        "more than 5,000 casualties", "nearly half"]
    assert len(summary.filter_figures(figures, articles, metric=["troops", "captured"])) == 6
    facts = dict(summary.follow(figures, articles, 0).itertuples(index=False))
    assert facts["sentence"] == "They said more than 5,000 casualties."
    assert facts["title"].startswith("Ukraine ceasefire") and facts["when"] == "2025-03 (as_of)"
    assert facts["claim"] == ">5,000 persons (casualties)"


def test_new_since_compares_with_the_previous_figures_csv(tmp_path: Path, figures: pd.DataFrame) -> None:
    earlier = tmp_path / "2025-01-01"
    earlier.mkdir()
    figures.iloc[:6].to_csv(earlier / "figures.csv", index=False)
    (tmp_path / "2025-06-01").mkdir()  # later than the report: ignored
    (tmp_path / "2024-12-01").mkdir()  # no figures.csv: ignored
    (tmp_path / "notes").mkdir()
    date, previous = summary.previous_figures(tmp_path, "2025-05-01")
    assert date == "2025-01-01" and previous is not None
    changed = figures.copy()
    changed.loc[0, "value"] = 6000.0
    changes = summary.new_since(changed, previous)
    assert changes[changes["status"] == "new"]["text"].tolist() == [
        "more than 5,000 casualties", "at least 43 trips", "at least 11,000 soldiers", "two North Korean soldiers"]
    assert changes[changes["status"] == "gone"]["value"].tolist() == [5000.0]
    assert summary.changes_note(date, changes) == "Since the report of 2025-01-01: 4 new figure(s), 1 gone."
    assert summary.new_since(previous, previous).empty  # a CSV round trip changes nothing
    assert summary.previous_figures(tmp_path, "2025-01-01") == (None, None)
    assert summary.new_since(figures, None).empty


def test_html_table_escapes_article_text() -> None:
    frame = pd.DataFrame({"sentence": ["<script>alert(1)</script>"], "publisher": ["<img src=x onerror=alert(1)>"],
                          "value": [5000.0], "rate": [0.4545]})
    html = summary.html_table(frame, percent=["rate"])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<td>5,000</td>" in html and "<td>45.5%</td>" in html
    assert summary.html_table(frame.iloc[:0], empty="No <b>file</b> was skipped.") == "<p>No &lt;b&gt;file&lt;/b&gt; was skipped.</p>"


def test_highlight_escapes_then_marks() -> None:
    marked = summary.highlight("<script>x</script> more than 5,000 casualties", "more than 5,000")
    assert marked == "&lt;script&gt;x&lt;/script&gt; <mark>more than 5,000</mark> casualties"
    assert summary.highlight("a <b> c", "absent") == "a &lt;b&gt; c"


def test_fingerprint_changes_with_any_input(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("more than 5,000 casualties", encoding="utf-8")
    (tmp_path / "a.txt").write_text("11,000 troops", encoding="utf-8")
    (tmp_path / ".hidden").write_text("not an article", encoding="utf-8")
    prints = summary.fingerprint(tmp_path)
    assert prints["file"].tolist() == ["a.txt", "b.txt"] and prints["bytes"].tolist() == [13, 26]
    assert prints["sha256"][0] == hashlib.sha256(b"11,000 troops").hexdigest()
    before = summary.digest(prints)
    (tmp_path / "a.txt").write_text("12,000 troops", encoding="utf-8")
    assert summary.digest(summary.fingerprint(tmp_path)) != before
    parameters = dict(summary.parameters_table("2025-05-01", "../seeds", "T", prints).itertuples(index=False))
    assert parameters["inputs digest (sha256)"] == before and parameters["input files"] == "2"
