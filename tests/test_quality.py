"""Extraction quality on hand-labelled sets written independently of the code.

tests/fixtures/dev (ten .txt articles) was used to develop the rules; tests/fixtures/holdout to
holdout32 were each written by helpers who never saw the code and scored once, untouched, before any
rule was changed for them (tests/gold/<set>.md gives each score and how the set was labelled).
holdout31 and holdout32 are untouched: no rule has been drawn from their
errors, so they estimate unseen reporting; the others have been tuned on since.  The thresholds sit a
little below what the extractor measures today, so a change that makes extraction worse fails here.
"""

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate import score
from analysis.extract import publisher_voice
from analysis.frame import build
from analysis.paths import TESTS

DEV = TESTS / "fixtures" / "dev"
GOLD = TESTS / "gold" / "dev.csv"


def scored(folder: Path, gold: Path):
    corpus = build([folder])
    return corpus, score(corpus.figures, pd.read_csv(gold, dtype=str, keep_default_na=False))


@pytest.fixture(scope="module")
def result():
    return scored(DEV, GOLD)


# held-out set -> floors (precision, F1, metric, source) a little below what the extractor measures now, and
# the most figures it may credit to a body where the article asserts them itself (the referee does not count
# those; a reader would). A release's own words credited to its body are not counted; a cap credited to the body
# the sentence says set it ("set by the UN Security Council") is, where a gold leaves it empty.
# Each set's first, untouched score is in tests/gold/<set>.md
HELD_OUT_FLOORS = [
    ("holdout", None, 0.96, 0.97, 0.97, 26),   # untouched: F1 0.89, metric 0.94, source 0.79 (204's gold leaves
    # a newsletter's own unnamed sources, "a source in Rason told Pyongyang Watch", uncredited; the extractor names them;
    # "Pyongyang has pledged to send 6,000 builders", a capital's act the extractor credits to it; and captions and
    # bullets restating a body figure, which the schema calls the same claim, credited to the body that made it)
    ("holdout2", 0.98, 0.95, 0.94, 0.86, 5),   # untouched: F1 0.84 / 0.81, source 0.59 / 0.58; its gold leaves a UN
    # resolution's "within 24 months" uncredited, where later sets credit the Security Council (2 over-credits)
    ("holdout3", 0.98, 0.96, 0.95, 0.89, 5),   # untouched: F1 0.87 / 0.86, source 0.67 / 0.47 (1 over: a cap the UNSC set;
    # 1: a voyage time told in a paragraph that opens "According to a statement from the Council of the EU")
    ("holdout4", 0.97, 0.93, 0.92, 0.85, 4),   # untouched: F1 0.86, metric 0.93, source 0.62 (its gold credits a host's words)
    ("holdout5", 0.96, 0.92, 0.93, 0.86, 10),   # untouched: F1 0.87, metric 0.92, source 0.65
    ("holdout6", 0.96, 0.90, 0.91, 0.85, 7),   # untouched: F1 0.89, metric 0.92, source 0.57 (2 over: caps the UNSC set)
    ("holdout7", 0.93, 0.88, 0.88, 0.85, 4),   # untouched: F1 0.89, metric 0.90, source 0.56 / 0.59
    ("holdout8", 0.95, 0.89, 0.89, 0.89, 2),   # untouched: F1 0.84, metric 0.91, source 0.61 / 0.65
    ("holdout9", 0.95, 0.86, 0.92, 0.87, 5),   # untouched: F1 0.87, metric 0.93, source 0.58 / 0.61
    ("holdout10", 0.95, 0.86, 0.87, 0.77, 5),  # untouched: F1 0.85 / 0.86, source 0.72 / 0.75 / 0.77 (tuned on since holdout16)
    ("holdout11", 0.94, 0.85, 0.93, 0.77, 14),  # untouched: F1 0.85, metric 0.94, source 0.60
    ("holdout12", 0.96, 0.89, 0.92, 0.74, 5),  # untouched: F1 0.89, metric 0.91 / 0.92, source 0.62 / 0.63 / 0.64 (tuned on since holdout16)
    ("holdout13", 0.94, 0.85, 0.91, 0.70, 2),  # untouched: F1 0.85, metric 0.91 / 0.92, source 0.58 / 0.58 / 0.59 (tuned on since holdout16)
    ("holdout14", 0.94, 0.91, 0.91, 0.91, 4),  # ordinary news, judged once: F1 0.91, metric 0.92, source 0.69
    ("holdout15", 0.96, 0.93, 0.92, 0.83, 2),  # ordinary news, untouched: F1 0.89, metric 0.92, source 0.65 / 0.71 (tuned on since holdout16)
    ("holdout16", 0.96, 0.90, 0.92, 0.89, 2),  # ordinary news, judged once: F1 0.91, metric 0.92, source 0.83
    ("holdout17", 0.96, 0.94, 0.90, 0.90, 2),  # ordinary news, untouched: F1 0.87, metric 0.93, source 0.81 (tuned on since holdout20)
    ("holdout18", 0.96, 0.88, 0.93, 0.87, 2),  # ordinary news, untouched: F1 0.87, metric 0.94 / 0.93, source 0.75 / 0.76 (tuned on since holdout20)
    ("holdout19", 0.98, 0.95, 0.86, 0.80, 2),  # ordinary news, untouched: F1 0.96, metric 0.87, source 0.65 (tuned on since holdout22)
    ("holdout20", 0.93, 0.87, 0.89, 0.90, 2),  # ordinary news, untouched: F1 0.87, metric 0.90, source 0.67 (tuned on since holdout22)
    ("holdout21", 0.93, 0.90, 0.88, 0.82, 4),  # ordinary news, untouched: F1 0.90, metric 0.90, source 0.77 (tuned on since holdout24)
    ("holdout22", 0.98, 0.92, 0.93, 0.77, 3),  # ordinary news, untouched: F1 0.93, metric 0.93, source 0.57 (tuned on since holdout24)
    ("holdout23", 0.98, 0.95, 0.89, 0.79, 5),  # ordinary news, untouched: F1 0.96, metric 0.88, source 0.73 (tuned on since holdout26)
    ("holdout24", 0.96, 0.94, 0.94, 0.87, 4),  # ordinary news, untouched: F1 0.92, metric 0.95, source 0.73 (tuned on since holdout26)
    ("holdout25", 0.95, 0.95, 0.90, 0.77, 2),  # ordinary news, untouched: F1 0.95, metric 0.89, source 0.65 (tuned on since holdout28)
    ("holdout26", 0.95, 0.92, 0.92, 0.87, 2),  # ordinary news, untouched: F1 0.90, metric 0.91, source 0.72 (tuned on since holdout28)
    ("holdout27", 0.96, 0.96, 0.93, 0.89, 7),  # ordinary news, untouched: F1 0.96, metric 0.91, source 0.79 (tuned on since holdout30)
    ("holdout28", 0.96, 0.89, 0.94, 0.80, 5),  # ordinary news, untouched: F1 0.90, metric 0.94, source 0.60 (tuned on since holdout30)
    ("holdout29", 0.99, 0.94, 0.92, 0.83, 6),  # ordinary news, untouched: F1 0.94, metric 0.90, source 0.61 (tuned on since holdout32)
    ("holdout30", 0.92, 0.89, 0.93, 0.88, 2),  # ordinary news, untouched: F1 0.87, metric 0.92, source 0.77 (tuned on since holdout32)
    ("holdout31", 0.96, 0.90, 0.87, 0.77, 2),  # ordinary news, untouched: F1 0.91, metric 0.88, source 0.79 (never tuned on)
    ("holdout32", 0.95, 0.89, 0.88, 0.77, 7),  # ordinary news, untouched: F1 0.91, metric 0.88, source 0.79 (never tuned on)
]


@pytest.mark.parametrize("name, precision, f1, metric, source, most_over_credited", HELD_OUT_FLOORS,
                         ids=[row[0] for row in HELD_OUT_FLOORS])
def test_held_out_scores(name: str, precision: float | None, f1: float, metric: float, source: float,
                         most_over_credited: int):
    folder = TESTS / "fixtures" / name
    corpus, s = scored(folder, TESTS / "gold" / f"{name}.csv")
    assert sorted(corpus.articles["article"]) == sorted(p.stem for p in folder.iterdir())
    if precision is not None:
        assert s.precision >= precision, s.false_finds
    assert s.f1 >= f1, (s.missed, s.false_finds)
    assert s.metric_accuracy >= metric, s.wrong_metric
    assert s.source_accuracy >= source, s.wrong_source
    over = s.over_credited[s.over_credited["got"] != s.over_credited["article"].map(_release_voices(corpus.articles))]
    assert len(over) <= most_over_credited, over
    assert [name for name in corpus.sources["source"] if not _reads_as_a_name(name)] == []


_NOT_A_NAME = re.compile(r"^(?i:of|and|or|to|in|by|his|her|its|their|your|our|my)\b|\b(?:are|is|was|were|not|will|would|she|he|"
                         r"they|we)\b|\w[’'](?:re|ve|ll|m)\b|(?<![\w&])I\b|\s(?:and|or|of)$|[.,;:]$|^.{0,1}$|^(?:Rep|Sen|Gen|Dr|Mr|Ms|Col|Lt)$")


def test_junk_sources_are_not_names():
    junk = ["of the POWs", "Workers she", "Your", "Prisoners of war are not trophies", "U", "Rep", "Analyses and", "They're",
            "By one"]
    names = ["POW", "Raymond T. Castellano", "Security Service of Ukraine (SBU)", "U.S. officials", "Ri", "UK",
             "Ministry for the Development of the Russian Far East and Arctic", "Coordination Headquarters for the "
             "Treatment of Prisoners of War"]
    assert [n for n in junk if _reads_as_a_name(n)] == [] and [n for n in names if not _reads_as_a_name(n)] == []


def _reads_as_a_name(source: str) -> bool:
    """A credited source is a name, never words of the sentence ("of the POWs", "Workers she", "Your", a quotation
    such as "Prisoners of war are not trophies", "U" cut from "U.S. officials") that the referee's loose matching
    may still count as right."""
    return _NOT_A_NAME.search(source) is None and len(source.split()) <= 12


def _release_voices(articles: pd.DataFrame) -> dict[str, str]:
    """Article -> the body it is the release of: crediting that body with the release's own words is not over-crediting."""
    voices = {row.article: publisher_voice(row.publisher, row.text) for row in articles.itertuples()}
    return {article: voice.source for article, voice in voices.items() if voice is not None}


def test_every_dev_article_is_read(result):
    corpus, _ = result
    assert sorted(corpus.articles["article"]) == sorted(p.stem for p in DEV.glob("*.txt"))
    assert corpus.skipped.empty


def test_dev_set_scores(result):
    _, s = result
    assert s.precision >= 0.95, s.false_finds
    assert s.recall >= 0.95, s.missed
    assert s.f1 >= 0.96
    assert s.metric_accuracy >= 0.95, s.wrong_metric
    assert s.source_accuracy >= 0.90, s.wrong_source


@pytest.mark.parametrize("article, value, metric, source", [
    ("101_wire_nis_casualties", 300, "killed", "National Intelligence Service"),
    ("101_wire_nis_casualties", 2700, "wounded", "National Intelligence Service"),
    ("102_yonhap_nis_briefing", 15000, "troops", "National Intelligence Service"),  # "Park quoted the NIS as saying"
    ("104_broadsheet_mod_update", 2000, "wounded", "National Intelligence Service"),  # "Yonhap reported, citing the NIS"
    ("107_sanctions_oil_tankers", 58, "shipments", "Open Source Centre"),  # "the group said"
    ("108_labour_workers_visas", 5000, "workers", "Sergei Shoigu"),  # "In June 2025, Sergei Shoigu, secretary of ..., said"
    ("110_liveblog_key_events", 3, "munitions", "Ukrainian Air Force"),
])
def test_dev_figures_carry_metric_and_source(result, article, value, metric, source):
    corpus, _ = result
    f = corpus.figures
    rows = f[(f["article"] == article) & (f["value"] == value) & (f["metric"] == metric)]
    assert not rows.empty, f"no {value} {metric} in {article}: {f[f['article'] == article][['value', 'metric']]}"
    assert rows.iloc[0]["source"] == source
