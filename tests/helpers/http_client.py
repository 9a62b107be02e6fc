"""httpx for the tests, with one TLS context per process.

Every URL a test calls is plain HTTP on loopback, yet httpx builds a TLS context for each
client it makes (``httpx.get`` and ``httpx.post`` make one per call) by reading the whole CA
bundle: about 22 ms of CPU each, thousands of times in a run. The clients made here share one
context, built once. Tests call these instead of httpx's own (ruff's banned-api rule, TID251,
says so where one is missed).
"""

from __future__ import annotations

import ssl
from functools import cache
from typing import Any

import httpx


@cache
def tls() -> ssl.SSLContext:
    """The process's one TLS context, for the clients below."""
    return ssl.create_default_context()


class Client(httpx.Client):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("verify", tls())
        super().__init__(*args, **kwargs)


class AsyncClient(httpx.AsyncClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("verify", tls())
        super().__init__(*args, **kwargs)


def request(method: str, url: str, **kwargs: Any) -> httpx.Response:
    with Client() as client:
        return client.request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> httpx.Response:
    return request("GET", url, **kwargs)


def post(url: str, **kwargs: Any) -> httpx.Response:
    return request("POST", url, **kwargs)


def delete(url: str, **kwargs: Any) -> httpx.Response:
    return request("DELETE", url, **kwargs)
