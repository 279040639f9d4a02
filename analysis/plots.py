"""Charts: functions from the corpus frames to matplotlib Figures, in one fixed style.

Figures are built with the object API on an Agg canvas (never pyplot), inside
matplotlib's defaults plus ``STYLE``, so a rerun draws the same picture whatever the
caller's rcParams or backend, and nothing is shown or leaked behind the caller's back.  ``png`` renders a Figure to
bytes for ``IPython.display.Image`` and for files.  Every chart accepts empty input and
then says so on the canvas instead of failing.
"""

from __future__ import annotations

import io
import math
from typing import Any, Sequence

import matplotlib
import matplotlib.dates as mdates
import matplotlib.style
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis import schema, summary

STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib, so every machine draws the same glyphs
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "analysis",
    "path.simplify": True,
}
WIDTH = 10.0
COLORS: dict[str, str] = {"troops": "#1f5fa8", "casualties": "#c0392b", "killed": "#6d1a14", "wounded": "#e67e22"}
MARKERS: tuple[str, ...] = ("o", "s", "D", "^", "v", "P", "X", "h", "<", ">", "p", "*")
MAX_LABELS = 30
"""Points get a value label only up to this many, beyond that labels would overlap."""


def _style() -> Any:
    """Matplotlib's defaults plus ``STYLE``: nothing of the caller's rcParams leaks in."""
    return matplotlib.style.context(["default", STYLE])


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes, rendered in ``STYLE`` without the version/date metadata."""
    buf = io.BytesIO()
    with _style():
        fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _figure(height: float) -> tuple[Figure, Axes]:
    with _style():
        fig = Figure(figsize=(WIDTH, height), layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    return fig, ax


def _note(ax: Axes, text: str) -> None:
    """Write an explicit 'nothing to draw' message in the middle of the axes."""
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=13, color="#666666")


def _empty(ax: Axes, text: str) -> None:
    """An empty chart: no ticks, and a note saying what is missing rather than a blank frame."""
    ax.set_xticks([])
    ax.set_yticks([])
    _note(ax, text)


def _tick(value: float, _pos: int) -> str:
    return summary.number(float(value))


def _date_axis(ax: Axes, dates: pd.Series) -> None:
    """Concise date ticks; a single date gets a month of margin on each side."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    lo, hi = dates.min(), dates.max()
    pad = max(pd.Timedelta(days=20), (hi - lo) * 0.08)
    ax.set_xlim(mdates.date2num(lo - pad), mdates.date2num(hi + pad))


def _bounds(ax: Axes, x: float, y: float, lo: float, hi: float, color: str, scale: float) -> None:
    """Draw a claim's stated bounds: a bar where both ends are known, an arrow where one is open."""
    low_end = lo if not math.isnan(lo) else y
    high_end = hi if not math.isnan(hi) else y
    if high_end > low_end:
        ax.vlines(x, low_end, high_end, color=color, linewidth=1.4, zorder=2)
        for end in (low_end, high_end):
            ax.plot([x], [end], marker="_", markersize=10, color=color, zorder=2)
    arrow = dict(arrowstyle="-|>", color=color, linewidth=1.4, mutation_scale=10, shrinkA=0, shrinkB=0)
    if math.isnan(hi) and not math.isnan(lo):
        ax.annotate("", xy=(x, high_end + scale), xytext=(x, high_end), arrowprops=arrow, zorder=2)
    if math.isnan(lo) and not math.isnan(hi):
        ax.annotate("", xy=(x, max(low_end - scale, 0)), xytext=(x, low_end), arrowprops=arrow, zorder=2)


def _labels(ax: Axes, xs: Sequence[float], ys: Sequence[float], texts: Sequence[str]) -> None:
    """Label points with their claim, once for a claim repeated at (nearly) the same place."""
    left, right = ax.get_xlim()
    placed: list[tuple[float, float, str]] = []
    for x, y, text in zip(xs, ys, texts):
        if any(t == text and py == y and abs(px - x) < (right - left) * 0.05 for px, py, t in placed):
            continue
        placed.append((x, y, text))
        ax.annotate(text, (x, y), xytext=(8, -3), textcoords="offset points", fontsize=8, color="#333333")


def metric_timeline(figures: pd.DataFrame, articles: pd.DataFrame, metrics: str | Sequence[str] | None = None,
                    title: str = "", empty_note: str = "no figures", required: str | None = None,
                    missing_note: str = "", unit: str | None = "persons") -> Figure:
    """Claims of some metrics over time: one point per claim at its as-of date.

    Colour says the metric, the marker says the source (legend), a line joins one
    source's estimates of one metric, bars and arrows show the stated bounds (arrow = no
    bound on that side), and a hollow marker means the date is the article's, not an
    as-of date.  ``unit`` keeps one unit ("persons" includes people/soldiers; None: the
    most common one of the selection).  ``required`` names a metric whose absence is
    written on the canvas (``missing_note``), so troops alone do not read as "no casualties".
    """
    metrics = summary.PERSON_METRICS if metrics is None else [metrics] if isinstance(metrics, str) else list(metrics)
    data = summary.enrich(figures, articles)
    data = data[data["metric"].isin(metrics)]
    if unit == "persons":
        data = data[data["unit"].fillna("").isin(summary.PERSON_UNITS)]
    elif len(data):  # one y axis, one unit: the selection's most common one
        unit = unit or str(data["unit"].fillna("").value_counts().index[0])
        data = data[data["unit"].fillna("") == unit]
    undated = int(data["when_ts"].isna().sum())
    data = data[data["when_ts"].notna()]
    fig, ax = _figure(5.8)
    with _style():
        ax.set_title(title or "Claims over time: " + ", ".join(metrics), loc="left")
        missing = required is not None and not (data["metric"] == required).any()
        if data.empty:
            _empty(ax, empty_note + (f"\n({undated} figure(s) without any date not drawn)" if undated else ""))
            return fig
        sources = sorted(data["source_label"].unique())
        marker = {s: MARKERS[i % len(MARKERS)] for i, s in enumerate(sources)}
        top = max(float(pd.concat([data["value"], data["hi"]]).max()), 1.0)
        scale = top * 0.07
        for (metric, source), g in data.sort_values("when_ts").groupby(["metric", "source_label"], sort=True):
            color = COLORS.get(metric, "#555555")
            xs = mdates.date2num(g["plot_ts"])
            if len(g) > 1:
                ax.plot(xs, g["value"], color=color, linewidth=1.0, alpha=0.6, zorder=1)
            for x, (_, row) in zip(xs, g.iterrows()):
                _bounds(ax, x, row["value"], row["lo"], row["hi"], color, scale)
                hollow = row["dated_by"] != "as_of"
                ax.plot([x], [row["value"]], marker=marker[source], markersize=8, color=color, zorder=3,
                        markerfacecolor="white" if hollow else color, markeredgewidth=1.5, linestyle="none")
        _date_axis(ax, data["plot_ts"])
        if len(data) <= MAX_LABELS:
            _labels(ax, mdates.date2num(data["plot_ts"]), data["value"], summary.claims(data))
        ax.set_ylim(0, top * 1.2)
        ax.yaxis.set_major_formatter(FuncFormatter(_tick))
        ax.set_ylabel(unit or "")
        shown = [m for m in metrics if (data["metric"] == m).any()]
        by_metric = [Line2D([], [], color=COLORS.get(m, "#555555"), marker="o", linestyle="-", label=m) for m in shown]
        by_source = [Line2D([], [], color="#444444", marker=marker[s], linestyle="none", label=_short(s)) for s in sources]
        first = ax.legend(handles=by_metric, title="metric", loc="upper left", bbox_to_anchor=(1.01, 1.0))
        ax.add_artist(first)
        ax.legend(handles=by_source, title="source", loc="upper left", bbox_to_anchor=(1.01, 0.62))
        fig.supxlabel("Bars: stated range.  Arrow up: 'more than / at least' (no upper bound); arrow down: 'at most / "
                      "nearly'.\nHollow marker: the figure has no as-of date and is placed at its article's date."
                      + (f"  Not drawn: {undated} figure(s) without any date." if undated else ""),
                      x=0.01, ha="left", fontsize=8, color="#555555")
        if missing:
            _note(ax, missing_note or f"no {required} figures")
    return fig


def casualties_vs_troops(figures: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Casualty, killed and wounded claims against deployed-troop claims over time."""
    return metric_timeline(figures, articles, summary.PERSON_METRICS, title="Casualties against deployed troops",
                           empty_note="no casualty figures (and no troop figures)", required="casualties",
                           missing_note="no casualty figures")


def casualty_rate(rates: pd.DataFrame) -> Figure:
    """Implied casualty rate (``summary.casualty_rate``) over time, with its bounds."""
    fig, ax = _figure(3.6)
    with _style():
        ax.set_title("Implied casualty rate: casualties / troops deployed", loc="left")
        if rates.empty:
            _empty(ax, "no casualty figures to set against troops")
            return fig
        rates = rates.sort_values("plot_ts")
        sources = sorted(rates["casualty_source"].unique())
        marker = {s: MARKERS[i % len(MARKERS)] for i, s in enumerate(sources)}
        top = float(pd.concat([rates["rate"], rates["rate_high"]]).max())
        color = COLORS["casualties"]
        for x, (_, row) in zip(mdates.date2num(rates["plot_ts"]), rates.iterrows()):
            _bounds(ax, x, row["rate"], row["rate_low"], row["rate_high"], color, top * 0.12)
            ax.plot([x], [row["rate"]], marker=marker[row["casualty_source"]], markersize=8, color=color, linestyle="none")
            ax.annotate(f"{row['rate']:.0%}  ({row['casualties']} / {row['troops']})", (x, row["rate"]), xytext=(8, -3),
                        textcoords="offset points", fontsize=8, color="#333333")
        _date_axis(ax, rates["plot_ts"])
        ax.set_ylim(0, min(max(top * 1.35, 0.1), 1.5))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0%}"))
        ax.set_ylabel("share of troops")
        handles = [Line2D([], [], color=color, marker=marker[s], linestyle="none", label=_short(s)) for s in sources]
        ax.legend(handles=handles, title="casualty source", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    return fig


def figures_by_metric(figures: pd.DataFrame) -> Figure:
    """How many figures each metric has, split into cited (named source) and uncited."""
    fig, ax = _figure(4.2)
    with _style():
        ax.set_title("Figures by metric", loc="left")
        if figures.empty:
            _empty(ax, "no figures")
            return fig
        cited = figures["source"].fillna("").astype(str) != ""
        table = pd.crosstab(figures["metric"], cited).reindex(columns=[True, False], fill_value=0)
        order = [m for m in reversed(schema.METRICS) if m in table.index] + sorted(set(table.index) - set(schema.METRICS))
        table = table.loc[order]
        y = np.arange(len(table))
        ax.barh(y, table[True], color="#1f5fa8", label="cited source")
        ax.barh(y, table[False], left=table[True], color="#9bb7d4", label="no source cited")
        for i, total in enumerate(table.sum(axis=1)):
            ax.text(total + 0.1, i, str(int(total)), va="center", fontsize=9)
        ax.set_yticks(y, table.index)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("figures")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower right")
    return fig


def sources_by_metric(figures: pd.DataFrame) -> Figure:
    """Named sources against the metrics they are cited for, as a grid of counts."""
    named = figures[figures["source"].fillna("").astype(str) != ""]
    n = named["source"].nunique()
    fig, ax = _figure(min(max(2.2, 0.45 * n + 1.6), 12.0))
    with _style():
        ax.set_title("Who is cited for what", loc="left")
        if named.empty:
            _empty(ax, "no cited sources")
            return fig
        table = pd.crosstab(named["source"], named["metric"])
        cols = [m for m in schema.METRICS if m in table.columns] + sorted(set(table.columns) - set(schema.METRICS))
        table = table[cols]
        ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0, vmax=max(2, int(table.to_numpy().max())))
        for (i, j), count in np.ndenumerate(table.to_numpy()):
            if count:
                ax.text(j, i, str(count), ha="center", va="center", fontsize=9,
                        color="white" if count > table.to_numpy().max() / 2 else "#222222")
        ax.set_xticks(range(len(cols)), cols)
        ax.set_yticks(range(len(table)), [_short(s) for s in table.index])
        ax.tick_params(axis="x", labeltop=True, labelbottom=False, top=True, bottom=False)
        ax.grid(False)
    return fig


def _short(label: str, width: int = 38) -> str:
    """Legend and tick labels stay on one line: long names are cut with an ellipsis."""
    label = str(label)
    return label if len(label) <= width else label[: width - 1] + "…"
