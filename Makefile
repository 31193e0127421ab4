# `make run` sets up .venv (and the system packages it lacks) and starts DeskStretch;
# `make test` sets them up and runs every test; `make bench` runs every benchmark
# (QUICK=1 for a short run).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready

.PHONY: run test bench clean

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# Without a display (a server, a container), the app runs on a private virtual desktop.
run: $(READY)
	@scripts/system-packages app $$([ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || echo desktop)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then exec $(VENV)/bin/deskstretch; \
	else echo "No display found: starting a virtual desktop (Xvfb, trayer, dunst)."; \
	exec $(PY) tests/desktop.py -- $(VENV)/bin/deskstretch; fi

test: $(READY)
	@scripts/system-packages test
	$(PY) -m pytest

bench: $(READY)
	@scripts/system-packages bench
	$(PY) bench/run.py $(if $(QUICK),--quick)

clean:
	rm -rf $(VENV) build dist
