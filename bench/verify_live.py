"""The full audit verify in a live desk (issue 20 item 3): saves go on and the GUI thread never stalls.

In a real Qt event loop (offscreen) with the real ``TaskRunner`` (DB thread), ``JobRunner`` (job thread) and the
real audit tab: "Verify chain" is pressed while an "officer" saves a case every 150 ms through the DB thread. We
record every save's latency as the GUI sees it (queued → result delivered) and the longest gap between the ticks
of a 10 ms ``QTimer`` on the GUI thread. The previous method (the whole verify on the DB thread, as the audit
tab ran it before) runs in the same loop, in the same run, and so does a control without any verify.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from bench import generate
from bench.harness import Row, timed
from bench.jobs import SAVE_EVERY_MS, TICK_MS, _ratio_row
from reception_app.services.demo import sample_draft

CONTROL_MS = 3_000
Session = tuple[float, list[float], float, bool]  # duration, save latencies, longest stall, verdict ok


def bench_verify_in_the_desk(ds: generate.Dataset, runs: int) -> list[Row]:  # noqa: PLR0915 - one live loop
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reception_app.ui.admin.admin_audit import AuditTab
    from reception_app.ui.common.jobs import JobRunner
    from reception_app.ui.common.tasks import TaskRunner

    app = QApplication.instance() or QApplication(["bench"])
    desk = ds.desk()
    runner = TaskRunner()
    jobs = JobRunner()
    rng = random.Random(21)
    user, password = ds.supervisor

    def call(fn: Callable[[], object]) -> object:
        box: list[object] = []
        loop = QEventLoop()
        runner.run(fn, lambda r: (box.append(r), loop.quit()), lambda e: (box.append(e), loop.quit()))
        loop.exec()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]

    call(lambda: desk.auth.login(user, password))
    entries = int(call(lambda: desk.ctx.require()[1].scalar("SELECT max(seq) FROM audit_log")))
    tab = AuditTab(desk, runner, show_reasons=True, jobs=jobs)  # not shown: no page of entries is loaded

    def session(start: Callable[[Callable[[bool], None]], None]) -> Session:
        loop = QEventLoop()
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]
        gaps: list[float] = []
        saves: list[float] = []
        pending = [0]
        over = [False]
        verdict = [True]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e9)
            last[0] = now

        def save() -> None:
            if over[0]:
                return
            t0 = time.perf_counter()
            pending[0] += 1
            now = datetime.now(UTC)

            def done(_result: object) -> None:
                saves.append(time.perf_counter() - t0)
                pending[0] -= 1
                if over[0] and pending[0] == 0:
                    loop.quit()

            runner.run(lambda: desk.cases.create_case(sample_draft(rng, now)), done, done)

        def finished(ok: bool) -> None:
            verdict[0] = ok
            over[0] = True
            if pending[0] == 0:
                loop.quit()

        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)
        saver = QTimer()
        saver.setInterval(SAVE_EVERY_MS)
        saver.timeout.connect(save)
        t0 = time.perf_counter()
        ticker.start()
        saver.start()
        QTimer.singleShot(2 * SAVE_EVERY_MS, lambda: start(finished))  # a save or two before the button
        loop.exec()
        duration = time.perf_counter() - t0
        ticker.stop()
        saver.stop()
        return duration, saves, (max(gaps) - TICK_MS / 1000) if gaps else 0.0, verdict[0]

    def new_method(done: Callable[[bool], None]) -> None:  # the audit tab's button, as the app runs it
        def verified(ok: bool) -> None:
            tab.verified.disconnect(verified)
            done(ok)

        tab.verified.connect(verified)
        tab.verify_button.click()

    def old_method(done: Callable[[bool], None]) -> None:  # before: the whole verify on the DB thread
        runner.run(desk.audit.verify, lambda r: done(bool(r.ok)), lambda _e: done(False))

    def no_verify(done: Callable[[bool], None]) -> None:
        QTimer.singleShot(CONTROL_MS, lambda: done(True))

    results: dict[str, list[Session]] = {"new": [], "old": [], "none": []}
    try:
        for _ in range(runs):
            results["none"].append(session(no_verify))
            results["old"].append(session(old_method))
            results["new"].append(session(new_method))
    finally:
        call(desk.auth.logout)
        jobs.shutdown()
        tab.deleteLater()
        runner.shutdown()
        del app
    assert all(r[3] for kind in ("new", "old") for r in results[kind]), "the bench chain must verify"

    def saves_of(kind: str) -> list[float]:
        return [s for r in results[kind] for s in r[1]]

    def worst(kind: str) -> list[float]:
        return [max(r[1]) for r in results[kind] if r[1]]

    g = f"Long jobs: audit verify in the desk at {ds.cases:,} cases"
    new_saves, old_saves = saves_of("new"), saves_of("old")
    return [
        timed(
            g,
            f"full audit verify from the audit tab ({entries:,} entries; prepare and finish on the DB thread, "
            "the walk on the job thread)",
            [r[0] for r in results["new"]],
            None,
            "while saving a case every 150 ms",
        ),
        timed(
            g,
            f"save while a full audit verify runs: every save of {runs} verifies, queued → shown (median; max = worst)",
            new_saves,
            0.03,
            f"{len(new_saves)} saves",
        ),
        timed(g, "save while a full audit verify runs: worst save of each verify", worst("new"), None),
        timed(
            g,
            "previous method (the whole verify on the DB thread): worst save of each verify",
            worst("old"),
            None,
            f"{len(old_saves)} saves; median {statistics.median(old_saves) * 1000:.0f} ms" if old_saves else "",
        ),
        _ratio_row(g, "worst save during a full verify: previous / new (same run)", worst("old"), worst("new"), None),
        timed(
            g,
            f"longest GUI stall during a full verify (gap between {TICK_MS} ms timer ticks, minus {TICK_MS} ms)",
            [r[2] for r in results["new"]],
            0.1,
        ),
        timed(g, "previous method: longest GUI stall during a full verify", [r[2] for r in results["old"]], None),
        timed(
            g,
            f"control, same loop without a verify ({CONTROL_MS // 1000} s): longest GUI stall",
            [r[2] for r in results["none"]],
            None,
        ),
        timed(
            g,
            "control, same loop without a verify: save, queued → shown (median; max = worst)",
            saves_of("none"),
            0.03,
            f"{len(saves_of('none'))} saves",
        ),
    ]
