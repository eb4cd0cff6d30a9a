# ocgboard: the two commands a new user needs are `make run` and `make test`.
# Both set up everything first: Debian packages, a virtualenv with pinned
# dependencies, the compiled forms.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# The machine's date for test-dates: a year end, crossed while the tests run;
# and the dates test-calendar runs the whole suite at (a leap day among them).
SHIFTED_DATE ?= 2026-12-31 23:59:30
CALENDAR ?= 2026-12-31 23:59:30,2027-06-15 09:00:00,2028-02-29 12:00:00

# The desktop bundle: PyInstaller's folder, the Linux download made of it, and the
# demo board's scale its smoke test exchanges between two laptops.
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' ocgboard/__init__.py)
TARBALL = dist/ocgboard-$(VERSION)-linux-$(shell uname -m).tar.gz
SMOKE_SCALE ?= force

# The suites test-postgres runs with their stores on PostgreSQL.
PG_SUITES ?= tests/store tests/core tests/reports tests/sync tests/hub

.PHONY: run test test-postgres test-dates test-calendar bench forms lint screenshots clean bundle bundle-smoke

$(STAMP): requirements.lock pyproject.toml $(wildcard packaging/sqlcipher/*)
	sh packaging/debian-deps.sh venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	sh packaging/sqlcipher/build.sh $(BIN)/python
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

## test-postgres: the store, core, reports, sync and hub suites again on PostgreSQL: a
## throw-away server (packaging/postgres/throwaway.sh) in a temporary folder, on a
## Unix socket only, started before and stopped after
test-postgres: $(STAMP)
	sh packaging/debian-deps.sh test
	@dir=$$(mktemp -d); sh packaging/postgres/throwaway.sh start $$dir >/dev/null || exit 1; \
	OCGBOARD_TEST_PG=$$dir QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		-p no:cacheprovider --db-backend=postgresql $(PG_SUITES); status=$$?; \
	sh packaging/postgres/throwaway.sh stop $$dir; exit $$status

## test-dates: core, cli and sync again, the machine's clock shifted by libfaketime;
## the suite pins its own clock, so nothing may depend on the machine's date
test-dates: $(STAMP)
	sh packaging/debian-deps.sh test
	QT_QPA_PLATFORM=offscreen faketime -m '$(SHIFTED_DATE)' $(BIN)/python -m pytest -q \
		-p no:cacheprovider tests/core tests/cli tests/sync

## test-calendar: the whole suite at each CALENDAR date in turn, with its time
test-calendar: $(STAMP)
	sh packaging/debian-deps.sh test
	@dates='$(CALENDAR)'; IFS=','; for when in $$dates; do \
		echo "== the whole suite with the machine's clock at $$when"; \
		QT_QPA_PLATFORM=offscreen faketime -m "$$when" $(BIN)/python -m pytest -q \
			-p no:cacheprovider || exit 1; \
	done

## bench: print the speed figures the issues ask for
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

## screenshots: drive the real app under Xvfb and save docs/screenshots/{light,dark}/*.png
screenshots: $(STAMP)
	sh packaging/debian-deps.sh test
	$(BIN)/python tools/screenshots.py
	$(BIN)/python tools/partner_screenshots.py

## bundle: the desktop bundle (PyInstaller, one folder: ocgboard-gui and ocgboard)
## in dist/ocgboard, and the Linux download dist/ocgboard-VERSION-linux-ARCH.tar.gz;
## the Qt libraries it carries are the build machine's, so their packages first
bundle: $(STAMP)
	sh packaging/debian-deps.sh run
	rm -rf dist/ocgboard
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/ocgboard.spec
	sh packaging/linux/tarball.sh dist/ocgboard dist

## bundle-smoke: the download unpacked and used in a clean folder, no virtualenv:
## two laptops, a pack, a full replica joined, the app's window in build/artefacts
bundle-smoke:
	sh packaging/debian-deps.sh test
	@test -f $(TARBALL) || { echo "no $(TARBALL): make bundle first"; exit 1; }
	sh packaging/linux/smoke.sh $(TARBALL) build/artefacts $(SMOKE_SCALE)

## forms: compile ui/*.ui into ocgboard/gui/forms/
forms: $(STAMP)
	$(BIN)/python tools/compile_forms.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist
