# Sourced by the bench scripts (after scripts/lib.sh): a scratch directory in $work and a list of
# background processes in $pids, both cleaned up on exit whatever happens.
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
