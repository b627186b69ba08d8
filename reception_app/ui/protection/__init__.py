"""Protection of reporters: requests, decisions, retaliation reports, the overview."""
