#!/usr/bin/env bash
# bench-server over Streamable HTTP, with and without authorization, in the same run: wrk
# (-t2 -c64, DURATION seconds each) POSTs 2026-07-28 `tools/call echo` to 127.0.0.1. The
# authorization server is tools/oidc/provider.mjs on 127.0.0.1; it issues one RS256 JWT access
# token (client credentials) for the benchmarked server, whose keys bench-server discovers from
# the issuer's metadata like any deployment would. Rounds alternate off/on so drift hits both.
#
#   bench/http_auth.sh                      # ROUNDS=2 DURATION=10
#   ROUNDS=3 DURATION=5 bench/http_auth.sh
#
# Prints one line per run and the ratio of the summed rates (target: on/off >= 0.9).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
(( ROUNDS >= 1 && ROUNDS <= 10 && DURATION >= 1 && DURATION <= 60 )) || {
  echo "http_auth.sh: ROUNDS 1..10, DURATION 1..60" >&2
  exit 2
}
for tool in wrk curl "$NODE" "$BIN/bench-server"; do
  command -v "$tool" >/dev/null || { echo "http_auth.sh: $tool is missing" >&2; exit 2; }
done

# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh"  # $work, $pids, cleanup on exit



port_off="$(free_port)"
port_on="$(free_port)"
resource="http://127.0.0.1:$port_on/mcp"

# The authorization server: one line on stdout when ready.
mkfifo "$work/oidc.out"
"$NODE" "$TOOLS/oidc/provider.mjs" --resource "$resource" >"$work/oidc.out" 2>"$work/oidc.err" &
pids+=($!)
read -r -t 60 ready <"$work/oidc.out" || { echo "provider did not start:" >&2; cat "$work/oidc.err" >&2; exit 1; }
issuer="$(sed -E 's/.*"issuer":"([^"]+)".*/\1/' <<<"$ready")"

token="$(curl -s --max-time 20 -u mcp-cc:mcp-cc-secret -d grant_type=client_credentials \
  -d scope=mcp --data-urlencode "resource=$resource" "$issuer/token" |
  sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
[[ "$token" == *.*.* ]] || { echo "http_auth.sh: no JWT from the provider" >&2; exit 1; }

"$BIN/bench-server" --http "127.0.0.1:$port_off" 2>"$work/off.err" &
pids+=($!)
"$BIN/bench-server" --http "127.0.0.1:$port_on" --issuer "$issuer" --audience "$resource" \
  --required-scope mcp --jwt-algorithm RS256 2>"$work/on.err" &
pids+=($!)
wait_port "$port_off"
wait_port "$port_on"

body='{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello"},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28","io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"wrk","version":"1"}}}}'
headers=(-H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream'
  -H 'MCP-Protocol-Version: 2026-07-28' -H 'Mcp-Method: tools/call' -H 'Mcp-Name: echo')

# Sanity: the open server answers, the protected one refuses without the token and answers with
# it (a benchmark of 401s would measure nothing).
check() {
  local want="$1"; shift
  local got
  got="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${headers[@]}" "$@" -d "$body")"
  [[ "$got" == "$want" ]] || { echo "http_auth.sh: expected $want, got $got from $*" >&2; exit 1; }
}
check 200 "http://127.0.0.1:$port_off/mcp"
check 401 "http://127.0.0.1:$port_on/mcp"
check 200 -H "Authorization: Bearer $token" "http://127.0.0.1:$port_on/mcp"

cat >"$work/post.lua" <<EOF
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2026-07-28"
wrk.headers["Mcp-Method"] = "tools/call"
wrk.headers["Mcp-Name"] = "echo"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
EOF

# One wrk run: prints "label req/s"; fails on any non-2xx answer or socket error.
run() {
  local label="$1" port="$2" tok="$3" out
  out="$(BENCH_TOKEN="$tok" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s \
    -s "$work/post.lua" "http://127.0.0.1:$port/mcp")"
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "http_auth.sh: $label had errors:" >&2
    echo "$out" >&2
    exit 1
  fi
  local rate latency
  rate="$(awk '/Requests\/sec/ { print $2 }' <<<"$out")"
  latency="$(awk '/Latency/ { print $2; exit }' <<<"$out")"
  echo "$label $rate req/s (mean latency $latency)"
}

heading "HTTP tools/call echo, wrk -t2 -c$CONNECTIONS -d${DURATION}s, auth off vs on (RS256 JWT)"
sum_off=0
sum_on=0
for round in $(seq 1 "$ROUNDS"); do
  off="$(run "round $round auth-off" "$port_off" "")"
  on="$(run "round $round auth-on " "$port_on" "$token")"
  echo "$off"
  echo "$on"
  sum_off="$(awk -v a="$sum_off" -v b="$(awk '{ print $4 }' <<<"$off")" 'BEGIN { print a + b }')"
  sum_on="$(awk -v a="$sum_on" -v b="$(awk '{ print $4 }' <<<"$on")" 'BEGIN { print a + b }')"
done
awk -v on="$sum_on" -v off="$sum_off" -v n="$ROUNDS" 'BEGIN {
  printf "mean auth-off %.0f req/s, auth-on %.0f req/s, ratio on/off %.3f (target >= 0.9)\n",
         off / n, on / n, on / off }'
