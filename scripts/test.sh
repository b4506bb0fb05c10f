#!/usr/bin/env bash
# Runs every test of the project, installing first what the tests need (Redis, Chromium, npm packages).
# This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# Redis on 127.0.0.1:6379 for the Redis store's tests; the fault tests start their own on other ports.
command -v redis-server >/dev/null || apt_install redis-server
command -v redis-cli >/dev/null || apt_install redis-tools
# Debian's nginx for the local cluster's test (deploy/local-cluster.sh); only its binary is used.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx
if ! redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no
  for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
fi

# Debian's Chromium for the browser tests (no browser is ever downloaded by a test tool).
if ls browser-tests/package.json >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
command -v node >/dev/null || apt_install nodejs npm

for dir in browser-extension browser-tests; do
  if [ -f "$dir/package-lock.json" ]; then (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error); fi
done

mvn -B -ntp verify

if [ -f browser-extension/package.json ]; then (cd browser-extension && npm test); fi
if [ -f browser-tests/package.json ]; then (cd browser-tests && npm test); fi
