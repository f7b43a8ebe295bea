#!/usr/bin/env bash
# Supervise the district's hub ($ACADEMY_DISTRICT) the way scripts/run.sh does for the demo:
#   bash scripts/supervise-hub.sh            (or: source it and call `supervise_hub [on-up command]`)
# The hub runs in its own session (Ctrl-C reaches only this script) and is restarted when it dies,
# with a bounded back-off (1, 2, 4 ... 60 s; gives up after 10 deaths in a row, each within a
# minute of its start). Learners' servers, kernels and the proxy survive a hub restart.
# Ctrl-C / SIGTERM (or `academy hub stop` from another terminal) stops the whole academy:
# learners' servers, the hub, the proxy. Needs root, like the hub.

supervise_hub() {
  local repo academy data_hub on_up="${1:-}"
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  academy="$repo/.venv/bin/academy"
  data_hub="$("$academy" hub where hub_dir)"
  _say() { printf '\033[1;32m[hub]\033[0m %s\n' "$*"; }
  _start() {
    setsid -w "$academy" hub run </dev/null >>"$data_hub/jupyterhub.log" 2>&1 &
    SUPERVISED_HUB_PID=$!
  }
  SUPERVISOR_STOPPING=0
  _stop() {
    SUPERVISOR_STOPPING=1
    _say "stopping the academy (learners' servers, hub, proxy)"
    "$academy" hub stop || true
    exit 0
  }
  trap _stop INT TERM

  _say "starting JupyterHub (log: $data_hub/jupyterhub.log)"
  _start
  if ! "$academy" hub where --wait 120 url >/dev/null; then
    "$academy" hub stop || true
    tail -40 "$data_hub/jupyterhub.log" >&2
    exit 1
  fi
  [ -z "$on_up" ] || "$on_up"

  local backoff=1 quick_deaths=0 started code
  while :; do
    started=$SECONDS
    code=0
    wait "$SUPERVISED_HUB_PID" || code=$?
    [ "$SUPERVISOR_STOPPING" -eq 0 ] || break
    if [ -e "$data_hub/stopping" ]; then _say "the academy was stopped (academy hub stop)"; exit 0; fi
    if [ $((SECONDS - started)) -ge 60 ]; then backoff=1; quick_deaths=0; else quick_deaths=$((quick_deaths + 1)); fi
    if [ "$quick_deaths" -ge 10 ]; then
      _say "the hub died 10 times in a row within a minute of starting; giving up (log: $data_hub/jupyterhub.log)"
      tail -40 "$data_hub/jupyterhub.log" >&2
      "$academy" hub stop || true
      exit 1
    fi
    _say "the hub exited (status $code); restarting it in ${backoff} s -- learners' servers keep running"
    sleep "$backoff" &
    wait $! || true
    [ "$SUPERVISOR_STOPPING" -eq 0 ] || break
    backoff=$((backoff * 2 > 60 ? 60 : backoff * 2))
    _start
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  [ "$(id -u)" -eq 0 ] || { echo "supervise-hub.sh must run as root" >&2; exit 1; }
  export ACADEMY_DISTRICT="${ACADEMY_DISTRICT:-demo}"
  supervise_hub
fi
