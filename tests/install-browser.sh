#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium (Playwright cannot download browsers
# here) and fonts that cover the scripts of the dataset's names. Does nothing when present.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi noto; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-cjk >/dev/null
chromium --version
