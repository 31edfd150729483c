#!/usr/bin/env bash
# Runs the benchmarks and prints ratios. Every server binds 127.0.0.1 and every load is bounded
# in count and time. Results are recorded by hand in docs/performance.md with the command used.
#
#   bench/run.sh            # everything
#   bench/run.sh stdio      # stdio round trips only
#   bench/run.sh http       # Streamable HTTP vs nginx and the TypeScript SDK (bench/http.sh)
#   bench/run.sh http-soak  # 2M HTTP requests, resident memory per round (bench/http.sh soak)
#   bench/run.sh http-auth  # HTTP with and without authorization (bench/http_auth.sh)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
which="${1:-all}"
CALLS="${CALLS:-20000}"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
rate_of() { awk '{ print $2 }' <<<"$1"; }

if [[ "$which" == all || "$which" == stdio ]]; then
  heading "stdio: sequential tools/call round trips ($CALLS calls each, same driver for all)"
  drv="$BIN/stdio_roundtrip"
  c_echo=$("$drv" --calls "$CALLS" --label c-echo -- "$BIN/echo_c")
  ours_modern=$("$drv" --calls "$CALLS" --era modern --label sallyport-2026-07-28 -- "$BIN/bench-server" --stdio)
  ours_legacy=$("$drv" --calls "$CALLS" --era legacy --label sallyport-2025-11-25 -- "$BIN/bench-server" --stdio)
  ts=$("$drv" --calls "$CALLS" --era legacy --label ts-sdk-1.x -- "$NODE" "$TOOLS/interop/ts-echo-server-v1.mjs")
  # Same-core numbers: pinning both processes to one CPU removes the cross-core wake-up cost
  # that dominates on this VM, which shows the software cost alone.
  c_echo_1=$(taskset -c 0 "$drv" --calls "$CALLS" --label c-echo-1cpu -- taskset -c 0 "$BIN/echo_c")
  ours_1=$(taskset -c 0 "$drv" --calls "$CALLS" --era modern --label sallyport-1cpu -- taskset -c 0 "$BIN/bench-server" --stdio)
  printf '%s\n' "$c_echo" "$ours_modern" "$ours_legacy" "$ts" "$c_echo_1" "$ours_1"
  echo "ratio sallyport(modern)/c-echo: $(ratio "$(rate_of "$ours_modern")" "$(rate_of "$c_echo")")"
  echo "ratio sallyport(legacy)/c-echo: $(ratio "$(rate_of "$ours_legacy")" "$(rate_of "$c_echo")")"
  echo "ratio sallyport(modern)/ts-sdk: $(ratio "$(rate_of "$ours_modern")" "$(rate_of "$ts")")"
  echo "ratio same-core sallyport/c-echo: $(ratio "$(rate_of "$ours_1")" "$(rate_of "$c_echo_1")")"
fi

if [[ "$which" == all || "$which" == http ]]; then
  "$(dirname "$0")/http.sh" compare  # its own heading; DURATION, CONNECTIONS from the environment
fi

if [[ "$which" == http-soak ]]; then
  "$(dirname "$0")/http.sh" soak  # 2M requests by default (REQUESTS): minutes, so not in "all"
fi

if [[ "$which" == all || "$which" == http-auth ]]; then
  "$(dirname "$0")/http_auth.sh"  # its own heading; ROUNDS, DURATION from the environment
fi

if [[ "$which" == all || "$which" == guard ]] && [[ -x "$BIN/guard_bench" ]]; then
  heading "guard: output screening"
  "$BIN/guard_bench" 20000 "$(dirname "$0")/../tests/guard/corpus"
fi
