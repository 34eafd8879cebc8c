#!/usr/bin/env bash
# Builds, without any container registry, local stand-ins for the public images that
# deploy/compose.yaml and deploy/Dockerfile start from, and Docker Compose v2 itself:
#
#   ttdn-offline/debian:trixie, ttdn-offline/debian:bookworm   debootstrap (minbase), imported
#   ttdn-offline/python:3.13-slim-trixie                       for python:3.13-slim-trixie
#   ttdn-offline/postgres:17-trixie                            for postgres:17-trixie
#   ttdn-offline/redis:7-bookworm                              for redis:7-bookworm
#   $TTDN_OFFLINE_CACHE/bin/docker-compose                     Debian 13's docker-compose (v2)
#
# Everything comes from the Debian mirror of this machine's apt sources. Needs root, a
# running Docker engine and debootstrap. Images already present are kept (delete them to
# rebuild); the debootstrapped root file systems are cached in $TTDN_OFFLINE_CACHE.
# Use them with:  export TTDN_PYTHON_IMAGE=ttdn-offline/python:3.13-slim-trixie \
#   TTDN_POSTGRES_IMAGE=ttdn-offline/postgres:17-trixie TTDN_REDIS_IMAGE=ttdn-offline/redis:7-bookworm
# (docs/operations.md, "Docker Compose without a registry").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${TTDN_OFFLINE_CACHE:-/var/cache/ttdn-compose}"
docker="${DOCKER:-docker}"
mkdir -p "$cache/bin"

# The Debian mirror this machine's apt uses (deb822 or one-line sources), else Debian's.
mirror="${TTDN_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror="$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list \
    /etc/apt/sources.list.d/*.list 2>/dev/null | grep -v -- '-security' \
    | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' \
    | awk '{print $1; exit}' || true)"
fi
mirror="${mirror:-http://deb.debian.org/debian}"
security="${TTDN_DEBIAN_SECURITY_MIRROR:-${mirror%/debian}/debian-security}"

step() { printf '%(%H:%M:%S)T  %s\n' -1 "$*"; }
have() { "$docker" image inspect "$1" >/dev/null 2>&1; }

debian_image() {  # $1: suite
  local suite="$1" image="ttdn-offline/debian:$1" tarball="$cache/debian-$1-minbase.tar"
  if have "$image"; then step "$image: present"; return; fi
  if [ ! -s "$tarball" ]; then
    command -v debootstrap >/dev/null || { echo "debootstrap is not installed" >&2; exit 1; }
    step "$image: debootstrap $suite from $mirror"
    local root
    root="$(mktemp -d "$cache/rootfs-$suite.XXXX")"
    debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$cache/debootstrap-$suite.log" 2>&1 \
      || { tail -20 "$cache/debootstrap-$suite.log" >&2; exit 1; }
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
SOURCES
    # As the official Debian images: no recommends, no caches, no documentation to speak of.
    printf 'APT::Install-Recommends "false";\n' >"$root/etc/apt/apt.conf.d/90ttdn-offline"
    # A TLS-intercepting proxy between this machine and PyPI: trust what this machine trusts
    # (picked up when an image installs ca-certificates).
    if [ -s /etc/ssl/certs/ca-certificates.crt ]; then
      mkdir -p "$root/usr/local/share/ca-certificates"
      cp /etc/ssl/certs/ca-certificates.crt "$root/usr/local/share/ca-certificates/host-trust.crt"
    fi
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb "$root/etc/resolv.conf"
    tar -C "$root" --numeric-owner -cf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
  fi
  step "$image: import"
  "$docker" import --change 'ENV LANG=C.UTF-8' --change 'CMD ["bash"]' "$tarball" "$image" >/dev/null
}

build() {  # $1: image, $2: Dockerfile in this folder, $3: Debian image
  if have "$1"; then step "$1: present"; return; fi
  step "$1: build"
  "$docker" build -q -t "$1" -f "$here/$2" --build-arg "DEBIAN_IMAGE=$3" "$here" >/dev/null
}

debian_image trixie
debian_image bookworm
build ttdn-offline/python:3.13-slim-trixie python.Dockerfile ttdn-offline/debian:trixie
build ttdn-offline/postgres:17-trixie postgres.Dockerfile ttdn-offline/debian:trixie
build ttdn-offline/redis:7-bookworm redis.Dockerfile ttdn-offline/debian:bookworm

# Docker Compose v2 (Debian 13's docker-compose), for an engine whose CLI has no `compose`.
if [ ! -x "$cache/bin/docker-compose" ]; then
  step "docker-compose: from Debian 13's package"
  "$docker" run --rm -v "$cache/bin:/out" ttdn-offline/debian:trixie sh -ec '
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq docker-compose >/dev/null
    cp "$(dpkg -L docker-compose | grep -E "/docker-compose$" | head -1)" /out/docker-compose'
fi
step "done"
