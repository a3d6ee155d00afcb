#!/usr/bin/env bash
# Installs Debian's Chromium (/usr/bin/chromium) for the browser test when it is missing.
# The test drives it with playwright-core; `playwright install` (which downloads browsers from
# Microsoft's CDN) is never used. Non-interactive; needs root (CI runs as root) or sudo.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  /usr/bin/chromium --version 2>/dev/null || true
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo=(sudo -n); else
    echo "install-chromium: /usr/bin/chromium is missing and this is not root (no sudo either)" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
