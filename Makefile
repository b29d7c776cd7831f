# Two commands do all the set-up on a fresh Linux machine:
#   make run    create .venv, install, make a demo mission (first time) and open it
#   make test   create .venv, install with the test tools, run ruff, mypy and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint demo clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m mss_training.launch

demo: $(STAMP)
	$(BIN)/mss-training demo

lint: $(STAMP)
	$(BIN)/ruff check mss_training tests
	$(BIN)/ruff format --check mss_training tests
	$(BIN)/mypy

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
