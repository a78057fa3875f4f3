# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_STORE := .kg/demo.lbdb
DEMO_YEAR  ?= 2025

.PHONY: demo test install install-test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

demo: install
	rm -rf $(DEMO_STORE)
	KG_STORE=$(DEMO_STORE) $(BIN)/kg init
	KG_STORE=$(DEMO_STORE) $(BIN)/kg load examples/articles/
	@echo
	@echo "Which designations changed in $(DEMO_YEAR)?"
	KG_STORE=$(DEMO_STORE) $(BIN)/kg query run designations-changed -p year $(DEMO_YEAR)

test: install-test
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf .kg build dist *.egg-info

include scripts/neo4j.mk
