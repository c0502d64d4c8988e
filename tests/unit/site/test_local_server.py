"""The test and audit server (scripts/local_server.py): quiet when a browser hangs up mid-answer."""

from __future__ import annotations

import socket

from scripts.local_server import _Server


def test_a_client_that_hangs_up_prints_nothing_and_another_error_is_still_printed(capsys):
    server = _Server(("127.0.0.1", 0), lambda *args: None)
    request = socket.socket()
    try:
        for error in (BrokenPipeError(), ConnectionResetError()):
            try:
                raise error
            except ConnectionError:
                server.handle_error(request, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""  # a page closed while it still loaded a file
        try:
            raise ValueError("a real fault")
        except ValueError:
            server.handle_error(request, ("127.0.0.1", 1))
        assert "ValueError: a real fault" in capsys.readouterr().err
    finally:
        request.close()
        server.server_close()
