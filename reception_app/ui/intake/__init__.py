"""Receiving a citizen: the intake page, reporter form, attachments/documents editors, related cases."""
