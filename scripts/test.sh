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

# Every suite runs even when an earlier one fails; the last line sums them all.
passed=0 failed=0 skipped=0 broken=()
outputs=$(mktemp -d)
trap 'rm -rf "$outputs"' EXIT

# Maven: test failures do not stop the build, so that every module's tests run; they are counted
# from the surefire reports (one <testcase> each), cleared first so that only this run counts.
rm -rf engine/target/surefire-reports exam-server/target/surefire-reports benchmarks/target/surefire-reports
elements() { cat "${@:2}" | { grep -oE "<($1)[ >/]" || true; } | wc -l; }
mvn -B -ntp verify -Dmaven.test.failure.ignore=true || broken+=("maven")
for module in engine exam-server benchmarks; do
  reports=("$module"/target/surefire-reports/TEST-*.xml)
  if [ ! -e "${reports[0]}" ]; then broken+=("$module: no test report"); continue; fi
  cases=$(elements testcase "${reports[@]}")
  failures=$(elements 'failure|error' "${reports[@]}")
  skips=$(elements skipped "${reports[@]}")
  passed=$((passed + cases - failures - skips)) failed=$((failed + failures)) skipped=$((skipped + skips))
done

# node --test, whose TAP summary ends with "# pass N", "# fail N", "# cancelled N", "# skipped N".
node_suite() {
  local dir=$1 output="$outputs/$1.tap" count
  [ -f "$dir/package.json" ] || return 0
  (cd "$dir" && npm test) 2>&1 | tee "$output" || broken+=("$dir")
  count() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" "$output" | tail -1; }
  if [ -z "$(count pass)" ]; then broken+=("$dir: no summary"); return 0; fi
  passed=$((passed + $(count pass))) failed=$((failed + $(count fail) + $(count cancelled)))
  skipped=$((skipped + $(count skipped)))
}
node_suite browser-extension
node_suite browser-tests

if [ ${#broken[@]} -gt 0 ]; then echo "Failed: ${broken[*]}"; fi
summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary+=", $skipped skipped"; fi
echo "$summary"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
