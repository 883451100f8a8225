"""Servers the tests start listen on the loopback interface only, on a port the system chose."""

from __future__ import annotations

import socket

HOST = "127.0.0.1"


def free_port() -> int:
    """A port free a moment ago; a server started on it may still lose it to another
    test worker, and must then try again."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port
