#!/usr/bin/env bash
# Runs one interop client against a Streamable HTTP server started just for it:
#   with-http-server.sh -- SERVER_CMD ARGS... -- CLIENT_CMD ARGS...
# Picks a free 127.0.0.1 port, replaces `{port}` in the server's arguments with it, waits (up to
# 15 s) until the port accepts connections, replaces `{url}` in the client's arguments with
# http://127.0.0.1:PORT/mcp, runs the client and stops the server (TERM, then KILL). A server
# that exits before listening (the port was taken meanwhile) is retried on another port, twice.
# Exit status: the client's; 3 when the server never listened. The server's output is shown on
# stderr when something failed. Used by scripts/interop.sh, under its per-case `timeout`
# (which signals this script's whole process group, server included).
set -uo pipefail

[[ ${1:-} == -- ]] || { echo "usage: with-http-server.sh -- SERVER_CMD... -- CLIENT_CMD..." >&2; exit 2; }
shift
server=()
while (($#)) && [[ $1 != -- ]]; do server+=("$1"); shift; done
(($#)) || { echo "with-http-server.sh: no client command" >&2; exit 2; }
shift
client=("$@")
((${#server[@]} && ${#client[@]})) || { echo "with-http-server.sh: empty command" >&2; exit 2; }

NODE="${NODE:-node}"
log="$(mktemp "${TMPDIR:-/tmp}/sallyport-interop-server.XXXXXX")"
pid=
stop() {
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  pid=
}
show_log() { sed 's/^/server| /' "$log" | tail -n 40 >&2; }
trap 'stop; rm -f "$log"' EXIT
trap 'exit 143' TERM INT

free_port() {
  "$NODE" -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=
for _ in 1 2 3; do
  p="$(free_port)" || { echo "with-http-server.sh: cannot pick a port" >&2; exit 3; }
  "${server[@]//\{port\}/$p}" >"$log" 2>&1 </dev/null &
  pid=$!
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    if listening "$p"; then
      # Still ours? A server that lost the port race exits right after.
      kill -0 "$pid" 2>/dev/null && port=$p
      break
    fi
    sleep 0.1
  done
  [[ -n $port ]] && break
  stop
done
if [[ -z $port ]]; then
  echo "with-http-server.sh: the server never listened: ${server[*]}" >&2
  show_log
  exit 3
fi

"${client[@]//\{url\}/http://127.0.0.1:$port/mcp}"
rc=$?
if ! kill -0 "$pid" 2>/dev/null; then
  echo "with-http-server.sh: the server exited during the run" >&2
  ((rc == 0)) && rc=3
fi
((rc == 0)) || show_log
exit "$rc"
