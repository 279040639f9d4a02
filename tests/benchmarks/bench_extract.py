"""Benchmark: throughput and peak memory of the whole ``extract`` process.

    .venv/bin/python tests/benchmarks/bench_extract.py [--mb 20]

Builds a corpus of at least MB megabytes from the seed articles (cycled, each copy with a
distinct first line so none is a duplicate of another), runs ``python -m analysis extract``
on it in a fresh process, and prints MB/s and the process's peak resident memory.  It says
whether the stages ran compiled (``make native``) or as plain Python (``ANALYSIS_NATIVE=0``).  It
runs twice, at half and full size, so one can see whether memory grows with the corpus.
Not a test: timings vary with the machine; the numbers are for a person to read.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis import native  # noqa: E402
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
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "analysis", "extract", str(corpus), "-o", str(out)],
                                cwd=ROOT, stderr=subprocess.DEVNULL)
        peak = _Peak(proc)
        proc.wait()  # timed here, not by the memory sampler, which only looks every quarter second
        seconds = time.perf_counter() - start
        peak.join()
        if proc.returncode:
            raise SystemExit(f"extract failed with exit code {proc.returncode}")
        rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
        mb = size / 1024 / 1024  # MiB, the smaller of the two readings of "MB"
        print(f"{mb:6.1f} MiB ({size / 1e6:.1f} MB) in {files} files: {seconds:5.2f} s  {mb / seconds:5.2f} MiB/s "
              f"({size / 1e6 / seconds:5.2f} MB/s)  "
              f"peak RSS of the whole process tree {int(peak) / 2**20:6.1f} MB  {rows} figure rows  "
              f"{out.stat().st_size / 2**20:.1f} MB of output")


class _Peak(threading.Thread):
    """Samples the summed resident memory of a process and its workers until it ends; ``int(self)`` is the peak."""

    def __init__(self, proc: subprocess.Popen):
        super().__init__(daemon=True)
        self.proc, self.peak = proc, 0
        self.start()

    def run(self) -> None:
        import psutil

        main = psutil.Process(self.proc.pid)
        while self.proc.poll() is None:
            try:
                tree = [main, *main.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.25)  # memory is flat; sampling more often would steal CPU from the run it measures

    def __int__(self) -> int:
        return self.peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (at least 20 for the issue's figure)")
    args = ap.parse_args()
    state = "turned off" if os.environ.get(native.OFF) == "0" else native.status()
    print("stages: compiled with mypyc" if state == "fresh" else f"stages: plain Python (compiled build {state}: make native)")
    for mb in (args.mb / 2, args.mb):
        run(mb)


if __name__ == "__main__":
    main()
