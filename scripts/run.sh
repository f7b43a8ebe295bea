#!/usr/bin/env bash
# Set up and start the demo district's JupyterHub on this machine (http://127.0.0.1:8000/).
# Sets up everything first (scripts/bootstrap.sh), prepares the district (course, exchange,
# Korean JupyterLab), releases the modules, starts the hub, creates the demo accounts and
# prints their login slips. Ctrl-C stops the hub and every server it started.
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

DATA_HUB="$("$REPO/.venv/bin/python" -c 'from academy import district; from academy.hub.setup import paths; print(paths(district.load())["hub"])')"
log "starting JupyterHub (log: $DATA_HUB/jupyterhub.log)"
(cd "$DATA_HUB" && exec "$REPO/.venv/bin/python" -m jupyterhub -f "$REPO/jupyterhub_config.py") \
  >>"$DATA_HUB/jupyterhub.log" 2>&1 &
HUB_PID=$!
trap 'log "stopping the hub"; kill -TERM $HUB_PID 2>/dev/null; wait $HUB_PID 2>/dev/null; exit 0' INT TERM

"$REPO/.venv/bin/python" - <<'PY' || { kill -TERM $HUB_PID; tail -40 "$DATA_HUB/jupyterhub.log" >&2; exit 1; }
from academy import district
from academy.hub.users import HubAPI
HubAPI(district.load()).wait_until_up(120)
PY
"$ACADEMY" hub demo-accounts
URL="$("$REPO/.venv/bin/python" -c 'from academy import district; from academy.hub.cli import hub_url; print(hub_url(district.load()))')"
COURSE="$("$REPO/.venv/bin/python" -c 'from academy import district; print(district.load()["district"]["course_id"])')"
log "hub is up: $URL   (instructors grade at ${URL}services/$COURSE/formgrader; Ctrl-C to stop)"
wait $HUB_PID
