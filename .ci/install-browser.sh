#!/usr/bin/env bash
# What tests/test_report.py's browser test needs on a fresh Debian (bookworm) machine:
# Debian's chromium, a CJK font, and the Playwright Python driver in .venv (its own browser
# download is never used: the test launches /usr/bin/chromium via executable_path).
# Idempotent: each step is skipped when already satisfied, so a second run takes about a second.
set -euo pipefail

PLAYWRIGHT_PIN="${PLAYWRIGHT_PIN:-playwright==1.65.2}"
PY="${PY:-.venv/bin/python}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -gt 0 ]; then
  echo "install-browser: apt-get install ${need[*]}"
  $SUDO apt-get update -q
  # no recommends: the test needs no extra fonts, drivers or desktop integration (~500 MB instead of more)
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
else
  echo "install-browser: chromium and fonts-noto-cjk already installed"
fi

if [ ! -x "$PY" ]; then
  echo "install-browser: $PY not found (create the venv first: make venv)" >&2
  exit 1
fi
if "$PY" -c "import playwright.sync_api" >/dev/null 2>&1; then
  echo "install-browser: playwright already in $PY"
else
  echo "install-browser: pip install $PLAYWRIGHT_PIN"
  "$PY" -m pip install --quiet "$PLAYWRIGHT_PIN"
fi
chromium --version 2>/dev/null || true
