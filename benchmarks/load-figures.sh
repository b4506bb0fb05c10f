#!/usr/bin/env bash
# Produces the load figures of the README on this machine: the bare Vert.x ceiling, steady state
# on the memory store and on Redis (appendfsync always), the morning rush and two servers on one
# Redis. Starts its own redis-server and exam servers on loopback and stops them at the end.
# Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   benchmarks/load-figures.sh [candidates (5000)] [steady seconds (90)] [rush candidates (10000)]
set -euo pipefail
cd "$(dirname "$0")/.."
CANDIDATES=${1:-5000}
SECONDS_STEADY=${2:-90}
RUSH=${3:-10000}
JAR=benchmarks/target/benchmarks.jar
. benchmarks/processes.sh

figure() { # title, then the load command's arguments
  local title=$1; shift
  echo "== $title"
  stamp
  echo "command: java -jar $JAR $*"
  java -jar "$JAR" "$@"
  echo "after: $(load_average)"
}

CORES=$(nproc)
figure "ceiling: bare Vert.x endpoint, fixed JSON, as many event loops as the exam server, same client" ceiling \
  --seconds 20 --instances "$CORES" --json
if command -v wrk > /dev/null; then
  # The same endpoint loaded by a generator written in C: how much the Java client itself costs.
  BARE_PORT=$(free_port)
  java -jar "$JAR" ceiling --serve "$BARE_PORT" --instances "$CORES" \
    > "$DIR/bare.log" 2>&1 &
  PIDS+=("$!")
  until grep -q "Listening on" "$DIR/bare.log"; do sleep 0.2; done
  wrk -t1 -c64 -d5s "http://127.0.0.1:$BARE_PORT/" > /dev/null
  echo "== ceiling seen by wrk (1 thread, 64 connections), same endpoint"
  stamp
  echo "command: wrk -t1 -c64 -d20s --latency http://127.0.0.1:PORT/"
  wrk -t1 -c64 -d20s --latency "http://127.0.0.1:$BARE_PORT/"
fi

MEMORY_PORT=$(free_port)
MEMORY_PID=$(start_server memory "$MEMORY_PORT")
PIDS+=("$MEMORY_PID")
figure "steady state, memory store, $CANDIDATES candidates, zero think time" load \
  --target "http://127.0.0.1:$MEMORY_PORT" --staff-token "$TOKEN" --candidates "$CANDIDATES" \
  --think-ms 0 --seconds "$SECONDS_STEADY" --server-pid "$MEMORY_PID" --warm-up --json
kill -9 "$MEMORY_PID"

REDIS_PORT=$(free_port)
PIDS+=("$(start_redis "$REDIS_PORT")")
REDIS="redis://127.0.0.1:$REDIS_PORT"
PORT_A=$(free_port)
PID_A=$(start_server "$REDIS" "$PORT_A")
PIDS+=("$PID_A")
figure "steady state, Redis appendfsync always, $CANDIDATES candidates, zero think time" load \
  --target "http://127.0.0.1:$PORT_A" --staff-token "$TOKEN" --candidates "$CANDIDATES" \
  --think-ms 0 --seconds "$SECONDS_STEADY" --server-pid "$PID_A" --warm-up --json
figure "morning rush, Redis: $RUSH candidates enter and start within 60 s" load \
  --target "http://127.0.0.1:$PORT_A" --staff-token "$TOKEN" --candidates "$RUSH" \
  --rush-seconds 60 --answers 0 --json

# Two servers share the cores the one server had: one event loop each (Lettuce runs on it too),
# rather than two loops each contending for the same two cores.
kill -9 "$PID_A"
PORT_A=$(free_port)
PID_A=$(start_server "$REDIS" "$PORT_A" "" --event-loops $((CORES / 2 > 0 ? CORES / 2 : 1)))
PIDS+=("$PID_A")
PORT_B=$(free_port)
PID_B=$(start_server "$REDIS" "$PORT_B" "" --event-loops $((CORES / 2 > 0 ? CORES / 2 : 1)))
PIDS+=("$PID_B")
# Half the connections per target: the same requests in flight as against one server.
figure "scale-out: two servers on one Redis, per-session affinity (each session on one server)" load \
  --targets "http://127.0.0.1:$PORT_A,http://127.0.0.1:$PORT_B" --staff-token "$TOKEN" \
  --candidates "$CANDIDATES" --think-ms 0 --seconds "$SECONDS_STEADY" --connections 32 --warm-up --json
