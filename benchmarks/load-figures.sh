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
TOKEN="figures-$RANDOM$RANDOM"
JAR=benchmarks/target/benchmarks.jar
DIR=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_server() { # store port -> prints the pid; the caller adds it to PIDS
  CERTAMEN_STAFF_TOKEN=$TOKEN java -jar exam-server/target/exam-server.jar --port "$2" --store "$1" \
    > "$DIR/server-$2.log" 2>&1 &
  local pid=$!
  for _ in $(seq 240); do
    grep -q "Listening on" "$DIR/server-$2.log" && { echo "$pid"; return; }
    sleep 0.5
  done
  echo "server on $2 did not start" >&2; cat "$DIR/server-$2.log" >&2; exit 1
}

warm_up() { # target: a whole run first, unreported, so that the measured one runs on compiled code
  java -jar "$JAR" load --target "$1" --staff-token "$TOKEN" --candidates "$CANDIDATES" --think-ms 0 \
    --json > /dev/null
}

figure() { # title, then the load command's arguments
  local title=$1; shift
  echo "== $title"
  echo "date: $(date -u +%FT%TZ); machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
  echo "command: java -jar $JAR $*"
  java -jar "$JAR" "$@"
  echo "after: $(uptime | sed 's/.*load average/load average/')"
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
  echo "date: $(date -u +%FT%TZ); machine: $CORES cores, $(uptime | sed 's/.*load average/load average/')"
  echo "command: wrk -t1 -c64 -d20s --latency http://127.0.0.1:PORT/"
  wrk -t1 -c64 -d20s --latency "http://127.0.0.1:$BARE_PORT/"
fi

MEMORY_PORT=$(free_port)
MEMORY_PID=$(start_server memory "$MEMORY_PORT")
PIDS+=("$MEMORY_PID")
warm_up "http://127.0.0.1:$MEMORY_PORT"
figure "steady state, memory store, $CANDIDATES candidates, zero think time" load \
  --target "http://127.0.0.1:$MEMORY_PORT" --staff-token "$TOKEN" --candidates "$CANDIDATES" \
  --think-ms 0 --seconds "$SECONDS_STEADY" --server-pid "$MEMORY_PID" --json
kill -9 "$MEMORY_PID"

REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync always \
  --dir "$DIR" > "$DIR/redis.log" 2>&1 &
PIDS+=("$!")
until redis-cli -p "$REDIS_PORT" ping > /dev/null 2>&1; do sleep 0.2; done
REDIS="redis://127.0.0.1:$REDIS_PORT"
PORT_A=$(free_port)
PID_A=$(start_server "$REDIS" "$PORT_A")
PIDS+=("$PID_A")
warm_up "http://127.0.0.1:$PORT_A"
figure "steady state, Redis appendfsync always, $CANDIDATES candidates, zero think time" load \
  --target "http://127.0.0.1:$PORT_A" --staff-token "$TOKEN" --candidates "$CANDIDATES" \
  --think-ms 0 --seconds "$SECONDS_STEADY" --server-pid "$PID_A" --json
figure "morning rush, Redis: $RUSH candidates enter and start within 60 s" load \
  --target "http://127.0.0.1:$PORT_A" --staff-token "$TOKEN" --candidates "$RUSH" \
  --rush-seconds 60 --answers 0 --json

PORT_B=$(free_port)
PID_B=$(start_server "$REDIS" "$PORT_B")
PIDS+=("$PID_B")
warm_up "http://127.0.0.1:$PORT_B"
# Half the connections per target: the same requests in flight as against one server.
figure "scale-out: two servers on one Redis, per-session affinity (each session on one server)" load \
  --targets "http://127.0.0.1:$PORT_A,http://127.0.0.1:$PORT_B" --staff-token "$TOKEN" \
  --candidates "$CANDIDATES" --think-ms 0 --seconds "$SECONDS_STEADY" --connections 32 --json
