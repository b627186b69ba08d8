"""Child process for the kill tests: sync one desk in tiny batches until killed.

``python -m tests.office.kill_child push|pull|backfill <db_path>`` with the desk's DB key (hex) in OFFICE_TEST_DB_KEY.
Prints "ready" once the first batch went through, then keeps going.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from reception_app.models.clock import Clock
from reception_app.services import office as office_service
from reception_app.storage import office_backfill
from reception_app.storage.office_server import OfficeOffline


def main() -> int:
    mode, db_path = sys.argv[1], Path(sys.argv[2])
    office_service.PUSH_BATCH = 3
    office_service.PULL_BATCH = 3
    sync = office_service.OfficeSync(db_path, bytes.fromhex(os.environ["OFFICE_TEST_DB_KEY"]), Clock(), series=())
    if mode != "backfill":
        print("ready", flush=True)
    try:
        if mode == "backfill":  # one case per local transaction, as many as there are
            office_backfill.step(sync.db, Clock().now(), batch=1)
            print("ready", flush=True)  # one case queued and committed
            while office_backfill.step(sync.db, Clock().now(), batch=1):
                time.sleep(0.02)  # a slow desk: the kill lands inside or between the transactions
        elif mode == "push":
            sync.push()
        else:
            sync.sync_once()
    except OfficeOffline:
        return 3
    finally:
        sync.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
