# The operators' interface: `make run` and `make test` work on a fresh machine with nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test chromium lint bench wrk

run: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.dev chromium
	$(BIN)/pytest

# The site under gunicorn with production settings, measured by wrk (bench/run.py); never part of `make test`.
# QUICK=1 proves it works in a few seconds; ARTICLES=100000 tops the database up to that many articles;
# DATABASE_URL and REDIS_URL are used when set.
bench: $(VENV)/.runtime wrk
	$(BIN)/python bench/run.py $(if $(QUICK),--quick) $(if $(ARTICLES),--articles $(ARTICLES))

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

$(VENV)/.runtime: requirements.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(VENV)/.runtime $@

# The browser tests use Debian's Chromium; install it when we may, otherwise they are skipped (and say so).
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is not installed and cannot be installed here: the browser tests will be skipped."; \
	fi

wrk:
	@if command -v wrk >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's wrk for the benchmark…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	else \
		echo "wrk is not installed and cannot be installed here (apt-get install wrk)." >&2; exit 1; \
	fi
