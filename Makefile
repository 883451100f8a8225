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

.PHONY: run test lint typecheck pytest bench translations screenshots dist clean

# Some images set PYTHONDONTWRITEBYTECODE: then every process the suite starts (a worker, each
# of the hundred `ryhmat` commands it runs) compiles the app's modules again, and pytest
# rewrites every test module again in each worker. The compiled files go to __pycache__.
unexport PYTHONDONTWRITEBYTECODE

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
	$(VENV)/bin/ruff check ryhmat tests bench packaging
	$(VENV)/bin/ruff format --check ryhmat tests bench packaging

typecheck: $(INSTALLED)
	$(VENV)/bin/mypy

pytest: $(INSTALLED) $(JS_READERS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(WORKERS) --dist loadscope --max-worker-restart=0

# ical.js, Thunderbird's calendar reader, which the feed tests read feeds with.
$(JS_READERS): tests/js/package.json tests/js/package-lock.json
	cd tests/js && npm ci --no-audit --no-fund --silent
	touch $@

# The municipality-scale benchmark: prints the table and writes bench/RESULTS.md.
# The demo databases are built once into bench/.cache; a run takes about 5 minutes, and
# building the bundle first about 2 more.
# `make dist` first: the start-up rows time the bundle beside the source install.
bench: $(INSTALLED) dist
	./scripts/system-packages run
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# The self-contained bundle, which needs no Python on the machine: dist/ryhmat/ (PyInstaller,
# packaging/ryhmat.spec), packed as dist/ryhmat-VERSION-linux-x86_64.tar.gz, and the packed
# file's smoke test (packaging/smoke_test.py). The release workflow builds the same on
# Windows and macOS. Takes about two minutes.
dist: $(INSTALLED)
	./scripts/system-packages run
	rm -rf build/ryhmat dist/ryhmat
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/ryhmat.spec
	version=$$($(PY) -c 'import ryhmat; print(ryhmat.__version__)') && \
	archive=dist/ryhmat-$$version-linux-$$(uname -m).tar.gz && \
	tar -C dist -czf $$archive ryhmat && \
	$(PY) packaging/smoke_test.py $$archive

# Pictures of the calendar, the group editor and the attendance view for the README.
screenshots: $(INSTALLED)
	./scripts/system-packages run
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist tests/js/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis

# Collects every tr()/translate()/QT_TRANSLATE_NOOP text into the .ts sources,
# keeping the translations made so far, and builds the .qm files the app loads (each
# written beside and renamed over the old one: a running app maps the file it loaded).
TS_FILES := $(foreach lang,fi sv en,ryhmat/resources/translations/ryhmat_$(lang).ts)
translations: $(INSTALLED)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'ryhmat/*.py' 'ryhmat/**/*.py' | sort -u) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm.new && mv $${ts%.ts}.qm.new $${ts%.ts}.qm; done
