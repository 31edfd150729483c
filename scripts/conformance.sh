#!/usr/bin/env bash
# The official MCP conformance suite (@modelcontextprotocol/conformance, tools/) against Sallyport:
#   server legs: build/bin/everything-server --http 127.0.0.1:PORT, tested by the suite's client
#   client legs: the suite's mock servers, tested with build/bin/everything-client
# each at --requirements 2025-11-25, --requirements 2026-07-28 and --suite all (extensions and
# pending scenarios too), with conformance/expected-failures.yml as the baseline. Results (one
# checks.json per scenario) go to build/conformance/<leg>/, the suite's output to
# build/conformance/<leg>.log.
# Prints PASS/FAIL/SKIP per leg, then "conformance: N passed, M failed, K skipped"; exits
# non-zero when a leg failed. HTTP legs are SKIPped while the programs are built without the
# Streamable HTTP transport (they say so in --help).
# Every server involved binds 127.0.0.1: ours by its argument, the suite's own through the
# conformance/bind-loopback.cjs preload.
# Usage: scripts/conformance.sh [FILTER]   (run only legs whose name contains FILTER)
# Knobs: SALLYPORT_BIN_DIR (programs, default build/bin), CONFORMANCE_PORT (default: a free
#        port), CONFORMANCE_LEG_TIMEOUT (seconds per leg, default 1800).
set -uo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SALLYPORT_ROOT" || exit 1

FILTER="${1:-}"
LEG_TIMEOUT="${CONFORMANCE_LEG_TIMEOUT:-1800}"
OUT="$SALLYPORT_ROOT/build/conformance"
SUITE="$TOOLS/node_modules/@modelcontextprotocol/conformance/dist/index.js"
BASELINE="$SALLYPORT_ROOT/conformance/expected-failures.yml"
SERVER="$BIN/everything-server"
CLIENT="$BIN/everything-client"
mkdir -p "$OUT"
passed=0 failed=0 skipped=0

# The suite's mock servers listen without a host (all interfaces): bind them to loopback.
export NODE_OPTIONS="--require $SALLYPORT_ROOT/conformance/bind-loopback.cjs${NODE_OPTIONS:+ $NODE_OPTIONS}"

skip() { skipped=$((skipped + 1)); echo "SKIP $1: $2"; }
pass() { passed=$((passed + 1)); echo "PASS $1 ($2 s)"; }
fail() {
  failed=$((failed + 1)); echo "FAIL $1 ($2 s) — log: ${3#"$SALLYPORT_ROOT"/}"
  [[ -f $3 ]] && sed 's/^/    | /' "$3" | tail -n 40
}
selected() { [[ -z $FILTER || $1 == *"$FILTER"* ]]; }

# Why a leg cannot run (missing program, node, suite, or HTTP), or nothing.
unavailable() { # PROGRAM
  [[ -x $1 ]] || { echo "${1#"$SALLYPORT_ROOT"/} is not built"; return; }
  [[ -n $NODE && -x $NODE ]] || { echo "node missing (run scripts/bootstrap.sh)"; return; }
  [[ -f $SUITE ]] || { echo "conformance suite missing (run scripts/bootstrap.sh)"; return; }
  "$1" --help 2>/dev/null | grep -qE '^transports:.*\bhttp\b' ||
    echo "${1#"$SALLYPORT_ROOT"/} is built without the Streamable HTTP transport"
}

# run_suite LEG ARGS...: runs the suite with the baseline and a fresh output directory.
run_suite() {
  local leg=$1 log="$OUT/$1.log" t0=$SECONDS rc
  shift
  rm -rf "${OUT:?}/$leg"
  timeout -k 10 "$LEG_TIMEOUT" "$NODE" "$SUITE" "$@" --expected-failures "$BASELINE" \
    -o "$OUT/$leg" >"$log" 2>&1 </dev/null
  rc=$?
  if ((rc == 0)); then pass "$leg" $((SECONDS - t0)); else
    echo "exit status $rc" >>"$log"
    fail "$leg" $((SECONDS - t0)) "$log"
  fi
}

# server_leg LEG SUITE-ARGS...: a fresh everything-server per leg (the suite mutates its lists).
server_leg() {
  local leg=$1 why port pid log="$OUT/$1.server.log" i
  shift
  selected "$leg" || return 0
  why="$(unavailable "$SERVER")"
  if [[ -n $why ]]; then skip "$leg" "$why"; return 0; fi
  port="${CONFORMANCE_PORT:-$(free_port)}"
  "$SERVER" --http "127.0.0.1:$port" >"$log" 2>&1 </dev/null &
  pid=$!
  for ((i = 0; i < 100; i++)); do  # up to 10 s for the port to open
    kill -0 "$pid" 2>/dev/null || break
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  if ! kill -0 "$pid" 2>/dev/null || ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "$leg" 0 "$log"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    return 0
  fi
  run_suite "$leg" server --url "http://127.0.0.1:$port/mcp" "$@"
  kill "$pid" 2>/dev/null
  for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
}

client_leg() {
  local leg=$1 why
  shift
  selected "$leg" || return 0
  why="$(unavailable "$CLIENT")"
  if [[ -n $why ]]; then skip "$leg" "$why"; return 0; fi
  run_suite "$leg" client --command "$CLIENT" "$@"
}

server_leg server-2025-11-25 --requirements 2025-11-25
server_leg server-2026-07-28 --requirements 2026-07-28
server_leg server-all --suite all
client_leg client-2025-11-25 --requirements 2025-11-25
client_leg client-2026-07-28 --requirements 2026-07-28
client_leg client-all --suite all

echo "conformance: $passed passed, $failed failed, $skipped skipped"
((failed == 0))
