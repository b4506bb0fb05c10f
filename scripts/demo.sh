#!/usr/bin/env bash
# Builds Certamen and runs it with the in-memory store, the demo bank and a demo session.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp package -DskipTests
# Every connection holds a file descriptor: allow 65,536 (or the hard limit if lower) rather than
# the common 1,024. The server logs the limit it runs with.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -H -n)"
exec java -jar exam-server/target/exam-server.jar --demo "$@"
