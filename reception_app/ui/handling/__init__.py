"""Handling a case: the handling panel and its dialogs."""
