"""Render the dated report: notebooks/report.ipynb through papermill into REPORTS/DATE/.

A report folder holds ``report.ipynb`` (executed), ``report.html`` (no code, charts
embedded), ``figures.csv`` and ``manifest.json`` (parameters and input fingerprint).  It
appears all at once or not at all: everything is rendered into a hidden temporary
folder inside REPORTS and renamed into place when complete, under a lock, so a crash,
a kill or a concurrent run never leaves half a report nor touches an earlier one.
"""

from __future__ import annotations

import sys

# Why: with jupyterlab installed, jsonschema's format checker imports rfc3987_syntax, which
# builds a lark grammar at import time (~1.3 s, most of a report's fixed cost).  nbformat only
# needs it for the optional "iri" format and jsonschema wraps that import in
# suppress(ImportError), so marking it missing makes `import nbformat` ~0.2 s instead of
# ~1.5 s.  It must run before nbformat/papermill/nbconvert are imported; other processes
# (`make lab`, the kernel) are unaffected.
if "rfc3987_syntax" not in sys.modules:
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]

import datetime as dt
import html
import json
import logging
import os
import re
import shutil
import signal
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from analysis import __version__, paths

DEFAULT_TITLE = "Figures in the news"
"""Must equal the ``title`` default in the parameters cell of notebooks/report.ipynb."""
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
LOCK_NAME = ".lock"
TMP_PREFIX = ".tmp-"
OLD_PREFIX = ".old-"
EXECUTION_TIMEOUT = 600
KERNEL_NAME = "python3"
KERNEL_ARGS = [
    "--IPKernelApp.log_level=CRITICAL",  # no TCP-encryption / shutdown chatter on the user's stderr
    "--HistoryManager.hist_file=:memory:",  # concurrent kernels must not share one history database
]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HTML_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{# A standalone page: no require.js, MathJax or mermaid fetched from a CDN. #}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
body { max-width: 1100px; margin: 0 auto; }
.jp-RenderedHTMLCommon table.report-table { border-collapse: collapse; font-size: 12px; margin: 0.5em 0 1em;
  table-layout: auto; }
.jp-RenderedHTMLCommon table.report-table th, .jp-RenderedHTMLCommon table.report-table td {
  border-bottom: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
.jp-RenderedHTMLCommon table.report-table th { background: #f3f5f8; }
.jp-OutputArea-output img { max-width: 100%; }
</style>
{%- endblock extra_css -%}
"""


class ReportError(Exception):
    """A report cannot be made; the message is the one line the user sees."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


class Interrupted(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C so the temporary folder is removed."""


class _Guard:
    """What the SIGTERM handler needs: whether one came, and the kernel to stop.

    During a render the handler does not raise into papermill's event loop (an exception
    at an arbitrary point there can leave locks held); it kills the kernel, the render then
    fails through its ordinary error path, and the flag turns that failure into Interrupted.
    """

    def __init__(self) -> None:
        self.requested = False
        self.kernel_pid: int | None = None

    def check(self) -> None:
        if self.requested:
            raise Interrupted()


def run(date: str | None, articles: Path | str | None, reports: Path | str | None, force: bool,
        title: str | None = None) -> int:
    """Render the report dated ``date`` (default today) and return the exit code.

    ``python -m analysis report [--date YYYY-MM-DD] [--articles DIR] [--reports DIR]
    [--force] [--title T]`` calls this; ``articles`` defaults to seeds/, ``reports`` to
    reports/.  Exit 0: written; 1: refused or failed (a report for that date exists without
    ``force``, another run holds the lock, the notebook failed); 2: bad parameters, nothing
    touched.  Errors are one line on stderr, never a traceback.
    """
    try:
        date, src, out, title = _check(date, articles, reports, title)
        _render_locked(date, src, out, force, title)
    except ReportError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.code
    except (KeyboardInterrupt, Interrupted):
        print("error: interrupted; no report was written", file=sys.stderr)
        return 130
    except OSError as err:  # disk full, permissions...: say what, not where in the code
        print(f"error: no report was written: {err}", file=sys.stderr)
        return EXIT_FAILED
    print(f"report written: {_shown(out / date / 'report.html')}")
    return EXIT_OK


def _check(date: str | None, articles: Path | str | None, reports: Path | str | None,
           title: str | None) -> tuple[str, Path, Path, str]:
    """Validate parameters before anything is touched."""
    date = dt.date.today().isoformat() if date is None else str(date).strip()
    if not _DATE.match(date):
        raise ReportError(f"--date must be YYYY-MM-DD, got {date!r}", EXIT_BAD_INPUT)
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise ReportError(f"--date {date!r} is not a calendar date", EXIT_BAD_INPUT) from None
    src = Path(articles) if articles is not None else paths.SEEDS
    if not src.is_dir():
        raise ReportError(f"articles folder {str(src)!r} does not exist or is not a folder", EXIT_BAD_INPUT)
    out = Path(reports) if reports is not None else paths.REPORTS
    if out.exists() and not out.is_dir():
        raise ReportError(f"reports path {str(out)!r} exists and is not a folder", EXIT_BAD_INPUT)
    return date, src.resolve(), out.resolve(), DEFAULT_TITLE if title is None else str(title)


def _render_locked(date: str, src: Path, out: Path, force: bool, title: str) -> None:
    """Take the reports-folder lock, render into a temporary folder, move it into place."""
    from filelock import FileLock, Timeout

    final = out / date
    if final.exists() and not force:
        raise ReportError(_exists(final))
    out.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(out / LOCK_NAME), timeout=0):
            if final.exists() and not force:  # another run finished while we were starting
                raise ReportError(_exists(final))
            _recover(out)
            tmp = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{date}-", dir=out))
            os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it private; a report is an ordinary folder
            guard = _Guard()
            try:
                with _sigterm_unwinds(guard):
                    render(tmp, date, src, out, title, guard)
                    guard.check()
                    _move_into_place(tmp, final)
                write_index(out)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    except Timeout:
        raise ReportError(f"another report run holds {_shown(out / LOCK_NAME)}; wait for it to finish") from None


def render(folder: Path, date: str, src: Path, out: Path, title: str, guard: _Guard | None = None) -> None:
    """Write report.ipynb, report.html, figures.csv and manifest.json into ``folder``.

    The kernel is started first and boots while papermill is imported; the rest (the
    corpus for figures.csv, the input fingerprint, a warmed-up HTML exporter) is prepared
    in a worker thread while the main thread only waits on the kernel.
    """
    # The kernel runs in notebooks/ (as under `make lab` and nbval), so the notebook finds the
    # package the same way everywhere; folders in the project reach it relative to notebooks/.
    (src_param, src_shown), (out_param, out_shown) = _param_path(src), _param_path(out)
    params = {"report_date": date, "articles": src_param, "reports": out_param, "title": title}
    guard = guard or _Guard()
    with _kernel(guard) as km, ThreadPoolExecutor(max_workers=1) as pool:
        side: Future[_Side] = pool.submit(_prepare, src)
        nb = _execute(params, km, guard)
        prepared = side.result()
    import nbformat

    nb = _scrub(nb, {src_param: src_shown, out_param: out_shown})
    params = {**params, "articles": src_shown, "reports": out_shown}

    nbformat.write(nb, str(folder / "report.ipynb"))
    nb.metadata["title"] = title  # the page <title>; the template escapes it
    body, _resources = prepared.exporter.from_notebook_node(nb)
    (folder / "report.html").write_text(body, encoding="utf-8")
    prepared.figures.to_csv(folder / "figures.csv", index=False)
    manifest = {
        "report_date": date, "title": title, "parameters": params, "analysis_version": __version__,
        "generated_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "inputs": {"digest": prepared.digest, "files": prepared.inputs},
        "figures": len(prepared.figures), "outputs": ["report.ipynb", "report.html", "figures.csv", "manifest.json"],
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@contextmanager
def _kernel(guard: _Guard) -> Iterator[Any]:
    """A kernel in notebooks/, started before papermill is imported and always shut down."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    km = AsyncKernelManager(kernel_name=KERNEL_NAME)
    try:
        run_sync(km.start_kernel)(cwd=str(paths.NOTEBOOKS), extra_arguments=KERNEL_ARGS)
    except Exception as err:  # no such kernelspec, cannot spawn...
        raise ReportError(f"cannot start the {KERNEL_NAME!r} Jupyter kernel: {err}") from None
    guard.kernel_pid = getattr(km.provisioner, "pid", None)
    try:
        guard.check()  # a SIGTERM while the kernel was starting
        yield km
    finally:
        guard.kernel_pid = None
        try:
            if run_sync(km.is_alive)():
                run_sync(km.shutdown_kernel)(now=True)
        except RuntimeError:  # already shut down by nbclient's signal handler
            pass
        run_sync(km.cleanup_resources)()


class _Side(NamedTuple):
    """What the worker thread prepares while the kernel runs."""

    figures: Any
    inputs: list[dict[str, Any]]
    digest: str
    exporter: Any


def _prepare(src: Path) -> _Side:
    from nbconvert import HTMLExporter
    from nbformat.v4 import new_notebook

    from analysis import schema, summary

    inputs = summary.fingerprint(src)
    figures = summary.load_corpus(src).figures[schema.FIGURE_COLUMNS]
    # No code cells or prompts, nothing fetched from a CDN.  Not sanitize_html: its allow-list
    # escapes the tables and headings themselves; article text is escaped where tables are made.
    exporter = HTMLExporter(raw_template=_HTML_TEMPLATE, exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, exclude_output_stdin=True)
    exporter.from_notebook_node(new_notebook())  # compile the templates now, not after the kernel is done
    return _Side(figures, inputs.to_dict(orient="records"), summary.digest(inputs), exporter)


def _execute(params: dict[str, str], km: Any, guard: _Guard) -> Any:
    """Run the report notebook with ``params`` on kernel ``km``; return it, minus machine paths."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    log = logging.getLogger("papermill")  # nbclient logs through it; failures are reported below in one line
    was_disabled, log.disabled = log.disabled, True
    try:
        nb = papermill.execute_notebook(
            str(paths.REPORT_NOTEBOOK), None, parameters=params, km=km, progress_bar=False,
            request_save_on_cell_execute=False, log_output=False, execution_timeout=EXECUTION_TIMEOUT,
        )
    except PapermillExecutionError as err:
        guard.check()
        raise ReportError(f"the report notebook failed in cell {err.exec_count}: {err.ename}: {err.evalue}") from None
    except RuntimeError as err:  # the kernel died (or was stopped by SIGTERM) or timed out
        guard.check()
        raise ReportError(f"the report notebook could not run: {err}") from None
    finally:
        log.disabled = was_disabled
    try:
        source = paths.REPORT_NOTEBOOK.relative_to(paths.ROOT).as_posix()
    except ValueError:
        source = paths.REPORT_NOTEBOOK.name
    nb.metadata.setdefault("papermill", {}).update(input_path=source, output_path="report.ipynb")
    return nb


def _move_into_place(tmp: Path, final: Path) -> None:
    """Rename the finished folder to its date; an old one (``--force``) goes only once this works."""
    if not final.exists():
        os.rename(tmp, final)
        return
    old = final.with_name(f"{OLD_PREFIX}{final.name}-{os.getpid()}")
    os.rename(final, old)
    try:
        os.rename(tmp, final)
    except BaseException:
        os.rename(old, final)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _recover(out: Path) -> None:
    """Under the lock, leftovers of killed runs are stale: drop temp folders, restore old ones."""
    for entry in sorted(out.iterdir()):
        if not entry.is_dir():
            if entry.name.startswith(".index-"):  # an index.html being written when the run died
                entry.unlink(missing_ok=True)
            continue
        if entry.name.startswith(TMP_PREFIX):
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(OLD_PREFIX):
            date = entry.name[len(OLD_PREFIX):len(OLD_PREFIX) + 10]
            if _DATE.match(date) and not (out / date).exists():
                os.rename(entry, out / date)  # killed between the two renames of a --force run
            else:
                shutil.rmtree(entry, ignore_errors=True)


def write_index(out: Path) -> Path:
    """Rewrite REPORTS/index.html: every dated report, newest first, names and titles escaped."""
    rows = []
    for name in sorted((p.name for p in out.iterdir() if p.is_dir() and _DATE.match(p.name)), reverse=True):
        manifest = _read_manifest(out / name / "manifest.json")
        title = str(manifest.get("title", ""))
        digest = str(manifest.get("inputs", {}).get("digest", ""))[:12]
        files = len(manifest.get("inputs", {}).get("files", []))
        href = html.escape(f"{name}/report.html", quote=True)
        rows.append(f'<tr><td><a href="{href}">{html.escape(name)}</a></td><td>{html.escape(title)}</td>'
                    f"<td>{files}</td><td><code>{html.escape(digest)}</code></td></tr>")
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reports</title>"
            "<style>body{font-family:sans-serif;max-width:900px;margin:2em auto}td,th{padding:4px 12px;"
            "text-align:left;border-bottom:1px solid #ddd}</style></head><body>\n<h1>Reports</h1>\n"
            "<table><thead><tr><th>date</th><th>title</th><th>input files</th><th>inputs digest</th></tr></thead>"
            "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n</body></html>\n")
    index = out / "index.html"
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".html", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(page)
    os.chmod(tmp, 0o666 & ~_umask())
    os.replace(tmp, index)
    return index


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@contextmanager
def _sigterm_unwinds(guard: _Guard) -> Iterator[None]:
    """On SIGTERM stop the render so ``finally`` blocks clean up (main thread only).

    While a kernel runs, kill it and let the render fail (see ``_Guard``); before, raise.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(_signum: int, _frame: Any) -> None:
        guard.requested = True
        if guard.kernel_pid is None:
            raise Interrupted()
        try:
            os.kill(guard.kernel_pid, signal.SIGKILL)
        except OSError:
            pass

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _umask() -> int:
    """The process umask (reading it means setting it; this restores it at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _param_path(path: Path) -> tuple[str, str]:
    """How a folder is given to the kernel, and how report files show it.

    A folder of the project goes relative to notebooks/ ("../seeds"), usable and
    machine-independent.  Any other folder must reach the kernel as it is, but files show
    only "…/name": a report is shared, the layout of the machine that made it is not.
    """
    try:
        path.relative_to(paths.ROOT)
    except ValueError:
        return str(path), f"…/{path.name}"
    relative = Path(os.path.relpath(path, paths.NOTEBOOKS)).as_posix()
    return relative, relative


def _scrub(node: Any, replace: dict[str, str]) -> Any:
    """Every string in a notebook with the given paths (raw or HTML-escaped) replaced."""
    pairs = sorted(((a, b) for a, b in replace.items() if a != b), key=lambda pair: -len(pair[0]))  # longest first
    pairs += [(html.escape(a), html.escape(b)) for a, b in pairs if html.escape(a) != a]
    if not pairs:
        return node
    if isinstance(node, str):
        for old, new in pairs:
            node = node.replace(old, new)
        return node
    if isinstance(node, dict):
        for key in list(node):
            node[key] = _scrub(node[key], replace)
    elif isinstance(node, list):
        node[:] = [_scrub(item, replace) for item in node]
    return node


def _shown(path: Path) -> str:
    """A path as the user should read it: relative to the working folder when inside it."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def _exists(final: Path) -> str:
    return f"a report for {final.name} already exists in {_shown(final)}; use --force to replace it"
