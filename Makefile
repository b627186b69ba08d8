# Two commands matter: `make run` and `make test`. Everything else is a helper they call.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: run test lint typecheck imports pytest bench clean reliability bundle bundle-test translations-update

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Translations: the .ts files are committed, the .qm files are generated (ignored by git) before run, pytest
# and bundle. qt_extra_vi.ts is hand-kept (Qt's own standard texts; Qt ships no qtbase_vi.qm).
I18N_TS := resources/i18n/reception_app_vi.ts
I18N_QM := $(I18N_TS:.ts=.qm) resources/i18n/qt_extra_vi.qm

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Re-extract the tr() strings from the UI after changing it; existing translations are kept, new ones
# come in unfinished (test_i18n fails until they are translated); strings gone from the code are dropped.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate reception_app/ui/*.py -ts $(I18N_TS) -source-language en -target-language vi -no-obsolete

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

pytest: $(STAMP) $(I18N_QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck imports pytest

bench: $(STAMP) $(I18N_QM)
	$(VENV)/bin/pip install --quiet -e '.[test,bench]'
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- one-folder bundle (PyInstaller). Slow (minutes): deliberately not part of `make test`. --------------
.PHONY: bundle bundle-test

bundle: $(STAMP) $(I18N_QM)
	$(VENV)/bin/pip install --quiet -e '.[bundle]'
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
