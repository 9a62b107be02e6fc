"""Large lists: 100,000 websites in the licenses page's model and table, operation by operation.

U2's ``LicensesPage`` (``LicenseTableModel`` in a ``QTableView``) runs in this process, offscreen,
with a stand-in backend whose calls the benchmark answers with locally made pages (so only the
GUI thread's work is timed). Each operation is timed from its start until the table has been
painted after it:

* first page shown: the first page of 500 arrives after sign-in → table painted;
* filter per keystroke: typing ``yunzhan-12`` into the search box one character at a time, over
  100,000 loaded rows (the instant local narrowing the page does before the service answers);
* sort by each column, ascending and descending (header clicks).

Baseline: a plain ``QAbstractTableModel`` in a second ``QTableView`` reset with the same rows
and painted the same way.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from bench.common import Result, Sizes, median, report, rss_mib, say
from bench.fake_pages import page
from bench.qt_support import BlockMeter, HeldBackend, qt_app, settle

TARGET_MS = 16.0
PAGE = 500
TYPED = "yunzhan-12"


def rows(data: dict[str, Any]) -> Any:
    """A made-up page as the licenses model receives it: websites read and made rows (off
    the GUI thread in the app, so before the measurement here)."""
    from icp_desktop.client.models import WebsitePage
    from icp_desktop.ui.models.licenses import PageOfRows

    return PageOfRows(WebsitePage.from_json(data))


def _baseline_view(rows: list[Any]) -> tuple[Any, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class PlainModel(QAbstractTableModel):
        """The least a table model can do: rows of websites, five text columns."""

        keys = ("license_number", "name", "domain", "ips", "service_content")

        def __init__(self) -> None:
            super().__init__()
            self.rows: list[Any] = []

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return str(getattr(self.rows[index.row()], self.keys[index.column()]))

        def reset_to(self, rows: list[Any]) -> None:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    model = PlainModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    settle(view.viewport())
    return model, view


def run(sizes: Sizes) -> list[Result]:
    app = qt_app()
    from PySide6.QtCore import Qt

    from icp_desktop.ui.pages.licenses import LicensesPage

    total, repeats = sizes.websites, sizes.list_repeats
    say(f"large lists: {total:,} websites, {repeats} repeats per operation")
    backend = HeldBackend()
    rss_before = rss_mib()
    page_widget = LicensesPage(backend)
    page_widget.resize(1200, 800)
    page_widget.show()
    viewport = page_widget.table.viewport()
    settle(page_widget)
    model = page_widget.model
    meter = BlockMeter(viewport)

    def idle() -> bool:
        # done filtering, and the rows of every page that arrived are in the view
        return not getattr(model, "filtering", False) and not getattr(model, "rows_waiting", False)

    first = rows(page(0, PAGE, total))

    # first page shown after sign-in
    first_ms: list[float] = []
    page_widget.activate()
    for _ in range(repeats):
        if not backend.held:
            model.reload()
        first_ms.append(meter.measure(partial(backend.answer_latest, first), idle)[1])

    # load everything page by page, as scrolling to the end does
    load_ms = []
    while model.canFetchMore():
        model.fetchMore()
        nxt = rows(page(model.loaded_count, PAGE, total))
        load_ms.append(meter.measure(partial(backend.answer_latest, nxt), idle)[0])
    assert model.rowCount() == total, model.rowCount()
    app.processEvents()
    rss_after = rss_mib()

    # filter per keystroke over the loaded rows
    filter_block: list[float] = []
    filter_done: list[float] = []
    clear_block: list[float] = []
    search = page_widget.search
    for _ in range(repeats):
        for n in range(1, len(TYPED) + 1):
            block, done = meter.measure(partial(search.setText, TYPED[:n]), idle)
            filter_block.append(block)
            filter_done.append(done)
            page_widget._search_timer.stop()  # the service query would replace loaded rows
        clear_block.append(meter.measure(partial(search.setText, ""), idle)[0])
        page_widget._search_timer.stop()
    backend.held.clear()

    # sort by each column, both ways
    header = page_widget.table.horizontalHeader()
    sort_ms: dict[str, list[float]] = {}
    for column in range(model.columnCount()):
        name = str(model.headerData(column, Qt.Orientation.Horizontal))
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            key = f"{name} {'↑' if order == Qt.SortOrder.AscendingOrder else '↓'}"
            click = partial(page_widget.table.sortByColumn, column, order)
            sort_ms[key] = [meter.measure(click, idle)[0] for _ in range(repeats)]
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    # the baseline: a plain model reset with the same rows, painted the same way
    websites = [model.website_at(i) for i in range(model.rowCount())]
    plain, plain_view = _baseline_view(websites)
    plain_meter = BlockMeter(plain_view.viewport())
    base_first = median(
        [plain_meter.measure(partial(plain.reset_to, websites[:PAGE]))[1] for _ in range(repeats)]
    )
    base_full = median(
        [plain_meter.measure(partial(plain.reset_to, websites))[0] for _ in range(repeats)]
    )

    all_sorts = [v for values in sort_ms.values() for v in values]
    worst_sort = max(sort_ms, key=lambda k: median(sort_ms[k]))
    results = [
        Result(
            "lists: first page shown after sign-in",
            median(first_ms),
            base_first,
            "ms",
            target=f"≤ {TARGET_MS:.0f} ms",
            met=median(first_ms) <= TARGET_MS,
            notes=[
                "from the page's arrival to the table painted; baseline: a plain "
                "model reset to the same 500 rows, painted"
            ],
        ),
        Result(
            f"lists: filter per keystroke, {total:,} rows",
            median(filter_block),
            base_full,
            "ms",
            target=f"≤ {TARGET_MS:.0f} ms",
            met=median(filter_block) <= TARGET_MS,
            notes=[
                "figure: the longest GUI-thread block per keystroke (typing "
                f"'{TYPED}'); baseline: a plain model reset to all rows, painted",
                "per keystroke (ms, 1st repeat): "
                f"{', '.join(f'{v:.0f}' for v in filter_block[: len(TYPED)])}; until "
                f"complete: median {median(filter_done):.0f} ms; clearing the search: "
                f"{median(clear_block):.0f} ms",
            ],
        ),
        Result(
            f"lists: sort, slowest column, {total:,} rows",
            max(median(v) for v in sort_ms.values()),
            base_full,
            "ms",
            target=f"≤ {TARGET_MS:.0f} ms",
            met=max(median(v) for v in sort_ms.values()) <= TARGET_MS,
            notes=[
                "longest GUI-thread block per header click, median per column and "
                f"order, the slowest ({worst_sort}); over all clicks: median "
                f"{median(all_sorts):.0f} ms",
                "per column (median ms): "
                + "; ".join(f"{k} {median(v):.0f}" for k, v in sort_ms.items()),
                "first click per column (order computed, then cached): "
                + ", ".join(f"{v[0]:.0f}" for k, v in sort_ms.items() if k.endswith("↑")),
            ],
        ),
        Result(
            f"lists: resident memory with {total:,} rows",
            rss_after,
            rss_before,
            "MiB",
            notes=[
                f"{(rss_after - rss_before) * 1024 / max(total, 1):.1f} KiB per row; "
                f"appending a page of {PAGE} on the GUI thread: median "
                f"{median(load_ms):.1f} ms, max {max(load_ms, default=0):.1f} ms"
            ],
        ),
    ]
    page_widget.close()
    plain_view.close()
    return [report(r) for r in results]
