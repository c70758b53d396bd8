"""Runs the reference server for the tests of `reference-client`.

    python serve.py            serve on a free port of 127.0.0.1
    python serve.py --openapi  print the OpenAPI document and exit

When serving, it binds the socket itself and prints `listening on PORT`
once it is bound (so the caller never races another process for a port),
then serves with uvicorn until its stdin closes: the test process holds the
other end of that pipe, so the server exits with it however it ends (a
panic, Ctrl-C, SIGKILL), even when it is not killed explicitly.
"""

import json
import os
import socket
import sys
import threading

import uvicorn

from app import app


def exit_when_stdin_closes() -> None:
    while sys.stdin.buffer.read(4096):
        pass
    os._exit(0)


def main() -> None:
    if sys.argv[1:] == ["--openapi"]:
        print(json.dumps(app.openapi(), indent=2, ensure_ascii=False))
        return
    if sys.argv[1:]:
        sys.exit(f"usage: {sys.argv[0]} [--openapi]")
    threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    print(f"listening on {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
