# Stand-in for redis:7-bookworm, built from a local Debian 12 image (no registry): Debian's
# Redis 7 run as in the official image (working directory /data, reachable from the other
# containers without a password: protected mode off).
ARG DEBIAN_IMAGE=ttdn-offline/debian:bookworm
FROM ${DEBIAN_IMAGE}
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends redis-server \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir /data && chown redis:redis /data
COPY redis-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME ["/data"]
WORKDIR /data
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
