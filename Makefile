# VIZIUM Kiosk: the two commands of the README, and a few more for developers.
#   make run    set up what is needed and start the kiosk with demo content
#   make test   set up what is needed and run the whole test suite (what CI runs)

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_STAMP := $(VENV)/.installed-runtime
# The system stamps are named after their package lists, so a package added to a list is installed
# on the next run of an existing checkout too, not only on a fresh clone.
list_id = $(shell echo '$(1)' | cksum | cut -d' ' -f1)
SYSTEM_STAMP = $(VENV)/.system-libs-$(call list_id,$(SYSTEM_PACKAGES))
TEST_SYSTEM_STAMP = $(VENV)/.test-system-packages-$(call list_id,$(TEST_SYSTEM_PACKAGES))

# Shared libraries the Qt wheels need on a bare Debian machine (offscreen included).
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0

# Only for the test suite: a real PostgreSQL server for the central KPI database tests; Xvfb and
# xwininfo to see the kiosk cover a screen that has no window manager; Debian's Chromium and its
# driver for the centre console's browser test.
TEST_SYSTEM_PACKAGES := postgresql xvfb xauth x11-utils chromium chromium-driver

.PHONY: run test lint bench audit translations system-libs dist dist-check clean help

help:
	@echo "make run     start the kiosk (windowed on a desktop, under Xvfb when there is no display)"
	@echo "make test    lint, layer contracts and the whole test suite, offscreen"
	@echo "make lint    ruff, mypy and import-linter only"
	@echo "make bench   performance measurements (figures and ratios)"
	@echo "make demo-centre  a demo centre on this machine: a private PostgreSQL hub and four demo stations"
	@echo "make audit   every screen x lv/en/ru x looks x orientations checked; pictures in audit/index.html"
	@echo "make dist    one-folder app in dist/vizium-kiosk/ (PyInstaller); make dist-check tries it"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11 (apt-get install python3.11 python3.11-venv)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(RUN_STAMP)

# make run needs only what a station runs, not the developer tools.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(SYSTEM_STAMP): | $(BIN)/python
	@PACKAGES="$(SYSTEM_PACKAGES)" sh packaging/install-system-packages.sh
	@touch $@

$(TEST_SYSTEM_STAMP): | $(BIN)/python
	@PACKAGES="$(TEST_SYSTEM_PACKAGES)" sh packaging/install-system-packages.sh
	@touch $@

system-libs: $(SYSTEM_STAMP)

translations: $(RUN_STAMP)
	@$(BIN)/python -m kiosk.i18n build

# The kiosk's modules compiled beside their sources: with PYTHONDONTWRITEBYTECODE=1 (as on these
# machines) Python would otherwise compile the whole kiosk again at every start (about 0.3 s).
# Python checks each file against its source, so an edited module is never run from a stale copy.
COMPILED := $(VENV)/.compiled
$(COMPILED): $(shell find kiosk exhibits -name '*.py' 2>/dev/null) | $(BIN)/python
	@$(BIN)/python -m compileall -q kiosk exhibits >/dev/null
	@touch $@

# Stopping the kiosk (Ctrl+C, kill, systemctl stop) is how a run ends: the recipe traps the
# signal and takes the kiosk's 130/143 as a clean stop, so make does not report "Error 143".
run: $(RUN_STAMP) $(SYSTEM_STAMP) translations $(COMPILED)
	@trap 'echo "Kiosk stopped."; exit 0' INT TERM; \
	if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/kiosk run --demo $(if $(XDG_CURRENT_DESKTOP),--windowed,) $(ARGS); \
	else \
		command -v xvfb-run >/dev/null || PACKAGES="xvfb xauth" sh packaging/install-system-packages.sh || exit 1; \
		echo "No display found: starting the kiosk on a virtual screen (Xvfb, 1920x1080)."; \
		echo "See a screen with: .venv/bin/kiosk screenshot --screen home --out home.png"; \
		xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/kiosk run --demo $(ARGS); \
	fi; \
	status=$$?; \
	case $$status in 130|143) echo "Kiosk stopped."; exit 0;; *) exit $$status;; esac

lint: $(STAMP)
	$(BIN)/ruff check kiosk exhibits tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) $(SYSTEM_STAMP) $(TEST_SYSTEM_STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto $(PYTEST_ARGS)

bench: $(STAMP) $(SYSTEM_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# A centre on this machine: a private PostgreSQL from Debian's binaries (data in $(DEMO_CENTRE)/,
# 127.0.0.1 on a free port, a password of its own), the centre database in it, and four demo
# stations with 60 days of history replicated to it (once; later runs just start it again).
DEMO_CENTRE := .demo-centre
.PHONY: demo-centre demo-centre-stop
demo-centre: $(STAMP)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || PACKAGES="postgresql" sh packaging/install-system-packages.sh
	@DSN=$$($(BIN)/python -m kiosk.hub.localdb start --folder $(DEMO_CENTRE)) || exit 1; \
	export VIZIUM_DATA_DIR=$(DEMO_CENTRE)/data; \
	$(BIN)/kiosk hub --dsn "$$DSN" init || exit 1; \
	if [ ! -d $(DEMO_CENTRE)/data/stations ]; then \
		$(BIN)/kiosk demo-data --days 60 --stations 4 --hub "$$DSN" || exit 1; \
	fi; \
	echo; echo "The demo centre runs. Its database (DSN):"; echo "  $$DSN"; \
	echo "Read it:  $(BIN)/kiosk kpi --from 2026-01-01 --to 2026-12-31 --source '$$DSN'"; \
	echo "Stop it:  make demo-centre-stop   (the data stays in $(DEMO_CENTRE)/; remove that folder to start afresh)"

demo-centre-stop:
	@$(BIN)/python -m kiosk.hub.localdb stop --folder $(DEMO_CENTRE)

# The full screen audit (make test runs a smaller matrix); look at the pictures in $(AUDIT_OUT)/index.html.
AUDIT_OUT ?= audit
audit: $(STAMP) $(SYSTEM_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk audit --out $(AUDIT_OUT)

$(VENV)/.packaging: pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,packaging]'
	@touch $@

dist: $(STAMP) $(SYSTEM_STAMP) $(VENV)/.packaging translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/vizium-kiosk.spec
	@echo "Built dist/vizium-kiosk/vizium-kiosk"

# The frozen app must answer --version, pass doctor and run the monkey, offscreen.
dist-check: dist
	QT_QPA_PLATFORM=offscreen VIZIUM_DATA_DIR=$$(mktemp -d) sh -c '\
		dist/vizium-kiosk/vizium-kiosk --version && \
		dist/vizium-kiosk/vizium-kiosk doctor && \
		dist/vizium-kiosk/vizium-kiosk exhibits list && \
		dist/vizium-kiosk/vizium-kiosk run --monkey 500 --seed 1'

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
	find . -name '*.qm' -delete
