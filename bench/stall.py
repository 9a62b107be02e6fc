"""The GUI thread never stalls: a 5 ms heartbeat on the GUI thread while work goes on.

U2's licenses page with U1's real ``Backend`` (worker thread, real HTTP) runs in this process.
A ``QTimer`` of 5 ms records every tick; the figures are the longest gap and the 99th
percentile of the gaps between ticks:

* while the big filer's 100,000 websites load page by page from the real service (each page
  asked as soon as the previous one is in, as scrolling to the end does);
* while the service is deliberately slow (``bench.slow_server`` answers only after 3 s) and the
  user types a search meanwhile.

Baseline: the same heartbeat with the page shown and the app idle.
"""

from __future__ import annotations

import subprocess
import sys
import time

from bench.common import REPO, Result, Sizes, free_port, percentile, report, say
from bench.databases import live_server, login, seeded
from bench.qt_support import qt_app, wait_until

MAX_MS = 50.0
P99_MS = 20.0


class Heartbeat:
    """Ticks every 5 ms on the GUI thread and keeps the gaps between ticks (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self.cpu: list[float] = []  # the GUI thread's own CPU time within each gap
        self.process_cpu: list[float] = []  # all threads of this process
        self._last = self._last_cpu = self._last_process = 0.0

    def _tick(self) -> None:
        now, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        if self._last:
            self.gaps.append((now - self._last) * 1000)
            self.cpu.append((cpu - self._last_cpu) * 1000)
            self.process_cpu.append((process - self._last_process) * 1000)
        self._last, self._last_cpu, self._last_process = now, cpu, process

    def start(self) -> None:
        self.gaps, self.cpu, self.process_cpu = [], [], []
        self._last = 0.0
        self.timer.start()

    def longest(self) -> str:
        """The longest gap and how much of it the GUI thread itself spent on the CPU."""
        if not self.gaps:
            return "no gaps"
        i = max(range(len(self.gaps)), key=self.gaps.__getitem__)
        others = max(0.0, self.process_cpu[i] - self.cpu[i])
        return (
            f"longest gap {self.gaps[i]:.0f} ms: the GUI thread ran {self.cpu[i]:.0f} ms on "
            f"the CPU, the app's other threads {others:.0f} ms (e.g. the worker holding the "
            "GIL); for the rest no thread of the app ran (it waited for a CPU)"
        )

    def stop(self) -> list[float]:
        self.timer.stop()
        self._tick()  # a stall right at the end counts too
        return self.gaps


def _pair(name: str, gaps: list[float], idle: list[float], notes: list[str]) -> list[Result]:
    return [
        Result(
            f"stall: longest GUI gap, {name}",
            max(gaps),
            max(idle),
            "ms",
            target=f"≤ {MAX_MS:.0f} ms",
            met=max(gaps) <= MAX_MS,
            notes=notes,
        ),
        Result(
            f"stall: p99 GUI gap, {name}",
            percentile(gaps, 99),
            percentile(idle, 99),
            "ms",
            target=f"≤ {P99_MS:.0f} ms",
            met=percentile(gaps, 99) <= P99_MS,
        ),
    ]


def run(sizes: Sizes) -> list[Result]:
    app = qt_app()
    from icp_desktop.client.models import Account
    from icp_desktop.ui.backend import Backend
    from icp_desktop.ui.pages.licenses import LicensesPage

    db = seeded("sqlite", sizes)
    server = live_server(db)
    slow: subprocess.Popen[bytes] | None = None
    backend = Backend()
    try:
        signed_in = login(server.url, "bench")
        backend.set_server(server.url)
        backend.set_session(signed_in["token"], Account.from_json(signed_in["account"]))
        page_widget = LicensesPage(backend)
        page_widget.resize(1200, 800)
        page_widget.show()
        model = page_widget.model
        heartbeat = Heartbeat()

        # baseline: idle
        heartbeat.start()
        wait_until(lambda: False, 2.0)
        idle = heartbeat.stop()

        # 100,000 websites page by page from the real service
        def next_page(loading: bool) -> None:
            if not loading and model.canFetchMore():
                model.fetchMore()

        model.loading_changed.connect(next_page)
        say(f"stall: loading {sizes.websites:,} websites page by page from {server.url}")
        started = time.monotonic()
        heartbeat.start()
        page_widget.activate()
        done = wait_until(
            lambda: model.loaded_count >= sizes.websites and not model.loading, timeout=240
        )
        loading = heartbeat.stop()
        loading_longest = heartbeat.longest()
        took = time.monotonic() - started
        model.loading_changed.disconnect(next_page)
        if not done:
            raise RuntimeError(f"only {model.loaded_count} websites loaded in {took:.0f} s")
        results = _pair(
            f"{sizes.websites:,} websites loading",
            loading,
            idle,
            [
                f"{model.loaded_count:,} websites in {took:.1f} s "
                f"({model.loaded_count / took:,.0f} rows/s); "
                f"idle p99 {percentile(idle, 99):.1f} ms",
                loading_longest,
            ],
        )

        # a deliberately slow service (answers after 3 s) while the user types
        port = free_port()
        slow = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.slow_server",
                "--port",
                str(port),
                "--delay",
                str(sizes.slow_delay),
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )
        assert slow.stdout is not None
        slow.stdout.readline()
        backend.set_server(f"http://127.0.0.1:{port}")
        say(f"stall: a service answering after {sizes.slow_delay:.0f} s, typing meanwhile")
        heartbeat.start()
        started = time.monotonic()
        page_widget.refresh()
        for n in range(1, 8):
            wait_until(lambda: False, sizes.slow_delay / 10)
            page_widget.search.setText("yunzhan"[:n])
        answered = wait_until(lambda: not model.loading, timeout=sizes.slow_delay * 4 + 10)
        wait_until(lambda: False, 0.3)
        slow_gaps = heartbeat.stop()
        results += _pair(
            f"service answering after {sizes.slow_delay:.0f} s",
            slow_gaps,
            idle,
            [
                f"answered: {answered} after {time.monotonic() - started:.1f} s; "
                f"7 keystrokes over {sizes.slow_delay * 0.7:.1f} s on {sizes.websites:,} rows",
                heartbeat.longest(),
            ],
        )
        page_widget.close()
        return [report(r) for r in results]
    finally:
        backend.shutdown()
        server.stop()
        if slow is not None:
            slow.terminate()
            slow.wait(5)
        app.processEvents()
