#!/usr/bin/env bash
# Makes sure the Debian packages the browser tests need are here: chromium (browser tests)
# and nginx (the production-config test). npm cannot download browsers on these machines,
# so we use Debian's. Installs them when we can (root + apt-get), else prints the one line.
set -euo pipefail
need=()
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the browser tests: ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "Missing ${need[*]}. Install with: sudo apt-get install -y ${need[*]}" >&2
exit 1
