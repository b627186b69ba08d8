"""Child processes for the benchmarks that need a clean process of their own (run by ``python -m bench``).

``python -m bench.probe startup <data_dir>``
    Runs the real entry point (``reception_app.app.main``) and prints ``VISIBLE`` and exits the moment the
    login dialog has painted for the first time. The parent times process start → that line.

``python -m bench.probe ui <data_dir> <username> <password> <runs>``
    One GUI process, the way the app runs: QApplication, the DB-thread ``TaskRunner``, ``MainWindow``.
    Times login (Argon2id) + open DB + main window with first rows; scrolling 10,000 rows through
    ``CaseTableModel`` (fetchMore, real runner, the view painting); searches typed in the window; opening
    cases. Samples RSS all along. Prints one JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROWS_TO_SCROLL = 10_000


def _startup(data_dir: str) -> int:
    profile_to = os.environ.get("BENCH_PROFILE")  # a pyinstrument text profile of the whole start-up
    profiler = None
    if profile_to:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001)
        profiler.start()
    from PySide6.QtCore import QTimer

    from reception_app.ui.shell.login_dialog import LoginDialog

    original = LoginDialog.paintEvent

    def painted(self: LoginDialog, event: Any) -> None:
        original(self, event)

        def done() -> None:
            if profiler is not None and profile_to:
                profiler.stop()
                Path(profile_to).write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
            sys.stdout.write("VISIBLE\n")
            sys.stdout.flush()
            os._exit(0)  # the instance lock is an flock: the kernel drops it with the process

        QTimer.singleShot(0, done)

    LoginDialog.paintEvent = painted  # type: ignore[method-assign]
    from reception_app.app import main

    return main(["--data-dir", data_dir])


class _Rss:
    def __init__(self) -> None:
        self.peak = 0

    def sample(self) -> int:
        from bench.memory import rss_bytes

        rss = rss_bytes()
        self.peak = max(self.peak, rss)
        return rss


def _ui(data_dir: str, username: str, password: str, runs: int) -> int:  # noqa: PLR0915 - one scripted session
    from PySide6.QtCore import QEventLoop, QModelIndex, QTimer
    from PySide6.QtWidgets import QApplication

    from reception_app.services import Desk
    from reception_app.storage.keyring_secret import FileSecretStore
    from reception_app.ui.common.tasks import TaskRunner
    from reception_app.ui.shell.app_window import MainWindow

    rss = _Rss()
    app = QApplication([sys.argv[0]])
    runner = TaskRunner()
    desk = Desk(Path(data_dir), secret_store=FileSecretStore(Path(data_dir)))
    out: dict[str, Any] = {"login_first_rows": [], "scroll_10k": [], "search_window": {}, "rss": {}}

    def wait(start: Callable[[Callable[[], None]], None], timeout_ms: int = 120_000) -> None:
        """Run ``start(done)`` and spin a local event loop until ``done`` is called (no processEvents loops)."""
        loop = QEventLoop()
        finished = [False]

        def done(*_args: object) -> None:
            finished[0] = True
            loop.quit()

        start(done)
        if not finished[0]:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        if not finished[0]:
            raise TimeoutError("benchmark step timed out")

    def call(fn: Callable[[], object]) -> object:
        box: list[object] = []

        def start(done: Callable[[], None]) -> None:
            def ok(result: object) -> None:
                box.append(result)
                done()

            def failed(exc: BaseException) -> None:
                box.append(exc)
                done()

            runner.run(fn, ok, failed)

        wait(start)
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    def open_window() -> MainWindow:
        window = MainWindow(desk, runner)
        window.show()
        return window

    def login_and_first_rows() -> tuple[float, MainWindow]:
        t0 = time.perf_counter()
        call(lambda: desk.auth.login(username, password))
        holder: list[MainWindow] = []

        def start(done: Callable[[], None]) -> None:
            window = open_window()
            holder.append(window)
            window.model.page_loaded.connect(done)

        wait(start)
        window = holder[0]
        window.table.viewport().repaint()
        return time.perf_counter() - t0, window

    def close(window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        call(desk.auth.logout)

    rss.sample()
    out["rss"]["idle_qt"] = rss.sample()
    for i in range(runs + 1):  # the first is the warm-up
        seconds, window = login_and_first_rows()
        if i:
            out["login_first_rows"].append(seconds)
        rss.sample()
        close(window)
    # --- browse: scroll, search, open cases ---------------------------------------------------------------
    call(lambda: desk.auth.login(username, password))
    window = open_window()
    model = window.model

    def fill_to(rows: int) -> None:
        def start(done: Callable[[], None]) -> None:
            def step(*_args: object) -> None:
                window.table.scrollToBottom()
                window.table.viewport().repaint()
                if model.rowCount() >= rows or not model.has_more() or model.at_row_limit():
                    model.page_loaded.disconnect(step)
                    done()
                    return
                model.fetchMore(QModelIndex())

            model.page_loaded.connect(step)
            if model.rowCount() and not model.is_loading():
                step()

        wait(start)

    fill_to(1)
    for i in range(runs + 1):

        def reset(done: Callable[[], None]) -> None:
            model.page_loaded.connect(done)
            model.refresh()

        wait(reset)
        model.page_loaded.disconnect()
        window.table.scrollToTop()
        t0 = time.perf_counter()
        fill_to(ROWS_TO_SCROLL)
        if i:
            out["scroll_10k"].append(time.perf_counter() - t0)
        out["rows_scrolled"] = model.rowCount()
        rss.sample()
    out["rss"]["after_scroll_10k"] = rss.sample()
    queries = json.loads(os.environ.get("BENCH_QUERIES", "{}"))
    for label, text in queries.items():
        times = []
        for i in range(runs + 1):

            def search(done: Callable[[], None], text: str = text) -> None:
                model.page_loaded.connect(done)
                model.set_search(text)  # a refresh every time: the first page is fetched again

            t0 = time.perf_counter()
            wait(search)
            model.page_loaded.disconnect()
            window.table.viewport().repaint()
            if i:
                times.append(time.perf_counter() - t0)
        out["search_window"][label] = times
        rss.sample()
    uids = [model.summary(r).uid for r in range(min(model.rowCount(), 50))]  # type: ignore[union-attr]
    for uid in uids:
        call(lambda uid=uid: desk.cases.get_case(uid))
    out["rss"]["after_search_and_open"] = rss.sample()
    out["rss"]["peak_browse"] = rss.peak
    # Keep scrolling the plain list to 100,000 rows: what the model keeps costs memory per row. The model
    # stops at its MAX_ROWS (50,000), so this measures the most a session can hold.
    wait(lambda done: (model.page_loaded.connect(done), model.set_search("")))
    model.page_loaded.disconnect()
    fill_to(100_000)
    out["rows_in_model_long"] = model.rowCount()
    out["rss"]["after_scroll_100k"] = rss.sample()
    out["rss"]["peak_sampled"] = rss.peak
    out["rss"]["ru_maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    window.close()
    call(desk.auth.logout)
    runner.shutdown()
    del app
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[0] == "startup":
        return _startup(argv[1])
    if argv[0] == "ui":
        return _ui(argv[1], argv[2], argv[3], int(argv[4]))
    raise SystemExit(f"unknown probe {argv[0]!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
