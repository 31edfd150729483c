#!/usr/bin/env bash
# The demo until the bank server lands: our CLI client drives our demo server over stdio —
# list the tools, call one, read a resource. Any failing step fails the demo.
# The CLI grammar lives in `call` below (one place to change):
#   sallyport call --stdio -- SERVER_CMD... METHOD [NAME|URI] [ARGUMENTS_JSON]
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SALLYPORT_ROOT" || exit 1

CLI="$BIN/sallyport"
SERVER=("$BIN/demo-server")
for p in "$CLI" "${SERVER[0]}"; do
  [[ -x $p ]] || { echo "demo: ${p#"$SALLYPORT_ROOT"/} is not built (run make build)" >&2; exit 1; }
done

call() { "$CLI" call --stdio -- "${SERVER[@]}" "$@"; }

# Reads a JSON document on stdin and prints one field chosen by a small Python expression.
pick() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

heading "tools/list — what the demo server offers"
tools="$(call tools/list)"
printf '%s\n' "$tools"

# Prefer a tool named echo; otherwise the first one. Arguments: every required property gets a
# value of its type.
tool="$(pick 'next((t["name"] for t in d["tools"] if t["name"]=="echo"), d["tools"][0]["name"])' <<<"$tools")"
args="$(TOOL="$tool" python3 -c '
import json, os, sys
d = json.load(sys.stdin)
t = next(t for t in d["tools"] if t["name"] == os.environ["TOOL"])
s = t.get("inputSchema") or {}
sample = {"string": "Hello from Sallyport", "integer": 1, "number": 1, "boolean": True, "array": [], "object": {}}
print(json.dumps({k: sample.get((s.get("properties", {}).get(k) or {}).get("type"), "x") for k in s.get("required", [])}))
' <<<"$tools")"

heading "tools/call $tool $args"
call tools/call "$tool" "$args"

heading "resources/list"
resources="$(call resources/list)"
printf '%s\n' "$resources"
uri="$(pick 'd["resources"][0]["uri"]' <<<"$resources")"

heading "resources/read $uri"
call resources/read "$uri"

heading "demo finished"
