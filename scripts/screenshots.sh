#!/usr/bin/env bash
# Refreshes the README's pictures in docs/screenshots/ by running the browser tests, which take them.
# A plain test run writes them under browser-tests/target/screenshots/ so that it leaves the tree as it was.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -pl exam-server -am package -DskipTests
(cd browser-tests && npm ci --no-audit --no-fund --loglevel=error)
SCREENSHOT_DIR="$PWD/docs/screenshots" bash -c 'cd browser-tests && npm test'
