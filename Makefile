# Two commands for a fresh machine:
#   make demo   create .venv, install vnextract, run it over the bundled corpus
#   make test   create/update the same .venv and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/vnextract text corpora/dev/*.txt --urls corpora/dev/urls.tsv -o out/demo.jsonl --summary
	$(BIN)/vnextract eval corpora/dev out/demo.jsonl

# The README's scores table: our pipeline and the underthesea baseline on corpora/test
eval: $(STAMP)
	$(BIN)/python bench/scores.py

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf out build src/*.egg-info
