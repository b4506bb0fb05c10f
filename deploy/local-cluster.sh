#!/usr/bin/env bash
# The topology of compose.yaml without containers: one redis-server with AOF (appendfsync always),
# two exam servers on it, and Debian's nginx in front of them balancing with affinity by session
# and passing server-sent events unbuffered. Everything listens on free loopback ports and keeps
# its files in one directory; Ctrl-C (or SIGTERM) stops it all.
#
#   deploy/local-cluster.sh [--dir DIR] [--server-command "java -jar exam-server/target/exam-server.jar"]
#
# Prints "Proxy listening on http://127.0.0.1:PORT" once everything serves. The staff token is
# CERTAMEN_STAFF_TOKEN, generated (and printed) when unset.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=""
server_command="java -jar exam-server/target/exam-server.jar"
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --server-command) server_command="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in redis-server nginx; do
  if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    echo "$tool is missing: apt-get install ${tool/redis-server/redis-server}" >&2; exit 2
  fi
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -n "$dir" ] || dir=$(mktemp -d -t certamen-cluster.XXXXXX)
mkdir -p "$dir/redis" "$dir/nginx"
dir=$(cd "$dir" && pwd)

# Below Linux's ephemeral range (32768-60999), as the tests' FreePorts: a port handed out to an
# outgoing connection (the servers' own to Redis) could otherwise be taken before its listener
# binds it. Never the same port twice in one run: the proxy's is bound last. Sets variable $1
# (not printed: a command substitution's subshell would forget the ports taken).
taken_ports=" "
free_port() {
  local candidate
  while :; do
    candidate=$((20000 + RANDOM % 12000))
    case "$taken_ports" in *" $candidate "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
      taken_ports+="$candidate "
      printf -v "$1" '%s' "$candidate"
      return
    fi
  done
}

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'exit 0' INT TERM

wait_for() { # PID FILE PATTERN WHAT
  for _ in $(seq 1200); do
    grep -q "$3" "$2" 2>/dev/null && return 0
    kill -0 "$1" 2>/dev/null || break
    sleep 0.1
  done
  echo "$4 did not start:" >&2
  cat "$2" >&2
  exit 1
}

free_port redis_port
redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --appendonly yes \
  --appendfsync always --save '' >"$dir/redis.log" 2>&1 &
pids+=($!)
wait_for $! "$dir/redis.log" "Ready to accept connections" "redis-server"

export CERTAMEN_STAFF_TOKEN="${CERTAMEN_STAFF_TOKEN:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}"
free_port proxy_port
upstream=""
for name in a b; do
  free_port port
  # shellcheck disable=SC2086 # the command is words on purpose
  $server_command --port "$port" --store "redis://127.0.0.1:$redis_port" \
    --trusted-proxies 127.0.0.1 --max-connections-per-address 0 \
    --public-url "http://127.0.0.1:$proxy_port" --log-format json >"$dir/server-$name.log" 2>&1 &
  pids+=($!)
  # One after the other: two JVMs starting together on a small machine can miss Redis's connect
  # timeout.
  wait_for $! "$dir/server-$name.log" "Listening on" "exam server $name"
  upstream+="server 127.0.0.1:$port; "
done

mkdir -p "$dir/nginx/temp"
cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log stderr warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/nginx/temp/body;
  proxy_temp_path $dir/nginx/temp/proxy;
  fastcgi_temp_path $dir/nginx/temp/fastcgi;
  uwsgi_temp_path $dir/nginx/temp/uwsgi;
  scgi_temp_path $dir/nginx/temp/scgi;
  include $dir/nginx/certamen.conf;
}
CONF
LISTEN="127.0.0.1:$proxy_port" SERVERS="$upstream" awk '{
  gsub(/\$\{LISTEN\}/, ENVIRON["LISTEN"]); gsub(/\$\{SERVERS\}/, ENVIRON["SERVERS"]); print
}' deploy/nginx/certamen.conf.template >"$dir/nginx/certamen.conf"
"$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -g "daemon off; pid $dir/nginx/nginx.pid;" \
  >"$dir/nginx.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && break
  sleep 0.1
done

echo "Files: $dir"
echo "Staff token: $CERTAMEN_STAFF_TOKEN"
echo "Proxy listening on http://127.0.0.1:$proxy_port"
wait
