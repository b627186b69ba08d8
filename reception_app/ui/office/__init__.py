"""Office mode screens for supervisors (issue 21)."""
