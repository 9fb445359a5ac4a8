"""`manage.py serve_demo`, behind `make run`: a busy port is one clear line."""

import socket

from django.core.management import CommandError, call_command
from django.test import SimpleTestCase


class BusyPortTests(SimpleTestCase):
    def test_a_port_in_use_says_how_to_choose_another(self):
        with socket.socket() as holder:
            holder.bind(("127.0.0.1", 0))
            holder.listen()
            port = holder.getsockname()[1]
            with self.assertRaisesMessage(
                CommandError,
                f"Port {port} on 127.0.0.1 is in use (another `make run`?). "
                f"Choose another: PORT={port + 1} make run",
            ):
                call_command("serve_demo", f"127.0.0.1:{port}", check_port=True)

    def test_a_free_port_passes_the_check(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        call_command("serve_demo", f"127.0.0.1:{port}", check_port=True)
