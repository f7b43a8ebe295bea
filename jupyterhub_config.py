# The district's JupyterHub: load the district file, apply it (see academy/hub/config.py).
# Which district: ACADEMY_DISTRICT (default: demo -> districts/demo.toml).
# Run from anywhere: jupyterhub -f /path/to/jupyterhub_config.py   (scripts/run.sh does it for the demo)
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from academy import district  # noqa: E402
from academy.hub.config import apply, use_district_clock  # noqa: E402
from academy.hub.permissions import require  # noqa: E402  (refuses while learners could read too much)
from academy.database import check as check_databases  # noqa: E402  (PostgreSQL answers, password file root-only)

c = get_config()  # noqa: F821
settings = check_databases(require(district.load(os.environ.get("ACADEMY_DISTRICT", "demo"))))
use_district_clock(settings)  # the hub's log lines in the district's time zone, like its servers'
apply(c, settings)
