"""reception_app.ui."""
