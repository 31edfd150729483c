#!/usr/bin/env bash
# Interop with the official TypeScript SDKs, both directions, over stdio and Streamable HTTP:
#   their clients (SDK 1.x legacy, SDK 2.x modern 2026-07-28) → our everything-server
#   our client (build/bin/sallyport call)                     → their servers
# plus harness self-checks (their client → their server) so a broken toolchain is told apart
# from a broken Sallyport. A case whose program is not built yet prints SKIP.
# HTTP cases (http/…) use SDK 2.x only, in both eras (2026-07-28 stateless, 2025-11-25
# sessions): each starts its own server on a free 127.0.0.1 port through
# tools/interop/with-http-server.sh, which stops it when the client is done.
# Prints PASS/FAIL/SKIP per case, then "interop: N passed, M failed, K skipped".
# Usage: scripts/interop.sh [FILTER]   (run only cases whose name contains FILTER)
# Add a case: one `run_case` / `expect_output` line below.
set -uo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SALLYPORT_ROOT" || exit 1

FILTER="${1:-}"
CASE_TIMEOUT="${INTEROP_TIMEOUT:-120}"
LOGS="$SALLYPORT_ROOT/build/test-logs/interop"
mkdir -p "$LOGS"
passed=0 failed=0 skipped=0

TS_V1=("$NODE" "$TOOLS/interop/ts-client-v1.mjs")
TS_V2=("$NODE" "$TOOLS/interop/ts-client-v2.mjs")
TS_EVERYTHING=("$NODE" "$EVERYTHING_TS" stdio)
TS_ECHO_V1=("$NODE" "$TOOLS/interop/ts-echo-server-v1.mjs")
TS_ECHO_V2=("$NODE" "$TOOLS/interop/ts-echo-server-v2.mjs")
OUR_EVERYTHING=("$BIN/everything-server" --stdio)
OUR_CLIENT=("$BIN/sallyport" call --output json --stdio --)

# Missing prerequisites → the reason, else nothing.
missing() {
  local p
  for p in "$@"; do
    [[ -e $p ]] || { echo "${p#"$SALLYPORT_ROOT"/} missing"; return; }
  done
  [[ -n $NODE && -x $NODE ]] || echo "node missing (run scripts/bootstrap.sh)"
}

selected() { [[ -z $FILTER || $1 == *"$FILTER"* ]]; }

report() { # NAME STATUS SECONDS LOG
  case $2 in
    PASS) passed=$((passed + 1)); echo "PASS $1 ($3 s)" ;;
    FAIL)
      failed=$((failed + 1)); echo "FAIL $1 ($3 s) — log: ${4#"$SALLYPORT_ROOT"/}"
      sed 's/^/    | /' "$4" | tail -n 25
      ;;
  esac
}

# run_case NAME "NEEDED PATHS" CMD...: passes when CMD exits 0. The interop clients exit 0
# only when every requested step worked and every --expect held; their JSON report is kept.
run_case() {
  local name=$1 needs=$2 why t0 rc
  shift 2
  selected "$name" || return 0
  # shellcheck disable=SC2086
  why="$(missing $needs)"
  if [[ -n $why ]]; then skipped=$((skipped + 1)); echo "SKIP $name: $why"; return 0; fi
  local base="$LOGS/${name//[^A-Za-z0-9._-]/_}"
  t0=$SECONDS
  timeout -k 5 "$CASE_TIMEOUT" "$@" >"$base.json" 2>"$base.log" </dev/null
  rc=$?
  if ((rc == 0)); then report "$name" PASS $((SECONDS - t0)); else
    { echo "exit status $rc"; cat "$base.json"; } >>"$base.log"
    report "$name" FAIL $((SECONDS - t0)) "$base.log"
  fi
}

# expect_output NAME "NEEDED PATHS" TEXT CMD...: passes when CMD exits 0 and prints every line
# of TEXT.
expect_output() {
  local name=$1 needs=$2 text=$3 why t0 rc
  shift 3
  selected "$name" || return 0
  # shellcheck disable=SC2086
  why="$(missing $needs)"
  if [[ -n $why ]]; then skipped=$((skipped + 1)); echo "SKIP $name: $why"; return 0; fi
  local base="$LOGS/${name//[^A-Za-z0-9._-]/_}"
  t0=$SECONDS
  timeout -k 5 "$CASE_TIMEOUT" "$@" >"$base.out" 2>"$base.log" </dev/null
  rc=$?
  local line ok=$((rc == 0))
  while IFS= read -r line; do grep -qF -- "$line" "$base.out" || ok=0; done <<<"$text"
  if ((ok)); then report "$name" PASS $((SECONDS - t0)); else
    { echo "exit status $rc; expected output to contain: $text"; echo "--- stdout"; cat "$base.out"; } >>"$base.log"
    report "$name" FAIL $((SECONDS - t0)) "$base.log"
  fi
}

TSE="$EVERYTHING_TS"
ECHO1="$TOOLS/interop/ts-echo-server-v1.mjs"
ECHO2="$TOOLS/interop/ts-echo-server-v2.mjs"
OURS="$BIN/everything-server"
CLI="$BIN/sallyport"

# --- harness self-checks: official client ↔ official server ---------------------------------
run_case harness/ts-v1-client→ts-everything "$TSE" "${TS_V1[@]}" \
  --expect-tool echo --call echo '{"message":"hi"}' --expect-text 'Echo: hi' --read-all \
  --prompt simple-prompt '{}' --call trigger-elicitation-request '{}' \
  --call trigger-sampling-request '{"prompt":"hi","maxTokens":10}' -- "${TS_EVERYTHING[@]}"
run_case harness/ts-v2-client-auto→ts-everything "$TSE" "${TS_V2[@]}" --mode auto \
  --call echo '{"message":"hi"}' --expect-text 'Echo: hi' -- "${TS_EVERYTHING[@]}"
run_case harness/ts-v2-client→ts-echo-v2-modern "$ECHO2" "${TS_V2[@]}" \
  --call echo '{"text":"hi"}' --call ask '{}' --expect-text 'hello sallyport-interop' \
  --read test://echo/readme --prompt greet '{"name":"x"}' -- "${TS_ECHO_V2[@]}"
run_case harness/ts-v1-client→ts-echo-v1 "$ECHO1" "${TS_V1[@]}" \
  --call echo '{"text":"hi"}' --expect-text hi -- "${TS_ECHO_V1[@]}"

# --- official clients → our everything-server (conformance fixture names) ----------------------
FIXTURE_STEPS=(
  --expect-tool test_simple_text --call test_simple_text '{}'
  --call test_sampling '{"prompt":"Test prompt for sampling"}'
  --call test_elicitation '{"message":"Please provide your information"}'
  --read test://static-text --prompt test_simple_prompt '{}'
)
run_case ts-v1-client→everything-server "$OURS $TSE" "${TS_V1[@]}" "${FIXTURE_STEPS[@]}" \
  -- "${OUR_EVERYTHING[@]}"
run_case ts-v2-client-modern→everything-server "$OURS $ECHO2" "${TS_V2[@]}" "${FIXTURE_STEPS[@]}" \
  -- "${OUR_EVERYTHING[@]}"
run_case ts-v2-client-auto→everything-server "$OURS $ECHO2" "${TS_V2[@]}" --mode auto \
  --call test_simple_text '{}' -- "${OUR_EVERYTHING[@]}"

# --- our client → official servers ---------------------------------------------------------------
expect_output sallyport-call→ts-everything "$CLI $TSE" '"name": "echo"' "${OUR_CLIENT[@]}" "${TS_EVERYTHING[@]}" tools/list
expect_output sallyport-call→ts-echo-v1 "$CLI $ECHO1" '"name": "echo"' "${OUR_CLIENT[@]}" "${TS_ECHO_V1[@]}" tools/list
expect_output sallyport-call→ts-echo-v2 "$CLI $ECHO2" '"name": "echo"' "${OUR_CLIENT[@]}" "${TS_ECHO_V2[@]}" tools/list

# --- Streamable HTTP (SDK 2.x) ----------------------------------------------------------------
# Their server: createMcpHandler for 2026-07-28, sessionful NodeStreamableHTTPServerTransport for
# 2025-11-25 (`--legacy stateless`: the SDK's own stateless fallback, no session).
HTTP_ECHO2="$TOOLS/interop/ts-http-echo-server-v2.mjs"
WITH_HTTP="$TOOLS/interop/with-http-server.sh"
TS_HTTP_ECHO2=("$NODE" "$HTTP_ECHO2" --port '{port}')
OUR_HTTP=("$OURS" --http '127.0.0.1:{port}')

# harness: their 2.x client ↔ their 2.x HTTP server.
ECHO_STEPS=(--call echo '{"text":"hi"}' --call ask '{}' --expect-text 'hello sallyport-interop'
  --read test://echo/readme --expect-text 'echo server readme' --prompt greet '{"name":"x"}')
run_case harness/http/ts-v2-client-modern→ts-http-echo-v2 "$HTTP_ECHO2" "$WITH_HTTP" -- \
  "${TS_HTTP_ECHO2[@]}" -- "${TS_V2[@]}" --mode pin "${ECHO_STEPS[@]}" --url '{url}'
run_case harness/http/ts-v2-client-legacy→ts-http-echo-v2 "$HTTP_ECHO2" "$WITH_HTTP" -- \
  "${TS_HTTP_ECHO2[@]}" -- "${TS_V2[@]}" --mode legacy --expect-session "${ECHO_STEPS[@]}" --url '{url}'

# their 2.x client → our everything-server. Modern: elicitation and sampling arrive as
# input_required rounds; legacy: as server→client requests on the POST's SSE stream, in a
# session that the client ends with DELETE (and the client checks the 404 that follows).
HTTP_FIXTURE_STEPS=(
  --expect-tool test_simple_text --call test_simple_text '{}'
  --call test_tool_with_progress '{}' --expect-progress test_tool_with_progress
  --call test_elicitation '{"message":"Please provide your information"}'
  --call test_sampling '{"prompt":"Test prompt for sampling"}'
  --expect-text 'This is a simple text response for testing.' --expect-text sallyport-interop
  --expect-text 'canned sampling reply'
  --read test://static-text --prompt test_simple_prompt '{}'
)
run_case http/ts-v2-client-modern→everything-server "$OURS $HTTP_ECHO2" "$WITH_HTTP" -- \
  "${OUR_HTTP[@]}" -- "${TS_V2[@]}" --mode pin "${HTTP_FIXTURE_STEPS[@]}" --url '{url}'
run_case http/ts-v2-client-legacy→everything-server "$OURS $HTTP_ECHO2" "$WITH_HTTP" -- \
  "${OUR_HTTP[@]}" -- "${TS_V2[@]}" --mode legacy --expect-session "${HTTP_FIXTURE_STEPS[@]}" --url '{url}'
run_case http/ts-v2-client-auto→everything-server "$OURS $HTTP_ECHO2" "$WITH_HTTP" -- \
  "${OUR_HTTP[@]}" -- "${TS_V2[@]}" --mode auto --no-list --call test_simple_text '{}' --url '{url}'

# our client → their 2.x HTTP server: one server per case, four `sallyport call`s against it.
# -v's "connected to … (protocol …, … era)" line (stderr, folded into the output) is asserted.
# (`ask` is left out: `sallyport call` declines elicitation when stdin is not a terminal, and
# the echo server's `ask` then asks again until the round limit.)
# shellcheck disable=SC2016 # expanded by the inner bash
CALL_SEQ='set -e; exec 2>&1; cli=$1; shift
  "$cli" call -v "$@" tools/list
  "$cli" call "$@" tools/call echo text=hi-from-sallyport
  "$cli" call "$@" resources/read test://echo/readme
  "$cli" call "$@" prompts/get greet name=sallyport'
CALL_OUT=$'Returns its text argument\nhi-from-sallyport\necho server readme\nSay hello to sallyport'
expect_output http/sallyport-call-modern→ts-http-echo-v2 "$CLI $HTTP_ECHO2" \
  "$CALL_OUT"$'\nprotocol 2026-07-28, modern era' "$WITH_HTTP" -- "${TS_HTTP_ECHO2[@]}" -- \
  bash -c "$CALL_SEQ" _ "$CLI" --era modern --url '{url}'
expect_output http/sallyport-call-legacy→ts-http-echo-v2 "$CLI $HTTP_ECHO2" \
  "$CALL_OUT"$'\nprotocol 2025-11-25, legacy era' "$WITH_HTTP" -- "${TS_HTTP_ECHO2[@]}" -- \
  bash -c "$CALL_SEQ" _ "$CLI" --era legacy --url '{url}'
expect_output http/sallyport-call-legacy→ts-http-echo-v2-stateless "$CLI $HTTP_ECHO2" \
  "$CALL_OUT"$'\nprotocol 2025-11-25, legacy era' "$WITH_HTTP" -- "${TS_HTTP_ECHO2[@]}" --legacy stateless -- \
  bash -c "$CALL_SEQ" _ "$CLI" --era legacy --url '{url}'
# shellcheck disable=SC2016
expect_output http/sallyport-call-auto→ts-http-echo-v2 "$CLI $HTTP_ECHO2" \
  $'hi-from-sallyport\nprotocol 2026-07-28, modern era' "$WITH_HTTP" -- "${TS_HTTP_ECHO2[@]}" -- \
  bash -c 'exec 2>&1; "$1" call -v --url "$2" tools/call echo text=hi-from-sallyport' _ "$CLI" '{url}'

echo "interop: $passed passed, $failed failed, $skipped skipped"
((failed == 0))
