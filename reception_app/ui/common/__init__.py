"""Plumbing every feature shares: the DB task runner, jobs, base widgets, dialogs and list models, formatting."""
