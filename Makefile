# ttdn — the two commands: `make run` and `make test`. See README.md.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
STAMP := $(VENV)/.installed
export TTDN_DEVELOPMENT ?= 1

.PHONY: install run test test-fast test-e2e lint format messages compilemessages demo bench bench-load clean

$(STAMP): pyproject.toml
	@PY="$$(scripts/find-python)" && echo "Using $$PY" && \
	  { [ -x $(BIN)/python ] || "$$PY" -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## Set up the virtual environment, translations, static files and the database.
install: $(STAMP) compilemessages
	@mkdir -p var
	$(BIN)/ttdn migrate --noinput -v 0
	$(BIN)/ttdn collectstatic --noinput -v 0

compilemessages: $(STAMP)
	@mkdir -p var
	@cd src/ttdn && ../../$(BIN)/ttdn compilemessages -v 0

## Serve the app on the embedded SQLite database with demo data (kept between runs).
run: install
	$(BIN)/ttdn demo --if-empty
	@echo ""
	@echo "  ttdn is running at http://$(HOST):$(PORT)/"
	@echo "  Demo logins (password ttdn-demo): coordinator, officer (Sở Thông tin và Truyền thông), leader"
	@echo ""
	@# The background worker (huey, SQLite queue in var/) runs beside the web server.
	@$(BIN)/ttdn run_huey --workers 1 --quiet & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/ttdn runserver $(HOST):$(PORT) --noreload

## The whole suite: unit, integration and browser end-to-end tests.
test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/ttdn makemigrations --check --dry-run -v 0
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: install
	$(BIN)/python -m pytest -m "not e2e" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## Extract translatable strings into the catalogues (vi is the default language).
messages: $(STAMP)
	cd src/ttdn && ../../$(BIN)/ttdn makemessages -l vi -l en --no-obsolete --no-location -v 0

bench: install
	$(BIN)/python benchmarks/run.py

## Deadline load test (issue 8): locust, 200 users, against gunicorn + the PostgreSQL
## database in DATABASE_URL (filled by benchmarks/national.py). See docs/benchmarks.md.
bench-load: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python benchmarks/loadtest.py --users 200 --run-time 3m

clean:
	rm -rf $(VENV) var/static
