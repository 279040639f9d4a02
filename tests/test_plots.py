"""Charts (analysis.plots): what they draw, that empty input is said, and that reruns are identical."""

from __future__ import annotations

import io

import matplotlib
import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.text import Annotation
from PIL import Image

from analysis import plots, schema, summary


def fig(article: str, value: float, metric: str, qualifier: str = "exact", low: float | None = None,
        high: float | None = None, unit: str = "persons", source: str = "", as_of: str = "", text: str = "") -> dict:
    return {"article": article, "value": float(value), "low": low, "high": high, "qualifier": qualifier, "unit": unit,
            "metric": metric, "source": source, "as_of": as_of, "sentence": text, "text": text, "conduit": "",
            "source_kind": "", "source_country": "", "start": 0}


@pytest.fixture
def articles() -> pd.DataFrame:
    rows = [("st", "The Straits Times", "2025-04-10"), ("tt", "Tortoise", "2025-04-24"), ("nd", "Undated", None)]
    return pd.DataFrame([{"article": a, "publisher": p, "date": d, "title": "", "url": None, "path": "", "text": "",
                          "date_source": ""} for a, p, d in rows], columns=schema.ARTICLE_COLUMNS)


@pytest.fixture
def figures() -> pd.DataFrame:
    return pd.DataFrame([
        fig("st", 5000, "casualties", "more_than", low=5000.0, source="UK Ministry of Defence", as_of="2025-03"),
        fig("st", 11000, "troops", source="UK Ministry of Defence", as_of="2024-10"),
        fig("st", 12000, "troops", source="UK Ministry of Defence", as_of="2025-03"),
        fig("st", 3000, "troops", as_of="2025-02"),
        fig("tt", 11000, "troops", "at_least", low=11000.0),
        fig("tt", 1200, "killed", "range", low=1000.0, high=1400.0, source="Ukraine", as_of="2025-01"),
        fig("tt", 6000, "wounded", "at_most", high=6000.0, source="Ukraine", as_of="2025-01"),
        fig("nd", 10000, "troops", "more_than", low=10000.0),  # no date at all: listed, not drawn
        fig("tt", 2e10, "money", "more_than", low=2e10, unit="USD", source="South Korean think tank"),
    ], columns=schema.FIGURE_COLUMNS)


def texts(figure: matplotlib.figure.Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(matplotlib.text.Text)]


def arrows(figure: matplotlib.figure.Figure) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """(start, end) of every bound arrow, in data coordinates."""
    return [(a.xyann, a.xy) for a in figure.findobj(Annotation) if isinstance(a.arrow_patch, FancyArrowPatch)]


def test_casualties_vs_troops_shows_every_dated_claim_with_bounds_and_source(figures, articles) -> None:
    chart = plots.casualties_vs_troops(figures, articles)
    assert isinstance(chart.canvas, FigureCanvasAgg)
    labels = texts(chart)
    for source in ("UK Ministry of Defence", "Ukraine", "The Straits Times (uncited)", "Tortoise (uncited)"):
        assert source in labels  # the source legend
    assert {"troops", "casualties", "killed", "wounded"} <= set(labels)  # the metric legend
    assert {">5,000", "≥11,000", "1,000–1,400", "≤6,000"} <= set(labels)  # each point is labelled with its claim
    assert "no casualty figures" not in " ".join(labels)
    assert any("Not drawn: 1 figure(s) without any date." in t for t in labels)
    ups = [(s, e) for s, e in arrows(chart) if e[1] > s[1]]
    downs = [(s, e) for s, e in arrows(chart) if e[1] < s[1]]
    assert sorted(s[1] for s, _ in ups) == [5000.0, 11000.0]  # "more than 5,000", "at least 11,000": open above
    assert [s[1] for s, _ in downs] == [6000.0]  # "at most 6,000": open below
    ax = chart.axes[0]
    bars = [seg for coll in ax.collections for seg in coll.get_segments()]
    assert any(seg[0][1] == 1000.0 and seg[1][1] == 1400.0 for seg in bars)  # the killed range 1,000-1,400
    joined = [line for line in ax.get_lines() if len(line.get_xdata()) == 2 and line.get_linestyle() == "-"]
    assert [list(line.get_ydata()) for line in joined] == [[11000.0, 12000.0]]  # one source's troop estimates


def test_casualties_vs_troops_says_when_there_are_no_casualties(figures, articles) -> None:
    troops_only = figures[figures["metric"] == "troops"]
    assert "no casualty figures" in texts(plots.casualties_vs_troops(troops_only, articles))
    empty = plots.casualties_vs_troops(schema.empty_figures(), articles)
    assert any(t.startswith("no casualty figures") for t in texts(empty))
    assert any(t.startswith("no casualty figures") for t in texts(plots.casualties_vs_troops(figures.iloc[:0], articles.iloc[:0])))


def test_every_chart_handles_empty_input(articles) -> None:
    empty = schema.empty_figures()
    assert "no figures" in texts(plots.figures_by_metric(empty))
    assert "no cited sources" in texts(plots.sources_by_metric(empty))
    assert "no casualty figures to set against troops" in texts(plots.casualty_rate(summary.casualty_rate(empty, articles)))
    for chart in (plots.figures_by_metric(empty), plots.sources_by_metric(empty), plots.metric_timeline(empty, articles)):
        assert plots.png(chart).startswith(b"\x89PNG")


def test_casualty_rate_chart_shows_rate_and_open_bound(figures, articles) -> None:
    rates = summary.casualty_rate(figures, articles)
    chart = plots.casualty_rate(rates)
    assert "42%  (>5,000 / 12,000)" in texts(chart)  # the article's largest troop figure
    assert [s[1] for s, _ in arrows(chart)] == [pytest.approx(5000 / 12000)]


def test_counts_and_sources_charts(figures) -> None:
    labels = texts(plots.figures_by_metric(figures))
    assert {"troops", "money", "cited source", "no source cited"} <= set(labels) and "5" in labels  # 5 troop figures
    grid = texts(plots.sources_by_metric(figures))
    assert {"UK Ministry of Defence", "Ukraine", "South Korean think tank", "troops", "killed"} <= set(grid)


def test_metric_timeline_keeps_one_unit(figures, articles) -> None:
    money = plots.metric_timeline(figures, articles, metrics="money", unit=None)
    assert ">20,000,000,000" in texts(money) and money.axes[0].get_ylabel() == "USD"


def test_png_is_the_same_picture_on_a_rerun_whatever_the_callers_style(figures, articles) -> None:
    first = plots.png(plots.casualties_vs_troops(figures, articles))
    with matplotlib.rc_context({"font.size": 25, "axes.facecolor": "black", "figure.dpi": 40, "lines.linewidth": 9}):
        again = plots.png(plots.casualties_vs_troops(figures, articles))
    assert first == again
    image = Image.open(io.BytesIO(first))
    assert image.size == (int(plots.WIDTH * 100), 580)
    assert "Software" not in image.info  # no matplotlib version stamped into the bytes
    assert not [line for line in plots.casualties_vs_troops(figures, articles).findobj(Line2D) if line.get_linewidth() == 9]
