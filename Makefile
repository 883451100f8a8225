# The two commands: `make run` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
JS_READERS := tests/js/node_modules/.installed
# pytest's workers: one per core; `make pytest WORKERS=0` runs the suite in one process.
# Each module goes to one worker whole (--dist loadscope), so that what a module builds once
# is built once. A worker that crashes fails the run at once: restarted, it would leave the
# rest of its module unassigned and the run waiting for ever.
WORKERS ?= auto

.PHONY: run test lint typecheck pytest bench translations screenshots clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(INSTALLED)
	./scripts/system-packages run
	$(VENV)/bin/ryhmat

# The checkers run beside the suite: its workers leave a core idle now and then (waiting on
# PostgreSQL, CalDAV and the processes it starts), time mypy fills.
test: $(INSTALLED)
	./scripts/system-packages test
	$(MAKE) --no-print-directory --jobs=3 lint typecheck pytest

lint: $(INSTALLED)
	$(VENV)/bin/ruff check ryhmat tests bench
	$(VENV)/bin/ruff format --check ryhmat tests bench

typecheck: $(INSTALLED)
	$(VENV)/bin/mypy

pytest: $(INSTALLED) $(JS_READERS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(WORKERS) --dist loadscope --max-worker-restart=0

# ical.js, Thunderbird's calendar reader, which the feed tests read feeds with.
$(JS_READERS): tests/js/package.json tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --silent
	touch $@

# The municipality-scale benchmark: prints the table and writes bench/RESULTS.md.
# The demo databases are built once into bench/.cache; a run takes about 5 minutes.
bench: $(INSTALLED)
	./scripts/system-packages run
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Pictures of the calendar, the group editor and the attendance view for the README.
screenshots: $(INSTALLED)
	./scripts/system-packages run
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) tests/js/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis

# Collects every tr()/translate()/QT_TRANSLATE_NOOP text into the .ts sources,
# keeping the translations made so far, and builds the .qm files the app loads.
TS_FILES := $(foreach lang,fi sv en,ryhmat/resources/translations/ryhmat_$(lang).ts)
translations: $(INSTALLED)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'ryhmat/*.py' 'ryhmat/**/*.py' | sort -u) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
