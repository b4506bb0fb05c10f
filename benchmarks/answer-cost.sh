#!/usr/bin/env bash
# What an answer costs one exam server, for before/after comparisons on a busy machine, where the
# throughput says more about the neighbours than about the server. After a warm-up run, the same
# candidates count runs twice: entering and starting only, then the whole test; the difference
# between the two, divided by the answers acknowledged, is what the answers alone cost: the
# server's CPU time (and Redis's) and its threads' context switches, read from /proc, and on Redis
# (appendfsync always) the growth of the append-only file. The whole-test run also gives the load
# generator's figures.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   benchmarks/answer-cost.sh [memory|redis] [candidates (200)] [server jar]
# Run two jars one after the other for a pair; prints one JSON line.
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-memory}
CANDIDATES=${2:-200}
JAR=${3:-exam-server/target/exam-server.jar}
BENCH=benchmarks/target/benchmarks.jar
. benchmarks/processes.sh

cpu_ticks() { if [ -n "$1" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
# Context switches of the server's live threads: a reply handed from one thread to another costs two.
context_switches() { cat "/proc/$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s + 0}'; }
aof_bytes() { if [ -n "$REDIS_PID" ]; then du -cb "$DIR"/appendonlydir/* | tail -1 | cut -f1; else echo 0; fi; }
sample() { echo "$(cpu_ticks "$SERVER_PID") $(cpu_ticks "$REDIS_PID") $(aof_bytes) $(context_switches "$SERVER_PID")"; }
load() {
  java -jar "$BENCH" load --target "http://127.0.0.1:$PORT" --staff-token "$TOKEN" \
    --candidates "$CANDIDATES" --think-ms 0 --json "$@"
}

start_store "$STORE"
PORT=$(free_port)
SERVER_PID=$(start_server "$TARGET" "$PORT" "$JAR")
PIDS+=("$SERVER_PID")

load > /dev/null
stamp >&2
BEFORE=$(sample)
load --answers 0 > /dev/null
STARTED=$(sample)
load --server-pid "$SERVER_PID" > "$DIR/report.json"
AFTER=$(sample)
echo "after: $(load_average)" >&2
python3 - "$DIR/report.json" "$JAR" "$STORE" "$(getconf CLK_TCK)" $BEFORE $STARTED $AFTER <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
ticks = int(sys.argv[4])
before, started, after = [list(map(int, sys.argv[i:i + 4])) for i in (5, 9, 13)]
answers = report["acknowledgedAnswers"]
def per_answer(k, scale):
    return round(((after[k] - started[k]) - (started[k] - before[k])) * scale / answers, 1)
print(json.dumps({
    "jar": sys.argv[2], "store": sys.argv[3],
    "steadyAnswersPerSecond": report["steadyAnswersPerSecond"], "p50Millis": report["p50Millis"],
    "p99Millis": report["p99Millis"], "acknowledgedAnswers": answers,
    "errorCount": report["errorCount"], "heapPerCandidateBytes": report["heapPerCandidateBytes"],
    "serverCpuMicrosPerAnswer": per_answer(0, 1e6 / ticks),
    "redisCpuMicrosPerAnswer": per_answer(1, 1e6 / ticks),
    "aofBytesPerAnswer": per_answer(2, 1) if sys.argv[3] == "redis" else None,
    "serverContextSwitchesPerAnswer": per_answer(3, 1)}))
PY
