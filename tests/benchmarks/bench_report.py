"""Time a full report render against a trivial two-cell papermill run (a script, not a test).

The budget is a render costing at most 1.5x the trivial run: both pay Python, papermill
and kernel start-up, so the ratio measures what the report adds.  Each is run a few
times in fresh temporary folders and the medians are compared.

    .venv/bin/python tests/benchmarks/bench_report.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET = 1.5
TRIVIAL = {
    "cells": [
        {"cell_type": "code", "execution_count": None, "id": "params", "metadata": {"tags": ["parameters"]},
         "outputs": [], "source": "x = 1"},
        {"cell_type": "code", "execution_count": None, "id": "print", "metadata": {}, "outputs": [], "source": "print(x)"},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def timed(cmd: list[str], cwd: Path) -> float:
    """Seconds one command takes; a failure stops the benchmark with its stderr."""
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"benchmark command failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return elapsed


def report_command(reports: Path) -> list[str]:
    """The CLI when the lead's ``analysis/__main__.py`` is there, else ``report.run`` directly."""
    if (ROOT / "analysis" / "__main__.py").exists():
        return [sys.executable, "-m", "analysis", "report", "--reports", str(reports), "--date", "2026-01-01"]
    code = f"import sys; from analysis.report import run; sys.exit(run('2026-01-01', None, {str(reports)!r}, False))"
    return [sys.executable, "-c", code]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, medians compared (default 3)")
    args = parser.parse_args()
    papermill = Path(sys.executable).with_name("papermill")
    trivial, full = [], []
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        base = Path(tmp)
        (base / "trivial.ipynb").write_text(json.dumps(TRIVIAL), encoding="utf-8")
        for i in range(args.repeat):  # interleaved, so a busy moment hurts both alike
            trivial.append(timed([str(papermill), "trivial.ipynb", "out.ipynb"], base))
            full.append(timed(report_command(base / f"reports-{i}"), ROOT))
    t, f = statistics.median(trivial), statistics.median(full)
    ratio = f / t
    print(f"trivial papermill run: {t:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in trivial)})")
    print(f"full report render:    {f:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in full)})")
    print(f"ratio: {ratio:.2f} of medians (budget {BUDGET}); best runs: {min(full) / min(trivial):.2f}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
