"""Authorization codes (授权码): a server's owner lets another account file websites on it.

A code is a bearer secret: 20 random characters of an unambiguous alphabet (100 bits), shown
once when issued and stored only as its SHA-256. What a filer types is normalised first (a
Chinese IME's full-width letters, dashes and spaces), so the same code always hashes the same.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from datetime import datetime, timedelta
from enum import StrEnum

# Crockford's base 32: no I, L, O, U (read as 1, 1, 0, V).
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 20  # 20 x 5 bits = 100 bits of randomness
GROUP = 5
MAX_CODES_PER_RESOURCE = 5
VALIDITY = timedelta(days=365)
MIN_SUBSCRIPTION_LEFT = timedelta(days=90)  # "a subscription of at least 3 months"
_READ_AS = {"I": "1", "L": "1", "O": "0", "U": "V"}


class CodeState(StrEnum):
    """Where a code stands; it moves with the change that uses it."""

    UNUSED = "unused"
    IN_FILING = "in_filing"
    USED = "used"
    INVALID = "invalid"  # invalidated by its issuer, or expired unused


def generate() -> str:
    """A new code, grouped for reading aloud: ``7KQ2M-XV9TD-…``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise(text: str) -> str:
    """The code's characters only, upper case (full-width forms and separators dropped)."""
    folded = unicodedata.normalize("NFKC", text).upper()
    kept = [_READ_AS.get(ch, ch) for ch in folded if ch.isalnum()]
    return "".join(kept)


def looks_like_a_code(text: str) -> bool:
    normalised = normalise(text)
    return len(normalised) == LENGTH and all(ch in ALPHABET for ch in normalised)


def code_hash(text: str) -> str:
    """The SHA-256 (hex) of the normalised code: what the service stores and looks up."""
    return hashlib.sha256(normalise(text).encode("ascii", "replace")).hexdigest()


def refusal_to_issue(
    billing_type: str,
    region_is_mainland: bool,
    expires_at: datetime | None,
    live_codes: int,
    now: datetime,
) -> str | None:
    """Why no code may be issued for a server now (a reason code), or None."""
    if billing_type != "subscription":
        return "authorization_not_subscription"
    if not region_is_mainland:
        return "authorization_not_mainland"
    if expires_at is None or expires_at - now < MIN_SUBSCRIPTION_LEFT:
        return "authorization_subscription_too_short"
    if live_codes >= MAX_CODES_PER_RESOURCE:
        return "authorization_code_limit"
    return None
