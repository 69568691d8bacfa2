"""What every response carries and what every request may send, as one ASGI middleware.

- Security headers on every response: a strict Content-Security-Policy (no inline
  script, nothing from other origins), nosniff, no referrer, no framing. A response
  that sets its own policy (the OpenAPI page) keeps it.
- The request body limit: a declared Content-Length over it is refused with 413 before
  a byte of the body is read; a body without one (chunked) is refused as soon as it
  passes the limit, and the rest is not read. Either way the connection is closed.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
# Room for the multipart framing around a file of the upload limit (boundaries, part headers).
FORM_OVERHEAD = 64 * 1024


def with_security_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    present = {name.lower() for name, _ in headers}
    return list(headers) + [(k, v) for k, v in SECURITY_HEADERS if k not in present]


def error_response(status: int, error: str, reason: str) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Headers and body of a refusal that closes the connection (the body may still be coming)."""
    body = json.dumps({"error": error, "reason": reason}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]
    return with_security_headers(headers), body


class Guard:
    def __init__(self, app: ASGIApp, max_upload_bytes: int, limit_hint: str):
        self.app = app
        self.max_body = max_upload_bytes + FORM_OVERHEAD
        self.too_large = (f"the upload is larger than the limit of {max_upload_bytes / 2**20:g} MB "
                          f"({limit_hint})")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = False
        started = False
        received = 0

        async def refuse() -> None:
            nonlocal refused
            refused = True
            if not started:
                headers, body = error_response(413, "upload_too_large", self.too_large)
                await send({"type": "http.response.start", "status": 413, "headers": headers})
                await send({"type": "http.response.body", "body": body})

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the refusal was the answer
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": with_security_headers(message.get("headers", []))}
            await send(message)

        async def guarded_receive() -> Message:
            nonlocal received
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    await refuse()
                    return {"type": "http.disconnect"}
            return message

        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await refuse()
            return
        try:
            await self.app(scope, guarded_receive, guarded_send)
        except Exception:
            if not refused:
                raise
            # After a refusal the application only sees a disconnected client: whatever it
            # raised about that is no news.
