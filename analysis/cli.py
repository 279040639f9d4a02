"""The command line: ``python -m analysis extract | evaluate | report | compile``.

Bad input never ends in a traceback: a file that cannot be read is skipped with one line
on stderr naming it and the reason, and the run goes on (``--strict`` makes any skip
fail the run).  Outputs are written to a temporary file and moved into place, so an
interrupted run never leaves a half-written table over a good one.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import itertools
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import paths, schema

if TYPE_CHECKING:
    import pandas as pd

WRITERS = {".csv": "csv", ".parquet": "parquet", ".json": "json"}


def write_table(df: pd.DataFrame, out: Path) -> None:
    """Write a frame as CSV, Parquet or JSON (records) by the file's extension, atomically."""
    kind = WRITERS.get(out.suffix.lower())
    if kind is None:
        raise ValueError(f"{out}: unknown extension {out.suffix!r}; use one of {', '.join(WRITERS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    try:
        if kind == "csv":
            df.to_csv(tmp, index=False)
        elif kind == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", force_ascii=False, indent=1)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _extract(args: argparse.Namespace) -> int:
    from analysis.extract import iter_corpus
    from analysis.schema import csv_lines
    from analysis.load import BadInput

    for out in (args.output, args.articles_out, args.sources_out):
        if out is not None and out.suffix.lower() not in WRITERS:
            print(f"extract: {out}: unknown extension {out.suffix!r}; use one of {', '.join(WRITERS)}", file=sys.stderr)
            return 2
    rows: list[dict] = []
    articles: list[dict] = []
    skipped: list[BadInput] = []
    # A plain CSV of figures streams out row by row and never needs pandas; other outputs do.
    tables_needed = args.output.suffix.lower() != ".csv" or bool(args.articles_out or args.sources_out or args.skipped_out)
    workers = args.workers if args.workers else min(2, os.cpu_count() or 1)
    results = iter_corpus(args.paths, args.catalog, workers=workers, keep_text=bool(args.articles_out),
                          rows_as=None if tables_needed else csv_lines)
    first = next(results, None)  # the workers start (forked without pandas) ...
    if tables_needed:  # ... while pandas loads here for the tables at the end
        tables = threading.Thread(target=importlib.import_module, args=("analysis.frame",), daemon=True)
        tables.start()
    try:
        sink = None if tables_needed else _CsvSink(args.output)
    except OSError as e:
        print(f"extract: cannot write output: {e}", file=sys.stderr)
        return 2
    n_figures, with_figures = 0, 0
    try:
        for item in itertools.chain([first] if first is not None else [], results):
            if isinstance(item, BadInput):
                print(f"skipped {item}", file=sys.stderr)
                skipped.append(item)
                continue
            article, figure_rows = item
            if sink is not None:  # the worker already wrote its rows as checked CSV lines
                count, lines = figure_rows
                sink.write(lines)
            else:
                count = len(figure_rows)
                rows.extend(figure_rows)
            n_figures, with_figures = n_figures + count, with_figures + bool(count)
            if args.articles_out:
                articles.append(article)
        if sink is not None:
            sink.commit()
            return _done(n_figures, with_figures, skipped, args)
    finally:
        if sink is not None:
            sink.discard()
    tables.join()
    from analysis.frame import articles_frame, figures_frame, skipped_frame, sources_frame

    figures = figures_frame(rows)
    try:
        write_table(figures, args.output)
        if args.articles_out:
            write_table(articles_frame(articles), args.articles_out)
        if args.sources_out:
            write_table(sources_frame(figures), args.sources_out)
        if args.skipped_out:
            write_table(skipped_frame(skipped), args.skipped_out)
    except OSError as e:
        print(f"extract: cannot write output: {e}", file=sys.stderr)
        return 2
    return _done(n_figures, with_figures, skipped, args)


def _done(n_figures: int, with_figures: int, skipped: list, args: argparse.Namespace) -> int:
    print(f"{n_figures} figures from {with_figures} articles with figures; {len(skipped)} files skipped -> {args.output}",
          file=sys.stderr)
    return 1 if args.strict and skipped else 0


class _CsvSink:
    """The figures table written as rows arrive (checked and formatted by schema.csv_lines), moved into place when complete."""

    def __init__(self, out: Path):
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        self.out = out
        self.file = os.fdopen(fd, "w", newline="", encoding="utf-8")
        csv.writer(self.file, lineterminator="\n").writerow(schema.FIGURE_COLUMNS)

    def write(self, lines: str) -> None:
        self.file.write(lines)

    def commit(self) -> None:
        self.file.close()
        os.replace(self.tmp, self.out)

    def discard(self) -> None:
        """Drop the partial file: an interrupted run leaves nothing half-written behind."""
        self.file.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _evaluate(args: argparse.Namespace) -> int:
    from analysis import evaluate

    return evaluate.main(str(args.predicted), str(args.gold), verbose=args.verbose)


def _report(args: argparse.Namespace) -> int:
    from analysis import report

    return report.run(date=args.date, articles=args.articles, reports=args.reports, force=args.force, title=args.title)


def _compile(args: argparse.Namespace) -> int:
    import time

    from analysis import native

    start = time.perf_counter()
    try:
        built = native.compile_stages(quiet=not args.verbose, force=args.force)
    except (RuntimeError, ImportError, OSError) as e:
        print(f"compile: {e}\nextract still works, as plain Python (slower).", file=sys.stderr)
        return 1
    print(f"compiled {len(native.MODULES)} stages with mypyc into {native.build_dir()} in "
          f"{time.perf_counter() - start:.0f} s" if built else
          f"compile: the compiled stages in {native.build_dir()} match the sources", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser; every option says what it does."""
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="read articles and write the figures table",
                       description="Read .txt, .md and .html articles (files or folders, recursively) and write one row per figure.")
    e.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    e.add_argument("-o", "--output", type=Path, required=True, help="figures table: .csv, .parquet or .json")
    e.add_argument("--articles-out", type=Path, help="also write the articles table (id, publisher, date, title, text) here")
    e.add_argument("--sources-out", type=Path, help="also write the sources table (one row per cited body) here")
    e.add_argument("--skipped-out", type=Path, help="also write the list of skipped files and reasons here")
    e.add_argument("--catalog", type=Path, help="catalog.csv with file,publisher,url,published,title "
                   "(default: a catalog.csv in a folder given)")
    e.add_argument("--strict", action="store_true", help="exit 1 when any file was skipped")
    e.add_argument("--workers", type=int, default=0, help="processes to share the files among (default: up to 2, one per core)")
    e.set_defaults(run=_extract)

    v = sub.add_parser("evaluate", help="score a figures table against hand-labelled gold",
                       description="Precision, recall, F1, metric and source accuracy of PREDICTED against GOLD.")
    v.add_argument("predicted", type=Path, help="figures table (.csv, .parquet or .json)")
    v.add_argument("gold", type=Path, help="gold CSV: article,value,low,high,qualifier,unit,metric,source,as_of,required,text")
    v.add_argument("--verbose", action="store_true", help="list misses, false finds and wrong labels")
    v.set_defaults(run=_evaluate)

    r = sub.add_parser("report", help="render a dated report with papermill",
                       description="Run notebooks/report.ipynb into REPORTS/DATE/ (report.ipynb, report.html, figures.csv).")
    r.add_argument("--date", help="report date YYYY-MM-DD (default: today)")
    r.add_argument("--articles", type=Path, default=paths.SEEDS, help="folder of articles (default: seeds/)")
    r.add_argument("--reports", type=Path, default=paths.REPORTS, help="folder of dated reports (default: reports/)")
    r.add_argument("--title", help="report title")
    r.add_argument("--force", action="store_true", help="replace an existing report for that date")
    r.set_defaults(run=_report)

    c = sub.add_parser("compile", help="compile the extraction stages with mypyc, for speed (make does this)",
                       description="Compile the extraction stages to C extension modules inside the current environment. "
                                   "extract uses them while they match the sources (ANALYSIS_NATIVE=0 turns them off); "
                                   "without them it runs the same code as plain Python, slower.")
    c.add_argument("--verbose", action="store_true", help="show the compiler's output")
    c.add_argument("--force", action="store_true", help="compile even when the build matches the sources")
    c.set_defaults(run=_compile)
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m analysis``."""
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
