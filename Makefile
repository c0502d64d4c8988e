# Public-results site generator. `make help` lists the targets.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BUILD := PYTHONPATH=plugins $(PYTHON) -m public_results build
CHECK := PYTHONPATH=plugins $(PYTHON) -m public_results check
PORT ?= 8000
# Which site: the folder of its pelicanconf.py; its output goes into that folder's output/.
# The default is the single-unit example here; SITE=examples/programme builds the programme of units.
SITE ?= .

.PHONY: help html check serve devserver figures publish clean test lint data bench audit screenshots pdf-libraries ny-enhed

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	@$(PYTHON) -c "import weasyprint" 2>/dev/null || $(MAKE) --no-print-directory pdf-libraries
	touch $(STAMP)

# The test and lint tools (requirements-test.txt) only for the targets that need them: `make html`
# installs requirements.txt alone. Installed again when either file is newer than the last install.
$(TEST_STAMP): $(STAMP) requirements.txt requirements-test.txt
	$(PYTHON) -m pip install --quiet -r requirements-test.txt
	touch $(TEST_STAMP)

# WeasyPrint (the briefings' PDF) needs Pango and HarfBuzz from the system.
PDF_LIBRARIES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0
pdf-libraries:
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(PDF_LIBRARIES); \
	else \
	  echo "Briefingernes PDF kræver systembibliotekerne Pango og HarfBuzz. Kør: sudo apt-get install $(PDF_LIBRARIES)"; \
	fi

html: $(STAMP)  ## Set up .venv if needed and build the example site into output/ (SITE=examples/programme: the programme)
	$(BUILD) --settings $(SITE)/pelicanconf.py --output $(SITE)/output

check: $(STAMP)  ## Check data and content without building; list figures that would change
	$(CHECK) --settings $(SITE)/pelicanconf.py

publish: $(STAMP)  ## Build the site for publishing (absolute URLs, feeds) and record its figures in ledger.json
	$(BUILD) --settings publishconf.py --output output --record

serve: html  ## Serve output/ on http://127.0.0.1:$(PORT)
	PYTHONPATH=plugins $(PYTHON) -m public_results show --output $(SITE)/output --port $(PORT)

devserver: $(STAMP)  ## Preview on http://127.0.0.1:$(PORT): rebuilds when content, data, theme or plugins change
	PYTHONPATH=plugins $(PYTHON) -m public_results serve --settings pelicanconf.py --output output --port $(PORT)

figures: $(STAMP)  ## List every figure, chart and method box a writer can use, with its value today
	PYTHONPATH=plugins $(PYTHON) -m public_results figures --settings $(SITE)/pelicanconf.py

# A new unit's own site (python -m public_results new): asks for what is not given on a terminal.
ny-enhed: $(STAMP)  ## A new unit's site in DIR from its exports: make ny-enhed DIR=../vores-site DATA="a.csv b.xlsx"
	PYTHONPATH=plugins $(PYTHON) -m public_results new $(if $(DIR),"$(DIR)") $(if $(NAVN),--navn "$(NAVN)") \
	  $(if $(KOMMUNE),--kommune "$(KOMMUNE)") $(if $(KONTAKT),--kontakt "$(KONTAKT)") \
	  $(if $(TILGAENGELIGHED),--tilgaengelighed "$(TILGAENGELIGHED)") $(if $(DATA),--data $(DATA))

# The bench-only engines (requirements-bench.txt: DuckDB, Polars) on top of the test tools.
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(TEST_STAMP) requirements-bench.txt
	$(PYTHON) -m pip install --quiet -r requirements-bench.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)  ## Time builds of synthetic sites (10 to 1,000 articles) against plain Pelican, and the national data stage; writes bench.json
	$(PYTHON) scripts/bench.py --json bench.json

data: $(STAMP)  ## Write the synthetic example data again
	$(PYTHON) scripts/make_example_data.py

# The browser tests (tests/browser) drive Debian's Chromium; Playwright's own browser download
# cannot be fetched here, so `playwright install` is never run. CI runs as root.
# The Nu Html Checker (npm vnu-jar) runs on Debian's Java (17 or later); QualWeb and Lighthouse
# (npm) run on Node (18.16 or later) in the same Chromium.
CHROMIUM := /usr/bin/chromium
JAVA := /usr/bin/java
AXE := node_modules/axe-core/axe.min.js
VNU := node_modules/vnu-jar/build/dist/vnu.jar
QUALWEB := node_modules/@qualweb/core/package.json
LIGHTHOUSE := node_modules/lighthouse/package.json
NPM_TOOLS := $(AXE) $(VNU) $(QUALWEB) $(LIGHTHOUSE)

$(CHROMIUM):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

$(JAVA):
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless

# One `npm ci` installs them all (a grouped target). npm gives unpacked files the tarball's 1985
# date: touch, or every run would install again. --ignore-scripts (and PUPPETEER_SKIP_DOWNLOAD):
# vnu-jar's postinstall would only download a Java runtime from GitHub, and puppeteer's (QualWeb's)
# a Chrome; ours come from Debian.
$(NPM_TOOLS) &: package-lock.json
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts
	touch $(NPM_TOOLS)

test: $(TEST_STAMP) $(CHROMIUM) $(JAVA) $(NPM_TOOLS)  ## Run every test (installs Debian chromium, Java and the npm tools if missing)
	$(PYTHON) -m pytest

audit: html $(TEST_STAMP) $(CHROMIUM) $(NPM_TOOLS)  ## Lighthouse (mobile, median of 3 runs) on each page type of output/ against the targets; writes audit.json
	$(PYTHON) scripts/audit.py --site output --json audit.json

screenshots: html $(TEST_STAMP) $(CHROMIUM)  ## Screenshots of the front page and the 2022 article at 360 and 1280 px into docs/screenshots/
	$(PYTHON) scripts/screenshots.py --site output --into docs/screenshots

lint: $(TEST_STAMP)  ## ruff on plugin, scripts and tests; import-linter: the stages import downwards only
	$(BIN)/ruff check plugins scripts tests tasks.py
	$(BIN)/ruff format --check plugins scripts tests tasks.py
	PYTHONPATH=plugins $(BIN)/lint-imports --no-cache --no-logo

clean:  ## Remove output/, the preview, the build's working folders and caches (cache/; keeps .venv)
	rm -rf output output-preview .output.* .output-preview.* cache .pytest_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +
