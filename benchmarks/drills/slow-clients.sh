#!/usr/bin/env bash
# Drill: one address holds more connections than the server has file descriptors (ulimit -n 1024),
# each sending a request head and never finishing it, while candidates answer on Redis; then
# SIGTERM during the attack. Exits non-zero when a check fails.
# Usage: benchmarks/drills/slow-clients.sh [--candidates N] [--think-ms MS] [--connections N] [--seconds S]
#        (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java -jar benchmarks/target/benchmarks.jar drill slow-clients --server-jar exam-server/target/exam-server.jar "$@"
