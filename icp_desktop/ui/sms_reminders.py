"""Which SMS verification reminders pop up as desktop notifications.

The service emits each reminder once (at the start of the window, with 12 hours and with 4
hours left). Here the app decides whether one becomes a desktop notification; it always goes
into the in-app notification list. A reminder does not pop up:

* a second time: the reminders shown are remembered per server and account on disk, so a
  reconnect or a restart that sees the event again stays quiet;
* while the window has focus and shows that change's countdown already (the status page);
* once its window has ended (a reminder read late is history, not news).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from icp_desktop.client.event_models import Event
from icp_desktop.client.wire import parse_api_time
from icp_desktop.domain.clock import Clock, SystemClock
from icp_desktop.ui.files import atomic_write, read_json

log = logging.getLogger(__name__)

REMINDER = "sms_verification.reminder"
KEEP = 500  # reminders remembered (the oldest are forgotten)


def reminders_file(data_dir: Path, server_url: str, account_id: int) -> Path:
    server = hashlib.sha256(server_url.rstrip("/").encode()).hexdigest()[:12]
    return data_dir / "reminders" / f"{server}-{account_id}.json"


def reminder_key(event: Event) -> str:
    payload = event.payload
    return f"{event.change_id}:{payload.get('round')}:{payload.get('stage')}"


class ReminderGate:
    """Answers "pop this event up?" for the notifier (``Notifier.popup_filter``).

    Args:
        path: where the keys of the reminders shown are kept.
        countdown_on_screen: ``(change_id) -> bool``: the focused window shows that change's
            countdown now.
        clock: the app's clock.
    """

    def __init__(
        self,
        path: Path,
        countdown_on_screen: Callable[[int], bool],
        clock: Clock | None = None,
        run: Callable[[Callable[[], None]], object] | None = None,
    ) -> None:
        self.path = path
        self.countdown_on_screen = countdown_on_screen
        self.clock: Clock = clock or SystemClock()
        # How the file is written: the app hands it to a worker thread (disk I/O stays off
        # the GUI thread); by default at once.
        self.run = run or (lambda job: job())
        self.shown: list[str] = []  # until read_shown's answer arrives (set_shown)

    def read_shown(self) -> list[str]:
        """The reminders shown before, from the file (disk I/O: a worker thread calls this)."""
        data = read_json(self.path)
        return list(data.get("shown") or []) if isinstance(data, dict) else []

    def set_shown(self, shown: list[str]) -> None:
        """The reminders read from the file join those shown since."""
        self.shown = [*shown, *(key for key in self.shown if key not in shown)][-KEEP:]

    def should_pop(self, event: Event) -> bool:
        if event.kind != REMINDER:
            return True
        key = reminder_key(event)
        if key in self.shown:
            return False
        self._remember(key)
        expires = parse_api_time(event.payload.get("expires_at"))
        now = self.clock.now()
        if expires is not None and expires <= now:
            return False
        change_id = event.change_id
        return not (change_id is not None and self.countdown_on_screen(change_id))

    def _remember(self, key: str) -> None:
        self.shown = [*self.shown, key][-KEEP:]
        path, text = self.path, json.dumps({"shown": self.shown})

        def save() -> None:
            try:
                atomic_write(path, text)
            except OSError:
                log.warning("could not save the reminders shown to %s", path)

        self.run(save)
