"""The report's tables: pure functions from the corpus frames to the frames an analyst reads.

Notebooks call these and display the result; keeping the arithmetic here (not in cells)
means it is tested once and the report and the explore notebook agree.  Besides the
frames, this module holds the two small readers the report needs (the input fingerprint
and the previous report's ``figures.csv``) and ``html_table``, the one way tables reach
HTML: escaped, because every string in these frames may come from an untrusted article.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

from analysis import schema

PERSON_METRICS: tuple[str, ...] = ("troops", "casualties", "killed", "wounded")
"""The metrics drawn on the casualties-against-troops chart."""
PERSON_UNITS: frozenset[str] = frozenset({"persons", "people", "soldiers", ""})
KEY: list[str] = ["article", "metric", "unit", "value", "text"]
"""What identifies a figure across reports (offsets move when extraction changes)."""
_DATE_DIR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SIGN = {"more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤", "approx": "~", "vague": "≥"}


def load_corpus(folder: str | Path) -> Any:
    """Build the corpus of one folder, using its ``catalog.csv`` when there is one."""
    from analysis.frame import build  # imported here so the tables can be tested without the extractor

    folder = Path(folder)
    catalog = folder / "catalog.csv"
    return build([folder], catalog=catalog if catalog.is_file() else None)


def period_end(when: str | None) -> pd.Timestamp:
    """The last day an ISO date or period ('2025', '2025-03', '2025-03-28') covers.

    A figure "as at March" holds at the end of March, so periods are placed at their end.

    >>> period_end("2025-03"), period_end("2024"), period_end("2025-03-28"), period_end("")
    (Timestamp('2025-03-31 00:00:00'), Timestamp('2024-12-31 00:00:00'), Timestamp('2025-03-28 00:00:00'), NaT)
    """
    text = str(when or "").strip()[:10]
    try:
        if re.fullmatch(r"\d{4}", text):
            return pd.Timestamp(int(text), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return pd.Period(text, freq="M").end_time.normalize()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return pd.Timestamp(text)
    except ValueError:
        pass
    return pd.NaT


def period_middle(when: str | None) -> pd.Timestamp:
    """Where a chart places a date or period: its middle, so '2025-03' sits inside March.

    >>> period_middle("2025-03"), period_middle("2025-03-28")
    (Timestamp('2025-03-16 00:00:00'), Timestamp('2025-03-28 00:00:00'))
    """
    text = str(when or "").strip()[:10]
    end = period_end(text)
    if pd.isna(end) or len(text) == 10:
        return end
    start = pd.Timestamp(int(text[:4]), int(text[5:7]) if len(text) == 7 else 1, 1)
    return start + (end - start) / 2


def bounds(figures: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Lower and upper bound of each figure; NaN where the wording leaves that side open.

    "more than 5,000" has low 5000 and no upper bound; "nearly 6,000" has high 6000 and
    no lower bound; an exact figure is its own bound on both sides.
    """
    value, low, high = (pd.to_numeric(figures[c], errors="coerce") for c in ("value", "low", "high"))
    lo = low.where(low.notna(), value.where(high.isna()))
    hi = high.where(high.notna(), value.where(low.isna()))
    return lo.astype("float64"), hi.astype("float64")


def _timestamps(when: pd.Series, place: Any) -> pd.Series:
    return pd.Series([place(w) for w in when], index=when.index, dtype="datetime64[ns]")


def enrich(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Figures plus when each claim holds, who it is credited to, and its article's metadata.

    ``when`` is the as-of date, or the article's date when the figure has none
    (``dated_by`` says which); ``when_ts`` is the end of that period (for comparing
    dates) and ``plot_ts`` its middle (for drawing).  ``source_label`` names the source,
    or the publisher for claims the article makes itself, so every point has an owner.
    """
    out = figures.copy()
    meta = articles.set_index("article")[["publisher", "date", "title"]] if len(articles) else None
    for col in ("publisher", "date", "title"):
        out[col] = out["article"].map(meta[col]) if meta is not None else None
    as_of = out["as_of"].fillna("").astype(str)
    adate = out["date"].fillna("").astype(str)
    out["when"] = as_of.where(as_of != "", adate)
    out["dated_by"] = ["as_of" if a else ("article date" if d else "") for a, d in zip(as_of, adate)]
    out["when_ts"] = _timestamps(out["when"], period_end)
    out["plot_ts"] = _timestamps(out["when"], period_middle)
    source = out["source"].fillna("").astype(str)
    owner = out["publisher"].fillna("").astype(str).where(out["publisher"].fillna("") != "", out["article"].astype(str))
    out["source_label"] = source.where(source != "", owner + " (uncited)")
    out["lo"], out["hi"] = bounds(out)
    return out


def claim(value: float, qualifier: str, low: float | None = None, high: float | None = None) -> str:
    """A short human form of a figure: ">5,000", "≤0.5", "11,000–12,000".

    >>> claim(5000.0, "more_than"), claim(0.5, "at_most"), claim(11500.0, "range", 11000.0, 12000.0)
    ('>5,000', '≤0.5', '11,000–12,000')
    """
    if qualifier == "range" and low is not None and high is not None and not (pd.isna(low) or pd.isna(high)):
        return f"{number(low)}–{number(high)}"
    return _SIGN.get(str(qualifier), "") + number(value)


def claims(figures: pd.DataFrame) -> list[str]:
    """``claim`` for every row of a figures frame."""
    columns = (figures[c] for c in ("value", "qualifier", "low", "high"))
    return [claim(v, q, lo, hi) for v, q, lo, hi in zip(*columns)]


def number(value: float) -> str:
    """Thousands separators for whole numbers, four significant digits otherwise.

    >>> number(11000.0), number(0.4545454), number(float("nan"))
    ('11,000', '0.4545', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def key_figures(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per metric and unit: the latest claim's value and how far sources spread.

    ``best`` is the median of the claims at the latest date (the freshest word on the
    matter; ``claim`` shows it with its qualifier); ``low``/``high`` span every value and
    stated bound of that metric, so a reader sees at once whether sources agree.  ``high``
    is NaN when the highest claim is open above ("more than 5,000").
    """
    cols = ["metric", "unit", "latest", "best", "claim", "best_source", "low", "high", "sources", "articles", "figures"]
    data = enrich(figures, articles)
    rows = []
    for (metric, unit), g in data.groupby(["metric", data["unit"].fillna("")], sort=False):
        dated = g[g["when_ts"].notna()]
        latest = dated[dated["when_ts"] == dated["when_ts"].max()] if len(dated) else g
        best = float(latest["value"].median())
        if latest["value"].nunique() > 1:
            stated = f"~{number(best)} (median of {len(latest)})"
        else:  # one number; its qualifier only when every claim of that date agrees on it
            stated = claim(best, latest["qualifier"].iloc[0]) if latest["qualifier"].nunique() == 1 else number(best)
        lows, highs = g["lo"].fillna(g["value"]), g["hi"].fillna(g["value"])
        high = float(highs.max())
        if (g["hi"].isna() & (lows >= high)).any():
            high = math.nan  # the highest claim is "more than ...": no source bounds it from above
        rows.append({
            "metric": metric, "unit": unit, "latest": latest["when"].iloc[0] if len(dated) else "",
            "best": best, "claim": stated,
            "best_source": ", ".join(sorted(set(latest["source_label"]))),
            "low": float(lows.min()), "high": high,
            "sources": g["source_label"].nunique(), "articles": g["article"].nunique(), "figures": len(g),
        })
    out = pd.DataFrame(rows, columns=cols)
    rank = out["metric"].map({m: i for i, m in enumerate(schema.METRICS)})
    return out.assign(_rank=rank).sort_values(["_rank", "unit"]).drop(columns="_rank").reset_index(drop=True)


def casualty_rate(figures: pd.DataFrame, articles: pd.DataFrame, max_gap_days: int = 62) -> pd.DataFrame:
    """Casualties divided by deployed troops for the same period, with bounds.

    Each casualty claim (in persons) is set against one troop claim: the troop figures of
    the same article if it gives any (the article relates the two itself), otherwise the
    troop claims dated within ``max_gap_days`` of it; of those, the largest, because
    deployments add up ("an additional 3,000" is part of "the 11,000 deployed").
    ``rate_low`` is the lowest casualties over the highest troops, ``rate_high`` the
    reverse; NaN where a bound is open.
    """
    cols = ["when", "casualties", "casualty_source", "troops", "troop_source", "gap_days",
            "rate", "rate_low", "rate_high", "article", "troop_article"]
    data = enrich(figures, articles)
    persons = data[data["unit"].fillna("").isin(PERSON_UNITS) & data["when_ts"].notna()]
    losses = persons[persons["metric"] == "casualties"].sort_values(["when_ts", "article"])
    troops = persons[persons["metric"] == "troops"]
    rows = []
    for _, c in losses.iterrows():
        gap = (troops["when_ts"] - c["when_ts"]).abs().dt.days
        cand = troops[troops["article"] == c["article"]]
        if cand.empty:
            cand = troops[gap <= max_gap_days]
        if cand.empty:
            continue
        t = cand.loc[cand["value"].idxmax()]
        rows.append({
            "when": c["when"], "casualties": claim(c["value"], c["qualifier"], c["low"], c["high"]),
            "casualty_source": c["source_label"],
            "troops": claim(t["value"], t["qualifier"], t["low"], t["high"]), "troop_source": t["source_label"],
            "gap_days": int(gap[t.name]),
            "rate": c["value"] / t["value"] if t["value"] else math.nan,
            "rate_low": c["lo"] / t["hi"] if t["hi"] else math.nan,
            "rate_high": c["hi"] / t["lo"] if t["lo"] else math.nan,
            "article": c["article"], "troop_article": t["article"],
        })
    out = pd.DataFrame(rows, columns=cols)
    out["when_ts"] = _timestamps(out["when"], period_end)
    out["plot_ts"] = _timestamps(out["when"], period_middle)
    return out


def citations(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Who is cited for what: one row per named source, most-cited first."""
    cols = ["source", "kind", "country", "figures", "articles", "metrics", "via", "claims"]
    data = enrich(figures, articles)
    data = data[data["source"].fillna("") != ""]
    rows = []
    for source, g in data.groupby("source", sort=True):
        said = [f"{m}: {c}" + (f" ({w})" if w else "") for m, c, w in zip(g["metric"], claims(g), g["when"])]
        rows.append({
            "source": source, "kind": _first(g["source_kind"]), "country": _first(g["source_country"]),
            "figures": len(g), "articles": g["article"].nunique(), "metrics": ", ".join(sorted(set(g["metric"]))),
            "claims": "; ".join(dict.fromkeys(said)),
            "via": ", ".join(sorted({str(v) for v in g["conduit"].fillna("") if v})),
        })
    out = pd.DataFrame(rows, columns=cols)
    return out.sort_values(["figures", "source"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _first(values: pd.Series) -> str:
    """The first non-empty string of a column ('' if none)."""
    return next((str(v) for v in values.fillna("") if str(v)), "")


def corpus_overview(articles: pd.DataFrame, figures: pd.DataFrame, skipped: pd.DataFrame) -> pd.DataFrame:
    """The corpus at a glance, as item/value rows: counts, publishers, date span, skips."""
    dates = sorted(d for d in articles["date"].fillna("").astype(str) if d)
    publishers = sorted({p for p in articles["publisher"].fillna("").astype(str) if p})
    undated = int((articles["date"].fillna("").astype(str) == "").sum())
    rows = [
        ("articles", str(len(articles))),
        ("publishers", f"{len(publishers)}: " + ", ".join(publishers) if publishers else "0"),
        ("date span", (f"{dates[0]} to {dates[-1]}" if dates else "no dated article")
         + (f" ({undated} undated)" if undated else "")),
        ("figures", str(len(figures))),
        ("named sources", str(figures["source"].fillna("").astype(str).replace("", pd.NA).nunique())),
        ("files skipped", str(len(skipped))),
    ]
    return pd.DataFrame(rows, columns=["item", "value"])


def article_table(articles: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """One row per article with how many figures were read from it."""
    counts = figures["article"].value_counts()
    out = articles[["article", "publisher", "date"]].copy()
    out["figures"] = out["article"].map(counts).fillna(0).astype(int)
    out["title"] = articles["title"]
    return out.sort_values(["date", "article"], na_position="last").reset_index(drop=True)


def appendix(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every figure with its claim (and unit), source, date, phrase and sentence, by article in reading order."""
    data = enrich(figures, articles)
    data["claim"] = [f"{c} {u}".strip() for c, u in zip(claims(data), data["unit"].fillna(""))]
    cols = ["article", "metric", "claim", "source", "when", "text", "sentence"]
    order = data.sort_values(["article", "start"], kind="stable") if "start" in data else data
    return order[cols].reset_index(drop=True)


def filter_figures(figures: pd.DataFrame, articles: pd.DataFrame, metric: str | Sequence[str] | None = None,
                   source: str | None = None, since: str | None = None, until: str | None = None) -> pd.DataFrame:
    """Figures of some metrics, a source (case-insensitive substring) and a date window.

    Dates compare against ``when`` (as-of date, else the article's date), period ends
    included; figures with no date at all are dropped when a window is given.
    """
    data = enrich(figures, articles)
    if metric:
        data = data[data["metric"].isin([metric] if isinstance(metric, str) else list(metric))]
    if source:
        data = data[data["source_label"].str.contains(source, case=False, regex=False)]
    if since:
        data = data[data["when_ts"] >= pd.Timestamp(since)]
    if until:
        data = data[data["when_ts"] <= period_end(until)]
    return data[["article", "metric", "value", "low", "high", "qualifier", "unit", "source_label", "when", "text"]]


def follow(figures: pd.DataFrame, articles: pd.DataFrame, figure: Any) -> pd.DataFrame:
    """Everything about one figure (by its index label): the claim, its sentence and article."""
    row = enrich(figures.loc[[figure]], articles).iloc[0]
    art = articles.set_index("article").loc[row["article"]] if row["article"] in set(articles["article"]) else None
    stated = claim(row["value"], row["qualifier"], row["low"], row["high"])
    fields = [("figure", str(figure)), ("claim", f"{stated} {row['unit']} ({row['metric']})"),
              ("phrase", row["text"]), ("source", row["source_label"]), ("conduit", row.get("conduit") or ""),
              ("when", f"{row['when']} ({row['dated_by']})" if row["when"] else ""), ("sentence", row["sentence"]),
              ("article", row["article"])]
    if art is not None:
        fields += [(k, "" if pd.isna(art[k]) else str(art[k])) for k in ("title", "publisher", "date", "url", "path")]
    return pd.DataFrame(fields, columns=["field", "value"])


def highlight(sentence: str, phrase: str) -> str:
    """The sentence as escaped HTML with the figure's phrase marked.

    >>> highlight("<b>more than 5,000</b> casualties", "5,000")
    '&lt;b&gt;more than <mark>5,000</mark>&lt;/b&gt; casualties'
    """
    sentence, phrase = str(sentence or ""), str(phrase or "")
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        return html.escape(sentence)
    end = at + len(phrase)
    return f"{html.escape(sentence[:at])}<mark>{html.escape(phrase)}</mark>{html.escape(sentence[end:])}"


def fingerprint(folder: str | Path) -> pd.DataFrame:
    """The report's inputs: every file under ``folder`` (relative name, size, sha256), sorted.

    Hidden files are left out; they are not articles.
    """
    root = Path(folder)
    rows = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        data = path.read_bytes()
        rows.append((rel.as_posix(), len(data), hashlib.sha256(data).hexdigest()))
    return pd.DataFrame(rows, columns=["file", "bytes", "sha256"])


def digest(fingerprint_frame: pd.DataFrame) -> str:
    """One sha256 over the fingerprint rows: equal digests mean identical inputs."""
    lines = "".join(f"{f}\0{h}\n" for f, h in zip(fingerprint_frame["file"], fingerprint_frame["sha256"]))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def dated_reports(reports: str | Path) -> list[str]:
    """Dated report folders (YYYY-MM-DD) in a reports folder, newest first."""
    root = Path(reports)
    if not root.is_dir():
        return []
    return sorted((p.name for p in root.iterdir() if p.is_dir() and _DATE_DIR.match(p.name)), reverse=True)


def previous_figures(reports: str | Path, report_date: str) -> tuple[str | None, pd.DataFrame | None]:
    """The latest report dated before ``report_date`` that has a figures.csv, and its figures.

    ``(None, None)`` when there is none.
    """
    for name in dated_reports(reports):
        path = Path(reports) / name / "figures.csv"
        if name < report_date and path.is_file():
            numeric = {"value", "low", "high", "start"}
            frame = pd.read_csv(path, keep_default_na=False, dtype=str)
            for col in numeric & set(frame.columns):
                frame[col] = pd.to_numeric(frame[col], errors="coerce")
            return name, frame
    return None, None


def new_since(current: pd.DataFrame, previous: pd.DataFrame | None) -> pd.DataFrame:
    """Figures that are new since the previous report, and those that have gone.

    Figures are matched on article, metric, unit, value and surface phrase, so a change in
    wording or number shows up as one gone and one new row.  With no previous report
    (``None``) nothing is listed: the appendix already holds every figure.
    """
    def keys(df: pd.DataFrame) -> pd.Series:
        parts = [pd.to_numeric(df[c], errors="coerce").round(6).astype(str) if c == "value" else df[c].fillna("").astype(str)
                 for c in KEY]
        return pd.Series(list(zip(*parts)), index=df.index, dtype="object") if len(df) else pd.Series([], dtype="object")

    if previous is None:
        previous = current.iloc[0:0]
        current = current.iloc[0:0]
    cur, prev = keys(current), keys(previous)
    new = current[~cur.isin(set(prev))].assign(status="new")
    gone = previous[~prev.isin(set(cur))].assign(status="gone")
    cols = ["status", "article", "metric", "value", "qualifier", "unit", "source", "as_of", "text"]
    out = pd.concat([new.reindex(columns=cols), gone.reindex(columns=cols)], ignore_index=True)
    return out.astype({"value": "float64"})


def parameters_table(report_date: str, articles: str, title: str, inputs: pd.DataFrame) -> pd.DataFrame:
    """What a report was made from, as parameter/value rows (also in its manifest.json)."""
    rows = [("report date", report_date), ("articles", str(articles)), ("title", title),
            ("input files", str(len(inputs))), ("inputs digest (sha256)", digest(inputs))]
    return pd.DataFrame(rows, columns=["parameter", "value"])


def changes_note(previous_date: str | None, changes: pd.DataFrame) -> str:
    """One sentence on what changed since the previous report.

    >>> changes_note(None, pd.DataFrame({"status": []}))
    'No earlier report in this reports folder: every figure is new.'
    """
    if previous_date is None:
        return "No earlier report in this reports folder: every figure is new."
    new = int((changes["status"] == "new").sum())
    gone = int((changes["status"] == "gone").sum())
    if not new and not gone:
        return f"Nothing changed since the report of {previous_date}."
    return f"Since the report of {previous_date}: {new} new figure(s), {gone} gone."


def html_table(frame: pd.DataFrame, percent: Iterable[str] = (), empty: str = "(none)", index: bool = False) -> str:
    """A frame as an escaped HTML table: article text can never become markup.

    Floats get thousands separators; ``percent`` columns (fractions) are shown as "45.5%";
    an empty frame becomes the ``empty`` sentence.

    >>> "&lt;script&gt;" in html_table(pd.DataFrame({"t": ["<script>alert(1)</script>"]}))
    True
    """
    if frame.empty:
        return html_text(empty) if empty else ""
    shown = frame.copy()
    for col in percent:
        shown[col] = [f"{v:.1%}" if pd.notna(v) else "" for v in shown[col]]
    for col in shown.columns:
        if pd.api.types.is_float_dtype(shown[col]):
            shown[col] = [number(v) for v in shown[col]]
    shown = shown.astype(object).where(shown.notna(), "")
    return shown.to_html(escape=True, index=index, border=0, classes="report-table", render_links=False,
                         col_space={col: _min_width(shown[col], col) for col in shown.columns})


def _min_width(values: pd.Series, name: object) -> str:
    """Room for a column: short ones (dates, counts, claims) never wrap, long text wraps from 14em."""
    longest = max([len(str(name))] + [len(str(v)) for v in values])
    return f"{0.55 * longest + 0.5:.1f}em" if longest <= 24 else "14em"


def html_text(text: str, tag: str = "p") -> str:
    """One escaped paragraph (or heading) of text for ``IPython.display.HTML``.

    >>> html_text("<img src=x onerror=alert(1)>", "h1")
    '<h1>&lt;img src=x onerror=alert(1)&gt;</h1>'
    """
    return f"<{tag}>{html.escape(str(text))}</{tag}>"
