"""
gunicorn's settings, read from the environment (see docs/deploying.md).

gunicorn sits behind nginx, which reads whole requests and whole responses
for it: a worker only ever talks to nginx over loopback, so a slow or
half-open client never holds one. That is why the defaults are plain
synchronous workers and short timeouts; `GUNICORN_THREADS` above 1 switches
to threaded workers.

    .venv/bin/gunicorn firm_site.wsgi   # reads this file from the working directory
"""

import multiprocessing
import os


def env_int(name, default):
    return int(os.environ.get(name, default))


# Loopback or a unix socket ("unix:/run/firm_site/gunicorn.sock"), never a public address.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
wsgi_app = "firm_site.wsgi:application"

# Two workers a core and one more: each renders a page in tens of milliseconds
# of CPU, and waits on the database the rest of the time.
workers = env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = env_int("GUNICORN_THREADS", 1)

# A worker silent for this long is killed and replaced (a request stuck on a hung
# part); nginx gives up on the request a little later and tries another server.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)

# Each worker is replaced after this many requests (plus up to the jitter, so
# they don't all restart at once): it bounds whatever a long-lived process accumulates.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 200)

# Requests come from nginx only; these bound what reaches Django if one doesn't.
limit_request_line = 8190
limit_request_fields = 100

# nginx logs requests (without their query strings, see deploy/nginx/); gunicorn
# logs its own errors to stderr, i.e. the journal.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = os.environ.get("GUNICORN_PROC_NAME", "firm_site")

# No control socket (gunicorn 25.1+ opens one in $HOME by default, shared by every
# gunicorn of the user, and it is one more way in); systemd manages the process.
control_socket_disable = True
