"""The checks at stage boundaries reject what the next stage cannot use, and say how to fix it."""

import pytest

from analysis.frame import build
from analysis.paths import SEEDS
from analysis.schema import METRICS, SchemaError, check_figure_row, check_figures, empty_figures


@pytest.fixture(scope="module")
def figures():
    return build([SEEDS]).figures


def test_seed_figures_pass(figures):
    assert check_figures(figures) is figures
    assert check_figures(empty_figures()).empty


@pytest.mark.parametrize("column, value, message", [
    ("metric", "bananas", "metric fails isin"),
    ("qualifier", "roughly", "qualifier fails isin"),
    ("value", float("nan"), "value fails not_nullable"),
])
def test_bad_cells_are_named_with_their_row(figures, column, value, message):
    bad = figures.copy()
    bad.loc[3, column] = value
    with pytest.raises(SchemaError, match=f"row 3: {message}"):
        check_figures(bad)


def test_low_above_high_is_refused(figures):
    bad = figures.copy()
    bad.loc[1, ["low", "high"]] = [5.0, 1.0]
    with pytest.raises(SchemaError, match="row 1: low <= high"):
        check_figures(bad)


def test_a_missing_column_says_how_to_build_the_frame(figures):
    with pytest.raises(SchemaError, match=r"lacks column\(s\) \['metric'\]; build it with analysis.frame"):
        check_figures(figures.drop(columns="metric"))


def test_rows_streamed_to_csv_are_checked_the_same_way():
    row = {"article": "a", "text": "5,000 casualties", "value": 5000.0, "low": 5000.0, "high": None,
           "metric": "casualties", "qualifier": "more_than"}
    assert check_figure_row(row) is row
    with pytest.raises(SchemaError, match="outside the vocabulary"):
        check_figure_row({**row, "metric": "bananas"})
    with pytest.raises(SchemaError, match="low > high"):
        check_figure_row({**row, "high": 10.0})
    assert "casualties" in METRICS
