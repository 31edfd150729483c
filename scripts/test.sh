#!/usr/bin/env bash
# Every test, in order of cost: (a) unit + integration under ASan+UBSan (the test programs are
# built only there: compiling them a second time at -O2 would cost CI a third of its budget on
# 2 cores, and the sanitizers find more), (b) interop with the official TypeScript SDKs, (c) the
# official conformance suite. (b) and (c) drive the release programs in build/bin.
# Expects `make build` to have run (make test does that). Ends with the line
# "N passed, M failed" (test programs and steps) and exits non-zero on any failure.
# Knobs: SALLYPORT_SKIP_ASAN=1 (then the tests run in the debug preset instead),
#        SALLYPORT_SKIP_INTEROP=1, SALLYPORT_SKIP_CONFORMANCE=1,
#        JOBS (default 2), CTEST_TIMEOUT per test program in seconds (default 600).
set -uo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SALLYPORT_ROOT" || exit 1

JOBS="${JOBS:-2}"
CTEST_TIMEOUT="${CTEST_TIMEOUT:-600}"
LOGS="$SALLYPORT_ROOT/build/test-logs"
mkdir -p "$LOGS"
passed=0 failed=0
failures=() notes=()
start_all=$SECONDS

fail_step() { failed=$((failed + 1)); failures+=("$1"); }

# Adds a tool's "N passed, M failed" closing counts (last such line in LOG) to ours; a run
# that printed none counts as one step, passed or failed by its exit code.
add_counts() {
  local name=$1 log=$2 rc=$3 line p f
  line="$(grep -E '([0-9]+) passed, ([0-9]+) failed' "$log" | tail -n 1 || true)"
  if [[ $line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
    p=${BASH_REMATCH[1]} f=${BASH_REMATCH[2]}
    passed=$((passed + p)) failed=$((failed + f))
    ((f == 0)) || failures+=("$name: $f failed")
    if ((rc != 0 && f == 0)); then fail_step "$name: exit status $rc"; fi
  elif ((rc == 0)); then
    passed=$((passed + 1))
  else
    fail_step "$name: exit status $rc"
  fi
}

# ctest prints "NN% tests passed, F tests failed out of T"; no tests is 0/0.
run_ctest() {
  local name=$1 preset=$2 log="$LOGS/ctest-$2.log" rc line t f
  heading "$name (ctest --preset $preset)"
  # A test program is run a second time only if its first run failed: a real defect fails both
  # runs; the log keeps the first failure visible for anyone chasing a flaky test on 2 cores.
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}" \
  UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    ctest --preset "$preset" -j "$JOBS" --timeout "$CTEST_TIMEOUT" --repeat until-pass:2 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  line="$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)"
  if [[ $line =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
    f=${BASH_REMATCH[1]} t=${BASH_REMATCH[2]}
    passed=$((passed + t - f)) failed=$((failed + f))
    ((f == 0)) || failures+=("$name: $f of $t test programs failed")
    if ((rc != 0 && f == 0)); then fail_step "$name: ctest exit status $rc"; fi
  elif grep -q 'No tests were found' "$log"; then
    notes+=("$name: no tests registered yet")
  elif ((rc != 0)); then
    fail_step "$name: ctest exit status $rc"
  fi
}

# (a) unit + integration: configure PRESET, build the test programs (and the programs the
# integration tests start), run them.
test_preset() {
  local preset=$1 t0=$SECONDS tests targets known t d
  heading "$preset: configure and build test targets"
  if ! cmake --preset "$preset" >"$LOGS/$preset-configure.log" 2>&1; then
    cat "$LOGS/$preset-configure.log"
    fail_step "$preset: configure failed"
    return
  fi
  mapfile -t tests < <(ctest --preset "$preset" -N 2>/dev/null | sed -nE 's/^ *Test +#[0-9]+: +([^ ]+).*/\1/p')
  targets=()
  for t in "${tests[@]}"; do targets+=("test_$t"); done
  if ctest --preset "$preset" -N -L integration 2>/dev/null | grep -qE '^ *Test +#'; then
    known="$(cmake --build --preset "$preset" --target help 2>/dev/null | sed -nE 's/^([^ :]+): .*/\1/p')"
    for d in apps/*/; do
      d=${d%/} d=${d#apps/}
      grep -qxF "$d" <<<"$known" && targets+=("$d")
    done
  fi
  if ((${#targets[@]} == 0)); then
    notes+=("$preset: no tests registered yet")
    return
  fi
  echo "targets: ${targets[*]}"
  if cmake --build --preset "$preset" -j "$JOBS" --target "${targets[@]}" >"$LOGS/$preset-build.log" 2>&1; then
    echo "$preset build: $((SECONDS - t0)) s (log: build/test-logs/$preset-build.log)"
    run_ctest "unit+integration ($preset)" "$preset"
  else
    grep -E -A5 'error|FAILED' "$LOGS/$preset-build.log" | head -n 80
    fail_step "$preset: build failed (see build/test-logs/$preset-build.log)"
  fi
}

if [[ "${SALLYPORT_SKIP_ASAN:-0}" == 1 ]]; then
  notes+=("asan: skipped (SALLYPORT_SKIP_ASAN=1); tests ran in the debug preset")
  test_preset debug
else
  test_preset asan
fi

# (b) interop with the official TypeScript SDKs
if [[ "${SALLYPORT_SKIP_INTEROP:-0}" == 1 ]]; then
  notes+=("interop: skipped (SALLYPORT_SKIP_INTEROP=1)")
else
  heading "interop (scripts/interop.sh)"
  bash scripts/interop.sh 2>&1 | tee "$LOGS/interop.log"
  add_counts interop "$LOGS/interop.log" "${PIPESTATUS[0]}"
fi

# (c) the official conformance suite
if [[ "${SALLYPORT_SKIP_CONFORMANCE:-0}" == 1 ]]; then
  notes+=("conformance: skipped (SALLYPORT_SKIP_CONFORMANCE=1)")
elif [[ -x scripts/conformance.sh ]]; then
  heading "conformance (scripts/conformance.sh)"
  scripts/conformance.sh 2>&1 | tee "$LOGS/conformance.log"
  add_counts conformance "$LOGS/conformance.log" "${PIPESTATUS[0]}"
else
  notes+=("conformance: scripts/conformance.sh not there yet")
fi

heading "summary ($((SECONDS - start_all)) s)"
for n in "${notes[@]}"; do echo "note: $n"; done
for f in "${failures[@]}"; do echo "FAILED: $f"; done
echo "$passed passed, $failed failed"
((failed == 0))
