"""reception_app.models."""
