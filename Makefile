# Two commands do all the set-up on a fresh Linux machine:
#   make run    create .venv, install, make a demo mission (first time) and open it
#   make test   create .venv, install with the test tools, run ruff, mypy and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo clean docs-images screenshots bench bench-small wheel wheel-smoke app app-smoke \
	translations

# Set-up prints two lines; pip's and setuptools' chatter goes to .venv/install.log, shown
# only when the install fails.
$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) with MSS Training and its test tools (the first time takes a few minutes)..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@{ $(BIN)/python -m pip install --upgrade pip && $(BIN)/python -m pip install -e '.[test]'; } \
		> $(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; echo "The set-up failed; see above."; exit 1; }
	@touch $(STAMP)
	@echo "Set up: $(VENV) (details in $(VENV)/install.log)."

# Desktop Linux installs usually have the X11 libraries Qt needs; minimal ones may not.
XCB_LIBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0

run: $(STAMP)
	@for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxkbcommon-x11.so.0; do \
		ldconfig -p | grep -q $$lib || { echo "Qt needs $$lib for its window: sudo apt-get install $(XCB_LIBS)"; break; }; \
	done
	$(BIN)/python -m mss_training.launch

demo: $(STAMP)
	$(BIN)/mss-training demo

lint: $(STAMP)
	$(BIN)/ruff check mss_training tests benchmarks
	$(BIN)/ruff format --check mss_training tests benchmarks
	$(BIN)/mypy

# One worker a core (pytest-xdist): the suite is CPU-bound and its tests share nothing.
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

# The catalogues (docs/translation.md). The window's: lupdate adds new strings of
# mss_training/ui to each .ts (without line numbers, so that merges stay quiet) and drops
# removed ones; lrelease compiles each into the .qm the app loads. The services' sentences:
# Babel extracts them into a .pot, updates each .po and compiles it into a .mo. Compiled
# files are committed, so a clean clone, the wheel and the app folder need no tools;
# tests/test_translations.py and tests/test_messages.py fail when one is stale.
TRANSLATION_LANGUAGES := fr es ht
CATALOGUES := $(TRANSLATION_LANGUAGES:%=resources/translations/mss_training_%.ts)
# English's catalogue holds only the strings with a count, for their singular ("1 day").
ENGLISH_PLURALS := resources/translations/mss_training_en.ts
MESSAGES := resources/messages
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(find mss_training/ui -name '*.py' | sort) -ts $(CATALOGUES)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly \
		$$(find mss_training/ui -name '*.py' | sort) -ts $(ENGLISH_PLURALS)
	for ts in $(CATALOGUES) $(ENGLISH_PLURALS); do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done
	$(BIN)/pybabel -q extract -F babel.cfg -k N_ -k counted_in:2,3 --no-location --sort-output --omit-header \
		-o $(MESSAGES)/mss_training.pot mss_training
	for lang in $(TRANSLATION_LANGUAGES); do \
		test -f $(MESSAGES)/$$lang.po || $(BIN)/pybabel -q init -D mss_training -l $$lang \
			-i $(MESSAGES)/mss_training.pot -o $(MESSAGES)/$$lang.po; \
		$(BIN)/pybabel -q update --no-fuzzy-matching --omit-header --ignore-obsolete \
			-i $(MESSAGES)/mss_training.pot -o $(MESSAGES)/$$lang.po -l $$lang; \
	done
	$(BIN)/python packaging/compile_messages.py $(TRANSLATION_LANGUAGES:%=$(MESSAGES)/%.po)

# Mission scale: 50,000 officers, about 2,070,000 results (takes a while). bench-small: quick.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

bench-small: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --small

# The sdist and wheel, in dist/.
wheel: $(STAMP)
	@rm -rf dist/*.whl dist/*.tar.gz
	@$(BIN)/python -m pip install --quiet build
	@$(BIN)/python -m build --sdist --wheel --outdir dist . > $(VENV)/build.log 2>&1 \
		|| { cat $(VENV)/build.log; exit 1; }
	@ls dist/*.whl dist/*.tar.gz

# Install the wheel alone into a fresh virtual environment outside the checkout and run
# the program from there as a user would (.ci/smoke.py).
SMOKE_DIR := $(shell mktemp -u /tmp/mss-wheel-XXXXXX)
wheel-smoke: wheel
	$(PYTHON) -m venv $(SMOKE_DIR)
	$(SMOKE_DIR)/bin/python -m pip install --quiet dist/*.whl > $(SMOKE_DIR).log 2>&1 \
		|| { cat $(SMOKE_DIR).log; exit 1; }
	$(SMOKE_DIR)/bin/python .ci/smoke.py $(SMOKE_DIR)/bin
	rm -rf $(SMOKE_DIR) $(SMOKE_DIR).log

# The app folder (dist/MSS Training: mss-training-gui and mss-training, no Python needed),
# frozen by PyInstaller from the installed wheel, not the checkout. On Windows the same
# spec builds the Windows folder and packaging/mss-training.iss the installer (README).
APP_VENV := build/app-venv
app: wheel
	@test -x $(APP_VENV)/bin/python || $(PYTHON) -m venv $(APP_VENV)
	@$(APP_VENV)/bin/python -m pip install --quiet --force-reinstall --no-deps dist/*.whl \
		> build/app-install.log 2>&1 && $(APP_VENV)/bin/python -m pip install --quiet dist/*.whl \
		"pyinstaller>=6.10,<7" >> build/app-install.log 2>&1 || { cat build/app-install.log; exit 1; }
	@cd build && ../$(APP_VENV)/bin/python ../packaging/render_icons.py
	@$(APP_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/mss-training.spec
	@echo "Built the app folder: dist/MSS Training"

app-smoke: app
	$(PYTHON) .ci/smoke.py "dist/MSS Training"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist

# Pictures of each kind of document for docs/ and the README (needs pdftoppm: poppler-utils).
DOCS_DB := $(shell mktemp -u /tmp/mss-docs-XXXXXX).sqlite
docs-images: export MSS_TRAINING_USER := coordinator
docs-images: export MSS_TRAINING_PASSWORD := mss-demo
docs-images: $(STAMP)
	$(BIN)/mss-training --db $(DOCS_DB) demo --officers 400 --today 2026-11-27 --seed 2699
	$(BIN)/mss-training --db $(DOCS_DB) certificates issue --contingent GTM --module UOF-101 --lang es \
		--signatory "Comisionada Ana Lucía Morales" --signatory-title "Mission Training Coordinator" -o /tmp/mss-certificates.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report sign-in --session $$($(BIN)/mss-training --db $(DOCS_DB) sessions list --module UOF-101 | awk 'NR==3{print $$1}') -o /tmp/mss-sign-in.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report roster --contingent JAM --as-of 2026-11-27 -o /tmp/mss-roster.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report readiness --as-of 2026-11-27 --sign-off -o /tmp/mss-readiness.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report sign-in --lang es --session $$($(BIN)/mss-training --db $(DOCS_DB) sessions list --module UOF-101 | awk 'NR==3{print $$1}') -o /tmp/mss-sign-in-es.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report roster --contingent HTI --lang fr --as-of 2026-11-27 -o /tmp/mss-roster-fr.pdf
	$(BIN)/mss-training --db $(DOCS_DB) report readiness --lang ht --as-of 2026-11-27 -o /tmp/mss-readiness-ht.pdf
	$(BIN)/mss-training --db $(DOCS_DB) records pack --contingent JAM --lang es -o /tmp/mss-pack.zip
	unzip -p /tmp/mss-pack.zip "$$(unzip -Z1 /tmp/mss-pack.zip | grep transcript.pdf | head -1)" > /tmp/mss-transcript.pdf
	mkdir -p docs/images
	for kind in certificates sign-in roster readiness sign-in-es roster-fr readiness-ht transcript; do \
		pdftoppm -png -r 80 -f 1 -l 1 -singlefile /tmp/mss-$$kind.pdf docs/images/$$kind; done
	rm -f $(DOCS_DB)* /tmp/mss-pack.zip

# Screens of the app on a demo mission, rendered offscreen, for docs/ and the README, in a
# light palette, (docs/images/dark) in a desktop's dark mode and (docs/images/fr, es, ht)
# in each other language at 1366×768.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m mss_training.ui.screenshots docs/images
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m mss_training.ui.screenshots docs/images/dark --dark
	for lang in $(TRANSLATION_LANGUAGES); do QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m mss_training.ui.screenshots docs/images/$$lang --lang $$lang; done
