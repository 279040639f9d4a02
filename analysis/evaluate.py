"""Score an extracted figures table against the hand-labelled gold table.

This is the project's own implementation of the scoring in the figures schema. It has
to give exactly the referee's numbers, so it follows the referee's rules to the letter:

- a prediction matches a gold row of the same article when one of its numbers (its
  ``value``, or ``low``/``high`` when ``value`` is empty) is within 0.5% of the gold
  ``value``, ``low`` or ``high``;
- all compatible pairs are ranked (gold row required, source agrees, metric agrees,
  qualifier agrees) and taken best first, each side at most once; equal ranks keep
  prediction order, then gold order;
- articles the gold does not cover are ignored.

Cells are compared as the text a CSV holds: a missing value is the empty string, and a
column the prediction lacks is ``None`` (which never equals a gold string).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

TOLERANCE: float = 0.005
"""Relative tolerance for two numbers to be the same figure (0.5%)."""

PREDICTED_COLUMNS: tuple[str, ...] = ("article", "value")
"""Columns a predictions table must have to be scored."""

GOLD_COLUMNS: tuple[str, ...] = (
    "article", "value", "low", "high", "qualifier", "metric", "source", "required", "text",
)
"""Gold columns the scoring and the report read (the schema's gold files have them all)."""

_STOPWORDS = frozenset({"the", "a", "an", "of", "s"})
Row = dict[str, Any]


# --- small helpers -------------------------------------------------------------------


def normalise_source(name: str | None) -> str:
    """Reduce a source name to the words that identify the body.

    Case, punctuation, articles, "of" and possessives vary between writers of the same
    name, so they are dropped before names are compared.

    >>> normalise_source("The UK's Ministry of Defence")
    'uk ministry defence'
    >>> normalise_source("Open-Source Centre.")
    'open source centre'
    >>> normalise_source("Korea’s NIS")
    'korea nis'
    >>> normalise_source(None)
    ''
    """
    name = (name or "").lower().replace("\u2019", "'")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"[^a-z0-9 ]+", " ", name)
    return " ".join(w for w in name.split() if w not in _STOPWORDS)


def same_source(predicted: str | None, gold: str) -> bool:
    """Whether the predicted source names the gold body (or one of its ``|`` alternatives).

    One normalised name containing the other counts, because articles shorten and
    lengthen names ("NIS", "South Korea's National Intelligence Service").

    >>> same_source("British Ministry of Defence", "UK Ministry of Defence|British Ministry of Defence")
    True
    >>> same_source("the Open Source Centre", "Open Source Centre")
    True
    >>> same_source("South Korean military", "South Korea")
    True
    >>> same_source("Reuters", "Open Source Centre")
    False
    >>> same_source("", "Open Source Centre")
    False
    """
    p = normalise_source(predicted)
    if not p:
        return False
    for alternative in gold.split("|"):
        g = normalise_source(alternative)
        if g and (g in p or p in g):
            return True
    return False


def same_metric(predicted: str | None, gold: str) -> bool:
    """Whether the predicted metric is the gold metric or one of its ``|`` alternatives.

    >>> same_metric("troops", "workers|troops")
    True
    >>> same_metric(" troops ", "troops")
    True
    >>> same_metric("casualties", "killed")
    False
    """
    return (predicted or "").strip() in gold.split("|")


def close(a: float | None, b: float | None) -> bool:
    """Whether two numbers are the same figure: within 0.5% of the larger one.

    Rounding in the text ("5,000" for 4,987) and in conversion must not cost a match.

    >>> close(11000, 11050)
    True
    >>> close(20, 20.2)
    False
    >>> close(0, 0)
    True
    >>> close(None, 5)
    False
    """
    return a is not None and b is not None and abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


def number(cell: Any) -> float | None:
    """The number a cell holds, or None when it is empty, NaN or not a number.

    >>> number(" 11000 "), number("2e10"), number(""), number("about 5"), number(float("nan"))
    (11000.0, 20000000000.0, None, None, None)
    """
    text = _text(cell).strip()
    if not text:
        return None
    try:
        x = float(text)
    except ValueError:
        return None
    return None if math.isnan(x) else x


def _text(cell: Any) -> str:
    """A cell as the text a CSV would hold: missing values become ''."""
    if cell is None or cell is pd.NA or cell is pd.NaT:
        return ""
    if isinstance(cell, (float, np.floating)) and math.isnan(cell):
        return ""
    return cell if isinstance(cell, str) else str(cell)


def _rows(df: pd.DataFrame) -> list[Row]:
    """The frame's rows as dicts of text, holding only the columns the frame has."""
    columns = [str(c) for c in df.columns]
    return [dict(zip(columns, map(_text, values))) for values in df.itertuples(index=False, name=None)]


def _gold_rows(gold: pd.DataFrame) -> list[Row]:
    """Gold rows as text; a numeric ``required`` column (Parquet, JSON) counts 1 as required."""
    rows = _rows(gold)
    if pd.api.types.is_numeric_dtype(gold["required"]) and not pd.api.types.is_bool_dtype(gold["required"]):
        for row, flag in zip(rows, gold["required"].tolist()):
            row["required"] = "1" if flag == 1 else "0"
    return rows


def _check_columns(df: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what} lacks column(s) {missing}; it has {[str(c) for c in df.columns]}.")


# --- scoring -------------------------------------------------------------------------


_PAIR_COLUMNS = ["article", "text", "value", "got", "want"]


@dataclass(frozen=True)
class Score:
    """The referee's figures for one prediction table, and the rows behind them.

    ``missed`` holds required gold rows no prediction matched; ``false_finds`` the
    predictions that matched nothing; ``wrong_metric`` / ``wrong_source`` one row per
    matched pair whose label disagrees (columns article, text, value, got, want).
    ``over_credited`` holds matched pairs where the article asserts the figure itself but
    the prediction credits a body: the referee does not count them, a reader would.
    """

    predicted: int
    gold_required: int
    matched: int
    precision: float
    recall: float
    f1: float
    metric_accuracy: float
    source_accuracy: float
    missed: pd.DataFrame = field(compare=False, repr=False)
    false_finds: pd.DataFrame = field(compare=False, repr=False)
    wrong_metric: pd.DataFrame = field(compare=False, repr=False)
    wrong_source: pd.DataFrame = field(compare=False, repr=False)
    over_credited: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_PAIR_COLUMNS), compare=False,
                                        repr=False)

    def figures(self) -> dict[str, int | float]:
        """The headline numbers in the referee's order (its ``--json`` output)."""
        return {
            "predicted": self.predicted,
            "gold_required": self.gold_required,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "metric_accuracy": self.metric_accuracy,
            "source_accuracy": self.source_accuracy,
        }



def _pairs_frame(pairs: list[tuple[Row, Row]], column: str) -> pd.DataFrame:
    records = [
        {"article": g["article"], "text": g.get("text"), "value": g["value"], "got": p.get(column), "want": g[column]}
        for p, g in pairs
    ]
    return pd.DataFrame(records, columns=_PAIR_COLUMNS, dtype=object)


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> Score:
    """Score predictions against gold exactly as the referee ``gold/score.py`` does.

    Precision is over predictions for articles the gold covers, recall over required
    gold rows; a figure extracted twice is found once and falsely found once.
    """
    _check_columns(predicted, ("article",), "predictions")
    _check_columns(gold, [c for c in GOLD_COLUMNS if c != "text"], "gold")
    gold_rows = _gold_rows(gold)
    gold_by_article: dict[str, list[Row]] = {}
    for g in gold_rows:
        gold_by_article.setdefault(g["article"], []).append(g)
    preds = [p for p in _rows(predicted) if p["article"] in gold_by_article]

    # every compatible (prediction, gold) pair, best first; sort is stable, so equal
    # ranks keep prediction order, then gold order, as in the referee
    pairs: list[tuple[tuple[bool, bool, bool, bool], int, tuple[str, int]]] = []
    for pi, p in enumerate(preds):
        values = [number(p.get(k)) for k in ("value", "low", "high")]
        values = values[:1] if values[0] is not None else values[1:]
        for gi, g in enumerate(gold_by_article[p["article"]]):
            targets = [number(g[k]) for k in ("value", "low", "high")]
            if not any(close(v, t) for v in values for t in targets):
                continue
            if g["source"].strip():
                agrees_source = same_source(p.get("source", ""), g["source"])
            else:
                agrees_source = not (p.get("source") or "").strip()
            rank = (
                g["required"] == "1",
                agrees_source,
                same_metric(p.get("metric"), g["metric"]),
                p.get("qualifier") == g["qualifier"],
            )
            pairs.append((rank, pi, (p["article"], gi)))
    pairs.sort(key=lambda x: x[0], reverse=True)

    taken_p: set[int] = set()
    taken_g: set[tuple[str, int]] = set()
    matches: list[tuple[Row, Row]] = []
    for _, pi, gk in pairs:
        if pi in taken_p or gk in taken_g:
            continue
        taken_p.add(pi)
        taken_g.add(gk)
        matches.append((preds[pi], gold_by_article[gk[0]][gk[1]]))

    false_finds = [p for pi, p in enumerate(preds) if pi not in taken_p]
    required = [g for g in gold_rows if g["required"] == "1"]
    matched_ids = {id(g) for _, g in matches}
    missed = [g for g in required if id(g) not in matched_ids]
    found_required = [g for _, g in matches if g["required"] == "1"]
    precision = len(matches) / len(preds) if preds else 0.0
    recall = len(found_required) / len(required) if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    metric_ok = [same_metric(p.get("metric"), g["metric"]) for p, g in matches]
    sourced = [(p, g) for p, g in matches if g["source"].strip()]
    source_ok = [same_source(p.get("source", ""), g["source"]) for p, g in sourced]
    return Score(
        predicted=len(preds),
        gold_required=len(required),
        matched=len(matches),
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        metric_accuracy=round(sum(metric_ok) / len(metric_ok), 3) if metric_ok else 0.0,
        source_accuracy=round(sum(source_ok) / len(source_ok), 3) if source_ok else 0.0,
        missed=pd.DataFrame(missed, columns=[str(c) for c in gold.columns], dtype=object),
        false_finds=pd.DataFrame(false_finds, columns=[str(c) for c in predicted.columns], dtype=object),
        wrong_metric=_pairs_frame([(p, g) for (p, g), ok in zip(matches, metric_ok) if not ok], "metric"),
        wrong_source=_pairs_frame([(p, g) for (p, g), ok in zip(sourced, source_ok) if not ok], "source"),
        over_credited=_pairs_frame([(p, g) for p, g in matches if not g["source"].strip()
                                    and (p.get("source") or "").strip()], "source"),
    )


# --- files and report ----------------------------------------------------------------


def read_table(path: Path, columns: Sequence[str] = PREDICTED_COLUMNS) -> pd.DataFrame:
    """Read a figures or gold table from CSV, Parquet or JSON records, by extension.

    CSV cells are read as text with empty cells kept as '' (not NaN), the way the
    referee reads them, so the scores agree.  Raises ValueError naming the file when
    the format is unknown or ``columns`` are missing.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    elif suffix in (".parquet", ".pq"):
        df = pd.read_parquet(path)
    elif suffix == ".json":
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, list):
            raise ValueError(f"{path}: expected a JSON list of records (one object per row).")
        df = pd.DataFrame.from_records(records)
    elif suffix in (".jsonl", ".ndjson"):
        lines = path.read_text(encoding="utf-8").splitlines()
        df = pd.DataFrame.from_records([json.loads(line) for line in lines if line.strip()])
    else:
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv, .parquet or .json (records).")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; found {[str(c) for c in df.columns]}.")
    return df


def format_report(s: Score, verbose: bool = False) -> str:
    """The referee's text output: the problem lines when verbose, then the figures line."""
    lines: list[str] = []
    if verbose:
        for g in s.missed.to_dict("records"):
            lines.append(f"missed      {g['article']}: {g.get('text')} ({g['value']} {g['metric']})")
        for p in s.false_finds.to_dict("records"):
            sentence = p.get("sentence", "")
            lines.append(f"false find  {p['article']}: {p.get('value')} {p.get('metric')} | {(sentence or '')[:100]}")
        for r in s.wrong_metric.to_dict("records"):
            lines.append(f"metric      {r['article']}: {r['text']}: got {r['got']!r}, want {r['want']!r}")
        for r in s.wrong_source.to_dict("records"):
            lines.append(f"source      {r['article']}: {r['text']}: got {r['got']!r}, want {r['want']!r}")
    lines.append(" ".join(f"{k}={v}" for k, v in s.figures().items()))
    return "\n".join(lines)


def main(pred: str, gold: str, verbose: bool = False, *, as_json: bool = False) -> int:
    """Score the prediction file against the gold file and print the report; 0 on success.

    A missing file or column is reported on stderr with exit status 2, like a usage error.
    """
    try:
        s = score(read_table(Path(pred)), read_table(Path(gold), GOLD_COLUMNS))
    except (OSError, ValueError) as err:
        print(f"evaluate: {err}", file=sys.stderr)
        return 2
    if as_json:
        lines = format_report(s, verbose).splitlines()[:-1] if verbose else []
        lines.append(json.dumps(s.figures()))
        print("\n".join(lines))
    else:
        print(format_report(s, verbose))
    return 0
