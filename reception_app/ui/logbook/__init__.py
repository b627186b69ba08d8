"""The reception logbook (sổ tiếp công dân)."""
