"""The extraction stages compiled with mypyc, so that ``extract`` reads a large corpus fast.

The stages are plain typed Python.  ``compile_stages`` (``python -m analysis compile``,
which ``make`` runs when a stage changes) compiles them into C extension modules in a
folder of the interpreter's environment (``<sys.prefix>/analysis-native``), with a manifest
of the sources' hashes.  ``enable`` puts that folder first on the package's search path,
but only when the manifest matches the sources byte for byte: an edited stage is never
shadowed by an old build, it runs as Python until it is compiled again.

Only ``python -m analysis`` calls ``enable``: tests, doctests and notebooks run the
sources, and a test checks that the compiled stages give the same rows as the sources.
``ANALYSIS_NATIVE=0`` in the environment keeps the command line on the sources too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import analysis

PACKAGE = Path(__file__).resolve().parent
MODULES = ("lexicon", "bodies", "numbers", "sentences", "figures", "asof", "names", "subjects", "attribute", "openings",
           "owners", "turns", "citations", "markup", "metadata", "load", "extract")
"""The stages the extractor spends its time in, in dependency order; the rest gains nothing from compiling."""
OFF = "ANALYSIS_NATIVE"


def build_dir(prefix: str | Path | None = None) -> Path:
    """Where the compiled stages of this interpreter live: beside its packages, not in the project.

    >>> build_dir("/env").as_posix()
    '/env/analysis-native'
    """
    return Path(sys.prefix if prefix is None else prefix) / "analysis-native"


def fingerprint() -> dict[str, str]:
    """What a build must match: each stage's sha256, and the interpreter it was compiled for."""
    found = {m: hashlib.sha256((PACKAGE / f"{m}.py").read_bytes()).hexdigest() for m in MODULES}
    return {"python": sys.version, **found}


def status(where: Path | None = None) -> str:
    """'fresh' when a build for exactly these sources exists; otherwise why not ('missing', 'stale').

    >>> status(Path("/nonexistent"))
    'missing'
    """
    manifest = (where or build_dir()) / "manifest.json"
    try:
        built = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "missing"
    return "fresh" if built == fingerprint() else "stale"


def enable() -> bool:
    """Use the compiled stages for the rest of this process, if a fresh build exists; say whether.

    Must run before any stage is imported: a compiled module calls the other compiled
    modules directly, so sources and a build are never mixed in one process.
    """
    where = str(build_dir() / "analysis")
    if where in analysis.__path__:
        return True
    if os.environ.get(OFF, "1") == "0" or any(f"analysis.{m}" in sys.modules for m in MODULES) \
            or status() != "fresh":
        return False
    analysis.__path__.insert(0, where)
    return True


def in_use() -> bool:
    """True when the stages imported in this process are the compiled ones."""
    module = sys.modules.get("analysis.figures")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")


def compile_stages(where: Path | None = None, quiet: bool = True, force: bool = False) -> bool:
    """Compile the stages with mypyc into ``where`` (default ``build_dir()``) and write its manifest.

    Return False, having only marked the build as current, when a build of exactly these
    sources is there already (unless ``force``); True when it compiled.

    The build goes to a temporary folder first and replaces the old one only when complete,
    so a failed build leaves the previous one (which ``enable`` then judges stale) or none.
    Raises RuntimeError with the compiler's last lines when the build fails.
    """
    from mypyc.build import mypycify
    from setuptools import setup

    where = where or build_dir()
    if status(where) == "fresh" and not force:
        (where / "manifest.json").touch()  # make compares times: the build is as new as the sources it matches
        return False
    where.parent.mkdir(parents=True, exist_ok=True)
    stamp = fingerprint()  # of the sources as they are when the compiler reads them
    work = Path(tempfile.mkdtemp(prefix=".analysis-native-", dir=where.parent))
    log = work / "build.log"
    try:
        sources = [str(PACKAGE / f"{m}.py") for m in MODULES]
        with log.open("w", encoding="utf-8") as out, _redirected(out if quiet else None), _cwd(work):
            try:
                setup(name="analysis-native", packages=[], py_modules=[], script_args=[
                    "--quiet", "build_ext", "--build-lib", str(work / "lib"), "--build-temp", str(work / "temp")],
                    ext_modules=mypycify(["--config-file", str(PACKAGE.parent / "pyproject.toml"),
                                                    "--cache-dir", str(work / "mypy"), *sources],
                                         group_name="analysis._native", target_dir=str(work / "c")))
            except (SystemExit, Exception) as e:  # setuptools reports a failed compile by SystemExit
                raise RuntimeError(f"mypyc could not compile the stages ({e}):\n" + _tail(log)) from None
        (work / "lib" / "manifest.json").write_text(json.dumps(stamp, indent=1), encoding="utf-8")
        if where.exists():
            shutil.rmtree(where)
        os.replace(work / "lib", where)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return True


def _tail(log: Path, lines: int = 25) -> str:
    try:
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextlib.contextmanager
def _redirected(out: IO[str] | None) -> Iterator[None]:
    """Send this process's stdout and stderr, the compiler's included, to ``out`` (None: leave them)."""
    if out is None:
        yield
        return
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    os.dup2(out.fileno(), 1)
    os.dup2(out.fileno(), 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


@contextlib.contextmanager
def _cwd(folder: Path) -> Iterator[None]:
    """Build away from the project, whose pyproject.toml setuptools would otherwise read as this build's."""
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
