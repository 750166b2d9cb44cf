#!/usr/bin/env bash
# Installs headless Chromium from the Debian archive for the HTML report test
# (tests/Calibrate.Reports.Tests: HtmlReportChromiumTests). Never downloads a browser from elsewhere.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  echo "chromium already installed: $(chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
chromium --version
