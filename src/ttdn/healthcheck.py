"""``python -m ttdn.healthcheck``: exit 0 when the local web server answers /healthz with 200.

For container and service-manager health checks. It does not load Django (cheap to run every
few seconds); it asks the address of TTDN_BIND (``0.0.0.0`` meaning this machine) with the
first host of ALLOWED_HOSTS as ``Host``, as a load balancer would.
"""

import http.client
import sys

from ttdn.core.env import env_list


def main() -> int:
    bind = env_list("TTDN_BIND", ["127.0.0.1:8000"])[0]
    host, _, port = bind.rpartition(":")
    if host in ("", "0.0.0.0", "[::]", "::"):  # noqa: S104 - the wildcard is read, not bound
        host = "127.0.0.1"
    allowed = [h for h in env_list("ALLOWED_HOSTS", []) if not h.startswith(".") and h != "*"]
    conn = http.client.HTTPConnection(host.strip("[]"), int(port or 8000), timeout=5)
    try:
        conn.request("GET", "/healthz", headers={"Host": allowed[0] if allowed else host})
        response = conn.getresponse()
        body = response.read(500).decode("utf-8", "replace")
    except OSError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    finally:
        conn.close()
    if response.status != 200:
        print(f"unhealthy: {response.status} {body}", file=sys.stderr)
        return 1
    print(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
