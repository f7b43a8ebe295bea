# The hub image of a district's Zero to JupyterHub release (one per academy version), on JupyterHub 6.
# Build from the repository root:
#   docker build -f deploy/image/hub.Dockerfile -t ghcr.io/social-city-academy/hub:0.1.0 .
# The tag is [kubernetes] hub_image in the district file (academy/district.py). The base is the chart's
# own hub image (KubeSpawner and the helpers the chart's jupyterhub_config.py imports; its tag must be
# the chart release in use), whose JupyterHub is the chart's appVersion (5.5.0): JupyterHub and
# NativeAuthenticator are lifted to pyproject.toml's pins, and the academy package goes in for the hub
# services the values start (academy-scheduler: learners' servers started before class and culled when
# idle, never inside a class window). Only academy/ is copied: never curriculum/, graders/, tests/.
# tests/academy/deploy/test_hub_image.py keeps the pins equal to pyproject.toml's and checks that what
# academy-scheduler imports is installed here.
ARG CHART_HUB_IMAGE=quay.io/jupyterhub/k8s-hub:4.3.0
FROM ${CHART_HUB_IMAGE}

ARG ACADEMY_VERSION=0.1.0
LABEL org.opencontainers.image.title="social-city-academy-hub" \
      org.opencontainers.image.version="${ACADEMY_VERSION}" \
      org.opencontainers.image.licenses="BSD-3-Clause"

USER root
WORKDIR /opt/academy
COPY pyproject.toml README.md ./
COPY academy ./academy
RUN python3 -m pip install --no-cache-dir jupyterhub==6.1.1 jupyterhub-nativeauthenticator==1.3.0 \
        "pyyaml>=6.0" "requests>=2.31" ipython \
 && python3 -m pip install --no-cache-dir --no-deps /opt/academy \
 && python3 -c "import jupyterhub, academy.hub.scheduler; assert jupyterhub.__version__ == '6.1.1'"
USER 1000
WORKDIR /srv/jupyterhub
