#!/usr/bin/env bash
# Set up everything the academy needs on a fresh Debian machine, idempotently:
# Debian packages (Korean fonts, Chromium for browser tests, bubblewrap), a Python virtual environment with
# this project and its pinned dependencies (pyproject.toml), the npm configurable-http-proxy,
# the kernel config that loads the Korean error explainer, and the checkout's permissions.
# Usage: bash scripts/bootstrap.sh            (sourced by scripts/run.sh and scripts/test.sh)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ACADEMY_VENV:-$REPO/.venv}"
log() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*"; }

# 1. Debian packages -------------------------------------------------------------------------
# postgresql: the real server the [database] tests start (the demo stays on SQLite)
# bubblewrap: the grading sandbox's confinement (academy/kernels/jail.py)
DEB_PACKAGES=(fonts-nanum chromium chromium-driver postgresql bubblewrap acl)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    log "installing Debian packages: ${missing[*]}"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    log "WARNING: no apt-get; install these yourself: ${missing[*]} (Korean fonts fall back to the bundled NanumGothic)"
  fi
fi

# 2. Python environment ------------------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
  || { echo "Python >= 3.11 is required (found $("$PYTHON" --version 2>&1)); set PYTHON=..." >&2; exit 1; }
[ -x "$VENV/bin/python" ] || { log "creating virtual environment $VENV"; "$PYTHON" -m venv "$VENV"; }
stamp="$VENV/.academy-installed"
want="$(cat "$REPO/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "installing Python packages (pyproject.toml)"
  "$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  "$VENV/bin/python" -m pip install -q -e "$REPO[test]" 2>&1 | grep -v "^WARNING: Location" || true
  "$VENV/bin/python" -c "import academy, nbgrader, jupyterhub, nbval" \
    || { echo "Python install failed (see above)" >&2; exit 1; }
  echo "$want" > "$stamp"
fi

# 2b. ngshare, the exchange by hub login ([exchange] kind = "ngshare", academy/deploy/ngshare.py): its own
#     small environment <venv>-ngshare (ngshare with SQLAlchemy 1.4 in its own site-packages, the hub's
#     packages behind them) and ngshare-exchange --no-deps in the hub's venv (deploy/ngshare/*.txt) ----------
NGSHARE="$VENV-ngshare"
ng_want="$(cat "$REPO/deploy/ngshare/requirements.txt" "$REPO/deploy/ngshare/exchange-requirements.txt" | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$NGSHARE/.academy-installed" 2>/dev/null)" != "$ng_want" ] \
   || ! "$VENV/bin/python" -c "import importlib.util, sys; sys.exit(not importlib.util.find_spec('ngshare_exchange'))"; then
  log "installing ngshare's environment $NGSHARE (deploy/ngshare/)"
  rm -rf "$NGSHARE" && "$VENV/bin/python" -m venv --without-pip "$NGSHARE"
  purelib='import sysconfig; print(sysconfig.get_paths()["purelib"])'
  ng_site="$("$NGSHARE/bin/python" -c "$purelib")"
  "$VENV/bin/python" -m pip install -q --no-deps --target "$ng_site" -r "$REPO/deploy/ngshare/requirements.txt" \
    2>&1 | grep -v "^WARNING: Location" || true
  echo "import site; site.addsitedir('$("$VENV/bin/python" -c "$purelib")')" > "$ng_site/academy-hub-packages.pth"
  "$VENV/bin/python" -m pip install -q --no-deps -r "$REPO/deploy/ngshare/exchange-requirements.txt" \
    2>&1 | grep -v "^WARNING: Location" || true
  "$NGSHARE/bin/python" -c "import ngshare.ngshare, sqlalchemy; assert sqlalchemy.__version__.startswith('1.4.')" \
    && USER="$(id -un)" "$VENV/bin/python" -c "import ngshare_exchange.exchange" \
    || { echo "ngshare's environment failed (see above)" >&2; exit 1; }
  echo "$ng_want" > "$NGSHARE/.academy-installed"
fi

# 3. configurable-http-proxy (npm), pinned by package-lock.json --------------------------------
if [ ! -x "$REPO/node_modules/.bin/configurable-http-proxy" ]; then
  command -v npm >/dev/null || { echo "npm is required (Debian: apt-get install nodejs npm)" >&2; exit 1; }
  log "installing configurable-http-proxy (npm ci)"
  (cd "$REPO" && npm ci --no-audit --no-fund --silent)
fi

# 3b. The academy's JupyterLab extension (labextension/: nbgrader's panel and dialogs in Korean), built
#     with @jupyter/builder (pinned by labextension/package-lock.json) into the venv's
#     share/jupyter/labextensions, where every learner's JupyterLab finds it (the learners' runtime venv
#     shares that folder, academy/hub/data_root.py); rebuilt only when its sources change ----------------
LABEXT="$REPO/labextension"
LABEXT_DEST="$VENV/share/jupyter/labextensions/$(node -p "require('$LABEXT/package.json').name")"
labext_sum="$(cd "$LABEXT" && cat package.json package-lock.json tsconfig.json src/*.ts | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$LABEXT_DEST/.academy-source" 2>/dev/null)" != "$labext_sum" ]; then
  log "building the academy's JupyterLab extension (labextension/)"
  lock_sum="$(sha256sum < "$LABEXT/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$LABEXT/node_modules/.academy-lock" 2>/dev/null)" != "$lock_sum" ]; then
    (cd "$LABEXT" && npm ci --no-audit --no-fund --silent) && echo "$lock_sum" > "$LABEXT/node_modules/.academy-lock"
  fi
  core="$("$VENV/bin/python" -c 'import jupyterlab, os; print(os.path.join(os.path.dirname(jupyterlab.__file__), "staging", "package.json"))')"
  (cd "$LABEXT" && rm -rf lib build && node_modules/.bin/tsc \
     && "$VENV/bin/jupyter-builder" build --core-package-file="$core" . >/dev/null) \
    || { echo "building labextension/ failed (see above)" >&2; exit 1; }
  rm -rf "$LABEXT_DEST" && mkdir -p "$(dirname "$LABEXT_DEST")"
  cp -r "$LABEXT/build/labextension" "$LABEXT_DEST" && chmod -R a+rX "$LABEXT_DEST"
  echo "$labext_sum" > "$LABEXT_DEST/.academy-source"
fi

# 4. Kernel config (Korean error explainer for every kernel) ----------------------------------
"$VENV/bin/academy" setup >/dev/null

# 5. Permissions: other accounts (learners) reach only academy/, datasets/ and the venv of this
#    checkout -- not curriculum/, .git/, tests/, var/... (academy/hub/permissions.py) -----------
"$VENV/bin/python" -m academy.hub.permissions >/dev/null \
  || log "WARNING: permissions above are not as learners' accounts need; the hub refuses to start until they are"
log "ready: $VENV"
