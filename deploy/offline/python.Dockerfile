# Stand-in for python:3.13-slim-trixie, built from a local Debian 13 image (no registry):
# Debian's Python 3.13 with venv/ensurepip, `python` on PATH as in the official image.
ARG DEBIAN_IMAGE=ttdn-offline/debian:trixie
FROM ${DEBIAN_IMAGE}
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s /usr/bin/python3 /usr/local/bin/python
CMD ["python3"]
