#!/usr/bin/env bash
# Interop over stdio with the official TypeScript SDKs, both directions:
#   their clients (SDK 1.x legacy, SDK 2.x modern 2026-07-28) → our everything-server
#   our client (build/bin/sallyport call)                     → their servers
# plus harness self-checks (their client → their server) so a broken toolchain is told apart
# from a broken Sallyport. A case whose program is not built yet prints SKIP.
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
OUR_CLIENT=("$BIN/sallyport" call --stdio --)

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

# expect_output NAME "NEEDED PATHS" TEXT CMD...: passes when CMD exits 0 and prints TEXT.
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
  if ((rc == 0)) && grep -qF -- "$text" "$base.out"; then report "$name" PASS $((SECONDS - t0)); else
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
expect_output sallyport-call→ts-everything "$CLI $TSE" '"echo"' "${OUR_CLIENT[@]}" "${TS_EVERYTHING[@]}" tools/list
expect_output sallyport-call→ts-echo-v1 "$CLI $ECHO1" '"echo"' "${OUR_CLIENT[@]}" "${TS_ECHO_V1[@]}" tools/list
expect_output sallyport-call→ts-echo-v2 "$CLI $ECHO2" '"echo"' "${OUR_CLIENT[@]}" "${TS_ECHO_V2[@]}" tools/list

echo "interop: $passed passed, $failed failed, $skipped skipped"
((failed == 0))
