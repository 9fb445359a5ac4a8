# The two commands in the README: `make run` and `make test`.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_SETTINGS := firm_site.settings.test

.PHONY: run serve check-stack test screenshots lint format install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Beside the server run the worker that sends enquiry notifications and, once a minute,
# publish_scheduled (as the timers do in production): see demo/management/commands/serve_demo.py.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: install
	@$(BIN)/python manage.py serve_demo $(HOST):$(PORT) --check-port
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	@echo "Serving the site, with the worker that sends enquiry notifications and a loop that"
	@echo "publishes scheduled pages every minute. Ctrl-C stops them all."
	@exec $(BIN)/python manage.py serve_demo $(HOST):$(PORT)

# Production settings behind the shipped nginx and Varnish (deploy/), on
# http://127.0.0.1:8150/ and make run's database: for trying the real stack out.
# Needs Debian's nginx and varnish; see docs/deploying.md.
serve: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python deploy/stack.py serve

# What CI checks after the tests: the systemd units, and two app servers behind
# nginx and Varnish (deploy/check_stack.py; needs PostgreSQL and Redis, see there).
check-stack: install
	deploy/verify_systemd.sh
	$(BIN)/python deploy/check_stack.py

test: install-dev
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py test tests --noinput --parallel $${TEST_PARALLEL:-auto} --exclude-tag browser
	@# The browser tests after them: each process runs its own live server and Chromium.
	DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py test tests --noinput --parallel $${TEST_PARALLEL:-auto} --tag browser

# The browser tests, saving full-page screenshots of every page type at phone and
# desktop widths into screenshots/ to look at.
screenshots: install-dev
	SCREENSHOTS=1 DJANGO_SETTINGS_MODULE=$(TEST_SETTINGS) $(BIN)/python manage.py test tests --noinput --tag browser

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) staticfiles
