"""The compiled stages (``analysis/native.py``): typed as mypyc needs, used only when they match
the sources, and giving exactly the rows the sources give, on every fixture article."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import analysis
from analysis import native
from analysis.extract import iter_corpus
from analysis.schema import csv_lines

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "seeds", *(ROOT / "tests" / "fixtures" / d for d in (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
    "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
    "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22", "holdout23",
    "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32",
    "load"))]

# Figure rows as CSV lines, or the skip line of a bad file, for every file of the corpora given.
ROWS_SCRIPT = """
import sys
from analysis import native
used = native.enable()
from analysis.extract import iter_corpus
from analysis.schema import csv_lines
assert used == native.in_use()
print("compiled" if used else "sources")
for item in iter_corpus(sys.argv[1:], keep_text=False, rows_as=csv_lines):
    print(f"skipped {item}" if isinstance(item, Exception) else item[0]["article"] + "\\n" + item[1][1], end="\\n")
"""


def rows(env: dict[str, str] | None = None) -> list[str]:
    done = subprocess.run([sys.executable, "-c", ROWS_SCRIPT, *map(str, CORPORA)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_stages_pass_the_type_check_that_compiling_them_needs():
    from mypy import api

    report, errors, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", os.devnull,
                                      *(str(ROOT / "analysis" / f"{m}.py") for m in native.MODULES)])
    assert status == 0, report + errors


@pytest.mark.skipif(native.status() != "fresh",
                    reason="no compiled build of these sources in this environment: `make native` makes one")
def test_compiled_stages_give_the_same_rows_as_the_sources():
    compiled, sources = rows(), rows({native.OFF: "0"})
    assert compiled[0] == "compiled" and sources[0] == "sources"
    assert len(sources) > 300  # every fixture corpus: hundreds of figures and the bad files of tests/fixtures/load
    assert any(line.startswith("skipped ") for line in sources)
    assert compiled[1:] == sources[1:]


def test_compiled_stages_are_never_mixed_with_sources_already_imported():
    """In this process the stages are the sources (imported above): enabling a build now must refuse."""
    before = list(analysis.__path__)
    assert not native.enable()
    assert list(analysis.__path__) == before and not native.in_use()
    assert next(iter_corpus([ROOT / "seeds"], keep_text=False, rows_as=csv_lines))[1][0] > 0


def test_a_build_counts_only_for_the_exact_sources_it_was_compiled_from(tmp_path: Path):
    assert native.status(tmp_path) == "missing"
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps(native.fingerprint()), encoding="utf-8")
    assert native.status(tmp_path) == "fresh"
    manifest.write_text(json.dumps({**native.fingerprint(), "figures": "0" * 64}), encoding="utf-8")
    assert native.status(tmp_path) == "stale"  # figures.py was edited after this build
    manifest.write_text("{not json", encoding="utf-8")
    assert native.status(tmp_path) == "missing"


def test_the_environment_variable_keeps_the_command_line_on_the_sources():
    done = subprocess.run([sys.executable, "-c", "from analysis import native; print(native.enable())"], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, native.OFF: "0"}, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
