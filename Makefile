# The operators' interface: `make run` and `make test` work on a fresh machine with nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test chromium checkers lint

run: $(VENV)/.runtime
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(VENV)/.dev chromium checkers
	$(BIN)/pytest

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

# The Nu HTML Checker (Java) and axe-core, pinned in package.json, into node_modules/; Debian's Java and npm are
# installed when we may. Without them the validity and accessibility tests are skipped (and say so).
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
