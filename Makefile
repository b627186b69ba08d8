# Two commands matter: `make run` and `make test`. Everything else is a helper they call.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: run test lint typecheck imports pytest bench clean reliability bundle bundle-test translations-update lock \
	postgres system-deps office-long

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Dependencies come only from the hash lock (requirements/*.lock, every file's sha256 pinned, transitive ones
# included); the project itself is then installed without resolving anything. `make lock` updates the locks.
LOCK     := requirements/test.lock
UV_LOCK   = $(VENV)/bin/uv pip compile --universal --python-version 3.11 --generate-hashes --quiet

$(STAMP): pyproject.toml $(LOCK) requirements/build.lock | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/build.lock
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# Re-resolve the locks from pyproject.toml (after changing a pin there) for Linux and Windows, with hashes.
# Review the diff, then `make test` installs from the new lock.
lock: | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r requirements/tools.lock
	$(UV_LOCK) --extra test pyproject.toml -o requirements/test.lock
	$(UV_LOCK) --extra test --extra bench pyproject.toml -o requirements/bench.lock
	$(UV_LOCK) --extra bundle pyproject.toml -o requirements/bundle.lock
	$(UV_LOCK) requirements/build.in -o requirements/build.lock
	$(UV_LOCK) requirements/tools.in -o requirements/tools.lock

# Translations: the .ts files are committed, the .qm files are generated (ignored by git) before run, pytest
# and bundle. qt_extra_vi.ts is hand-kept (Qt's own standard texts; Qt ships no qtbase_vi.qm).
I18N_TS := resources/i18n/reception_app_vi.ts
I18N_QM := $(I18N_TS:.ts=.qm) resources/i18n/qt_extra_vi.qm

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the tr() strings from the UI after changing it; existing translations are kept, new ones
# come in unfinished (test_i18n fails until they are translated); strings gone from the code are dropped.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(sort $(shell find reception_app/ui -name '*.py')) -ts $(I18N_TS) -source-language en -target-language vi -no-obsolete

# On Linux, first check the system libraries Qt's window plugin (xcb) needs; a missing one prints the exact
# Debian/Ubuntu packages to install (Qt's own message names the wrong library).
run: $(STAMP) $(I18N_QM)
	@$(PY) tools/check_qt_libs.py
	$(PY) -m reception_app $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check reception_app tests bench tools

typecheck: $(STAMP)
	$(VENV)/bin/mypy reception_app

imports: $(STAMP)
	$(VENV)/bin/lint-imports

# Every test on today's date, then the date-sensitive ones (marked "calendar") again on 31 December and on the
# first day of next year's Tết (tools/calendar_dates.py), so no test depends on the day it was written.
pytest: $(STAMP) $(I18N_QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	@for day in $$($(PY) tools/calendar_dates.py); do \
		echo "Date-sensitive tests again with --today=$$day"; \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m calendar --today=$$day || exit 1; \
	done

test: system-deps lint typecheck imports pytest

# The bench extras (psutil, pyinstrument) are optional: offline without their wheels the bench still runs
# (bench/memory.py reads RSS and RAM from /proc and sysconf instead).
bench: $(STAMP) $(I18N_QM)
	$(PY) -m pip install --quiet --require-hashes -r requirements/bench.lock || echo "bench extras not installed: RSS from /proc"
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Office mode tests (tests/office) start a throwaway PostgreSQL 15+ cluster; this installs Debian's server
# if no initdb is found (needs root, as in CI). Nothing is started here, the tests start their own cluster.
# System packages the tests need on Debian/Ubuntu: PostgreSQL 15 (office-mode tests start a throwaway cluster),
# libpulse0 (QtMultimedia, the ID-card camera dialog) and poppler-utils (pdftoppm renders the PDFs to PNG). Installed when missing (as root, like CI); otherwise
# the exact command to run is printed.
postgres: system-deps
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql-15"; \
	{ ldconfig -p 2>/dev/null | grep -q 'libpulse.so.0 '; } || missing="$$missing libpulse0"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing system packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
		else \
			echo "The tests need these system packages: sudo apt-get install$$missing"; exit 1; \
		fi; \
	fi

# Office mode, the long run: a longer random state-machine search and 20 SIGKILLs per kill test.
office-long: $(STAMP) $(I18N_QM)
	OFFICE_EXAMPLES=40 OFFICE_STEPS=30 OFFICE_RANDOM=1 OFFICE_KILLS=20 QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest tests/office -p no:randomly

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- one-folder bundle (PyInstaller). Slow (minutes): deliberately not part of `make test`. --------------
.PHONY: bundle bundle-test

bundle: $(STAMP) $(I18N_QM)
	$(PY) -m pip install --quiet --require-hashes -r requirements/bundle.lock
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build installer/reception_app.spec

bundle-test:
	@test -x dist/reception_app/reception_app || { echo "no bundle: run 'make bundle' first"; exit 1; }
	QT_QPA_PLATFORM=offscreen dist/reception_app/reception_app --version
	QT_QPA_PLATFORM=offscreen dist/reception_app/reception_app --self-check

# The full crash-safety run: 200 SIGKILLs per kill test (make test runs 12). Prints a JSON summary.
reliability: $(STAMP)
	RELIABILITY_KILLS=200 RELIABILITY_REPORT=bench/.cache/reliability.json QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest tests/reliability -p no:randomly
	@mkdir -p bench/.cache; cat bench/.cache/reliability.json; echo
