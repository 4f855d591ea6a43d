#!/usr/bin/env bash
# Installs the Debian packages claimcheck needs, only those missing, so a
# second call costs a few dpkg queries. Sourced by run.sh and test.sh.
set -euo pipefail

claimcheck_install_deps() {
  local wanted=(cmake g++ make pkg-config libre2-dev libicu-dev libsqlite3-dev sqlite3 nlohmann-json3-dev
                doctest-dev libcli11-dev libfmt-dev python3 "$@")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "claimcheck: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
