"""Run with ``python -m reception_app``."""

from reception_app.app import main

raise SystemExit(main())
