"""Plumbing every feature shares and no feature owns: the DB task runner and jobs, base widgets, the form dialog
base, the paged table model, small tables, reason fields, the print preview, formatting and error texts.

It imports no feature package of the ui (an import-linter contract)."""
