"""
Render the nginx site and the Varnish VCL from their templates (`*.in`).

Values the app already has (STATIC_ROOT, MEDIA_ROOT, ADMIN_PATH and the
enquiry form's size limit) come from its settings, read with the same
environment the app runs with, so nginx and the app can't disagree:

    sudo .venv/bin/python deploy/render.py --env-file /etc/firm_site/env \\
        --server-name news.example.com --out /etc/firm_site/rendered

writes firm_site.conf (for /etc/nginx/sites-available/) and firm_site.vcl
(for /etc/varnish/). The defaults are the ports docs/deploying.md uses.
`deploy/stack.py` renders the same files for a stack on loopback ports.
"""

import argparse
import os
import re
import sys
from pathlib import Path

DEPLOY_DIR = Path(__file__).resolve().parent
BASE_DIR = DEPLOY_DIR.parent
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
PLACEHOLDER = re.compile(r"@([A-Z_]+)@")


def read_env_file(path):
    """KEY=value lines, as systemd's EnvironmentFile reads them (no shell syntax)."""
    values = {}
    for line in Path(path).read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        values[key.strip()] = value.strip().strip("'\"")
    return values


def app_settings():
    """What nginx must agree with the app about, from the app's base settings."""
    sys.path.insert(0, str(BASE_DIR))
    from firm_site.settings import base

    return {
        "static_root": str(base.STATIC_ROOT),
        "media_root": str(base.MEDIA_ROOT),
        "admin_path": base.ADMIN_PATH,
        "max_body": base.ENQUIRY_MAX_BODY_BYTES,
    }


def fill(template, values):
    text = (DEPLOY_DIR / template).read_text()

    def replace(match):
        key = match.group(1)
        if key == "PLACEHOLDER":  # the word in a comment
            return match.group(0)
        if key not in values:
            raise KeyError(f"{template}: no value for @{key}@")
        return str(values[key])

    return PLACEHOLDER.sub(replace, text)


def split_address(address):
    host, _, port = address.rpartition(":")
    return host.strip("[]"), port


ERRORS_DIR = DEPLOY_DIR / "nginx" / "errors"


def nginx_site(
    *, server_names, listen, app_servers, app_hop, cache, access_log, brotli=None, errors_root=None
):
    settings = app_settings()
    if brotli is None:
        brotli = BROTLI_MODULE.exists()
    return fill(
        "nginx/firm_site.conf.in",
        {
            "SERVER_NAME": " ".join(server_names),
            "PRIMARY_HOST": server_names[0],
            "LISTEN": listen,
            "APP_SERVERS": "\n".join(
                f"    server {server} max_fails=1 fail_timeout=5s;" for server in app_servers
            ),
            "APP_HOP": app_hop,
            "CACHE": cache,
            "ACCESS_LOG": access_log,
            "STATIC_ROOT": settings["static_root"].rstrip("/"),
            "MEDIA_ROOT": settings["media_root"].rstrip("/"),
            "ADMIN_PATH": settings["admin_path"],
            "MAX_BODY": settings["max_body"],
            "ERRORS_ROOT": str(errors_root or ERRORS_DIR),
            "BROTLI": fill("nginx/brotli.conf.in", {}) if brotli else "",
            "BROTLI_OFF": "        brotli off;" if brotli else "",
        },
    )


def varnish_vcl(*, app_hop, purgers=(), errors_root=None):
    host, port = split_address(app_hop)
    return fill(
        "varnish/firm_site.vcl.in",
        {
            "APP_HOP_HOST": host,
            "APP_HOP_PORT": port,
            "PURGERS": "\n".join(f'    "{address}";' for address in purgers),
            "ERRORS_ROOT": str(errors_root or ERRORS_DIR),
        },
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--env-file", help="the app's EnvironmentFile, e.g. /etc/firm_site/env")
    parser.add_argument("--server-name", action="append", required=True, dest="server_names")
    parser.add_argument("--listen", default="80", help="nginx's public listen (default 80)")
    parser.add_argument(
        "--app-server",
        action="append",
        dest="app_servers",
        help="a gunicorn address (default 127.0.0.1:8000); repeat for several",
    )
    parser.add_argument("--app-hop", default="127.0.0.1:8081", help="nginx's loopback app hop")
    parser.add_argument("--cache", default="127.0.0.1:6081", help="Varnish's address")
    parser.add_argument(
        "--purger",
        action="append",
        default=[],
        dest="purgers",
        help="an app server address allowed to purge, if not on this machine",
    )
    parser.add_argument("--access-log", default="/var/log/nginx/firm_site.access.log")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()

    if args.env_file:
        os.environ.update(read_env_file(args.env_file))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "firm_site.conf").write_text(
        nginx_site(
            server_names=args.server_names,
            listen=args.listen,
            app_servers=args.app_servers or ["127.0.0.1:8000"],
            app_hop=args.app_hop,
            cache=args.cache,
            access_log=args.access_log,
        )
    )
    (args.out / "firm_site.vcl").write_text(varnish_vcl(app_hop=args.app_hop, purgers=args.purgers))
    print(f"Wrote {args.out / 'firm_site.conf'} and {args.out / 'firm_site.vcl'}")


if __name__ == "__main__":
    main()
