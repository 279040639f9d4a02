# Two commands do everything on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements.stamp

.PHONY: venv test report lab notebooks bench clean

venv: $(STAMP)

# (Re)build the venv when it is missing or requirements.txt changed since it was built.
$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	cp requirements.txt $(STAMP)

test: venv
	$(PY) -m pytest

report: venv
	$(PY) -m analysis report $(if $(DATE),--date $(DATE)) $(if $(FORCE),--force)

lab: venv
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# Re-execute the committed notebooks after a change to the extractor, so nbval compares fresh outputs.
notebooks: venv
	cd notebooks && ../$(VENV)/bin/jupyter nbconvert --to notebook --execute --inplace report.ipynb explore.ipynb

bench: venv
	$(PY) tests/benchmarks/bench_extract.py
	$(PY) tests/benchmarks/bench_report.py

clean:
	rm -rf $(VENV) build .pytest_cache
