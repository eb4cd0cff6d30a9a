# ocgboard: the two commands a new user needs are `make run` and `make test`.
# Both set up everything first: Debian packages, a virtualenv with pinned
# dependencies, the compiled forms.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bench forms lint screenshots clean

$(STAMP): requirements.lock pyproject.toml
	sh packaging/debian-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## run: launch the app on the local store (created and seeded on first run)
run: $(STAMP)
	sh packaging/debian-deps.sh run
	$(BIN)/ocgboard-gui

## test: the whole suite, offscreen
test: $(STAMP)
	sh packaging/debian-deps.sh test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## bench: print the speed figures the issues ask for
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

## screenshots: drive the real app under Xvfb and save docs/screenshots/*.png
screenshots: $(STAMP)
	sh packaging/debian-deps.sh test
	$(BIN)/python tools/screenshots.py

## forms: compile ui/*.ui into ocgboard/gui/forms/
forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist
