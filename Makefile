# privacycheck: `make run` starts the app, `make test` runs every check. Both set up .venv first when needed.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup run test check lint format types content pytest bench translations screenshots clean
.PHONY: dist dist-check fresh-check

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# The app needs a display: the offscreen default above is for tests only.
run: export QT_QPA_PLATFORM :=
run: $(STAMP)
	$(BIN)/privacycheck

# One command runs format check, lint, types, content validation and tests, locally and in CI.
test: check pytest

check: lint types content

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

types: $(STAMP)
	$(BIN)/mypy

content: $(STAMP)
	$(BIN)/privacycheck validate checklists/*.json

pytest: $(STAMP)
	$(BIN)/python -m pytest

# Refresh the French .ts from the code (new strings come in unfinished), then compile the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find privacycheck/ui -name '*.py' | sort) -locations none -no-obsolete \
		-ts resources/translations/privacycheck_fr.ts
	$(BIN)/pyside6-lrelease resources/translations/privacycheck_fr.ts -qm resources/translations/privacycheck_fr.qm

# The performance budgets of docs: figures and ratios against baselines taken in the same run.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# Screenshots of the main screens in English and French for the README (offscreen: no display needed).
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots/make_screenshots.py docs/screenshots

# A standalone one-folder bundle with PyInstaller, in dist/privacycheck/ (docs/packaging.md). Builds for this OS.
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		resources/packaging/privacycheck.spec
	@du -sh dist/privacycheck

# Build the bundle, then run it in a clean environment (env -i): CLI, PDF report, GUI, French, no stray parts.
dist-check: dist
	bash resources/packaging/dist_check.sh dist/privacycheck

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# Prove that CI passes on a fresh machine: .ci/run on a clean clone of HEAD in a throw-away Debian 12 root (needs root).
fresh-check:
	bash .ci/fresh-check
