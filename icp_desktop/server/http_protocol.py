"""The HTTP protocol the service listens with: uvicorn's, except that a request its parser cannot
read (a control character in a header, say) is refused like every other error, with a problem
document (``application/problem+json``), not uvicorn's plain-text "Invalid HTTP request
received." The application never sees such a request, so this is the one place to answer it.
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from icp_desktop.server.errors import PROBLEM_MEDIA_TYPE
from icp_desktop.server.schemas import Problem

UNREADABLE = (
    Problem(
        title="Bad Request",
        status=400,
        detail="The request could not be read as HTTP.",
        code="invalid_http",
    )
    .model_dump_json()
    .encode()
)


class ProblemHttpProtocol(HttpToolsProtocol):
    def send_400_response(self, msg: str) -> None:
        content = [b"HTTP/1.1 400 Bad Request\r\n"]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend(
            [
                b"content-type: " + PROBLEM_MEDIA_TYPE.encode() + b"\r\n",
                b"content-length: " + str(len(UNREADABLE)).encode() + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                UNREADABLE,
            ]
        )
        self.transport.write(b"".join(content))
        self.transport.close()
