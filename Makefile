# Azura Portal — the two set-up commands are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/azura
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: bench run dev test test-sqlite test-postgres e2e-deps lint check messages install install-dev deploy-check clean

$(VENV)/bin/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { echo "Installing python3-venv…"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	@$(BIN)/pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install -q -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/pip install -q -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

.secret_key:
	@umask 077; $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(64))" > $@
	@echo "Created .secret_key (kept between runs, ignored by git)."

# Compiled message catalogs are built here, never committed.
messages: | $(VENV)/bin/python
	@command -v msgfmt >/dev/null || { echo "Installing gettext…"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }
	@DJANGO_SECRET_KEY=build $(BIN)/python manage.py compilemessages -v0 --ignore='.venv/*'

# One secret key kept across runs and shared by every worker (signed links and sessions depend on it).
run: install .secret_key messages
	@$(eval export DJANGO_SECRET_KEY=$(shell cat .secret_key))
	@$(eval export DJANGO_HTTPS=0)
	@$(eval export ADMIN_PASSWORD=$(or $(ADMIN_PASSWORD),$(shell [ -f .admin_password ] || (umask 077; $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(12))" > .admin_password); cat .admin_password)))
	$(BIN)/python manage.py migrate --noinput -v0
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py seed_demo
	@echo "Serving Azura Portal at http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(BIN)/gunicorn -c gunicorn.conf.py --bind 127.0.0.1:$(PORT)

dev: install-dev messages
	DJANGO_DEBUG=1 $(BIN)/python manage.py migrate --noinput -v0
	DJANGO_DEBUG=1 $(BIN)/python manage.py seed_demo
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install-dev
	$(BIN)/ruff check .

check: install-dev
	DJANGO_SECRET_KEY=check $(BIN)/python manage.py check
	DJANGO_SECRET_KEY=check $(BIN)/python manage.py makemigrations --check --dry-run

# Browser tests (tests/e2e): Debian's Chromium, a headless JRE and the Nu Html Checker (vnu-jar from npm,
# into the ignored node_modules/). Installed only when missing; browsers are never downloaded by test tools.
e2e-deps:
	@missing=""; [ -x /usr/bin/chromium ] || missing="chromium"; command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing…"; $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi
	@[ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm install --prefix "$(CURDIR)" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund --silent vnu-jar@26

test-sqlite: install-dev messages e2e-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The browser suite runs once, on SQLite: it drives the same views, and its server keeps its own database.
test-postgres: install-dev messages
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest -m "not e2e" $(PYTEST_ARGS)

# Lint, checks, then the suite on SQLite and — when PostgreSQL answers — on PostgreSQL.
test: lint check test-sqlite
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_TEST_URL)'.rsplit('/',1)[0] + '/postgres', connect_timeout=2).close()" 2>/dev/null; then \
		$(MAKE) --no-print-directory test-postgres; \
	else \
		echo "PostgreSQL not reachable at $(PG_TEST_URL): PostgreSQL run not done (CI always does it)."; \
		[ -z "$(REQUIRE_POSTGRES)" ]; \
	fi

# Production-like settings must pass Django's deployment checklist with no warnings.
deploy-check: install
	DJANGO_SECRET_KEY=$$($(PYTHON) -c "import secrets; print(secrets.token_urlsafe(64))") DJANGO_HTTPS=1 \
		DJANGO_ALLOWED_HOSTS=azura.example DATABASE_URL=$(PG_TEST_URL) \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# Throughput benchmark (not a test): 100k articles, gunicorn, wrk; see scripts/bench.py.
bench: install-dev .secret_key
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
