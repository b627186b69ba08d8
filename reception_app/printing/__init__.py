"""reception_app.printing."""
