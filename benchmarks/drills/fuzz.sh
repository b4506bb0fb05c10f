#!/usr/bin/env bash
# Drill: at least 10,000 malformed, oversized, wrongly typed and hostile requests to every
# operation of /api/openapi.json; no 5xx, no change of state, the server stays up.
# Exits non-zero when a check fails.
# Usage: benchmarks/drills/fuzz.sh [--requests N] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java -jar benchmarks/target/benchmarks.jar drill fuzz --server-jar exam-server/target/exam-server.jar "$@"
