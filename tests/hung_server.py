"""A server that hangs: it accepts connections and never answers, as a Redis,
mail server or cache does when its machine is in trouble (rather than down)."""

import socket
import threading


class HungServer:
    """Listens on a free loopback port; counts connections and bytes received."""

    def __init__(self):
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.connections = 0
        self.received = b""
        self._open = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._open.append(connection)
            threading.Thread(target=self._read, args=(connection,), daemon=True).start()

    def _read(self, connection):
        try:
            while data := connection.recv(4096):
                with self._lock:
                    self.received += data
        except OSError:
            pass

    def close(self):
        self._listener.close()
        with self._lock:
            for connection in self._open:
                connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
