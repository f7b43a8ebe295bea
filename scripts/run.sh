#!/usr/bin/env bash
# Set up and start the demo district's JupyterHub on this machine (http://127.0.0.1:8000/).
# Sets up everything first (scripts/bootstrap.sh), prepares the district (course, exchange,
# Korean JupyterLab), releases the modules, starts the hub, creates the demo accounts and
# prints their login slips. A hub that dies is restarted (learners' servers and kernels keep
# running). Ctrl-C stops the whole academy: every learner's server, the hub and the proxy.
# Usage: sudo bash scripts/run.sh           (another district: ACADEMY_DISTRICT=gangnam)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ACADEMY_DISTRICT="${ACADEMY_DISTRICT:-demo}"
[ "$(id -u)" -eq 0 ] || { echo "run.sh must run as root: learners get their own Unix accounts (sudo bash scripts/run.sh)" >&2; exit 1; }

bash "$REPO/scripts/bootstrap.sh"
ACADEMY="$REPO/.venv/bin/academy"
log() { printf '\033[1;32m[run]\033[0m %s\n' "$*"; }

log "preparing district '$ACADEMY_DISTRICT' and releasing modules"
"$ACADEMY" hub setup --release

announce() {
  "$ACADEMY" hub demo-accounts
  log "hub is up: $("$ACADEMY" hub where url)   (instructors grade at $("$ACADEMY" hub where formgrader); Ctrl-C to stop)"
}
# Runs the hub, restarts it when it dies, stops the whole academy on Ctrl-C (scripts/supervise-hub.sh).
source "$REPO/scripts/supervise-hub.sh"
supervise_hub announce
