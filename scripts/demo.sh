#!/usr/bin/env bash
# Builds Certamen and runs it with the in-memory store, the demo bank and a demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian's Maven 3.8 writes stray "ESC[0m" resets (its Jansi console) even in batch mode: strip them, so
# that the demo's output starts with its own first line.
mvn -B -q -ntp package -DskipTests 2>&1 | sed 's/\x1b\[[0-9;]*m//g'
# Every connection holds a file descriptor: allow 65,536 (or the hard limit if lower) rather than
# the common 1,024. The server logs the limit it runs with.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -H -n)"
exec java -jar exam-server/target/exam-server.jar --demo "$@"
