# Stand-in for postgres:17-trixie, built from a local Debian 13 image (no registry): Debian's
# PostgreSQL 17 with the parts of the official image's interface that compose.yaml uses
# (POSTGRES_USER, POSTGRES_DB, POSTGRES_PASSWORD[_FILE], PGDATA, pg_isready, port 5432).
ARG DEBIAN_IMAGE=ttdn-offline/debian:trixie
FROM ${DEBIAN_IMAGE}
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-17 \
 && rm -rf /var/lib/apt/lists/*
ENV PATH=/usr/lib/postgresql/17/bin:$PATH \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME ["/var/lib/postgresql/data"]
EXPOSE 5432
STOPSIGNAL SIGINT
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["postgres"]
