"""The session token in the OS keyring, and nowhere else.

Runs on a worker thread (keyring backends may talk D-Bus or prompt). When no usable keyring
backend exists, :class:`KeyringUnavailable` is raised and the app keeps the token in memory
only: there is deliberately no file fallback, and a plaintext backend counts as unavailable.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE_NAME = "icp-desktop"
_PLAINTEXT_MODULES = ("keyrings.alt",)


class KeyringUnavailable(Exception):  # noqa: N818 (reads as a state, like Unavailable)
    """No secure keyring backend works on this system."""


def token_key(server_url: str, username: str) -> str:
    """The keyring user name under which a token is stored: server URL plus account name."""
    return f"{server_url.rstrip('/')}|{username}"


def _backend() -> Any:
    import keyring

    backend = keyring.get_keyring()
    names = [type(backend).__module__]
    names += [type(b).__module__ for b in getattr(backend, "backends", [])]
    if any(n.startswith(_PLAINTEXT_MODULES) for n in names):
        raise KeyringUnavailable("only a plaintext keyring backend is installed")
    return backend


def _guard(fn: Any, *args: Any) -> Any:
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        return fn(*args)
    except PasswordDeleteError:
        return None  # nothing stored: already gone
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc
    except RuntimeError as exc:  # some backends (D-Bus, Secret Service) raise plain errors
        raise KeyringUnavailable(str(exc)) from exc


def probe() -> None:
    """Raise :class:`KeyringUnavailable` unless a secure keyring backend answers."""
    backend = _backend()
    _guard(backend.get_password, SERVICE_NAME, "__probe__")


def load_token(server_url: str, username: str) -> str | None:
    backend = _backend()
    token: str | None = _guard(backend.get_password, SERVICE_NAME, token_key(server_url, username))
    return token


def save_token(server_url: str, username: str, token: str) -> None:
    backend = _backend()
    _guard(backend.set_password, SERVICE_NAME, token_key(server_url, username), token)
    log.info("session remembered in the keyring for %s", username)


def delete_token(server_url: str, username: str) -> None:
    backend = _backend()
    _guard(backend.delete_password, SERVICE_NAME, token_key(server_url, username))


def save_token_if_possible(server_url: str, username: str, token: str) -> bool:
    """Remember the token; False (nothing raised, nothing logged) without a usable keyring."""
    try:
        save_token(server_url, username, token)
    except KeyringUnavailable:
        return False
    return True


def forget_token_if_possible(server_url: str, username: str) -> bool:
    """Remove a remembered token; False without a usable keyring (nothing could be stored
    there either, so nothing is left behind)."""
    try:
        delete_token(server_url, username)
    except KeyringUnavailable:
        return False
    return True
