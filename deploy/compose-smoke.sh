#!/usr/bin/env bash
# Builds and starts the Compose deployment (deploy/compose.yaml) on this machine and checks it
# over HTTP: tests/deploy/test_compose.py (health check, /healthz, log-in, a static file, a
# plan import read by the worker on Redis, clean stops). docs/operations.md, "Docker Compose".
#
#   deploy/compose-smoke.sh              needs Docker (a running engine, or dockerd to start)
#   deploy/compose-smoke.sh --if-engine  no engine: say so and exit 0 (CI)
#   deploy/compose-smoke.sh --install    no engine: apt-get install docker.io debootstrap
#
# The public base images are used when they can be pulled; otherwise (or with
# TTDN_OFFLINE_IMAGES=1) local stand-ins are built from the Debian mirror by
# deploy/offline/build-images.sh, which also supplies Docker Compose v2 when the docker CLI
# has no `compose`. A dockerd started here is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
if_engine=0 install=0
for arg in "$@"; do
  case "$arg" in
    --if-engine) if_engine=1 ;;
    --install) install=1 ;;
    *) echo "usage: $0 [--if-engine] [--install]" >&2; exit 2 ;;
  esac
done
cache="${TTDN_OFFLINE_CACHE:-/var/cache/ttdn-compose}"
export TTDN_OFFLINE_CACHE="$cache"
t0=$SECONDS
step() { printf '[compose-smoke %4ds] %s\n' $((SECONDS - t0)) "$*"; }

engine_up() { docker info >/dev/null 2>&1; }

# 1. A container engine.
if ! engine_up; then
  if ! command -v dockerd >/dev/null 2>&1 && [ "$install" = 1 ]; then
    step "installing docker.io and debootstrap (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io debootstrap >/dev/null
  fi
  if command -v dockerd >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    mkdir -p "$cache"
    step "starting dockerd (log: $cache/dockerd.log)"
    dockerd >"$cache/dockerd.log" 2>&1 &
    dockerd_pid=$!
    trap 'step "stopping dockerd"; kill "$dockerd_pid" 2>/dev/null; wait "$dockerd_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 60); do engine_up && break; sleep 1; done
    engine_up || tail -20 "$cache/dockerd.log" >&2
  fi
fi
if ! engine_up; then
  msg="no container engine: no Docker daemon answers and no dockerd could be started"
  if [ "$if_engine" = 1 ]; then
    echo "Compose deployment not started: $msg. Run deploy/compose-smoke.sh --install to install one."
    exit 0
  fi
  echo "$msg" >&2
  exit 1
fi
step "engine: $(docker version --format 'server {{.Server.Version}}, client {{.Client.Version}}' 2>/dev/null)"

# 2. Base images: the public ones if they can be had, else local stand-ins.
if [ "${TTDN_OFFLINE_IMAGES:-0}" != 1 ]; then
  for image in python:3.13-slim-trixie postgres:17-trixie redis:7-bookworm; do
    docker image inspect "$image" >/dev/null 2>&1 && continue
    if ! timeout 120 docker pull -q "$image" >/dev/null 2>&1; then
      step "cannot pull $image: building local stand-ins for the public images"
      TTDN_OFFLINE_IMAGES=1
      break
    fi
  done
fi
if [ "${TTDN_OFFLINE_IMAGES:-0}" = 1 ]; then
  deploy/offline/build-images.sh
  export TTDN_PYTHON_IMAGE=ttdn-offline/python:3.13-slim-trixie
  export TTDN_POSTGRES_IMAGE=ttdn-offline/postgres:17-trixie
  export TTDN_REDIS_IMAGE=ttdn-offline/redis:7-bookworm
fi

# 3. Docker Compose v2.
if docker compose version >/dev/null 2>&1; then
  export TTDN_COMPOSE="docker compose"
else
  [ -x "$cache/bin/docker-compose" ] || deploy/offline/build-images.sh
  export TTDN_COMPOSE="$cache/bin/docker-compose"
fi
step "compose: $($TTDN_COMPOSE version --short 2>/dev/null || $TTDN_COMPOSE version)"

# 4. Build, start, check over HTTP, stop (the test removes its containers and volumes).
[ -x .venv/bin/python ] || make install
export TTDN_DEVELOPMENT="${TTDN_DEVELOPMENT:-1}" TTDN_COMPOSE_SMOKE=1
step "tests/deploy/test_compose.py"
log="$(mktemp)"
status=0
.venv/bin/python -m pytest -q -s -p no:randomly -rs tests/deploy/test_compose.py 2>&1 | tee "$log" \
  || status=$?
if ! grep -q "1 passed" "$log" && [ "$status" = 0 ]; then status=1; fi  # skipped is not passed
rm -f "$log"
# The ttdn images that this build replaced (untagged; the base images stay as a cache).
docker image prune --force --filter label=org.ttdn.image=ttdn >/dev/null || true
step "done (exit $status)"
exit "$status"
