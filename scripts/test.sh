#!/usr/bin/env bash
# The README's test command: set up everything (idempotent) and run every test.
# Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$REPO/scripts/bootstrap.sh"
VENV="${ACADEMY_VENV:-$REPO/.venv}"
cd "$REPO"
export PATH="$VENV/bin:$REPO/node_modules/.bin:$PATH"
echo "== README module table is generated from curriculum/syllabus.yml"
academy syllabus-table --check
echo "== pytest"
workers="${ACADEMY_TEST_WORKERS:-$(nproc)}"
exec python -m pytest -n "$workers" --dist loadgroup "$@"
