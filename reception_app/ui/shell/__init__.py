"""The application shell: start-up, login, the main window, lock screen, set-up wizard, status bar."""
