# nouvelles — developer commands. `make help` lists them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help venv demo test test-services lint format messages clean

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed  ## create .venv and install nouvelles with its test tools

demo: venv  ## load the synthetic demo and serve it on http://127.0.0.1:$(PORT)
	$(VENV)/bin/nouvelles demo --port $(PORT)

test: venv  ## run the whole test suite (SQLite; PostgreSQL/Redis too when NOUVELLES_TEST_* are set)
	$(PY) -m pytest

lint: venv  ## ruff lint and format check
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

format: venv  ## ruff fix and format
	$(VENV)/bin/ruff check --fix src tests benchmarks
	$(VENV)/bin/ruff format src tests benchmarks

messages: venv  ## refresh the fr/en gettext catalogues and compile them
	cd src/nouvelles && ../../$(VENV)/bin/nouvelles makemessages -l fr -l en --ignore 'core/*' && ../../$(VENV)/bin/nouvelles compilemessages

clean:  ## remove the virtualenv and local data
	rm -rf $(VENV) var
