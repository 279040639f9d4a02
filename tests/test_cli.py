"""Tests for the command line, run as users run it: ``python -m analysis ...`` in a subprocess."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import cli
from analysis.schema import ARTICLE_COLUMNS, SOURCE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "seeds.csv"
LOAD_FIXTURES = ROOT / "tests" / "fixtures" / "load"
SEED_IDS = sorted(p.stem for p in SEEDS.glob("*.txt"))
SCHEMA_COLUMNS = ["article", "value", "low", "high", "qualifier", "unit", "metric", "source", "as_of", "sentence"]


def run(*args: object) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr
    return done


def read(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path, keep_default_na=False, dtype={"as_of": str})
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_json(path, orient="records", dtype={"as_of": str})


# --------------------------------------------------------------------------- outputs

@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json"])
def test_extract_seeds_writes_the_figures_table_by_extension(tmp_path: Path, suffix: str):
    out = tmp_path / f"figures{suffix}"
    done = run("extract", SEEDS, "-o", out)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^\d+ figures from 5 articles with figures; 0 files skipped", done.stderr, re.M)
    df = read(out)
    assert set(SCHEMA_COLUMNS) <= set(df.columns)
    assert sorted(df["article"].unique()) == SEED_IDS  # the file stem, not the path
    mod = df[(df["article"] == SEED_IDS[0]) & (df["value"] == 5000)]
    assert mod[["qualifier", "metric", "source", "as_of"]].values.tolist() == [
        ["more_than", "casualties", "UK Ministry of Defence", "2025-03"]]


def test_extract_articles_and_sources_out(tmp_path: Path):
    out, articles, sources = tmp_path / "f.csv", tmp_path / "a.json", tmp_path / "s.parquet"
    done = run("extract", SEEDS, "-o", out, "--articles-out", articles, "--sources-out", sources)
    assert done.returncode == 0, done.stderr
    a = read(articles)
    assert list(a.columns) == ARTICLE_COLUMNS
    assert sorted(a["article"]) == SEED_IDS
    assert a.set_index("article").loc[SEED_IDS[0], "publisher"] == "The Straits Times"  # from seeds/catalog.csv
    assert a["text"].str.len().min() > 500
    s = read(sources).set_index("source")
    assert list(s.reset_index().columns) == SOURCE_COLUMNS
    assert s.loc["Open Source Centre", "articles"] == f"{SEED_IDS[1]}; {SEED_IDS[2]}"
    assert s.loc["UK Ministry of Defence", ["kind", "country"]].tolist() == ["government", "UK"]
    assert s["n_figures"].sum() == (read(out)["source"] != "").sum()


def test_extract_a_single_file_and_a_skipped_table(tmp_path: Path):
    article = tmp_path / "kursk_brief.md"
    shutil.copy(LOAD_FIXTURES / "kursk_brief.md", article)
    done = run("extract", article, "-o", tmp_path / "f.csv", "--skipped-out", tmp_path / "skipped.csv")
    assert done.returncode == 0, done.stderr
    assert set(read(tmp_path / "f.csv")["article"]) == {"kursk_brief"}
    assert read(tmp_path / "skipped.csv").columns.tolist() == ["file", "reason"]


# --------------------------------------------------------------------------- bad input

@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A folder with one good seed, a cp1252 article and one file of every bad kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), folder / "good.txt")
    shutil.copy(LOAD_FIXTURES / "cp1252_article.txt", folder / "cp1252.txt")
    shutil.copy(LOAD_FIXTURES / "boilerplate_only.txt", folder / "furniture.txt")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "catalog.csv").write_text("file,publisher,published\ngood.txt,The Straits Times,10/04/2025\n")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    return folder


BAD = {  # file name -> words of the reason
    "catalog.csv": "not a date in YYYY-MM-DD form",
    "binary.txt": "binary content (NUL bytes)",
    "empty.txt": "empty file",
    "furniture.txt": "no article text after removing boilerplate",
    "dangling.txt": "dangling symlink",
    "missing.txt": "no such file or folder",
}


def test_every_bad_input_is_one_stderr_line_and_the_rest_is_extracted(messy: Path, tmp_path: Path):
    out = tmp_path / "f.csv"
    done = run("extract", messy, tmp_path / "missing.txt", "-o", out)
    assert done.returncode == 0
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == len(BAD), done.stderr
    for name, reason in BAD.items():
        lines = [line for line in skipped if f"{name}: " in line]
        assert len(lines) == 1 and reason in lines[0], (name, done.stderr)
    df = read(out)
    assert set(df["article"]) == {"good", "cp1252"}  # cp1252 is decoded, not skipped
    assert sorted(df.loc[df["article"] == "good", "value"]) == [0.5, 30, 3000, 5000, 11000]
    assert 12000 in set(df.loc[df["article"] == "cp1252", "value"])
    assert "6 files skipped" in done.stderr


def test_catalog_without_file_column_is_reported_and_ignored(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("004_*.txt")), folder)
    shutil.copy(LOAD_FIXTURES / "catalog_no_file_column.csv", folder / "catalog.csv")
    done = run("extract", folder, "-o", tmp_path / "f.csv")
    assert done.returncode == 0
    assert re.search(r"^skipped .*catalog\.csv: catalog has no 'file' column", done.stderr, re.M)
    assert set(read(tmp_path / "f.csv")["article"]) == {SEED_IDS[4]}


def test_strict_fails_the_run_but_still_writes(messy: Path, tmp_path: Path):
    out = tmp_path / "f.json"
    done = run("extract", messy, "--strict", "-o", out)
    assert done.returncode == 1
    assert set(read(out)["article"]) == {"good", "cp1252"}
    assert run("extract", SEEDS, "--strict", "-o", out).returncode == 0  # nothing skipped: success


@pytest.mark.parametrize("option", ["-o", "--articles-out", "--sources-out"])
def test_unknown_output_extension_is_a_usage_error(tmp_path: Path, option: str):
    args = ["-o", tmp_path / "f.csv"] if option != "-o" else []
    done = run("extract", SEEDS, *args, option, tmp_path / "table.xlsx")
    assert done.returncode == 2
    assert "table.xlsx: unknown extension '.xlsx'; use one of .csv, .parquet, .json" in done.stderr
    assert not list(tmp_path.iterdir())  # nothing written


def test_unwritable_output_is_reported(tmp_path: Path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    done = run("extract", SEEDS, "-o", blocker / "f.csv")
    assert done.returncode == 2
    assert "extract: cannot write output" in done.stderr


def test_missing_arguments_are_usage_errors():
    done = run("extract", SEEDS)
    assert done.returncode == 2 and "-o/--output" in done.stderr
    assert run().returncode == 2


# --------------------------------------------------------------------------- help

OPTIONS = {
    "extract": ["--output", "--articles-out", "--sources-out", "--skipped-out", "--catalog", "--strict", "--workers"],
    "evaluate": ["--verbose"],
    "report": ["--date", "--articles", "--reports", "--title", "--force"],
}


@pytest.mark.parametrize("command", sorted(OPTIONS))
def test_help_lists_every_option(command: str):
    done = run(command, "--help")
    assert done.returncode == 0
    sub = cli.parser()._subparsers._group_actions[0].choices[command]  # the subcommand's own parser
    declared = {s for action in sub._actions for s in action.option_strings if s.startswith("--")} - {"--help"}
    assert set(OPTIONS[command]) <= declared
    for option in declared:
        assert option in done.stdout, f"{command} --help does not list {option}"
    assert all(action.help for action in sub._actions), "an option without help text"


# --------------------------------------------------------------------------- evaluate

def test_evaluate_prints_the_metrics_line(tmp_path: Path):
    out = tmp_path / "f.parquet"
    assert run("extract", SEEDS, "-o", out).returncode == 0
    done = run("evaluate", out, GOLD.relative_to(ROOT))
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"predicted=(\d+) gold_required=17 matched=(\d+) precision=([\d.]+) recall=([\d.]+) "
                     r"f1=([\d.]+) metric_accuracy=([\d.]+) source_accuracy=([\d.]+)", line)
    assert m, line
    assert float(m.group(5)) >= 0.95


def test_evaluate_missing_file_is_reported(tmp_path: Path):
    done = run("evaluate", tmp_path / "nothing.csv", GOLD)
    assert done.returncode == 2
    assert done.stderr.startswith("evaluate: ") and "nothing.csv" in done.stderr


def test_streamed_csv_is_the_table_pandas_writes(tmp_path: Path):
    """A plain CSV streams out without pandas; asking for the sources table too goes through pandas."""
    streamed, framed = tmp_path / "streamed.csv", tmp_path / "framed.csv"
    assert run("extract", SEEDS, "-o", streamed).returncode == 0
    assert run("extract", SEEDS, "-o", framed, "--sources-out", tmp_path / "sources.csv").returncode == 0
    assert streamed.read_bytes() == framed.read_bytes()
    assert b"\r\n" not in streamed.read_bytes()


def test_a_file_the_extractor_fails_on_is_skipped_and_named_and_the_run_goes_on(tmp_path: Path, monkeypatch):
    from analysis import extract

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("00[01]_*.txt")):
        shutil.copy(seed, folder)
    broken = sorted(folder.iterdir())[0].stem
    real = extract.article_figures

    def failing(article, when=extract._UNKNOWN):
        if article["article"] == broken:
            raise IndexError("list index out of range")
        return real(article, when)

    monkeypatch.setattr(extract, "article_figures", failing)
    results = list(extract.iter_corpus([folder], workers=1))
    bad = [r for r in results if isinstance(r, extract.BadInput)]
    assert len(bad) == 1 and bad[0].file.endswith(f"{broken}.txt")
    assert "the extractor failed on it (IndexError: list index out of range); this is a bug" in bad[0].reason
    assert [r[0]["article"] for r in results if not isinstance(r, extract.BadInput)] == [SEED_IDS[1]]
