# Two entry points a newcomer needs: `make run` and `make test`. Each builds the virtual
# environment on first use, so a fresh machine with Python 3.11 is all it takes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/launches import-history seeds/history.csv
	$(BIN)/launches console --ingest seeds/

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/launches eval ../shared/corpus/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
