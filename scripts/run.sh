#!/usr/bin/env bash
# The README's run command (interim, until the district hub lands): set up everything, build the
# demo course from the curriculum, release every module, and serve JupyterLab (Korean UI) with
# the nbgrader instructor tools on http://127.0.0.1:${ACADEMY_PORT:-8888}/.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/bootstrap.sh"
VENV="${ACADEMY_VENV:-$REPO/.venv}"
export PATH="$VENV/bin:$REPO/node_modules/.bin:$PATH"
STATE="$REPO/var/demo"
mkdir -p "$STATE/exchange" && chmod 0777 "$STATE/exchange"
academy course init "$STATE/course" --course demo --exchange "$STATE/exchange" --link-source
academy release --root "$STATE/course" --exchange
cd "$STATE/course"
root_flag=(); [ "$(id -u)" -ne 0 ] || root_flag=(--allow-root)
exec jupyter lab --no-browser --ip 127.0.0.1 --port "${ACADEMY_PORT:-8888}" "${root_flag[@]}" \
  --ServerApp.root_dir="$STATE/course" \
  --LabApp.user_settings_dir="$STATE/lab-settings" \
  --IdentityProvider.token="${ACADEMY_TOKEN:-demo}"
