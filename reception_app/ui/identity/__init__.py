"""Seeing an identity: the reveal dialog and the identity-number guard."""
