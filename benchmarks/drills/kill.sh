#!/usr/bin/env bash
# Drill: SIGKILL the exam server while candidates answer on Redis (appendfsync always), restart it,
# and check that no acknowledged answer is lost or doubled and that every candidate resumes at the
# right question with the right time. Exits non-zero when a check fails.
# Usage: benchmarks/drills/kill.sh [--candidates N] [--think-ms MS]   (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec java -jar benchmarks/target/benchmarks.jar drill kill --server-jar exam-server/target/exam-server.jar "$@"
