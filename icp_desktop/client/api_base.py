"""The plumbing of the filing-service HTTP client: the session, retries and error mapping.

:class:`ApiBase` owns a ``requests.Session`` with connect/read timeouts, retries for requests
that are safe to repeat (idempotent methods, and POSTs that carry an ``Idempotency-Key``), and
the mapping of ``application/problem+json`` answers onto :mod:`icp_desktop.client.errors`.
TLS certificates are always verified, against the system store or a given CA bundle.
A client is used by one thread at a time; :meth:`ApiBase.abort` may be called from any thread.
The endpoints are the methods of :class:`~icp_desktop.client.api.ApiClient`.
"""

from __future__ import annotations

import threading
from typing import Any

import requests

from icp_desktop.client.errors import ApiError, TlsError, Unavailable, error_from_problem
from icp_desktop.client.transport import AbortableAdapter

JSON = dict[str, Any]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({502, 503, 504})
DEFAULT_TIMEOUT = (3.05, 30.0)  # (connect, read) seconds


class ApiBase:
    """The plumbing of a client of the filing service: session, timeouts, retries, errors.

    Args:
        base_url: the service root, e.g. ``http://127.0.0.1:8765`` (``/v1`` is added).
        token: the session token, sent as ``Authorization: Bearer``.
        timeout: (connect, read) timeouts in seconds.
        verify: ``True`` for the system CA store, or the path of a CA bundle. Never disabled.
        retries: how many times a repeatable request is retried after a transport failure.
        backoff: the first pause between retries, doubled each time.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        verify: bool | str = True,
        retries: int = 2,
        backoff: float = 0.2,
    ) -> None:
        if verify is False:
            raise ValueError("TLS verification cannot be turned off; pass a CA bundle path")
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._aborted = threading.Event()
        self._adapter = AbortableAdapter(pool_connections=2, pool_maxsize=4)
        self._session = requests.Session()
        self._session.mount("http://", self._adapter)
        self._session.mount("https://", self._adapter)
        self._session.verify = verify
        self._session.headers.update({"Accept": "application/json, application/problem+json"})

    # --- plumbing -------------------------------------------------------------------------

    def close(self) -> None:
        self._session.close()

    def abort(self) -> None:
        """Fail the request in flight (if any) and every later one; safe from any thread."""
        self._aborted.set()
        self._adapter.abort()

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send one request, retrying only when repeating it cannot do harm."""
        hdrs = dict(headers or {})
        if self.token:
            hdrs["Authorization"] = f"Bearer {self.token}"
        if params:
            params = {k: v for k, v in params.items() if v is not None}
        repeatable = method in IDEMPOTENT_METHODS or "Idempotency-Key" in hdrs
        attempts = 1 + (self.retries if repeatable else 0)
        url = f"{self.base_url}/v1{path}"
        for attempt in range(attempts):
            if self._aborted.is_set():
                raise Unavailable(0, "Cancelled", code="aborted")
            last = attempt == attempts - 1
            try:
                # verify per request: requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a
                # session's CA bundle, which would silently drop the one the user configured.
                resp = self._session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=hdrs,
                    timeout=timeout or self.timeout,
                    verify=self._session.verify,
                )
            except requests.exceptions.SSLError as exc:
                raise TlsError(0, "TLS failure", code="tls", detail=str(exc)) from exc
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                if self._aborted.is_set():
                    raise Unavailable(0, "Cancelled", code="aborted") from exc
                if last:
                    raise _transport_error(exc) from exc
            else:
                if resp.status_code in RETRY_STATUSES and not last:
                    resp.close()
                else:
                    if resp.status_code >= 400:
                        raise _http_error(resp)
                    return resp
            self._aborted.wait(self.backoff * (2**attempt))
        raise Unavailable(0, "Unreachable")  # not reached: the last attempt returns or raises

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self.request(method, path, **kwargs)
        if resp.status_code == 204 or not resp.content:
            return None
        return resp.json()

    def _json_and_etag(self, method: str, path: str, **kwargs: Any) -> tuple[JSON, str | None]:
        """The answer and its ``ETag`` header (objects that ``If-Match`` protects)."""
        resp = self.request(method, path, **kwargs)
        data: JSON = resp.json()
        return data, resp.headers.get("ETag")


def _transport_error(exc: Exception) -> ApiError:
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Unavailable(0, "Connection timed out", code="connect_timeout", detail=str(exc))
    if isinstance(exc, requests.exceptions.Timeout):
        return Unavailable(0, "The service did not answer in time", code="timeout", detail=str(exc))
    return Unavailable(0, "The service cannot be reached", code="unreachable", detail=str(exc))


def _http_error(resp: requests.Response) -> ApiError:
    try:
        body: Any = resp.json()
    except ValueError:
        body = None
    headers = {k: v for k, v in resp.headers.items() if k.lower() in ("retry-after", "etag")}
    return error_from_problem(resp.status_code, body, headers)
