#!/bin/sh
# As the official redis image: run redis-server as `redis`, with protected mode off (the
# server is reachable only on the Compose network).
set -eu
if [ "${1:-}" = redis-server ]; then
  shift
  chown -R redis:redis /data
  exec setpriv --reuid=redis --regid=redis --init-groups redis-server --protected-mode no "$@"
fi
exec "$@"
