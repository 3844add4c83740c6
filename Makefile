# The two commands of the README: `make dashboard` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# where `make dashboard` serves: http://$(ADDRESS):$(PORT) (ADDRESS=0.0.0.0 to listen on every interface)
PORT ?= 8501
ADDRESS ?= localhost

.PHONY: dashboard test venv venv-dev browser

# the dashboard's own packages (requirements.txt) apart from the test tools (requirements-dev.txt)
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

venv-dev: $(VENV)/.installed-dev

# Debian's Chromium for the browser tests (never a downloaded browser); skipped where apt is absent.
browser:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	  else echo "no apt-get: browser tests will be skipped"; fi; }

dashboard: venv
	$(PY) -m streamlit run dashboard.py --server.port $(PORT) --server.address $(ADDRESS)

test: venv-dev browser
	$(PY) -m pytest
