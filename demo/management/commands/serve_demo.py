"""
`make run`'s server: Django's development server, beside it the worker that
sends enquiry notifications and, once a minute, `publish_scheduled` (as the
timers do in production), started and stopped together.

Ctrl-C, a TERM sent to this process, or the end of `make` (its parent) stops
all of them and frees the port. A port already in use is one clear line.
"""

import ctypes
import os
import signal
import socket
import subprocess
import sys
import time

from django.core.management.base import BaseCommand, CommandError

SCHEDULED_PUBLISHING_INTERVAL = 60
PR_SET_PDEATHSIG = 1  # prctl(2): a signal for this process when its parent dies


def stop_when_parent_dies():
    """Ask Linux for a TERM when `make` goes, so a TERM sent to make alone stops us too."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (AttributeError, OSError):
        pass  # not Linux: Ctrl-C and TERM still stop everything


def port_is_free(host, port):
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


class Stop(Exception):
    pass


class Command(BaseCommand):
    help = "Serve the site with its notification worker and scheduled publishing, together."

    def add_arguments(self, parser):
        parser.add_argument("address", help="host:port, e.g. 127.0.0.1:8000")
        parser.add_argument(
            "--check-port", action="store_true", help="Only check that the port is free."
        )

    def handle(self, *args, address, check_port, **options):
        host, _, port = address.rpartition(":")
        if not (host and port.isdigit()):
            raise CommandError(f"Expected host:port, not {address!r}.")
        if not port_is_free(host, int(port)):
            raise CommandError(
                f"Port {port} on {host} is in use (another `make run`?). "
                f"Choose another: PORT={int(port) + 1} make run"
            )
        if check_port:
            return
        stop_when_parent_dies()
        manage = [sys.executable, "manage.py"]
        self.children = []
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, self.stop)
        try:
            worker_command = manage + ["db_worker", "--backend", "notifications", "--interval", "5"]
            worker = self.start(worker_command)
            server = self.start(manage + ["runserver", address])
            next_publish = 0.0
            while server.poll() is None:
                if worker.poll() is not None:
                    # Notifications must keep going out while the site is up.
                    self.stderr.write(
                        f"The notification worker stopped (exit {worker.returncode}): restarting."
                    )
                    worker = self.start(worker_command)
                if time.monotonic() >= next_publish:
                    # Finished runs are forgotten; a run still going is stopped with the rest.
                    self.children = [child for child in self.children if child.poll() is None]
                    self.start(manage + ["publish_scheduled"])
                    next_publish = time.monotonic() + SCHEDULED_PUBLISHING_INTERVAL
                time.sleep(0.5)
        except Stop:
            pass
        finally:
            self.stop_children()
        self.stdout.write("Stopped the server, the worker and scheduled publishing.")

    def start(self, command):
        # Each child leads its own process group, so stopping it stops what it
        # started too (runserver's autoreloader runs the server in a child).
        child = subprocess.Popen(command, start_new_session=True)  # noqa: S603 (our own commands)
        self.children.append(child)
        return child

    def stop(self, signum, frame):
        raise Stop

    def stop_children(self):
        # Ignore further Ctrl-C while stopping, so a second press can't leave children behind.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for child in self.children:
            self.signal_group(child, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for child in self.children:
            try:
                child.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                self.signal_group(child, signal.SIGKILL)
                child.wait()

    @staticmethod
    def signal_group(child, signum):
        try:
            os.killpg(child.pid, signum)
        except ProcessLookupError:
            pass
