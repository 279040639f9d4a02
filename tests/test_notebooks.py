"""Notebooks hold narrative, one parameters cell and calls into analysis/: checked for every notebook.

Their committed outputs are checked by nbval (``--nbval`` in pyproject.toml, run on notebooks/
by ``make test``); these tests check what nbval cannot: structure, parameters, no logic, no
machine paths, and that the nbval wiring itself is in place.
"""

from __future__ import annotations

import ast
import inspect
import re
import tomllib
from pathlib import Path

import nbformat
import pytest
from nbval.plugin import IPyNbFile, get_sanitize_patterns

from analysis import paths, report

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb"))
ALLOWED_IMPORTS = {"sys", "pathlib", "IPython.display", "analysis"}
LOGIC = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.For, ast.While, ast.If, ast.Try, ast.With)
ABSOLUTE = re.compile(r"(?<![\w.])(/(?:work|home|tmp|root|Users|var|private|mnt)/|[A-Za-z]:\\\\)")


def code_cells(path: Path) -> list[nbformat.NotebookNode]:
    return [c for c in nbformat.read(str(path), as_version=4).cells if c.cell_type == "code"]


def parameters_cell(path: Path) -> nbformat.NotebookNode:
    tagged = [c for c in code_cells(path) if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{path.name} needs exactly one cell tagged 'parameters', has {len(tagged)}"
    return tagged[0]


def assigned(cell: nbformat.NotebookNode) -> dict[str, object]:
    """Names the parameters cell assigns, with their literal values."""
    tree = ast.parse(cell.source)
    out: dict[str, object] = {}
    for node in tree.body:
        assert isinstance(node, ast.Assign) and len(node.targets) == 1, "the parameters cell only assigns literals"
        out[node.targets[0].id] = ast.literal_eval(node.value)  # type: ignore[attr-defined]
    return out


def test_the_two_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == ["explore.ipynb", "report.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_valid_and_has_narrative(path: Path) -> None:
    nb = nbformat.read(str(path), as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    assert sum(c.cell_type == "markdown" for c in nb.cells) >= 4


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_logic_in_notebooks(path: Path) -> None:
    """No def, class, lambda, loops, branches or parsing: cells only call into analysis/."""
    for cell in code_cells(path):
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(node, LOGIC), f"{path.name}: move this {type(node).__name__} into analysis/:\n{cell.source}"
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                for name in names:
                    assert name.split(".")[0] in {n.split(".")[0] for n in ALLOWED_IMPORTS}, f"{path.name} imports {name}"
            if isinstance(node, ast.Attribute):
                assert node.attr not in {"split", "findall", "search", "match", "sub", "strip", "read_csv", "read_text"}, (
                    f"{path.name}: parsing ({node.attr}) belongs in analysis/")


def test_report_parameters() -> None:
    params = assigned(parameters_cell(paths.REPORT_NOTEBOOK))
    assert list(params) == ["report_date", "articles", "reports", "title"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(params["report_date"]))  # fixed, so nbval reruns match
    assert params["articles"] == "../seeds" and params["reports"] == "../reports"  # relative to notebooks/
    assert params["title"] == report.DEFAULT_TITLE


def test_explore_parameters() -> None:
    params = assigned(parameters_cell(paths.EXPLORE_NOTEBOOK))
    assert params["articles"] == "../seeds"
    assert {"metric", "source", "since", "until", "pick"} <= set(params)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_are_committed_without_errors_or_machine_paths(path: Path) -> None:
    cells = code_cells(path)
    assert all(c.execution_count for c in cells), f"{path.name}: execute it in place before committing"
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1))
    outputs = [o for c in cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 3  # the charts
    text = path.read_text(encoding="utf-8")
    found = ABSOLUTE.search(text)
    assert found is None, f"{path.name} holds a machine path near {text[max(0, found.start() - 40):found.end() + 40]!r}"
    assert str(paths.ROOT) not in text


def test_report_notebook_outputs_hold_the_seed_figures() -> None:
    html = "".join(o.get("data", {}).get("text/html", "") for c in code_cells(paths.REPORT_NOTEBOOK) for o in c.outputs)
    assert "UK Ministry of Defence" in html and ">5,000<" in html and "45.5%" in html
    assert "<script" not in html


def test_explore_notebook_follows_a_figure_to_its_sentence() -> None:
    html = "".join(o.get("data", {}).get("text/html", "") for c in code_cells(paths.EXPLORE_NOTEBOOK) for o in c.outputs)
    assert re.search(r"<mark>[^<]*\d[^<]*</mark>", html)  # the phrase marked inside its sentence
    assert "<td>sentence</td>" in html and "<td>title</td>" in html


def test_nbval_is_wired_into_pytest() -> None:
    options = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "notebooks" in options["testpaths"] and {"tests", "analysis"} <= set(options["testpaths"])
    addopts = options["addopts"].split()
    assert "--nbval" in addopts and "--nbval-lax" not in addopts and "--doctest-modules" in addopts
    assert addopts[addopts.index("--nbval-sanitize-with") + 1] == "notebooks/sanitize.cfg"


def test_sanitize_file_parses_and_stays_narrow() -> None:
    patterns = get_sanitize_patterns((paths.NOTEBOOKS / "sanitize.cfg").read_text(encoding="utf-8"))
    assert patterns, "nbval reads 'regex: ' / 'replace: ' line pairs"
    for regex, _replace in patterns:
        compiled = re.compile(regex)
        assert not compiled.search("more than 5,000 casualties 2025-03 UK Ministry of Defence 45.5%"), regex


def test_nbval_does_not_compare_png_bytes() -> None:
    """Charts are compared through their stable text/plain repr; PNG bytes are skipped unless --nbdime."""
    source = inspect.getsource(IPyNbFile.__init__)
    assert "if not config.option.nbdime" in source and "'image/png'" in source
