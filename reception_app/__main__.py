"""Run with ``python -m reception_app``.

The guard matters: the full audit walk starts *spawned* worker processes (``storage/audit_walk.py``), which import
this module again under another name; ``freeze_support`` lets the frozen Windows build start them.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from reception_app.app import main

    raise SystemExit(main())
