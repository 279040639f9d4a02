"""Tests of analysis.evaluate: the project's scoring must agree with the referee.

The expected numbers and report lines below were produced by the referee scorer
(``gold/score.py`` of the shared figures schema, run as
``score.py tests/fixtures/evaluate/X.csv GOLD.csv --json`` and ``--verbose``) on the
fixture predictions in tests/fixtures/evaluate/ and are hard-coded here because the
tests may not read the shared directory.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from analysis.evaluate import (
    GOLD_COLUMNS,
    Score,
    close,
    format_report,
    main,
    normalise_source,
    number,
    read_table,
    same_metric,
    same_source,
    score,
)

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures" / "evaluate"
SEEDS_GOLD = TESTS / "gold" / "seeds.csv"
TIE_GOLD = FIXTURES / "tiebreak_gold.csv"


def figures_of(pred: Path, gold: Path) -> dict[str, int | float]:
    return score(read_table(pred), read_table(gold, GOLD_COLUMNS)).figures()


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return read_table(SEEDS_GOLD, GOLD_COLUMNS)


@pytest.fixture(scope="module")
def partial(gold: pd.DataFrame) -> Score:
    return score(read_table(FIXTURES / "partial.csv"), gold)


# --- agreement with the referee ------------------------------------------------------

# produced by the referee: score.py <pred> <gold> --json
REFEREE = [
    (
        "perfect.csv", SEEDS_GOLD,
        {"predicted": 17, "gold_required": 17, "matched": 17, "precision": 1.0, "recall": 1.0,
         "f1": 1.0, "metric_accuracy": 1.0, "source_accuracy": 1.0},
    ),
    (
        "partial.csv", SEEDS_GOLD,
        {"predicted": 22, "gold_required": 17, "matched": 19, "precision": 0.864, "recall": 0.941,
         "f1": 0.901, "metric_accuracy": 0.895, "source_accuracy": 0.818},
    ),
    (
        "empty.csv", SEEDS_GOLD,
        {"predicted": 0, "gold_required": 17, "matched": 0, "precision": 0.0, "recall": 0.0,
         "f1": 0.0, "metric_accuracy": 0.0, "source_accuracy": 0.0},
    ),
    (
        "minimal_columns.csv", SEEDS_GOLD,
        {"predicted": 3, "gold_required": 17, "matched": 3, "precision": 1.0, "recall": 0.176,
         "f1": 0.3, "metric_accuracy": 1.0, "source_accuracy": 0.0},
    ),
    (
        "tiebreak.csv", TIE_GOLD,
        {"predicted": 3, "gold_required": 4, "matched": 3, "precision": 1.0, "recall": 0.75,
         "f1": 0.857, "metric_accuracy": 1.0, "source_accuracy": 0.5},
    ),
    (
        "minimal_columns.csv", TIE_GOLD,
        {"predicted": 3, "gold_required": 4, "matched": 3, "precision": 1.0, "recall": 0.75,
         "f1": 0.857, "metric_accuracy": 1.0, "source_accuracy": 0.0},
    ),
]


@pytest.mark.parametrize(("pred", "gold_path", "expected"), REFEREE, ids=[f"{p}-{g.stem}" for p, g, _ in REFEREE])
def test_figures_agree_with_referee(pred: str, gold_path: Path, expected: dict[str, float]) -> None:
    assert figures_of(FIXTURES / pred, gold_path) == expected


# produced by the referee: score.py partial.csv tests/gold/seeds.csv --verbose
PARTIAL_VERBOSE = """\
missed      000_82d5e14ca52d887f: halt attacks on energy infrastructure facilities for 30 days (30 duration)
false find  000_82d5e14ca52d887f: 11000 troops | the reported 11,000 troops it deployed
false find  001_8d48b92d17339cf3: about 5 shipments | an unparsable value is no number
false find  004_4432c825a118f6a3: 20.2 duration | a value 1% away from the gold 20 is no match
metric      000_82d5e14ca52d887f: an additional 3,000 soldiers in February: got 'casualties', want 'troops'
metric      003_76177671e048fca0: a 12-fold jump from 2023: got '', want 'people'
source      001_8d48b92d17339cf3: at least 43 trips to Russian terminals: got 'Reuters', want 'Open Source Centre'
source      004_4432c825a118f6a3: served seven years in the military: got 'Ryu Seonghyeon', want 'Seonghyeon Ryu'
predicted=22 gold_required=17 matched=19 precision=0.864 recall=0.941 f1=0.901 metric_accuracy=0.895 source_accuracy=0.818"""

# produced by the referee: score.py tiebreak.csv tiebreak_gold.csv --verbose
TIEBREAK_VERBOSE = """\
missed      004_4432c825a118f6a3: at least 11,000 soldiers to the Russian region of Kursk (11000 troops)
source      004_4432c825a118f6a3: slept as little as two hours per night: got '', want 'Seonghyeon Ryu'
predicted=3 gold_required=4 matched=3 precision=1.0 recall=0.75 f1=0.857 metric_accuracy=1.0 source_accuracy=0.5"""

# produced by the referee: score.py minimal_columns.csv tiebreak_gold.csv --verbose
# (a column the prediction lacks is None, printed as such, and never equals a gold cell)
MINIMAL_VERBOSE = """\
missed      004_4432c825a118f6a3: 11,000 soldiers (copy labelled exact) (11000 troops)
source      004_4432c825a118f6a3: two North Korean soldiers as prisoners of war: got None, want 'Zelensky|Volodymyr Zelensky|Ukraine'
source      004_4432c825a118f6a3: slept as little as two hours per night: got None, want 'Seonghyeon Ryu'
predicted=3 gold_required=4 matched=3 precision=1.0 recall=0.75 f1=0.857 metric_accuracy=1.0 source_accuracy=0.0"""


@pytest.mark.parametrize(
    ("pred", "gold_path", "expected"),
    [
        ("partial.csv", SEEDS_GOLD, PARTIAL_VERBOSE),
        ("tiebreak.csv", TIE_GOLD, TIEBREAK_VERBOSE),
        ("minimal_columns.csv", TIE_GOLD, MINIMAL_VERBOSE),
    ],
)
def test_verbose_report_is_the_referees(pred: str, gold_path: Path, expected: str) -> None:
    s = score(read_table(FIXTURES / pred), read_table(gold_path, GOLD_COLUMNS))
    assert format_report(s, verbose=True) == expected
    assert format_report(s, verbose=False) == expected.splitlines()[-1]


def test_main_prints_the_referees_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(str(FIXTURES / "partial.csv"), str(SEEDS_GOLD), verbose=True) == 0
    assert capsys.readouterr().out == PARTIAL_VERBOSE + "\n"
    assert main(str(FIXTURES / "partial.csv"), str(SEEDS_GOLD)) == 0
    assert capsys.readouterr().out == PARTIAL_VERBOSE.splitlines()[-1] + "\n"


def test_main_json_matches_referee_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(str(FIXTURES / "perfect.csv"), str(SEEDS_GOLD), as_json=True) == 0
    # produced by the referee: score.py perfect.csv tests/gold/seeds.csv --json
    assert capsys.readouterr().out == (
        '{"predicted": 17, "gold_required": 17, "matched": 17, "precision": 1.0, "recall": 1.0, '
        '"f1": 1.0, "metric_accuracy": 1.0, "source_accuracy": 1.0}\n'
    )


def test_main_reports_a_bad_file_and_returns_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("article,metric\n000_82d5e14ca52d887f,troops\n", encoding="utf-8")
    assert main(str(bad), str(SEEDS_GOLD)) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "'value'" in err
    assert main(str(tmp_path / "absent.csv"), str(SEEDS_GOLD)) == 2


# --- what the partial fixture exercises ----------------------------------------------


def test_partial_lists_the_problem_rows(partial: Score) -> None:
    assert partial.missed["text"].tolist() == ["halt attacks on energy infrastructure facilities for 30 days"]
    # the duplicated 11,000 is found once and falsely found once; the unparsable value
    # and the value 1% off match nothing; the article not in gold is not counted at all
    assert partial.false_finds["value"].tolist() == ["11000", "about 5", "20.2"]
    assert "999_not_in_gold" not in partial.false_finds["article"].tolist()
    assert partial.wrong_metric[["got", "want"]].values.tolist() == [["casualties", "troops"], ["", "people"]]
    assert partial.wrong_source[["got", "want"]].values.tolist() == [
        ["Reuters", "Open Source Centre"],
        ["Ryu Seonghyeon", "Seonghyeon Ryu"],
    ]


def test_aliases_and_alternatives_count_as_the_same_source(partial: Score) -> None:
    # 'British Ministry of Defence', "the UK's Ministry of Defence", 'NIS',
    # 'open source centre.', 'a South Korean think tank' and 'Ukraine' all agree
    wrong = set(partial.wrong_source["got"])
    for name in ["British Ministry of Defence", "the UK's Ministry of Defence", "NIS", "open source centre.",
                 "a South Korean think tank", "Ukraine"]:
        assert name not in wrong


def rows(gold: pd.DataFrame, **where: str) -> pd.DataFrame:
    mask = pd.Series(True, index=gold.index)
    for column, value in where.items():
        mask &= gold[column] == value
    return gold[mask]


def test_required_row_wins_over_its_repetition(gold: pd.DataFrame) -> None:
    article = "003_76177671e048fca0"
    pred = pd.DataFrame([{"article": article, "value": "13000", "metric": "people", "source": ""}])
    s = score(pred, gold)
    assert s.matched == 1 and s.false_finds.empty
    # both 13,000 rows match the value; the required one is taken, the repeat is not missed
    assert "more than 13,000 North Koreans entering Russia last year" not in s.missed["text"].tolist()


def test_agreeing_source_decides_between_equally_required_rows(gold: pd.DataFrame) -> None:
    article = "002_9982f80543492054"
    # listed with the unsourced prediction first: the sourced one still takes the
    # required, sourced gold row and the other falls to the unsourced heading row
    pred = pd.DataFrame([
        {"article": article, "value": "10000", "metric": "troops", "source": ""},
        {"article": article, "value": "10000", "metric": "troops", "source": "South Korean military"},
    ])
    s = score(pred, rows(gold, article=article))
    assert s.matched == 2 and s.wrong_source.empty


def test_low_or_high_stand_in_for_an_empty_value(gold: pd.DataFrame) -> None:
    pred = pd.DataFrame([
        {"article": "001_8d48b92d17339cf3", "value": "", "low": "10000", "high": "", "metric": "troops"},
        {"article": "004_4432c825a118f6a3", "value": "", "low": "", "high": "12", "metric": "duration"},
    ])
    assert score(pred, gold).matched == 2


def test_value_hides_low_and_high_when_present(gold: pd.DataFrame) -> None:
    # value 9000 matches nothing; its low of 10000 is not consulted
    pred = pd.DataFrame([{"article": "001_8d48b92d17339cf3", "value": "9000", "low": "10000", "metric": "troops"}])
    assert score(pred, gold).matched == 0


def test_frames_read_with_nan_score_the_same(gold: pd.DataFrame) -> None:
    pred = pd.read_csv(FIXTURES / "partial.csv")
    raw_gold = pd.read_csv(SEEDS_GOLD)  # NaN for empty cells, required as int
    assert score(pred, raw_gold).figures() == REFEREE[1][2]


def test_score_is_frozen(partial: Score) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        partial.matched = 0  # type: ignore[misc]


def test_score_needs_the_gold_columns(gold: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="required"):
        score(read_table(FIXTURES / "perfect.csv"), gold.drop(columns=["required"]))


# --- reading tables ------------------------------------------------------------------


def numeric(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for column in ("value", "low", "high"):
        out[column] = pd.to_numeric(out[column], errors="coerce")
    return out


def test_parquet_and_json_predictions_score_like_csv(tmp_path: Path) -> None:
    pred = numeric(read_table(FIXTURES / "partial.csv"))
    pred.to_parquet(tmp_path / "pred.parquet")
    pred.to_json(tmp_path / "pred.json", orient="records")
    expected = REFEREE[1][2]
    assert figures_of(tmp_path / "pred.parquet", SEEDS_GOLD) == expected
    assert figures_of(tmp_path / "pred.json", SEEDS_GOLD) == expected


def test_csv_keeps_empty_cells_as_empty_text() -> None:
    df = read_table(FIXTURES / "partial.csv")
    assert df.loc[0, "high"] == "" and df.loc[0, "value"] == "5000"


def test_read_table_names_the_file_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("id,number\nx,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"figures\.csv.*\['article', 'value'\]"):
        read_table(path)
    with pytest.raises(ValueError, match="required"):
        read_table(FIXTURES / "perfect.csv", GOLD_COLUMNS)


def test_read_table_rejects_unknown_formats(tmp_path: Path) -> None:
    path = tmp_path / "figures.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ValueError, match=r"figures\.xlsx"):
        read_table(path)


# --- source names, metrics and tolerance -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UK Ministry of Defence", "uk ministry defence"),
        ("UK MINISTRY OF DEFENCE", "uk ministry defence"),  # case
        ("U.K. Ministry of Defence", "u k ministry defence"),  # punctuation
        ("the Open Source Centre", "open source centre"),  # 'the'
        ("The UK's Ministry of Defence", "uk ministry defence"),  # possessive
        ("South Korea\u2019s National Intelligence Service", "south korea national intelligence service"),
        ("Seonghyeon Ryu,", "seonghyeon ryu"),
        ("", ""),
    ],
)
def test_normalise_source(name: str, expected: str) -> None:
    assert normalise_source(name) == expected


@pytest.mark.parametrize(
    ("predicted", "gold_source", "expected"),
    [
        ("British Ministry of Defence", "UK Ministry of Defence|British Ministry of Defence", True),
        ("the UK's Ministry of Defence", "UK Ministry of Defence|British Ministry of Defence", True),
        ("NIS", "National Intelligence Service|NIS", True),
        ("South Korea's National Intelligence Service", "National Intelligence Service|NIS", True),  # containment
        ("Volodymyr Zelensky", "Zelensky|Volodymyr Zelensky|Ukraine", True),
        ("President Zelensky", "Zelensky|Volodymyr Zelensky|Ukraine", True),  # gold inside prediction
        ("United States", "United States and South Korea|United States|South Korea", True),
        ("OPEN SOURCE CENTRE", "Open Source Centre", True),
        ("Ryu Seonghyeon", "Seonghyeon Ryu", False),  # word order matters
        ("Reuters", "Open Source Centre", False),
        ("", "Open Source Centre", False),
        ("the", "Open Source Centre", False),  # nothing left after normalising
        ("Open Source Centre", "|", False),  # empty alternatives never match
    ],
)
def test_same_source(predicted: str, gold_source: str, expected: bool) -> None:
    assert same_source(predicted, gold_source) is expected


@pytest.mark.parametrize(
    ("predicted", "gold_metric", "expected"),
    [("troops", "troops", True), ("troops", "workers|troops", True), (" workers\n", "workers|troops", True),
     ("Troops", "troops", False), ("casualties", "killed", False), (None, "troops", False)],
)
def test_same_metric(predicted: str | None, gold_metric: str, expected: bool) -> None:
    assert same_metric(predicted, gold_metric) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (5000, 5000, True),
        (5000, 5025, True),  # 0.4975% of the larger
        (5000, 5026, False),
        (11000, 11050, True),
        (20, 20.2, False),
        (0.5, 0.5025, True),
        (-100, -100.4, True),
        (0, 0, True),
        (0, 1e-12, True),  # below the 1e-9 floor
        (0, 1e-6, False),
        (2e10, 2.009e10, True),
        (None, 5, False),
        (5, None, False),
    ],
)
def test_close(a: float | None, b: float | None, expected: bool) -> None:
    assert close(a, b) is expected
    assert close(b, a) is expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("11000", 11000.0), (" 2e10 ", 2e10), (12.0, 12.0), ("", None), ("11,000", None), ("nan", None),
     (float("nan"), None), (None, None)],
)
def test_number(cell: object, expected: float | None) -> None:
    assert number(cell) == expected
