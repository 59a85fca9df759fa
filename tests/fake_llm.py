"""A tiny OpenAI-compatible HTTP server on 127.0.0.1 for faults a real server won't produce on
demand (500, 429, garbage, hangs, schema-violating JSON), and a recording proxy in front of a
real server (to prove what left the process). Standard library only.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def chat_reply(content: str, prompt_tokens: int = 10, completion_tokens: int = 5) -> dict:
    return {
        "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()), "model": "fake-model",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


class FakeLLM:
    """Answers chat completions from a script of behaviours, one per request, then `default`.

    Behaviours: ("json", dict) · ("text", str) · ("status", code) · ("garbage",) · ("hang", seconds)
    · ("reject_json_schema",) (answers like llama.cpp does to response_format json_schema).
    Every request body is kept in `requests`.
    """

    def __init__(self, default=("json", {})):
        self.script: deque = deque()
        self.default = default
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                fake._send(self, 200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with fake._lock:
                    fake.requests.append(body)
                    behaviour = fake.script.popleft() if fake.script else fake.default
                fake._respond(self, behaviour, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLLM:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @staticmethod
    def _send(handler, code: int, payload, content_type: str = "application/json") -> None:
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        try:
            handler.send_response(code)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def _respond(self, handler, behaviour: tuple, body: dict) -> None:
        kind = behaviour[0]
        if kind == "json":
            self._send(handler, 200, chat_reply(json.dumps(behaviour[1])))
        elif kind == "text":
            self._send(handler, 200, chat_reply(behaviour[1]))
        elif kind == "status":
            self._send(handler, behaviour[1], {"error": {"message": f"fake {behaviour[1]}", "type": "fake"}})
        elif kind == "garbage":
            self._send(handler, 200, b"<html>502 bad gateway, not json", "text/html")
        elif kind == "hang":
            time.sleep(behaviour[1])
            self._send(handler, 200, chat_reply("{}"))
        elif kind == "reject_json_schema":
            if (body.get("response_format") or {}).get("type") == "json_schema":
                self._send(handler, 500, {"error": {"message": "response_format.type: Input should be "
                                                              "'text' or 'json_object'"}})
            else:
                self._send(handler, 200, chat_reply(json.dumps(behaviour[1] if len(behaviour) > 1 else {})))
        else:
            raise ValueError(kind)


class RecordingProxy:
    """Forwards every request to a real server and keeps the raw request bodies."""

    def __init__(self, target_base_url: str):
        self.target = target_base_url.rstrip("/").removesuffix("/v1")
        self.bodies: list[bytes] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _forward(self, body: bytes | None):
                req = urllib.request.Request(proxy.target + self.path, data=body, method=self.command,
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=120) as r:
                    FakeLLM._send(self, r.status, r.read(), r.headers.get("Content-Type", "application/json"))

            def do_GET(self):
                self._forward(None)

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.bodies.append(body)
                self._forward(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> RecordingProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
