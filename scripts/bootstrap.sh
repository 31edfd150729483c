#!/usr/bin/env bash
# Installs everything Sallyport needs on Debian 12: the build's -dev packages, the tools the
# tests and benchmarks run (wrk, nginx, Node), then the npm test tools in tools/.
# Idempotent and quick when nothing is missing: one dpkg-query, one mtime check.
# Root, or a user with sudo. SALLYPORT_SKIP_NPM=1 skips the npm step.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
  build-essential make g++ cmake ninja-build pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev libboost-system1.81-dev
  libssl-dev libsqlite3-dev libgtest-dev libgmock-dev libbenchmark-dev libcli11-dev
  libfmt-dev libspdlog-dev libyaml-cpp-dev
  clang-format clang-tidy wrk nginx-light curl ca-certificates python3
)
# Node: any node + npm already on PATH will do (NodeSource's nodejs bundles npm and conflicts
# with Debian's npm package); otherwise Debian's. tools/ brings its own Node 22 for the suites.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi

declare -A status=()
while read -r pkg st; do
  status[$pkg]="$st"
done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${PACKAGES[@]}" 2>/dev/null || true)
missing=()
for p in "${PACKAGES[@]}"; do
  [[ "${status[$p]:-}" == ii* ]] || missing+=("$p")
done

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    if [[ -t 0 ]]; then sudo "$@"; else sudo -n "$@"; fi
  else
    echo "bootstrap: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
}

if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep package postinsts from starting daemons (nginx would take port 80): policy-rc.d
  # answering 101 is Debian's switch for that. Ours only if none is there already.
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [[ ! -e $policy ]]; then
    as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
    own_policy=1
  fi
  cleanup() { if ((own_policy)); then as_root rm -f "$policy"; fi; }
  trap cleanup EXIT
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
  cleanup
  trap - EXIT
  # Never rely on (or leave running) the system nginx: benchmarks start their own on loopback.
  if [[ " ${missing[*]} " == *" nginx-light "* ]]; then
    if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
      as_root systemctl disable --now nginx >/dev/null 2>&1 || true
    fi
    if [[ -s /run/nginx.pid ]]; then
      pid="$(cat /run/nginx.pid)"
      if [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == nginx ]]; then
        as_root service nginx stop >/dev/null 2>&1 || as_root kill "$pid" || true
      fi
    fi
  fi
fi

# npm test tools: reinstall exactly from the lockfile when node_modules is missing or older.
if [[ "${SALLYPORT_SKIP_NPM:-0}" != 1 ]]; then
  stamp=tools/node_modules/.sallyport-installed
  if [[ ! -e $stamp || tools/package-lock.json -nt $stamp || tools/package.json -nt $stamp ]]; then
    echo "bootstrap: npm ci in tools/"
    ok=0
    for attempt in 1 2 3; do
      if (cd tools && npm ci --no-audit --no-fund --loglevel=error); then ok=1; break; fi
      echo "bootstrap: npm ci failed (attempt $attempt)" >&2
      sleep $((attempt * 5))
    done
    ((ok)) || { echo "bootstrap: npm ci failed" >&2; exit 1; }
    touch "$stamp"
  fi
fi
