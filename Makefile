# The operators' interface: `make run` and `make test` work on a fresh machine with nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test messages chromium checkers tools lint backup restore bench wrk

run: $(VENV)/.runtime messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.dev messages chromium checkers tools
	$(BIN)/pytest

# One archive of the database and the uploads in var/backups/ (DJANGO_BACKUP_DIR); see docs/deploy.md.
backup: $(VENV)/.runtime
	$(BIN)/python manage.py backup

# Onto an empty instance: make restore FILE=var/backups/bantin-20260302-020000.tar.gz
restore: $(VENV)/.runtime
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/bantin-….tar.gz"; exit 2; }
	$(BIN)/python manage.py restore "$(FILE)"
	$(BIN)/python manage.py migrate --noinput

# The site under gunicorn with production settings, measured by wrk (bench/run.py), then scored by Lighthouse at
# mobile settings (bench/lighthouse.py); never part of `make test`.
# QUICK=1 proves it works in a few minutes (wrk half a minute, then one Lighthouse run per page);
# ARTICLES=100000 tops the database up to that many articles; DATABASE_URL and REDIS_URL are used when set.
# NGINX=1: Debian's nginx in front, as docs/deploy.md sets it up.
bench: $(VENV)/.runtime wrk chromium checkers
	$(BIN)/python bench/run.py $(if $(QUICK),--quick) $(if $(ARTICLES),--articles $(ARTICLES)) $(if $(NGINX),--nginx)
	$(BIN)/python bench/lighthouse.py $(if $(QUICK),--runs 1)

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

# The admin's Vietnamese (articles/locale/vi/): compiled with Debian's gettext, installed when we may. The compiled
# .mo files are committed as well, so a machine without gettext (and without root) still shows the admin in
# Vietnamese; compiling again gives the same bytes, and a test fails if a .po changed without its .mo.
messages: $(VENV)/.runtime
	@if ! command -v msgfmt >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's gettext for the admin's translations…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	fi
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(BIN)/python manage.py compilemessages --locale vi --ignore '.venv*' --ignore node_modules -v 0; \
	else \
		echo "gettext is not installed and cannot be installed here: using the committed translations."; \
	fi

# The browser tests use Debian's Chromium; install it when we may, otherwise they are skipped (and say so).
chromium:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's chromium for the browser tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is not installed and cannot be installed here: the browser tests will be skipped."; \
	fi

# The Nu HTML Checker (Java), axe-core and Lighthouse, pinned in package.json, into node_modules/; Debian's Java
# and npm are installed when we may. Without them the validity and accessibility tests are skipped (and say so).
# --ignore-scripts: vnu-jar's install script would try to download a JDK.
checkers:
	@if ! command -v java >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing Debian's Java and npm for the HTML and accessibility checks…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless npm >/dev/null; \
		else \
			echo "Java or npm is missing and cannot be installed here: the HTML and accessibility checks will be skipped."; \
		fi; \
	fi
	@if command -v npm >/dev/null 2>&1 && [ ! -f node_modules/.package-lock.json -o package-lock.json -nt node_modules/.package-lock.json ]; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	fi

# The deployment files are checked with Debian's nginx and systemd-analyze, and pg_dump makes backups on
# PostgreSQL; the document tests write PDFs in DejaVu Sans; install them when we may, otherwise those tests
# are skipped or make do (and say so).
tools:
	@missing=""; \
	command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$$missing nginx"; \
	command -v openssl >/dev/null 2>&1 || missing="$$missing openssl"; \
	command -v systemd-analyze >/dev/null 2>&1 || missing="$$missing systemd"; \
	command -v pg_dump >/dev/null 2>&1 || missing="$$missing postgresql-client"; \
	[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing="$$missing fonts-dejavu-core"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's$$missing for the deployment and backup tests…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Not installed and cannot be installed here:$$missing; the tests that need them will be skipped."; \
	fi

wrk:
	@if command -v wrk >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian's wrk for the benchmark…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; \
	else \
		echo "wrk is not installed and cannot be installed here (apt-get install wrk)." >&2; exit 1; \
	fi
