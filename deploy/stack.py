"""
The production stack on loopback ports, as ordinary processes: nginx, Varnish
and one or more gunicorn app servers with production settings, configured
with the shipped files (rendered by deploy/render.py), everything they write
in one run directory.

    .venv/bin/python deploy/stack.py serve     # what `make serve` runs

deploy/check_stack.py (two app servers, in CI) and bench/throughput.py start
it the same way. Ports, from STACK_PORT (default 8150): nginx on STACK_PORT,
Varnish on +1, nginx's app hop on +2, app servers on +10, +11, ...
"""

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

DEPLOY_DIR = Path(__file__).resolve().parent
BASE_DIR = DEPLOY_DIR.parent
sys.path.insert(0, str(DEPLOY_DIR))

import render  # noqa: E402 (after the path)

PYTHON = BASE_DIR / ".venv" / "bin" / "python"
GUNICORN = BASE_DIR / ".venv" / "bin" / "gunicorn"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
# make run's throwaway enquiry key (settings/dev.py), so that `make serve` reads its enquiries.
DEV_ENQUIRY_KEY = "kcN-l_Qh-8Thi17-icWOK9TN3xLahc8a_D_pdTCundQ="  # noqa: S105


def production_env(*, front_url, cache_url, database_url, redis_url, media_root, enquiry_keys):
    """Production settings, as a server's EnvironmentFile would give them, but for
    plain HTTP on loopback (no TLS redirect, no HSTS)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "GUNICORN_", "DEBUG"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "firm_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": front_url,
            "DATABASE_URL": database_url,
            "REDIS_URL": redis_url or "",
            "ENQUIRY_ENCRYPTION_KEYS": enquiry_keys,
            "MEDIA_ROOT": str(media_root),
            "STATIC_ROOT": os.environ.get("STATIC_ROOT") or str(BASE_DIR / "staticfiles"),
            "FRONTEND_CACHE_PURGE_URL": cache_url,
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "EMAIL_BACKEND": os.environ.get(
                "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
            ),
        }
    )
    return env


def fernet_key():
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def flush_redis(url):
    """Empty the stack's Redis database: cached site furniture from an earlier
    database would show the wrong menus."""
    import redis

    redis.Redis.from_url(url, socket_timeout=5).flushdb()


def manage(env, *args, **kwargs):
    return subprocess.run(  # noqa: S603 (our own manage.py)
        [str(PYTHON), "manage.py", *args], cwd=BASE_DIR, env=env, check=True, **kwargs
    )


def wait_for(url, timeout=90, status=200):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
                if response.status == status:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer {status} within {timeout} s")
        time.sleep(0.2)


class Stack:
    def __init__(self, run_dir, env, *, port=None, app_servers=1, workers=2, threads=1):
        self.run_dir = Path(run_dir)
        self.run_dir.mkdir(parents=True, exist_ok=True)
        # nginx's workers (nobody, when started as root) read and write in here.
        self.run_dir.chmod(0o755)
        self.env = env
        port = int(port or os.environ.get("STACK_PORT", 8150))
        self.front_port, self.cache_port, self.hop_port = port, port + 1, port + 2
        self.app_ports = [port + 10 + index for index in range(app_servers)]
        self.workers, self.threads = workers, threads
        self.apps = {}
        self.cache = self.nginx = None

    @property
    def front_url(self):
        return f"http://127.0.0.1:{self.front_port}"

    def app_url(self, index):
        return f"http://127.0.0.1:{self.app_ports[index]}"

    def render(self):
        # nginx's workers may not be able to read the checkout (a clone in a
        # private temporary folder, say): its error pages are served from here.
        errors_root = self.run_dir / "errors"
        shutil.copytree(render.ERRORS_DIR, errors_root, dirs_exist_ok=True)
        old_environ = dict(os.environ)
        os.environ.update(self.env)  # STATIC_ROOT and MEDIA_ROOT as the app has them
        try:
            site = render.nginx_site(
                server_names=["127.0.0.1", "localhost"],
                listen=f"127.0.0.1:{self.front_port}",
                app_servers=[f"127.0.0.1:{port}" for port in self.app_ports],
                app_hop=f"127.0.0.1:{self.hop_port}",
                cache=f"127.0.0.1:{self.cache_port}",
                access_log=str(self.run_dir / "access.log"),
                errors_root=errors_root,
            )
        finally:
            os.environ.clear()
            os.environ.update(old_environ)
        (self.run_dir / "firm_site.conf").write_text(site)
        modules = f"load_module {render.BROTLI_MODULE};" if render.BROTLI_MODULE.exists() else ""
        (self.run_dir / "nginx.conf").write_text(
            render.fill(
                "nginx/local.conf.in", {"RUN_DIR": str(self.run_dir), "LOAD_MODULES": modules}
            )
        )
        (self.run_dir / "firm_site.vcl").write_text(
            render.varnish_vcl(app_hop=f"127.0.0.1:{self.hop_port}", errors_root=errors_root)
        )

    def _spawn(self, name, command, env=None):
        log = open(self.run_dir / f"{name}.log", "ab")  # noqa: SIM115 (kept for the process)
        return subprocess.Popen(  # noqa: S603 (fixed commands)
            command,
            cwd=BASE_DIR,
            env=env or self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_app(self, index):
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{self.app_ports[index]}",
            "GUNICORN_WORKERS": str(self.workers),
            "GUNICORN_THREADS": str(self.threads),
            "GUNICORN_PROC_NAME": f"firm_site-app{index}",
        }
        self.apps[index] = self._spawn(
            f"app{index}", [str(GUNICORN), "--config", "gunicorn.conf.py"], env
        )
        wait_for(f"{self.app_url(index)}/healthz")

    def stop_app(self, index, sig=signal.SIGTERM):
        process = self.apps.pop(index)
        process.send_signal(sig)
        process.wait(timeout=40)

    def start(self):
        for program in (NGINX, VARNISHD):
            if not Path(program).exists():
                raise SystemExit(
                    f"{program} is missing: sudo apt-get install -y nginx varnish "
                    "libnginx-mod-http-brotli-filter (docs/deploying.md)"
                )
        self.render()
        varnish_dir = self.run_dir / "varnish"
        varnish_dir.mkdir(exist_ok=True)
        self.cache = self._spawn(
            "varnish",
            [
                VARNISHD,
                "-F",
                "-j",
                "none",
                "-n",
                str(varnish_dir),
                "-a",
                f"127.0.0.1:{self.cache_port}",
                "-T",
                "none",
                "-f",
                str(self.run_dir / "firm_site.vcl"),
                "-s",
                "malloc,256m",
                # nginx's app hop compresses (gzip or Brotli), Varnish keeps each encoding.
                "-p",
                "http_gzip_support=off",
            ],
        )
        self.nginx = self._spawn(
            "nginx", [NGINX, "-c", str(self.run_dir / "nginx.conf"), "-p", str(self.run_dir)]
        )
        for index in range(len(self.app_ports)):
            self.start_app(index)
        wait_for(f"{self.front_url}/healthz")

    def stop(self):
        for index in list(self.apps):
            self.stop_app(index)
        for process in (self.nginx, self.cache):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()

    def log_tail(self, name, lines=30):
        """The last `lines` lines of a process's log (None: all of it)."""
        path = self.run_dir / f"{name}.log"
        text = path.read_text(errors="replace")
        return text if lines is None else "\n".join(text.splitlines()[-lines:])

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            for name in ["varnish", "nginx", *[f"app{i}" for i in range(len(self.app_ports))]]:
                if (self.run_dir / f"{name}.log").exists():
                    print(f"--- {name}.log ---\n{self.log_tail(name)}", file=sys.stderr)
            self.stop()
            raise
        return self

    def __exit__(self, *exc):
        self.stop()


def serve():
    """`make serve`: the site with production settings behind the shipped nginx and
    Varnish, on make run's database (DATABASE_URL, else db.sqlite3) and media."""
    run_dir = Path(tempfile.mkdtemp(prefix="firm_site-serve-"))
    port = int(os.environ.get("STACK_PORT", 8150))
    env = production_env(
        front_url=f"http://127.0.0.1:{port}",
        cache_url=f"http://127.0.0.1:{port + 1}",
        database_url=os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        redis_url=os.environ.get("REDIS_URL", ""),
        media_root=os.environ.get("MEDIA_ROOT") or BASE_DIR / "media",
        enquiry_keys=os.environ.get("ENQUIRY_ENCRYPTION_KEYS") or DEV_ENQUIRY_KEY,
    )
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput", stdout=subprocess.DEVNULL)
    if not env["REDIS_URL"]:
        print("No REDIS_URL: each worker keeps its own cache (fine for trying it out).")
    # `kill` (or a process manager) stops it as Ctrl-C does: the stack's processes
    # run in sessions of their own and would outlive this one.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with Stack(run_dir, env, port=port) as stack:
        worker = stack._spawn(
            "worker", [str(PYTHON), "manage.py", "db_worker", "--backend", "notifications"]
        )
        print(
            f"\nServing {stack.front_url}/ with production settings: nginx -> Varnish -> "
            f"gunicorn ({stack.workers} workers), and the notification worker.\n"
            f"Logs and configuration in {run_dir}. Ctrl-C stops it all.\n"
            "Signing in over plain HTTP works in browsers for 127.0.0.1 only; superusers "
            "are asked to set up two-factor authentication (ADMIN_2FA_REQUIRED=false to skip)."
        )
        try:
            while all(p.poll() is None for p in [stack.nginx, stack.cache, *stack.apps.values()]):
                time.sleep(1)
            print("A process of the stack stopped; see its log in", run_dir)
        except KeyboardInterrupt:
            pass
        finally:
            worker.terminate()
            worker.wait(timeout=15)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["serve"])
    parser.parse_args()
    serve()


if __name__ == "__main__":
    main()
