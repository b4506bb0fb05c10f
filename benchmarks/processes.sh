# Sourced by the benchmark scripts, from the repository root: the exam servers and redis-server
# they start on loopback, and a scratch directory ($DIR); all removed on exit, whatever the exit.
TOKEN="bench-$RANDOM$RANDOM"
DIR=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$DIR"
}
trap cleanup EXIT

# A port nothing is bound to, below Linux's ephemeral range (32768-60999) as the tests' FreePorts:
# a port the kernel hands out to an outgoing connection could be taken before the server binds it.
free_port() {
  python3 -c 'import random, socket
while True:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", random.randrange(20000, 32000))); print(s.getsockname()[1]); break
    except OSError:
        s.close()'
}

# "date: …; machine: 2 cores, load average: …": when a figure was measured and how busy the machine was.
stamp() { echo "date: $(date -u +%FT%TZ); machine: $(nproc) cores, $(load_average)"; }
load_average() { uptime | sed 's/.*load average/load average/'; }

# store port [jar [server options…]] -> prints the pid once it listens; the caller adds it to PIDS
start_server() {
  local store=$1 port=$2 jar=${3:-exam-server/target/exam-server.jar}
  shift $(($# < 3 ? $# : 3))
  CERTAMEN_STAFF_TOKEN=$TOKEN java -jar "$jar" --port "$port" --store "$store" "$@" \
    > "$DIR/server-$port.log" 2>&1 &
  local pid=$!
  for _ in $(seq 240); do
    grep -q "Listening on" "$DIR/server-$port.log" && { echo "$pid"; return; }
    sleep 0.5
  done
  echo "server on $port did not start" >&2; cat "$DIR/server-$port.log" >&2; exit 1
}

# port -> prints the pid once it answers; the caller adds it to PIDS. Every write synced
# (appendfsync always), the append-only file in $DIR and never rewritten: its growth is a figure.
start_redis() {
  redis-server --port "$1" --bind 127.0.0.1 --save '' --appendonly yes --appendfsync always \
    --auto-aof-rewrite-percentage 0 --dir "$DIR" > "$DIR/redis.log" 2>&1 &
  local pid=$!
  until redis-cli -p "$1" ping > /dev/null 2>&1; do sleep 0.2; done
  echo "$pid"
}

# memory|redis -> sets TARGET (the server's --store) and REDIS_PID (empty on the memory store),
# starting redis-server for "redis" and adding it to PIDS
start_store() {
  TARGET=memory
  REDIS_PID=
  if [ "$1" = redis ]; then
    local port
    port=$(free_port)
    REDIS_PID=$(start_redis "$port")
    PIDS+=("$REDIS_PID")
    TARGET="redis://127.0.0.1:$port"
  fi
}
