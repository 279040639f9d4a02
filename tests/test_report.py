"""Dated reports end to end: report.run renders notebooks/report.ipynb with papermill on real articles."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

import nbformat
import pandas as pd
import psutil
import pytest
from filelock import FileLock

from analysis import paths, report, schema, summary

THREE = ["000_82d5e14ca52d887f", "001_8d48b92d17339cf3", "004_4432c825a118f6a3"]
DATE = "2026-01-01"


def copy_articles(folder: Path, stems: list[str]) -> Path:
    """Some seed articles, with their rows of the seed catalog when there is one."""
    folder.mkdir(parents=True)
    for stem in stems:
        shutil.copy(paths.SEEDS / f"{stem}.txt", folder)
    if paths.CATALOG.is_file():
        lines = paths.CATALOG.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = [line for line in lines[1:] if line.split(",", 1)[0].removesuffix(".txt") in stems]
        (folder / "catalog.csv").write_text("".join(lines[:1] + keep), encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every file under ``folder``."""
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(reports: Path) -> list[str]:
    return sorted(p.name for p in reports.iterdir() if p.name.startswith((report.TMP_PREFIX, report.OLD_PREFIX)))


def failing_notebook(folder: Path, code: str) -> Path:
    """A stand-in for report.ipynb whose second cell runs ``code``."""
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    params = nbformat.v4.new_code_cell('report_date = ""\narticles = ""\nreports = ""\ntitle = ""', metadata={"tags": ["parameters"]})
    nb.cells = [params, nbformat.v4.new_code_cell(code)]
    path = folder / "failing.ipynb"
    nbformat.write(nb, str(path))
    return path


class Rendered(NamedTuple):
    articles: Path
    reports: Path
    code: int

    @property
    def folder(self) -> Path:
        return self.reports / DATE


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    base = tmp_path_factory.mktemp("report")
    articles = copy_articles(base / "articles", THREE)
    code = report.run(DATE, articles, base / "reports", force=False, title="Weekly figures")
    return Rendered(articles, base / "reports", code)


@pytest.fixture
def reports_copy(rendered: Rendered, tmp_path: Path) -> Path:
    """A private copy of the rendered reports folder, for tests that run again on it."""
    return Path(shutil.copytree(rendered.reports, tmp_path / "reports"))


def test_report_folder_holds_the_figures(rendered: Rendered) -> None:
    assert rendered.code == 0
    assert sorted(p.name for p in rendered.folder.iterdir()) == ["figures.csv", "manifest.json", "report.html", "report.ipynb"]
    figures = pd.read_csv(rendered.folder / "figures.csv", keep_default_na=False)
    assert list(figures.columns) == schema.FIGURE_COLUMNS
    assert set(figures["article"]) == set(THREE)
    casualties = figures[(figures["metric"] == "casualties") & (figures["unit"] == "persons")]
    assert casualties["value"].tolist() == [5000.0] and "Ministry of Defence" in casualties["source"].iloc[0]
    assert 11000.0 in figures[figures["metric"] == "troops"]["value"].tolist()


def test_html_is_standalone_without_code_and_shows_the_casualty_figure(rendered: Rendered) -> None:
    page = (rendered.folder / "report.html").read_text(encoding="utf-8")
    assert "<title>Weekly figures</title>" in page and "<h1>Weekly figures</h1>" in page
    assert ">5,000<" in page and "UK Ministry of Defence" in page  # key figures and the appendix
    assert "Casualties against deployed troops over time" in page and "Implied casualty rate" in page
    assert "45.5%" in page  # more than 5,000 casualties of the 11,000 troops deployed
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', page)) == 4  # every chart embedded
    assert "load_corpus" not in page and "import " not in page  # no code cells
    assert not re.search(r"<script[^>]+src=", page) and "cdnjs" not in page  # nothing fetched
    assert "No earlier report in this reports folder" in page


def test_manifest_records_parameters_and_input_fingerprint(rendered: Rendered) -> None:
    manifest = json.loads((rendered.folder / "manifest.json").read_text(encoding="utf-8"))
    inputs = summary.fingerprint(rendered.articles)
    assert manifest["report_date"] == DATE and manifest["title"] == "Weekly figures"
    assert manifest["inputs"]["digest"] == summary.digest(inputs)
    assert [f["file"] for f in manifest["inputs"]["files"]] == inputs["file"].tolist()
    assert manifest["figures"] == len(pd.read_csv(rendered.folder / "figures.csv"))
    assert manifest["parameters"]["articles"] == "…/articles"  # outside the project: the name only
    page = (rendered.folder / "report.html").read_text(encoding="utf-8")
    assert summary.digest(inputs) in page  # the report shows its fingerprint too
    executed = nbformat.read(str(rendered.folder / "report.ipynb"), as_version=4)
    assert executed.metadata.papermill.parameters["report_date"] == DATE
    assert all(c.get("execution_count") for c in executed.cells if c.cell_type == "code")


def test_no_machine_path_is_written(rendered: Rendered) -> None:
    for path in [*rendered.folder.iterdir(), rendered.reports / "index.html"]:
        text = path.read_text(encoding="utf-8")
        for absolute in (str(rendered.reports.parent), str(paths.ROOT), str(Path.home())):
            assert absolute not in text, f"{path.name} holds the machine path {absolute}"


def test_project_folders_reach_the_kernel_relative_to_notebooks(tmp_path: Path) -> None:
    assert report._param_path(paths.SEEDS) == ("../seeds", "../seeds")
    assert report._param_path(paths.REPORTS) == ("../reports", "../reports")
    assert report._param_path(tmp_path / "articles") == (str(tmp_path / "articles"), "…/articles")


def test_index_lists_reports_newest_first(rendered: Rendered) -> None:
    index = (rendered.reports / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{DATE}/report.html">{DATE}</a>' in index and "Weekly figures" in index


def test_second_run_for_the_same_day_does_nothing(rendered: Rendered, reports_copy: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(reports_copy)
    assert report.run(DATE, rendered.articles, reports_copy, force=False) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert snapshot(reports_copy) == before


def test_force_replaces_only_with_a_complete_report(rendered: Rendered, reports_copy: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(reports_copy / DATE)
    with monkeypatch.context() as patch:
        patch.setattr(paths, "REPORT_NOTEBOOK", failing_notebook(tmp_path, "raise ValueError('half way')"))
        assert report.run(DATE, rendered.articles, reports_copy, force=True) == 1
    assert snapshot(reports_copy / DATE) == before and leftovers(reports_copy) == []
    assert report.run(DATE, rendered.articles, reports_copy, force=True, title="Again") == 0
    assert json.loads((reports_copy / DATE / "manifest.json").read_text(encoding="utf-8"))["title"] == "Again"
    assert (reports_copy / DATE / "figures.csv").read_bytes() == before["figures.csv"][0]
    assert leftovers(reports_copy) == []


def test_new_since_the_previous_report(rendered: Rendered, reports_copy: Path, tmp_path: Path) -> None:
    articles = copy_articles(tmp_path / "articles", [*THREE, "002_9982f80543492054"])
    assert report.run("2026-02-01", articles, reports_copy, force=False) == 0
    figures = pd.read_csv(reports_copy / "2026-02-01" / "figures.csv")
    new = int((figures["article"] == "002_9982f80543492054").sum())
    assert new > 0
    page = (reports_copy / "2026-02-01" / "report.html").read_text(encoding="utf-8")
    assert f"Since the report of {DATE}: {new} new figure(s), 0 gone." in page
    assert "more than 10,000 troops" in page
    index = (reports_copy / "index.html").read_text(encoding="utf-8")
    assert index.index("2026-02-01/report.html") < index.index(f"{DATE}/report.html")


def test_failed_render_leaves_no_folder(rendered: Rendered, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    reports = tmp_path / "reports"
    monkeypatch.setattr(paths, "REPORT_NOTEBOOK", failing_notebook(tmp_path, "raise ValueError('boom in cell')"))
    assert report.run(DATE, rendered.articles, reports, force=False) == 1
    err = capsys.readouterr().err.strip()
    assert "ValueError: boom in cell" in err and len(err.splitlines()) == 1 and "Traceback" not in err
    assert not (reports / DATE).exists() and leftovers(reports) == []


def _start_slow_render(reports: Path, articles: Path, notebook: Path) -> subprocess.Popen[str]:
    code = ("import sys; from pathlib import Path; from analysis import paths, report; "
            f"paths.REPORT_NOTEBOOK = Path({str(notebook)!r}); "
            f"sys.exit(report.run({DATE!r}, {str(articles)!r}, {str(reports)!r}, False))")
    return subprocess.Popen([sys.executable, "-c", code], cwd=paths.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_kernel(proc: subprocess.Popen[str], reports: Path) -> list[psutil.Process]:
    """Wait until the render has its temp folder and its kernel runs the slow cell."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        kernels = psutil.Process(proc.pid).children(recursive=True)
        if kernels and leftovers(reports) and (reports / "started").exists():
            return kernels
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    raise AssertionError("the render never reached its slow cell")


def test_killed_render_leaves_no_report(rendered: Rendered, tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    slow = failing_notebook(tmp_path, f"import time; open({str(reports / 'started')!r}, 'w').close(); time.sleep(60)")
    proc = _start_slow_render(reports, rendered.articles, slow)
    kernels = _wait_for_kernel(proc, reports)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and err.strip() == "error: interrupted; no report was written"
    assert not (reports / DATE).exists() and leftovers(reports) == []
    _gone, alive = psutil.wait_procs(kernels, timeout=10)
    assert alive == []  # the kernel was shut down with it

    (reports / "started").unlink()
    proc = _start_slow_render(reports, rendered.articles, slow)
    kernels = _wait_for_kernel(proc, reports)
    proc.kill()  # SIGKILL: no chance to clean up
    proc.communicate(timeout=30)
    assert not (reports / DATE).exists()  # at worst a hidden temp folder stays behind
    _gone, alive = psutil.wait_procs(kernels, timeout=15)  # an orphaned kernel notices and exits
    for process in alive:
        process.kill()
    assert alive == []
    assert report.run(DATE, rendered.articles, reports, force=False) == 0  # the next run clears the leftovers
    assert leftovers(reports) == [] and (reports / DATE / "report.html").is_file()


def test_a_held_lock_stops_a_second_run(rendered: Rendered, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    with FileLock(str(reports / report.LOCK_NAME)):
        started = time.monotonic()
        assert report.run(DATE, rendered.articles, reports, force=False) == 1
        assert time.monotonic() - started < 5
    assert "another report run holds" in capsys.readouterr().err
    assert not (reports / DATE).exists() and leftovers(reports) == []


@pytest.mark.parametrize("date", ["2026-1-1", "yesterday", "2026-02-30", "2026-01-01T00:00", ""])
def test_bad_date_touches_nothing(rendered: Rendered, tmp_path: Path, date: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert report.run(date, rendered.articles, tmp_path / "reports", force=False) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --date") and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "reports").exists()


def test_bad_folders_touch_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert report.run(DATE, tmp_path / "missing", tmp_path / "reports", force=False) == 2
    assert "articles folder" in capsys.readouterr().err and not (tmp_path / "reports").exists()
    not_a_folder = tmp_path / "reports.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    assert report.run(DATE, paths.SEEDS, not_a_folder, force=False) == 2
    assert "not a folder" in capsys.readouterr().err and not_a_folder.read_text(encoding="utf-8") == "x"


def test_cli_reports_a_bad_date_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "analysis", "report", "--date", "01/02/2026", "--reports", str(tmp_path / "r")],
                          cwd=paths.ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "r").exists()


def test_untrusted_article_text_reaches_html_as_text(tmp_path: Path) -> None:
    articles = copy_articles(tmp_path / "articles", THREE[:1])
    evil = "evil<img src=x onerror=alert(2)>"
    (articles / f"{evil}.txt").write_text(
        "Kyiv - The <script>alert(1)</script> ministry said that more than 2,000 North Korean soldiers were killed in "
        "Kursk by March.\nAccording to <b onmouseover=alert(1)>Evil Agency</b>, at least 12,000 troops were deployed.\n",
        encoding="utf-8")
    with io.open(articles / "catalog.csv", "a", encoding="utf-8") as catalog:
        catalog.write(f'"{evil}.txt",<img src=x onerror=alert(3)>,,2025-04-01,<script>alert(4)</script>\n')
    reports = tmp_path / "reports"
    assert report.run(DATE, articles, reports, force=False, title="<script>alert(5)</script>") == 0
    page = (reports / DATE / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the sentence
    assert "&lt;img src=x onerror=alert(3)&gt;" in page  # the publisher
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in page  # the title
    assert "evil&lt;img src=x onerror=alert(2)&gt;" in page  # the file name
    assert "&lt;script&gt;alert(5)&lt;/script&gt;" in page  # the report title
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in index and "&lt;script&gt;alert(5)&lt;/script&gt;" in index
