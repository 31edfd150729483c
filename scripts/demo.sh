#!/usr/bin/env bash
# The demo until the bank server lands: our CLI client (`sallyport call`) drives our demo server
# over stdio: list and call tools, list and read resources, get a prompt. Every step must
# succeed; the first failure stops the demo with a non-zero exit.
# Grammar: sallyport call [OPTIONS] --stdio -- SERVER_CMD... METHOD [ARGS...]
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SALLYPORT_ROOT" || exit 1

CLI="$BIN/sallyport"
SERVER=("$BIN/demo-server")
for p in "$CLI" "${SERVER[0]}"; do
  [[ -x $p ]] || { echo "demo: ${p#"$SALLYPORT_ROOT"/} is not built (run make build)" >&2; exit 1; }
done

# Runs one step under a heading; says which step failed and stops the demo if it does.
step() {
  local title=$1
  shift
  heading "$title"
  local shown=() a
  for a in "$@"; do  # quote what the shell would need quoted, so the line can be pasted
    if [[ $a =~ ^[A-Za-z0-9_./:=@+-]+$ ]]; then shown+=("$a"); else shown+=("'$a'"); fi
  done
  printf '$ sallyport call --stdio -- demo-server %s\n' "${shown[*]}"
  if ! "$CLI" call --stdio -- "${SERVER[@]}" "$@"; then
    echo "demo: step failed: $title" >&2
    exit 1
  fi
}

step "What the demo server offers (tools/list)" tools/list
step "Call a tool with a string argument" tools/call echo text=hello
step "Call a tool with typed arguments; the result is structured" \
  tools/call add --json '{"a":2,"b":3}'
step "Resources (resources/list)" resources/list
step "Read a resource" resources/read demo://readme
step "Get a prompt" prompts/get summarize note=1

heading "demo finished: every step succeeded"
