#!/usr/bin/env bash
# Makes sure the console's browser tests have Debian's Chromium and its chromedriver.
# Run by `mvn verify` before the integration tests. Installs them with apt only when they are
# missing and we are root (a CI container); a developer's machine is never changed behind their
# back: the tests then skip with a loud message, or fail when CI=true.
set -euo pipefail

# Chinese needs a CJK font, or the screenshots show empty boxes.
has_cjk_font() { command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=zh family)" ]]; }

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] && has_cjk_font; then
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "[browser-tests] installing chromium and chromium-driver from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-core fonts-noto-cjk
  exit 0
fi

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  echo "[browser-tests] no CJK font: Chinese will render as boxes (apt-get install fonts-noto-cjk)"
  exit 0
fi
echo "[browser-tests] /usr/bin/chromium or /usr/bin/chromedriver is missing and this build cannot"
echo "[browser-tests] install them (not root, or no apt-get): sudo apt-get install chromium chromium-driver"
if [[ "${CI:-}" == "true" ]]; then
  echo "[browser-tests] CI=true: the browser tests must run, so the build stops here"
  exit 1
fi
exit 0
