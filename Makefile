# ICP Desktop — `make run` opens the app on the embedded demo service; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck check bench soak bundle translations system-deps clean migration

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[server,dev]'
	@touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

run: system-deps $(STAMP)
	$(PY) -m icp_desktop --demo

test: system-deps $(STAMP)
	@bash scripts/run-tests.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

check: lint typecheck test

bench: system-deps $(STAMP)
	$(PY) -m bench

soak: system-deps $(STAMP)
	$(PY) -m tests.robustness.soak

translations: $(STAMP)
	$(PY) scripts/update_translations.py

bundle: system-deps $(STAMP)
	@bash scripts/build_bundle.sh

migration: $(STAMP)
	$(PY) -m icp_desktop.server.regen_migration $(MSG)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
