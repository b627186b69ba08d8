"""Administration: users, agency settings, the audit log, rule sets, agency directory, backup."""
