"""Logging to a rotating file in the log directory, with secrets scrubbed.

A filter removes bearer tokens and password values from every record before it is written, so
a log file attached to a support ticket never carries credentials.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_SCRUBBERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+", re.IGNORECASE), r"\1[redacted]"),
    (
        re.compile(
            r"""(["']?(?:password|passwd|token)["']?\s*[:=]\s*["']?)[^"'\s,}&]+""", re.IGNORECASE
        ),
        r"\1[redacted]",
    ),
]


def scrub(text: str) -> str:
    """``text`` with bearer tokens and password/token values replaced by ``[redacted]``."""
    for pattern, repl in _SCRUBBERS:
        text = pattern.sub(repl, text)
    return text


class SecretFilter(logging.Filter):
    """Rewrites each record's message with secrets scrubbed (args are merged in first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            # another handler may have formatted the traceback already: scrub it either way
            record.exc_text = scrub(record.exc_text)
            record.exc_info = None
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


LOG_FILE_NAME = "icp-desktop.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to a rotating file in ``log_dir``; returns the file's path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(SecretFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_icp_desktop", False)]:
        root.removeHandler(old)
        old.close()
    handler._icp_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # urllib3 logs full URLs at DEBUG only; keep it at WARNING regardless
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return path


def close_logging() -> None:
    """Detach and close the app's log file handler (on quit)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_icp_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
