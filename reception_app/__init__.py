"""reception_app: an offline citizen-reception desk with sealed reporter identities."""

__version__ = "0.1.0"
