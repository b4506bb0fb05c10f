#!/usr/bin/env bash
# Where an exam server's time goes on the answer path: a JFR recording (settings=profile) of the
# server over one whole-test run of zero-think-time candidates, after a warm-up run, summarised
# by `benchmarks.jar profile` (self time by layer, the answer path's stages on the stack, garbage
# collection pauses). The README's JFR tables come from it.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   benchmarks/answer-profile.sh [memory|redis] [candidates (5000)]
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=${1:-memory}
CANDIDATES=${2:-5000}
BENCH=benchmarks/target/benchmarks.jar
. benchmarks/processes.sh

start_store "$STORE"
PORT=$(free_port)
SERVER_PID=$(start_server "$TARGET" "$PORT")
PIDS+=("$SERVER_PID")
load() {
  java -jar "$BENCH" load --target "http://127.0.0.1:$PORT" --staff-token "$TOKEN" \
    --candidates "$CANDIDATES" --think-ms 0 --json
}

load > /dev/null
stamp
echo "store: $STORE; command: jcmd PID JFR.start settings=profile, then java -jar $BENCH load" \
  "--candidates $CANDIDATES --think-ms 0"
jcmd "$SERVER_PID" JFR.start name=answers settings=profile > /dev/null
load | python3 -c 'import json, sys; r = json.load(sys.stdin)
print("answers/s: %s, p99: %s ms" % (r["answersPerSecond"], r["p99Millis"]))'
jcmd "$SERVER_PID" JFR.dump name=answers filename="$DIR/answers.jfr" > /dev/null
echo "after: $(load_average)"
java -jar "$BENCH" profile --recording "$DIR/answers.jfr"
