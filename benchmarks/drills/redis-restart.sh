#!/usr/bin/env bash
# Drill: kill and restart Redis while candidates answer; requests must fail fast with 503 and a
# problem body, none may hang, and every test must go on to the end once Redis is back.
# Exits non-zero when a check fails.
# Usage: benchmarks/drills/redis-restart.sh [--candidates N] [--think-ms MS]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java -jar benchmarks/target/benchmarks.jar drill redis-restart --server-jar exam-server/target/exam-server.jar "$@"
