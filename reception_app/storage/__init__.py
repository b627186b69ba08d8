"""reception_app.storage."""
