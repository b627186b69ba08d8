"""Process memory and machine RAM for the results, with psutil when installed and /proc or sysconf when not.

psutil is in the ``bench`` extra, but an offline machine may lack its wheel: the bench then still runs and writes
its results (RSS from ``/proc/self/statm`` on Linux, RAM from ``sysconf``; 0 where neither exists).
"""

from __future__ import annotations

import os
from pathlib import Path


def rss_bytes() -> int:
    """This process's resident set size."""
    try:
        import psutil
    except ImportError:
        try:
            pages = int(Path("/proc/self/statm").read_text().split()[1])
        except (OSError, IndexError, ValueError):
            return 0
        return pages * os.sysconf("SC_PAGE_SIZE")
    return int(psutil.Process().memory_info().rss)


def ram_bytes() -> int:
    """The machine's physical memory."""
    try:
        import psutil
    except ImportError:
        try:
            return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (AttributeError, OSError, ValueError):
            return 0
    return int(psutil.virtual_memory().total)
