# ngshare's image for a district whose [exchange] kind = "ngshare" (academy/deploy/manifests.py runs it
# as the Deployment behind the hub service `ngshare`). Build from the repository root:
#   docker build -f deploy/image/ngshare.Dockerfile -t ghcr.io/social-city-academy/ngshare:0.1.0 .
# The same environment as <venv>-ngshare on one machine (scripts/bootstrap.sh): ngshare with SQLAlchemy
# 1.4 (deploy/ngshare/requirements.txt; ngshare 0.6.0 loses data on SQLAlchemy 2) beside JupyterHub at
# pyproject.toml's pin (ngshare imports its service auth), run through deploy/ngshare/serve.py.
# tests/academy/deploy/test_hub_image.py keeps the pins and the version in step.
FROM python:3.11-slim-bookworm

ARG ACADEMY_VERSION=0.1.0
LABEL org.opencontainers.image.title="social-city-academy-ngshare" \
      org.opencontainers.image.version="${ACADEMY_VERSION}" \
      org.opencontainers.image.licenses="BSD-3-Clause"

WORKDIR /opt/ngshare
COPY deploy/ngshare/requirements.txt deploy/ngshare/serve.py ./
RUN python3 -m pip install --no-cache-dir -r requirements.txt jupyterhub==6.1.1 "requests>=2.31" \
 && python3 -c "import ngshare.ngshare, sqlalchemy; assert sqlalchemy.__version__.startswith('1.4.')"
USER 1000
