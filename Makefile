# Two commands for a fresh machine:
#   make demo   create .venv, install vnextract, run it over the bundled corpus
#   make test   create/update the same .venv and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Byte-code for src/: an editable install writes none, and where
# PYTHONDONTWRITEBYTECODE is set Python never does, so every start (every batch
# worker too) compiled our 24 modules again, 0.1 s. Python still reads it.
BYTECODE := $(VENV)/.bytecode
$(BYTECODE): $(STAMP) $(shell find src -name '*.py')
	$(BIN)/python -m compileall -q src
	touch $(BYTECODE)

demo: $(STAMP) $(BYTECODE)
	mkdir -p out
	$(BIN)/vnextract text corpora/dev/*.txt --urls corpora/dev/urls.tsv -o out/demo.jsonl --summary
	$(BIN)/vnextract eval corpora/dev out/demo.jsonl

# The README's scores table: our pipeline and the underthesea baseline on corpora/test
eval: $(STAMP)
	$(BIN)/python bench/scores.py

# The README's speed table (about 8 minutes; best on an otherwise idle machine)
bench: $(BYTECODE)
	$(BIN)/python bench/bench_batch.py

test: $(STAMP) $(BYTECODE)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf out build src/*.egg-info
