"""Running the service (`nianbao serve`): uvicorn with deadlines for slow clients.

uvicorn times out only idle keep-alive connections: a client that sends its headers or
its body a byte at a time holds a connection (and what it buffers) for ever. The
protocol below gives each part of a request a deadline: the request line and headers
must arrive within `header_timeout` seconds of the connection (or of the previous
response), the body within `body_timeout` seconds of the headers. A client that misses
one gets 408 and the connection is closed. The time the service itself takes to answer
is not counted here (that is the `seconds` limit of `extractor.limits`, see `work.py`).
"""

from __future__ import annotations

import asyncio

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .guard import error_response
from .settings import Settings


class DeadlineH11Protocol(H11Protocol):
    header_timeout: float = Settings.header_timeout
    body_timeout: float = Settings.body_timeout

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._phase: tuple | None = None
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._follow()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Arm the deadline of what the client is sending now (headers or body), or none
        while the service is answering."""
        state = self.conn.their_state
        part = "headers" if state is h11.IDLE else "body" if state is h11.SEND_BODY else None
        phase = (part, id(self.cycle))
        if phase == self._phase or self.transport.is_closing():
            return
        self._disarm()
        self._phase = phase
        if part is not None:
            timeout = self.header_timeout if part == "headers" else self.body_timeout
            self._deadline = self.loop.call_later(timeout, self._expire, part, timeout)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self, part: str, timeout: float) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        self.logger.info("%s: request %s not received within %g s; connection closed", self.client, part, timeout)
        cycle = self.cycle
        answering = cycle is not None and cycle.response_started and not cycle.response_complete
        if not answering:
            setting = "NIANBAO_HEADER_TIMEOUT" if part == "headers" else "NIANBAO_BODY_TIMEOUT"
            headers, body = error_response(
                408, "request_timeout", f"the request {part} did not arrive within {timeout:g} s ({setting})")
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\n"
                                 + b"".join(k + b": " + v + b"\r\n" for k, v in headers) + b"\r\n" + body)
        if cycle is not None and not cycle.response_complete:
            cycle.disconnected = True  # the application sees a client that went away
            cycle.message_event.set()
        self.transport.close()


def protocol(settings: Settings) -> type[H11Protocol]:
    """The HTTP protocol class with these settings' deadlines."""
    return type("DeadlineH11Protocol", (DeadlineH11Protocol,),
                {"header_timeout": settings.header_timeout, "body_timeout": settings.body_timeout})


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, store=None) -> None:
    from .app import create_app

    # h11 refuses headers larger than 16 KiB (400): a client cannot make the server buffer more.
    config = uvicorn.Config(create_app(settings, store), host=host, port=port, http=protocol(settings))
    uvicorn.Server(config).run()
