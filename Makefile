# Sanctuary Portal. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
export DJANGO_SETTINGS_MODULE ?= portal.settings.dev

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	scripts/system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(INSTALLED)

install: $(INSTALLED) ## Create .venv and install the project and its system packages

node_modules/.installed: package.json package-lock.json
	scripts/system-deps.sh --browser --deploy
	npm ci --no-audit --no-fund --silent
	touch node_modules/.installed

test-deps: $(INSTALLED) node_modules/.installed ## Install what the tests need besides Python (Chromium, axe-core, nginx, wrk)

compilemessages: $(INSTALLED) ## Compile locale/*/LC_MESSAGES/django.po
	$(PY) manage.py compilemessages --ignore=.venv --verbosity 0

messages: $(INSTALLED) ## Extract UI strings into locale/<lang>/LC_MESSAGES/django.po
	$(PY) manage.py makemessages --all --ignore=.venv --ignore=node_modules --ignore=tests --no-obsolete --add-location file

migrate: $(INSTALLED) ## Apply database migrations
	$(PY) manage.py migrate --no-input

demo: migrate compilemessages ## Load the demo county (idempotent)
	$(PY) manage.py load_demo

run: demo ## Set up everything and serve the portal on http://127.0.0.1:8000/
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver 127.0.0.1:8000

test: test-deps compilemessages ## Run the whole test suite on SQLite, then on PostgreSQL, then the smoke test
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory test-smoke

test-sqlite: test-deps compilemessages ## Run the test suite on SQLite
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) -m pytest -n 2 --create-db -q

test-postgres: test-deps compilemessages ## Run the test suite (less the browser tests) on a throwaway PostgreSQL server on loopback
	DJANGO_SETTINGS_MODULE=portal.settings.test scripts/with-postgres.sh $(PY) -m pytest -n 2 --create-db -q -m "not browser"

test-smoke: $(INSTALLED) compilemessages ## Start gunicorn + PostgreSQL + nginx on loopback and fetch the main pages through nginx
	scripts/system-deps.sh --deploy
	scripts/smoke.sh

bench: $(INSTALLED) ## Benchmarks (not tests): page throughput (bench/pages.py) and load (bench/load.py) on loopback
	scripts/system-deps.sh --bench
	$(PY) bench/pages.py
	scripts/with-postgres.sh $(PY) bench/load.py

lint: install ## ruff check, ruff format --check and makemigrations --check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run

format: install ## Reformat the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean: ## Remove the virtualenv, the SQLite database and compiled files
	rm -rf $(VENV) db.sqlite3 .pytest-media static_collected
	find . -name '*.mo' -not -path './.venv/*' -delete

.PHONY: help install test-deps compilemessages messages migrate demo run test test-sqlite test-postgres test-smoke bench lint format clean
