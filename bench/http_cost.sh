#!/usr/bin/env bash
# Per-request cost of bench-server --http, both eras, in load-independent units:
#   bench/http_cost.sh            instructions per request (callgrind)
#   bench/http_cost.sh allocs     malloc/calloc/realloc calls per request (an LD_PRELOAD counter)
# One server (--threads THREADS, default 1); after a 1 s warm-up of each era, the counters are
# zeroed, `wrk -t1 -c4 -d SECONDS` runs one era, and the counters are read again: cost / the
# requests wrk reports (at most 4 in flight at the end: noise below 0.1%). Modern = 2026-07-28
# stateless tools/call echo, legacy = 2025-11-25 tools/call echo in one session (bench/wrk/mcp.lua).
# Knobs: SECONDS_PER_ERA (default 5, 1..60), THREADS. The server binds 127.0.0.1 and is stopped on
# exit. Under callgrind the watchdog's 1 ms tick sees most handlers as slow, so a few hundred
# instructions per request are replacement threads; compare builds under the same conditions.
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
mode="${1:-instructions}"
secs="${SECONDS_PER_ERA:-5}"
(( secs >= 1 && secs <= 60 )) || { echo "http_cost.sh: SECONDS_PER_ERA within 1..60" >&2; exit 2; }
for tool in wrk curl python3 "$BIN/bench-server"; do
  command -v "$tool" >/dev/null || { echo "http_cost.sh: $tool is missing" >&2; exit 2; }
done
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"  # $work, $pids, cleanup on exit
LUA="$SALLYPORT_ROOT/bench/wrk/mcp.lua"
H=(-H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream')
port="$(free_port)"
server=("$BIN/bench-server" --http "127.0.0.1:$port" --threads "${THREADS:-1}")

if [[ $mode == allocs ]]; then
  cat >"$work/count.c" <<'EOF'
#define _GNU_SOURCE
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static atomic_ulong calls;
extern void* __libc_malloc(size_t);
extern void* __libc_calloc(size_t, size_t);
extern void* __libc_realloc(void*, size_t);
void* malloc(size_t s) { atomic_fetch_add_explicit(&calls, 1, memory_order_relaxed); return __libc_malloc(s); }
void* calloc(size_t a, size_t b) { atomic_fetch_add_explicit(&calls, 1, memory_order_relaxed); return __libc_calloc(a, b); }
void* realloc(void* p, size_t s) { atomic_fetch_add_explicit(&calls, 1, memory_order_relaxed); return __libc_realloc(p, s); }
static void report(int sig) {
  (void)sig;
  char buf[48];
  int n = snprintf(buf, sizeof buf, "ALLOCS %lu\n", atomic_load(&calls));
  (void)!write(2, buf, (size_t)n);
}
__attribute__((constructor)) static void init(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = report;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGUSR2, &sa, NULL);
}
EOF
  cc -O2 -shared -fPIC -o "$work/count.so" "$work/count.c"
  LD_PRELOAD="$work/count.so" "${server[@]}" 2>"$work/server.err" &
else
  command -v valgrind >/dev/null || { echo "http_cost.sh: valgrind is missing" >&2; exit 2; }
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.%p" "${server[@]}" 2>"$work/server.err" &
fi
pid=$!
pids+=("$pid")
for _ in $(seq 1 300); do  # valgrind takes a while to start
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" && break
  sleep 0.2
done
sid="$(curl -s -D - -o /dev/null --max-time 10 "${H[@]}" "http://127.0.0.1:$port/mcp" \
  -d '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"wrk","version":"1"}}}' |
  sed -nE 's/^[Mm]cp-[Ss]ession-[Ii]d: *([^[:space:]]+).*/\1/p')"
[[ -n $sid ]] || { echo "http_cost.sh: initialize gave no session" >&2; exit 1; }
curl -s -o /dev/null --max-time 10 "${H[@]}" -H "Mcp-Session-Id: $sid" \
  -H 'MCP-Protocol-Version: 2025-11-25' "http://127.0.0.1:$port/mcp" \
  -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
for era in modern legacy; do
  MCP_ERA=$era MCP_SESSION=$sid wrk -t1 -c4 -d1s -s "$LUA" "http://127.0.0.1:$port/mcp" >/dev/null
done

allocs_now() {
  kill -USR2 "$pid"
  sleep 0.3
  awk '/^ALLOCS/ { n = $2 } END { print n }' "$work/server.err"
}
for era in modern legacy; do
  if [[ $mode == allocs ]]; then before="$(allocs_now)"; else callgrind_control -z "$pid" >/dev/null; fi
  out="$(MCP_ERA=$era MCP_SESSION=$sid wrk -t1 -c4 -d"${secs}s" -s "$LUA" "http://127.0.0.1:$port/mcp")"
  n="$(awk '/requests in/ { print $1 }' <<<"$out")"
  bad="$(awk '/Non-2xx/ { print $NF }' <<<"$out")"
  [[ -z $bad ]] || { echo "http_cost.sh: $era got $bad non-2xx responses" >&2; exit 1; }
  if [[ $mode == allocs ]]; then
    total=$(($(allocs_now) - before))
    unit=allocations
  else
    callgrind_control -d "$era" "$pid" >/dev/null
    sleep 0.5
    file="$(ls -t "$work"/cg.* | head -1)"
    total="$(awk '/^(summary|totals):/ { print $2; exit }' "$file")"
    unit=instructions
  fi
  echo "$era: $n requests, $(awk -v t="$total" -v n="$n" 'BEGIN { printf "%.0f", t / n }') $unit per request"
done
