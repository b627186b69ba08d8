"""The case list, its model, owed notices and the case window."""
