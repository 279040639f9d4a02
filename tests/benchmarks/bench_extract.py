"""Benchmark: throughput and peak memory of the whole ``extract`` process.

    .venv/bin/python tests/benchmarks/bench_extract.py [--mb 20]

Builds a corpus of at least MB megabytes from the seed articles (cycled, each copy with a
distinct first line so none is a duplicate of another), runs ``python -m analysis extract``
on it in a fresh process, and prints MB/s and the process's peak resident memory.  It
runs twice, at half and full size, so one can see whether memory grows with the corpus.
Not a test: timings vary with the machine; the numbers are for a person to read.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.paths import SEEDS  # noqa: E402


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Write seed copies into ``folder`` until it holds ``megabytes``; return (files, bytes)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    target, total, n = int(megabytes * 1024 * 1024), 0, 0
    while total < target:
        text = f"Copy {n} of the seed corpus for benchmarking\n" + seeds[n % len(seeds)]
        data = text.encode("utf-8")
        (folder / f"{n // 1000:03d}").mkdir(exist_ok=True)
        (folder / f"{n // 1000:03d}" / f"bench_{n:06d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def run(megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        files, size = build_corpus(corpus, megabytes)
        out = Path(tmp) / "figures.csv"
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "analysis", "extract", str(corpus), "-o", str(out)],
                       cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
        mb = size / 1024 / 1024
        note = "" if peak_kb > before else " (peak not above an earlier run's)"
        print(f"{mb:6.1f} MB in {files} files: {seconds:5.2f} s  {mb / seconds:5.2f} MB/s  "
              f"peak RSS {peak_kb / 1024:6.1f} MB{note}  {rows} figure rows  "
              f"{out.stat().st_size / 1024 / 1024:.1f} MB of output")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (at least 20 for the issue's figure)")
    args = ap.parse_args()
    for mb in (args.mb / 2, args.mb):
        run(mb)


if __name__ == "__main__":
    main()
