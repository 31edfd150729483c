#!/usr/bin/env bash
# Streamable HTTP load, in one run (issue: modern tools/call >= 0.6x nginx and >= 25x the
# TypeScript SDK; p99 < 5 ms at 64 connections; resident memory flat over >= 2M requests).
#
#   bench/http.sh            compare: wrk -t2 -c64 for DURATION s against
#                              nginx (1 worker, a fixed JSON body),
#                              bench-server --http, 2026-07-28 stateless tools/call,
#                              bench-server --http, 2025-11-25 tools/call in one session,
#                              the TypeScript SDK 2.x server (tools/bench/ts-http-echo-server.mjs);
#                            then prints the ratios.
#   bench/http.sh soak       REQUESTS (default 2,000,000) against bench-server, rounds of
#                            ROUND_SECONDS alternating modern and legacy (a new session each
#                            legacy round); prints RSS after every round and the spread after
#                            the first (warm-up) round.
# Knobs: DURATION (default 10, 1..120), CONNECTIONS (64), THREADS (bench-server I/O threads,
# default: one per core). Every server binds 127.0.0.1 and is stopped on exit.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
mode="${1:-compare}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
REQUESTS="${REQUESTS:-2000000}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
(( DURATION >= 1 && DURATION <= 120 && ROUND_SECONDS >= 1 && ROUND_SECONDS <= 120 )) ||
  { echo "http.sh: DURATION and ROUND_SECONDS within 1..120" >&2; exit 2; }
(( REQUESTS >= 1 && REQUESTS <= 20000000 )) || { echo "http.sh: REQUESTS 1..20000000" >&2; exit 2; }
for tool in wrk curl nginx python3 "$NODE" "$BIN/bench-server"; do
  command -v "$tool" >/dev/null || { echo "http.sh: $tool is missing" >&2; exit 2; }
done
LUA="$SALLYPORT_ROOT/bench/wrk/mcp.lua"

# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"  # $work, $pids, cleanup on exit

H_JSON=(-H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream')

start_ours() { # PORT → pid in $ours
  local args=(--http "127.0.0.1:$1")
  [[ -n ${THREADS:-} ]] && args+=(--threads "$THREADS")
  "$BIN/bench-server" "${args[@]}" 2>"$work/ours.err" &
  ours=$!
  pids+=("$ours")
  wait_port "$1"
}

# Opens a 2025-11-25 session on PORT; prints its id.
open_session() {
  local port=$1 sid
  sid="$(curl -s -D - -o /dev/null --max-time 5 "${H_JSON[@]}" "http://127.0.0.1:$port/mcp" \
    -d '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"wrk","version":"1"}}}' |
    sed -nE 's/^[Mm]cp-[Ss]ession-[Ii]d: *([^[:space:]]+).*/\1/p')"
  [[ -n $sid ]] || { echo "http.sh: initialize on port $port gave no session" >&2; return 1; }
  curl -s -o /dev/null --max-time 5 "${H_JSON[@]}" -H "Mcp-Session-Id: $sid" \
    -H 'MCP-Protocol-Version: 2025-11-25' "http://127.0.0.1:$port/mcp" \
    -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  echo "$sid"
}

# LABEL URL SECONDS [ENV...]: one wrk run; prints "LABEL REQ/S p99=.. requests=N errors=N".
load() {
  local label=$1 url=$2 secs=$3 out rps p99 n errs
  shift 3
  out="$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"${secs}s" --latency -s "$LUA" "$url")"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  n="$(awk '/requests in/ { print $1 }' <<<"$out")"
  errs="$(awk '/Non-2xx/ { s += $NF } /Socket errors/ { s += 0 } END { print s + 0 }' <<<"$out")"
  echo "$label $rps req/s p99=$p99 requests=$n non2xx=$errs"
  ((errs == 0)) || { echo "http.sh: $label got non-2xx responses" >&2; return 1; }
}
rate() { awk '{ print $2 }' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

if [[ $mode == compare ]]; then
  heading "Streamable HTTP: wrk -t2 -c$CONNECTIONS -d${DURATION}s, tools/call echo"
  # nginx, one worker, the answer our server gives, no MCP processing at all.
  ngx_port="$(free_port)"
  mkdir -p "$work/nginx"
  body='{"jsonrpc":"2.0","id":"1","result":{"content":[{"type":"text","text":"hello"}],"resultType":"complete"}}'
  cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  server {
    listen 127.0.0.1:$ngx_port;
    location / { default_type application/json; return 200 '$body'; }
  }
}
CONF
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx.err" &
  pids+=($!)
  wait_port "$ngx_port"

  port="$(free_port)"
  start_ours "$port"
  sid="$(open_session "$port")"

  ts_port="$(free_port)"
  "$NODE" "$TOOLS/bench/ts-http-echo-server.mjs" "$ts_port" >/dev/null 2>"$work/ts.err" &
  pids+=($!)
  wait_port "$ts_port"

  r_nginx="$(load nginx "http://127.0.0.1:$ngx_port/mcp" "$DURATION")"
  r_modern="$(load sallyport-2026-07-28 "http://127.0.0.1:$port/mcp" "$DURATION" MCP_ERA=modern)"
  r_legacy="$(load sallyport-2025-11-25 "http://127.0.0.1:$port/mcp" "$DURATION" MCP_ERA=legacy MCP_SESSION="$sid")"
  r_ts="$(load ts-sdk-2.x-2026-07-28 "http://127.0.0.1:$ts_port/mcp" "$DURATION" MCP_ERA=modern)"
  printf '%s\n' "$r_nginx" "$r_modern" "$r_legacy" "$r_ts"
  echo "ratio sallyport(modern)/nginx: $(ratio "$(rate "$r_modern")" "$(rate "$r_nginx")")  (target >= 0.6)"
  echo "ratio sallyport(legacy)/nginx: $(ratio "$(rate "$r_legacy")" "$(rate "$r_nginx")")"
  echo "ratio sallyport(modern)/ts-sdk: $(ratio "$(rate "$r_modern")" "$(rate "$r_ts")")  (target >= 25)"
  echo "bench-server RSS: $(awk '/VmRSS/ { print $2, $3 }' "/proc/$ours/status")"
elif [[ $mode == soak ]]; then
  heading "Streamable HTTP soak: $REQUESTS requests, rounds of ${ROUND_SECONDS}s, modern and legacy"
  port="$(free_port)"
  start_ours "$port"
  total=0 round=0 min_rss=0 max_rss=0
  while ((total < REQUESTS)); do
    round=$((round + 1))
    if ((round % 2)); then
      line="$(load "round-$round-modern" "http://127.0.0.1:$port/mcp" "$ROUND_SECONDS" MCP_ERA=modern)"
    else
      sid="$(open_session "$port")"
      line="$(load "round-$round-legacy" "http://127.0.0.1:$port/mcp" "$ROUND_SECONDS" MCP_ERA=legacy MCP_SESSION="$sid")"
    fi
    n="$(sed -nE 's/.*requests=([0-9]+).*/\1/p' <<<"$line")"
    total=$((total + n))
    rss="$(awk '/VmRSS/ { print $2 }' "/proc/$ours/status")"
    echo "$line total=$total rss=${rss}kB"
    ((round == 1)) && continue  # warm-up: allocator pools, thread stacks, first session
    if ((round == 2)); then min_rss=$rss max_rss=$rss; continue; fi
    ((rss < min_rss)) && min_rss=$rss
    ((rss > max_rss)) && max_rss=$rss
  done
  echo "requests: $total in $round rounds; RSS after warm-up: min ${min_rss} kB, max ${max_rss} kB," \
    "spread $(awk -v a="$min_rss" -v b="$max_rss" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')% (target <= 10%)"
else
  echo "usage: bench/http.sh [compare|soak]" >&2
  exit 2
fi
