# Two commands do everything on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements.stamp
# The extraction stages, compiled with mypyc for the throughput of `extract` (analysis/native.py).
NATIVE := $(VENV)/analysis-native/manifest.json

.PHONY: venv native test report lab notebooks bench clean

venv: $(STAMP)

native: $(NATIVE)

# (Re)build the venv when it is missing or requirements.txt changed since it was built.
$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	cp requirements.txt $(STAMP)

# Checked whenever a module changes: `compile` recompiles only when a stage (native.MODULES)
# differs from the build, else it marks the build current.  Without a C compiler the build
# fails and everything still runs, as plain Python (extract is slower); test_native.py then
# skips its comparison.
$(NATIVE): $(STAMP) $(wildcard analysis/*.py) pyproject.toml
	$(PY) -m analysis compile || echo "warning: stages not compiled; extract runs as plain Python"

test: venv native
	$(PY) -m pytest

report: venv native
	$(PY) -m analysis report $(if $(DATE),--date $(DATE)) $(if $(FORCE),--force)

lab: venv
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# Re-execute the committed notebooks after a change to the extractor, so nbval compares fresh outputs.
notebooks: venv
	cd notebooks && ../$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace report.ipynb explore.ipynb

bench: venv native
	$(PY) tests/benchmarks/bench_extract.py
	$(PY) tests/benchmarks/bench_report.py

clean:
	rm -rf $(VENV) build .pytest_cache
